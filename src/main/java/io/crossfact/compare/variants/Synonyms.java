package io.crossfact.compare.variants;

import java.util.List;
import java.util.Map;

/**
 * Words two transcriptions or translations of one statement use for the same thing ("injuries sustained"/"injuries
 * suffered", "any more"/"any longer", "though"/"although"). A short list: a pair goes here only when swapping
 * the words never changes what a sentence claims.
 */
public final class Synonyms implements VariantRule.Rewrite {
  private static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("sustained", "suffered"), Map.entry("sustain", "suffer"), Map.entry("though", "although"),
      Map.entry("longer", "more"), Map.entry("amongst", "among"), Map.entry("whilst", "while"),
      Map.entry("entire", "whole"), Map.entry("nearly", "almost"),
      Map.entry("perhaps", "maybe"), Map.entry("anymore", "more"), Map.entry("begin", "start"),
      Map.entry("commence", "start"), Map.entry("purchase", "buy"), Map.entry("assist", "help"),
      Map.entry("attempt", "try"), Map.entry("residence", "home"), Map.entry("automobile", "car"));

  @Override
  public String name() {
    return "synonym";
  }

  @Override
  public List<String> rewrite(String word) {
    return List.of(CANONICAL.getOrDefault(word, word));
  }
}
