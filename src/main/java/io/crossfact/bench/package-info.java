/** Seeded synthetic news corpus for the performance benchmark (jobs/bench). */
package io.crossfact.bench;
