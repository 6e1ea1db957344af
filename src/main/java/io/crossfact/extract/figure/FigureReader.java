package io.crossfact.extract.figure;

import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.List;

/** Entry point of the figure recognizers for {@code io.crossfact.extract.FigureExtractor}. */
public final class FigureReader {
  private FigureReader() {
  }

  /** Adds the figure assertions of one article body to {@code out}, in text order. */
  public static void read(Article article, String body, String text, FigureSettings settings, List<Assertion> out) {
    new FigureText(article, body, text, settings).scan.scan(out);
  }
}
