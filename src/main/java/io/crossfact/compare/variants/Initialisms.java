package io.crossfact.compare.variants;

import java.util.List;

/**
 * An initialism and the name it stands for ("IE"/"Internet Explorer", "FBI"/"Federal Bureau of Investigation"): the
 * short word equals the initials of consecutive words on the other side (small words like "of" may be skipped).
 */
public final class Initialisms implements VariantRule {
  @Override
  public String name() {
    return "initialism";
  }

  /** Length of the run of {@code words} from {@code at} whose initials spell {@code initialism}, or 0. */
  public int spans(String initialism, List<String> words, int at) {
    String target = Spacing.squeeze(initialism);
    if (target.length() < 2 || target.length() > 6 || NumberForms.value(target) != null) {
      return 0;
    }
    int t = 0;
    int k = at;
    while (k < words.size() && t < target.length()) {
      String w = words.get(k);
      if (!w.isEmpty() && w.charAt(0) == target.charAt(t)) {
        t++;
      } else if (!FunctionWords.WORDS.contains(w) || t == 0) {
        return 0;
      }
      k++;
    }
    return t == target.length() && k - at >= 2 ? k - at : 0;
  }
}
