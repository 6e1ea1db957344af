/**
 * Perturbations of article text for the robustness harness (CheckList invariance tests, Ribeiro et al. 2020): each a
 * small named class that rewrites a text the way scrapers and content farms break it and returns the new text with
 * an offset map, so gold spans can be carried into it.
 */
package io.crossfact.eval.perturb;
