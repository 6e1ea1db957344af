package io.crossfact.eval.perturb;

/**
 * Quote marks and apostrophes in the other style: curly to straight ({@code “…” → "…"}, {@code ’ → '}), or straight
 * to curly, each mark opening or closing by what stands before it. Copies of one story differ exactly like this.
 */
public final class QuoteMarkStyle implements Perturbation {
  private final boolean toCurly;

  private QuoteMarkStyle(boolean toCurly) {
    this.toCurly = toCurly;
  }

  public static QuoteMarkStyle straight() {
    return new QuoteMarkStyle(false);
  }

  public static QuoteMarkStyle curly() {
    return new QuoteMarkStyle(true);
  }

  @Override
  public String name() {
    return toCurly ? "curly-quote-marks" : "straight-quote-marks";
  }

  @Override
  public String description() {
    return toCurly ? "straight \" and ' become curly (opening after a space or bracket, else closing)"
        : "curly \u201C\u201D\u2018\u2019 become straight \" and '";
  }

  /** Deterministic without the seed: every mark changes. */
  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    Perturbed.Builder b = new Perturbed.Builder(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String to = toCurly ? curly(text, i, c) : straight(c);
      if (to != null) {
        b.replace(i, i + 1, to);
      }
    }
    return b.build();
  }

  private static String straight(char c) {
    return switch (c) {
      case '\u201C', '\u201D', '\u201E' -> "\"";
      case '\u2018', '\u2019' -> "'";
      default -> null;
    };
  }

  private static String curly(String text, int i, char c) {
    if (c != '"' && c != '\'') {
      return null;
    }
    boolean opens = opensAt(text, i) && (c == '"' || i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)));
    if (c == '"') {
      return opens ? "\u201C" : "\u201D";
    }
    return opens ? "\u2018" : "\u2019";
  }

  /** A mark opens at the start, after white space, an opening bracket, a dash or another opening mark. */
  private static boolean opensAt(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{\u2014\u2013/\u201C\u2018".indexOf(p) >= 0;
  }
}
