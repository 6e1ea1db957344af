package io.crossfact.model;

/**
 * Bidirectional controls and zero-width characters: invisible, yet they reorder what a reader sees
 * ({@code invoice\u202Egnp.exe} shows as {@code invoiceexe.png}) or make two equal-looking ids differ. Ids drop them;
 * the report shows them as {@code ⟨U+202E⟩}.
 */
public final class Invisibles {
  private Invisibles() {}

  /** Arabic letter mark, LRM/RLM, the embeddings and overrides, the isolates; zero-width space, joiners, BOM. */
  public static boolean is(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
        || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
  }

  private static boolean any(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (is(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The string without them (for ids). */
  public static String strip(String s) {
    if (s == null || !any(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!is(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** The string with each one written out as {@code ⟨U+202E⟩} (for the report). */
  public static String visible(String s) {
    if (s == null || !any(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (is(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\u27E8U+%04X\u27E9", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
