/** Measures quote and speaker extraction against annotated corpora (PolNeAR brat standoff). */
package io.crossfact.eval;
