package io.crossfact.compare.variants;

/** A word with letters starred out and the word itself ("f***ing"/"fucking", "motherf***er"/"motherfucker"). */
public final class Censored implements VariantRule.Pair {
  @Override
  public String name() {
    return "censored-word";
  }

  @Override
  public boolean same(String a, String b, boolean bothCapitalized) {
    return covers(a, b) || covers(b, a);
  }

  /** Whether {@code starred}, its stars read as any letters, spells {@code plain}. */
  private static boolean covers(String starred, String plain) {
    if (starred.indexOf(QuoteText.CENSOR) < 0 || plain.indexOf(QuoteText.CENSOR) >= 0) {
      return false;
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < starred.length(); i++) {
      char ch = starred.charAt(i);
      re.append(ch == QuoteText.CENSOR ? "\\p{L}{0,2}" : java.util.regex.Pattern.quote(String.valueOf(ch)));
    }
    return plain.matches(re.toString());
  }
}
