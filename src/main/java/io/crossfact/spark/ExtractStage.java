package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;

/**
 * Extract: per-article assertions, with the article's context (source, date, url) attached.
 *
 * <p>Dead letters: an article whose extraction throws yields one marker row of kind {@link #FAILED} carrying the
 * reason; {@link #assertions} and {@link #failures} split the one pass into results and rejects.
 */
public final class ExtractStage {
  /** Marker kind of a reject row; never written to assertions.csv. */
  public static final String FAILED = "_failed";

  private ExtractStage() {}

  /** Runs the extractors over the ok articles: assertions plus reject markers, to be cached and split. */
  public static Dataset<Assertion> extract(Dataset<Article> articles, Broadcast<JavaSerialized<CrossfactConfig>> config) {
    return articles.filter(functions.col("status").equalTo(Article.OK))
        .mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Article, Assertion>) it -> {
          CrossfactConfig c = config.value().get();
          ArticleExtractor extractor = new ArticleExtractor(c);
          long maxAssertions = c.getLong(CrossfactConfig.Key.EXTRACT_MAX_ASSERTIONS);
          return new FlatteningIterator<>(it, a -> extractOne(extractor, a, maxAssertions));
        }, Encoders.bean(Assertion.class));
  }

  /** The assertions (reject markers removed). */
  public static Dataset<Assertion> assertions(Dataset<Assertion> extracted) {
    return extracted.filter(functions.col("kind").notEqual(FAILED));
  }

  /** The reject markers: articleId plus reason in {@code value}. */
  public static Dataset<Assertion> failures(Dataset<Assertion> extracted) {
    return extracted.filter(functions.col("kind").equalTo(FAILED));
  }

  /** Articles whose extraction failed become quarantined, keeping their metadata; the rest pass unchanged. */
  public static Dataset<Article> quarantineFailures(Dataset<Article> articles, Dataset<Assertion> failures) {
    return articles.joinWith(failures, articles.col("articleId").equalTo(failures.col("articleId")), "left_outer")
        .map((MapFunction<scala.Tuple2<Article, Assertion>, Article>) t -> {
          Article a = t._1();
          if (t._2() != null) {
            a.setStatus(Article.QUARANTINED);
            a.setReason(t._2().getValue());
          }
          return a;
        }, Encoders.bean(Article.class));
  }

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
