package io.crossfact.eval.perturb;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The space after a punctuation mark dropped before a letter, at a sampled rate per place: {@code Ottawa,June},
 * {@code Dr.Paul Ostrander}, {@code The E.U.has}, {@code Key Points:Budget}. Scraped and content-farm pages do this;
 * readers still read the same sentences.
 */
public final class DroppedSpace implements Perturbation {
  public static final double DEFAULT_RATE = 0.5;

  private final char mark;
  private final String name;
  private final double rate;

  DroppedSpace(char mark, String name, double rate) {
    this.mark = mark;
    this.name = name;
    this.rate = rate;
  }

  public static DroppedSpace afterComma() {
    return new DroppedSpace(',', "no-space-after-comma", DEFAULT_RATE);
  }

  public static DroppedSpace afterPeriod() {
    return new DroppedSpace('.', "no-space-after-period", DEFAULT_RATE);
  }

  public static DroppedSpace afterColon() {
    return new DroppedSpace(':', "no-space-after-colon", DEFAULT_RATE);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "'%c ' before a letter becomes '%c' at %.0f%% of places", mark, mark,
        rate * 100);
  }

  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Perturbed.Builder b = new Perturbed.Builder(text);
    for (int i = 0; i + 2 < text.length(); i++) {
      if (text.charAt(i) == mark && text.charAt(i + 1) == ' ' && Character.isLetter(text.charAt(i + 2))
          && rnd.nextDouble() < rate) {
        b.delete(i + 1, i + 2);
      }
    }
    return b.build();
  }
}
