package io.crossfact.eval.perturb;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;

/**
 * Abbreviated titles in lower case before a name: {@code dr. Nina Faroukh}, {@code sen. Lee}, {@code mr. Cruz}.
 * Content farms and hand-typed pages mix the casing inside one article.
 */
public final class LowerCaseHonorifics implements Perturbation {
  private final double rate;

  public LowerCaseHonorifics() {
    this(1.0);
  }

  LowerCaseHonorifics(double rate) {
    this.rate = rate;
  }

  @Override
  public String name() {
    return "lower-case-honorifics";
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "'Dr. X', 'Sen. X', 'Mr. X' become 'dr. X', 'sen. X', 'mr. X' (%.0f%%)",
        rate * 100);
  }

  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Perturbed.Builder b = new Perturbed.Builder(text);
    Matcher m = Honorifics.BEFORE_NAME.matcher(text);
    while (m.find()) {
      if (rnd.nextDouble() < rate) {
        b.replace(m.start(), m.start() + 1, text.substring(m.start(), m.start() + 1).toLowerCase(Locale.ROOT));
      }
    }
    return b.build();
  }
}
