package io.crossfact.compare.variants;

/**
 * Whole sentences one report leaves out between two it shares with the other ("I went too far. I made a mistake.
 * I was wrong." / "I went too far. I was wrong."): a choice of excerpt, not a change of any sentence quoted.
 */
public final class SentenceOmission implements VariantRule.Whole {
  @Override
  public String name() {
    return "sentence-omitted";
  }

  @Override
  public boolean explains(Change c) {
    if (c.e0() == c.e1() && c.l0() < c.l1()) {
      return whole(c.later(), c.l0(), c.l1());
    }
    if (c.l0() == c.l1() && c.e0() < c.e1()) {
      return whole(c.earlier(), c.e0(), c.e1());
    }
    return false;
  }

  private static boolean whole(QuoteText q, int from, int to) {
    return q.sentenceStarts.contains(from) && (q.sentenceStarts.contains(to) || to == q.size());
  }
}
