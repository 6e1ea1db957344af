/** Turns raw input files (txt, html, json lines, optionally gzipped) into articles, or into quarantined documents with a reason. */
package io.crossfact.ingest;
