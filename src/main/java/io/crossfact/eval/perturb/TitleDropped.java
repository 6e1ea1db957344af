package io.crossfact.eval.perturb;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;

/**
 * A role title dropped before a name at a sampled share of places ({@code Sen. Mike Lee} becomes {@code Mike Lee},
 * {@code Dr. Helen Brooks} becomes {@code Helen Brooks}), so one article names the person with and without it.
 * Gendered honorifics ({@code Mr.}, {@code Mrs.}, {@code Ms.}) stay: dropping them could change whom "she" means.
 */
public final class TitleDropped implements Perturbation {
  private final double rate;

  public TitleDropped() {
    this(0.5);
  }

  TitleDropped(double rate) {
    this.rate = rate;
  }

  @Override
  public String name() {
    return "title-dropped";
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "role titles 'Sen. ', 'Rep. ', 'Gov. ', 'Dr. ' ... dropped before %.0f%% of"
        + " names", rate * 100);
  }

  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Perturbed.Builder b = new Perturbed.Builder(text);
    Matcher m = Honorifics.ROLE_BEFORE_NAME.matcher(text);
    while (m.find()) {
      if (rnd.nextDouble() < rate) {
        b.delete(m.start(), m.end());
      }
    }
    return b.build();
  }
}
