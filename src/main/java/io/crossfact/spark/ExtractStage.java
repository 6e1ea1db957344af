package io.crossfact.spark;

import io.crossfact.extract.ArticleExtractor;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;

/**
 * Extract: per-article assertions, with the article's context (source, date, url) attached.
 *
 * <p>Dead letters: an article whose extraction throws yields one marker row of kind {@link #FAILED} carrying the
 * reason instead of its assertions; {@link PassStage} quarantines the article with that reason.
 */
public final class ExtractStage {
  /** Marker kind of a reject row; never written to assertions.csv. */
  public static final String FAILED = "_failed";

  private ExtractStage() {}

  /**
   * One article's assertions; a failing article (any Throwable: an OutOfMemoryError from one document too) or one
   * over the assertion budget becomes a reject marker, never a failed task.
   */
  static List<Assertion> extractOne(ArticleExtractor extractor, Article a, long maxAssertions) {
    try {
      List<Assertion> out = new ArrayList<>(extractor.extract(a));
      if (out.size() > maxAssertions) {
        return List.of(failed(a, String.format(java.util.Locale.ROOT,
            "too many assertions: %,d, limit %,d (extract.maxAssertions)", out.size(), maxAssertions)));
      }
      for (Assertion s : out) {
        s.setSource(a.getSource());
        s.setPublished(a.getPublished());
        s.setUrl(a.getUrl());
      }
      return out;
    } catch (OutOfMemoryError e) {
      return List.of(failed(a, "too large for memory: OutOfMemoryError during extraction of "
          + a.getText().length() + " characters"));
    } catch (Throwable e) {
      String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
      return List.of(failed(a, "extraction failed: " + e.getClass().getSimpleName()
          + (m.length() > 200 ? m.substring(0, 197) + "..." : m)));
    }
  }

  private static Assertion failed(Article a, String reason) {
    Assertion failed = new Assertion();
    failed.setArticleId(a.getArticleId());
    failed.setKind(FAILED);
    failed.setValue(reason);
    return failed;
  }
}
