package io.crossfact.spark;

import io.crossfact.model.Article;
import io.crossfact.normalize.Sentences;
import io.crossfact.normalize.TextNormalizer;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;

/**
 * The benchmark's floor: the least any extraction must do. Files are read and decoded exactly as {@code check}
 * reads them ({@link IngestStage}), then each text is split into sentences and tokens and the tokens are counted.
 */
public final class FloorStage {
  private FloorStage() {}

  /** Total tokens over all ok documents (sentence split + tokenization of every document). */
  public static long tokens(Dataset<Article> articles) {
    Dataset<Long> perArticle = articles.filter(functions.col("status").equalTo(Article.OK))
        .map((MapFunction<Article, Long>) a -> {
          String t = a.getText();
          long n = 0;
          for (int[] s : Sentences.spans(t)) {
            n += TextNormalizer.words(t.substring(s[0], s[1])).size();
          }
          return n;
        }, Encoders.LONG());
    Object sum = perArticle.agg(functions.sum("value")).first().get(0);
    return sum == null ? 0L : ((Number) sum).longValue();
  }
}
