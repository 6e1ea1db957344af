package io.crossfact.compare.variants;

/**
 * A typing slip of one letter in a word of five or more letters ("damages"/"damaged", "recieve"/"receive"): one
 * substitution, insertion, deletion or swap of neighbours. Numbers and negations are never typos here.
 */
public final class OneLetterTypo implements VariantRule.Pair {
  @Override
  public String name() {
    return "one-letter-typo";
  }

  @Override
  public boolean same(String a, String b, boolean bothCapitalized) {
    if (Math.min(a.length(), b.length()) < 5 || NumberForms.value(a) != null || NumberForms.value(b) != null
        || Meaning.isNegation(a) != Meaning.isNegation(b)) {
      return false;
    }
    return distance(a, b) <= 1;
  }

  /** Optimal string alignment distance (Levenshtein with swaps of neighbours), stopping early above 2. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return 3;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
