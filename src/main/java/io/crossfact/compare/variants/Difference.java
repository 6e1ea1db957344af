package io.crossfact.compare.variants;

import java.util.List;

/**
 * A classified change: benign (a variant of the same words: the rules that explain it) or substantive (a change of
 * meaning: the rules that fired, strongest first, and the weight of the strongest).
 */
public record Difference(Change change, boolean substantive, List<String> rules, double weight) {
  public String describe() {
    return change.describe();
  }
}
