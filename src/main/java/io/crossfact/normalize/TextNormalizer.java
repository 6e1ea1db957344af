package io.crossfact.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typography-insensitive forms of text for comparison: curly and straight quotes, {@code …} and {@code ...},
 * dashes, case and whitespace never make two quotes differ.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** NFKC, straight quotes, {@code ...} for ellipses, ASCII hyphen for dashes, single spaces, lower case. */
  public static String normalize(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
          c = '"';
          break;
        case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4':
          c = '\'';
          break;
        case '\u2013': case '\u2014': case '\u2012': case '\u2015': case '\u2212':
          c = '-';
          break;
        case '\u2026':
          b.append("...");
          space = false;
          continue;
        default:
          break;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Words of the normalized text: letters, digits and inner apostrophes/hyphens; punctuation dropped. */
  public static List<String> words(String s) {
    String n = normalize(s);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      boolean inner = (c == '\'' || c == '-' || c == '.' || c == ',') && w.length() > 0 && i + 1 < n.length()
          && Character.isLetterOrDigit(n.charAt(i + 1))
          && (c != '.' && c != ',' || Character.isDigit(n.charAt(i - 1)) && Character.isDigit(n.charAt(i + 1)));
      if (Character.isLetterOrDigit(c) || inner) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** The words joined by single spaces: the comparison key of a quote. */
  public static String wordKey(String s) {
    return String.join(" ", words(s));
  }
}
