package io.crossfact.normalize;

/**
 * A cheap pre-check before a case-insensitive regex: whether a text holds one of a few lower-case ASCII literals,
 * ignoring ASCII case only (as a pattern compiled with {@code (?i)} but without {@code UNICODE_CASE} compares). When
 * every alternative of a pattern holds one of the literals, a text without any of them cannot match, so the pattern's
 * scan (which tries every offset) is skipped; a text with one still goes through the pattern, so the pre-check never
 * changes a result. One pass over the text, no lower-cased copy.
 */
public final class AsciiLiterals {
  private final String[] literals;
  /** Bit c set when some literal starts with the ASCII character c. */
  private final long[] firsts = new long[2];
  /** Bit (c0 << 7 | c1) set when some literal starts with c0 c1 (literals of two or more characters). */
  private final long[] pairs = new long[128 * 128 / 64];
  private final boolean anySingle;

  /** @param literals lower-case ASCII, non-empty */
  public AsciiLiterals(String... literals) {
    this.literals = literals.clone();
    for (String l : literals) {
      if (l.isEmpty()) {
        throw new IllegalArgumentException("empty literal");
      }
      for (int i = 0; i < l.length(); i++) {
        char c = l.charAt(i);
        if (c >= 0x80 || c >= 'A' && c <= 'Z') {
          throw new IllegalArgumentException("not lower-case ASCII: " + l);
        }
      }
      char f = l.charAt(0);
      firsts[f >> 6] |= 1L << (f & 63);
      if (l.length() > 1) {
        int p = f << 7 | l.charAt(1);
        pairs[p >> 6] |= 1L << (p & 63);
      }
    }
    boolean single = false;
    for (String l : literals) {
      single |= l.length() == 1;
    }
    anySingle = single;
  }

  /** Whether {@code s} holds one of the literals, ASCII case ignored. */
  public boolean foundIn(CharSequence s) {
    return s != null && foundIn(s, 0, s.length());
  }

  /** Whether {@code s[from, to)} holds one of the literals, ASCII case ignored. */
  public boolean foundIn(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = lower(s.charAt(i));
      if (c >= 0x80 || (firsts[c >> 6] & 1L << (c & 63)) == 0) {
        continue;
      }
      if (!anySingle) {
        char d = i + 1 < to ? lower(s.charAt(i + 1)) : 0x80;
        int p = c << 7 | d;
        if (d >= 0x80 || (pairs[p >> 6] & 1L << (p & 63)) == 0) {
          continue;
        }
      }
      for (String l : literals) {
        if (l.charAt(0) == c && at(s, i, to, l)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean at(CharSequence s, int i, int to, String l) {
    if (i + l.length() > to) {
      return false;
    }
    for (int k = 1; k < l.length(); k++) {
      if (lower(s.charAt(i + k)) != l.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
