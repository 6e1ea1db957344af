package io.crossfact.spark;

import io.crossfact.compare.DateEvidence;
import io.crossfact.compare.MinHasher;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.normalize.TextNormalizer;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** Article digests (MinHash signature, lead, dates) and the attachment of copy clusters to digests and assertions. */
public final class DigestStage {
  private DigestStage() {}

  /**
   * One ok article's digest from its text and its own assertions, inside the single pass (no join): the latest event
   * date among its date assertions, and the date evidence of its role assertions and unqualified event dates.
   */
  public static ArticleDigest digest(Article a, java.util.List<Assertion> assertions, MinHasher h,
      io.crossfact.config.Roster roster) {
    java.util.List<String> words = TextNormalizer.words(a.getBody()); // once: the signature and the word count
    ArticleDigest d = ArticleDigest.of(a, h.signature(words), words.size(),
        a.getArticleId(), "", "");
    d.setLooksBack(DateEvidence.looksBack(a.getBody()));
    Assertion latest = null; // max of (value, text) as Spark orders strings: by UTF-8 bytes, i.e. by code point
    java.util.List<Assertion> evidence = new java.util.ArrayList<>();
    for (Assertion s : assertions) {
      boolean event = Assertion.DATE.equals(s.getKind()) && "event".equals(s.getPredicate());
      if (event && (latest == null || byCodePoint(s.getValue(), latest.getValue()) > 0
          || byCodePoint(s.getValue(), latest.getValue()) == 0 && byCodePoint(s.getText(), latest.getText()) > 0)) {
        latest = s;
      }
      if (Assertion.ROLE.equals(s.getKind()) || event && "".equals(s.getQualifier())) {
        evidence.add(s);
      }
    }
    if (latest != null) {
      d.setLatestEventDate(latest.getValue());
      d.setLatestEventText(latest.getText());
    }
    if (!evidence.isEmpty()) {
      evidence.sort(java.util.Comparator.comparingInt(Assertion::getStart).thenComparing(Assertion::getKind)
          .thenComparing(Assertion::getValue));
      String published = evidence.get(0).getPublished();
      d.setLatestExplicitDate(DateEvidence.latestExplicit(evidence, published));
      d.setDateEvidence(DateEvidence.of(evidence, published, roster));
    }
    return d;
  }

  /** Compares two strings by code point (the order of their UTF-8 bytes, which is how Spark compares strings). */
  static int byCodePoint(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int a = x.codePointAt(i);
      int b = y.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }

  /** Sets each digest's copy cluster from {@code (articleId, cluster)} rows. */
  public static Dataset<ArticleDigest> withClusters(Dataset<ArticleDigest> digests, Dataset<Row> clusters) {
    return digests.joinWith(clusters, digests.col("articleId").equalTo(clusters.col("articleId")), "left_outer")
        .map((MapFunction<scala.Tuple2<ArticleDigest, Row>, ArticleDigest>) t -> {
          ArticleDigest d = t._1();
          d.setCluster(t._2() == null ? d.getArticleId() : t._2().getString(1));
          return d;
        }, Encoders.bean(ArticleDigest.class));
  }

  /** Sets each assertion's copy cluster; an article without a digest is its own cluster. */
  public static Dataset<Assertion> assertionsWithClusters(Dataset<Assertion> assertions, Dataset<Row> clusters) {
    return assertions.joinWith(clusters, assertions.col("articleId").equalTo(clusters.col("articleId")), "left_outer")
        .map((MapFunction<scala.Tuple2<Assertion, Row>, Assertion>) t -> {
          Assertion a = t._1();
          a.setCluster(t._2() == null ? a.getArticleId() : t._2().getString(1));
          return a;
        }, Encoders.bean(Assertion.class));
  }

  /** Maps lazily, one element at a time, so a partition is never held in memory. */
  static final class MappingIterator<A, B> implements java.util.Iterator<B> {
    private final java.util.Iterator<A> in;
    private final java.util.function.Function<A, B> f;

    MappingIterator(java.util.Iterator<A> in, java.util.function.Function<A, B> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public B next() {
      return f.apply(in.next());
    }
  }
}
