/**
 * Measures against real corpora: quote and speaker extraction against PolNeAR brat standoff, and suspect-expert
 * recall with invented experts inserted into real articles ({@link io.crossfact.eval.ExpertEval}).
 */
package io.crossfact.eval;
