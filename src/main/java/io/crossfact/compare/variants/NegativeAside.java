package io.crossfact.compare.variants;

import java.util.List;
import java.util.Set;

/**
 * An emphatic aside of negated names that one report keeps and the other leaves out ("there has never been anyone,
 * not me, not my brother, nobody, better suited"): set off by a comma, no verb in it, so it denies nothing the
 * sentence does not already deny. A negation that comes with a verb ("if they do not pass") is a change of meaning.
 */
public final class NegativeAside implements VariantRule.Whole {
  private static final Set<String> VERBISH = Set.of("is", "are", "was", "were", "be", "been", "am", "do", "does",
      "did", "have", "has", "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must");
  private static final int MAX_WORDS = 8;

  @Override
  public String name() {
    return "negative-aside";
  }

  @Override
  public boolean explains(Change c) {
    if (!c.oneSided()) {
      return false;
    }
    boolean later = c.e0() == c.e1();
    QuoteText q = later ? c.later() : c.earlier();
    int from = later ? c.l0() : c.e0();
    List<String> words = later ? c.added() : c.removed();
    if (words.isEmpty() || words.size() > MAX_WORDS || !q.afterComma.contains(from)) {
      return false;
    }
    boolean negation = false;
    for (String w : words) {
      if (VERBISH.contains(w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))) {
        return false;
      }
      negation |= Meaning.isNegation(w);
    }
    return negation;
  }
}
