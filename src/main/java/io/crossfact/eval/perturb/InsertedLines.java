package io.crossfact.eval.perturb;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lines of page furniture inserted between paragraphs: at a sampled share of paragraph starts (at least one per
 * article), never inside an attribution (between a Source and its Content), never before the first line (the
 * headline). Each inserted block is followed by the text's own paragraph break, so the paragraphs around it stay
 * paragraphs.
 */
abstract class InsertedLines implements Perturbation {
  private final double rate;

  InsertedLines(double rate) {
    this.rate = rate;
  }

  double rate() {
    return rate;
  }

  /** The lines to insert at one place, without the trailing break. */
  abstract String block(SplittableRandom rnd);

  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String br = text.contains("\n\n") ? "\n\n" : "\n";
    List<Integer> places = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i - 1) == '\n' && !Character.isWhitespace(text.charAt(i)) && !gold.splits(i)) {
        places.add(i);
      }
    }
    Perturbed.Builder b = new Perturbed.Builder(text);
    boolean any = false;
    for (int at : places) {
      if (rnd.nextDouble() < rate) {
        b.insert(at, block(rnd).replace("\n", br) + br);
        any = true;
      }
    }
    if (!any && !places.isEmpty()) {
      b.insert(places.get(rnd.nextInt(places.size())), block(rnd).replace("\n", br) + br);
    }
    return b.build();
  }

  static String pick(SplittableRandom rnd, List<String> words) {
    return words.get(rnd.nextInt(words.size()));
  }

  /** Two different words of a list. */
  static String[] pickTwo(SplittableRandom rnd, List<String> words) {
    int a = rnd.nextInt(words.size());
    int b = (a + 1 + rnd.nextInt(words.size() - 1)) % words.size();
    return new String[] {words.get(a), words.get(b)};
  }
}
