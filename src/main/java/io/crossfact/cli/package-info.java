/** Command line entry points (check, eval tools); thin wrappers over the Spark jobs. */
package io.crossfact.cli;
