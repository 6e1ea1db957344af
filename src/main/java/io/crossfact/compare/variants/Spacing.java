package io.crossfact.compare.variants;

/**
 * Hyphenation, spacing and dots: the same letters cut into words differently ("work force"/"workforce",
 * "cyber-criminals"/"cyber criminals", "scientists-who"/"scientists - who", "2.6million"/"2.6 million",
 * "F.B.I."/"FBI").
 */
public final class Spacing implements VariantRule.Whole {
  @Override
  public String name() {
    return "hyphenation-spacing";
  }

  @Override
  public boolean explains(Change c) {
    String r = squeeze(String.join("", c.removed()));
    String a = squeeze(String.join("", c.added()));
    return !r.isEmpty() && r.equals(a);
  }

  static String squeeze(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch != '-' && ch != '.' && ch != '\'') {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
