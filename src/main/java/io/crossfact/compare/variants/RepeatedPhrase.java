package io.crossfact.compare.variants;

import java.util.List;

/** A phrase said twice in a row that one transcript keeps once ("if she gets to pick, if she gets to pick her judges"). */
public final class RepeatedPhrase implements VariantRule.Whole {
  @Override
  public String name() {
    return "repeated-phrase";
  }

  @Override
  public boolean explains(Change c) {
    if (c.e0() == c.e1()) {
      return repeated(c.later().words, c.l0(), c.l1() - c.l0());
    }
    if (c.l0() == c.l1()) {
      return repeated(c.earlier().words, c.e0(), c.e1() - c.e0());
    }
    return false;
  }

  /** Whether the {@code k} words from {@code at} sit in some window of 2k words that is one phrase repeated. */
  static boolean repeated(List<String> words, int at, int k) {
    if (k == 0) {
      return false;
    }
    for (int s = 0; s <= k; s++) {
      int start = at - k + s;
      if (start >= 0 && start + 2 * k <= words.size()
          && words.subList(start, start + k).equals(words.subList(start + k, start + 2 * k))) {
        return true;
      }
    }
    return false;
  }
}
