package io.crossfact.eval.perturb;

import java.util.SplittableRandom;

/**
 * The comma that ends a quote before its cue turned into a period: {@code "…," he said} becomes
 * {@code "…." he said}, {@code “…,” said Dr. Brooks} becomes {@code “….” said Dr. Brooks}. Common in copy edited
 * by people or tools that end every quoted sentence with a full stop.
 */
public final class PeriodBeforeClosingMark implements Perturbation {
  private final double rate;

  public PeriodBeforeClosingMark() {
    this(1.0);
  }

  PeriodBeforeClosingMark(double rate) {
    this.rate = rate;
  }

  @Override
  public String name() {
    return "period-before-closing-mark";
  }

  @Override
  public String description() {
    return "',\" he said' becomes '.\" he said' (every closing comma followed by a word)";
  }

  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Perturbed.Builder b = new Perturbed.Builder(text);
    for (int i = 1; i + 3 < text.length(); i++) {
      char close = text.charAt(i + 1);
      if (text.charAt(i) == ',' && (close == '\u201D' || close == '"') && text.charAt(i + 2) == ' '
          && Character.isLetter(text.charAt(i + 3)) && rnd.nextDouble() < rate) {
        b.replace(i, i + 1, ".");
      }
    }
    return b.build();
  }
}
