package io.crossfact.compare.variants;

/**
 * One name transliterated two ways ("Gadhafi"/"al-Qaddafi", "Moammar"/"Muammar", "Usama"/"Osama"): both words are
 * written as names (capitalized), and after dropping an Arabic article and folding letters that transliterations
 * swap, they differ in at most a third of their letters.
 */
public final class Transliteration implements VariantRule.Pair {
  @Override
  public String name() {
    return "transliteration";
  }

  @Override
  public boolean same(String a, String b, boolean bothCapitalized) {
    if (!bothCapitalized) {
      return false;
    }
    String fa = fold(a);
    String fb = fold(b);
    if (fa.length() < 4 || fb.length() < 4) {
      return false;
    }
    int d = levenshtein(fa, fb);
    return d * 3 <= Math.max(fa.length(), fb.length());
  }

  static String fold(String w) {
    String s = w.replaceFirst("^(al|el|ul|ad|ar|as|at|az)-", "").replace("-", "").replace("'", "");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'q', 'c', 'k', 'g' -> c = 'k';
        case 'o', 'u' -> c = 'u';
        case 'e', 'i', 'y' -> c = 'i';
        case 'z' -> c = 's';
        default -> { }
      }
      if (c == 'h' || b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue; // "dh"/"d", "dd"/"d": aspiration and doubling are a transliterator's choice
      }
      b.append(c);
    }
    return b.toString();
  }

  private static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
