package io.crossfact.spark;

import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * New-vs-all for nightly runs: which LSH buckets and comparison groups the arrived articles touch.
 *
 * <p>A bucket's copy links and a group's findings depend only on its members (their text, date and copy cluster).
 * So after articles arrive, the buckets holding an arrived article, and the groups holding an arrived article or an
 * article whose copy cluster changed, are recomputed over all their members; every other bucket and group keeps
 * last night's result. Key sets are one-column datasets named {@code k}.
 */
public final class IncrementalStage {
  /** Key sets up to this size are broadcast to the join instead of shuffling the big side. */
  static final long BROADCAST_KEYS = 2_000_000L;

  private IncrementalStage() {}

  /**
   * LSH buckets that hold an arrived article, and buckets whose carried links name one (a re-ingested article whose
   * text changed has left the buckets of its old signature, and its old links with it).
   */
  public static Dataset<Row> touchedBands(Dataset<BandMember> members, Dataset<BandEdge> edgesBefore,
      Dataset<Row> arrived) {
    Dataset<Row> now = members.join(arrived, members.col("articleId").equalTo(arrived.col("articleId")), "left_semi")
        .select(functions.col("band").as("k"));
    // two equi-joins rather than one join on "src = id OR dst = id", which Spark can only run as a nested loop
    Dataset<Row> before = edgesBefore.join(arrived, edgesBefore.col("src").equalTo(arrived.col("articleId")), "left_semi")
        .select(functions.col("band").as("k"))
        .union(edgesBefore.join(arrived, edgesBefore.col("dst").equalTo(arrived.col("articleId")), "left_semi")
            .select(functions.col("band").as("k")));
    return now.union(before).distinct();
  }

  /**
   * Arrived articles plus old ones whose copy cluster changed tonight (a new copy joined two clusters): their
   * assertions' representatives and independence change, so their groups must be recomputed.
   */
  public static Dataset<Row> touchedArticles(Dataset<Row> arrived, Dataset<Row> clusters, Dataset<Row> before) {
    Dataset<Row> prev = before.select(functions.col("articleId").as("pid"), functions.col("cluster").as("pcluster"));
    Dataset<Row> moved = clusters.join(prev, clusters.col("articleId").equalTo(prev.col("pid")))
        .filter(functions.col("cluster").notEqual(functions.col("pcluster")))
        .select(clusters.col("articleId"));
    return arrived.select("articleId").union(moved).distinct();
  }

  /** The assertions of the given articles. */
  public static Dataset<Assertion> ofArticles(Dataset<Assertion> assertions, Dataset<Row> articles) {
    return assertions.join(articles, assertions.col("articleId").equalTo(articles.col("articleId")), "left_semi")
        .as(assertions.encoder());
  }

  /**
   * Comparison groups to recompute: every group key of a touched article's assertions, the copy clusters (now and
   * before) of touched articles, and every group whose carried findings name a touched article (a re-ingested
   * article may have left a group it was in).
   */
  public static Dataset<Row> touchedGroups(Dataset<Blocked> blockedOfTouched, Dataset<ArticleDigest> digests,
      Dataset<Row> clustersBefore, Dataset<GroupFinding> groupsBefore, Dataset<Row> touched) {
    Dataset<Row> keys = blockedOfTouched.select(functions.col("key").as("k"));
    Dataset<Row> now = digests.join(touched, digests.col("articleId").equalTo(touched.col("articleId")), "left_semi")
        .select(functions.concat(functions.lit(CompareStage.CLUSTER), functions.col("cluster")).as("k"));
    Dataset<Row> before = clustersBefore
        .join(touched, clustersBefore.col("articleId").equalTo(touched.col("articleId")), "left_semi")
        .select(functions.concat(functions.lit(CompareStage.CLUSTER), functions.col("cluster")).as("k"));
    Dataset<Row> named = groupsBefore
        .join(touched, groupsBefore.col("finding.articleA").equalTo(touched.col("articleId")), "left_semi")
        .select(functions.col("group").as("k"))
        .union(groupsBefore
            .join(touched, groupsBefore.col("finding.articleB").equalTo(touched.col("articleId")), "left_semi")
            .select(functions.col("group").as("k")));
    return keys.union(now).union(before).union(named).distinct();
  }

  /** Digests of the copy clusters whose republication group is in {@code groups}. */
  public static Dataset<ArticleDigest> inClusters(Dataset<ArticleDigest> digests, Dataset<Row> groups) {
    Column key = functions.concat(functions.lit(CompareStage.CLUSTER), digests.col("cluster"));
    return digests.join(hinted(groups), key.equalTo(groups.col("k")), "left_semi").as(digests.encoder());
  }

  /** Rows of {@code ds} whose {@code column} is in the key set. */
  public static <T> Dataset<T> within(Dataset<T> ds, String column, Dataset<Row> keys) {
    return ds.join(hinted(keys), ds.col(column).equalTo(keys.col("k")), "left_semi").as(ds.encoder());
  }

  /** Rows of {@code ds} whose {@code column} is not in the key set. */
  public static <T> Dataset<T> outside(Dataset<T> ds, String column, Dataset<Row> keys) {
    return ds.join(hinted(keys), ds.col(column).equalTo(keys.col("k")), "left_anti").as(ds.encoder());
  }

  private static Dataset<Row> hinted(Dataset<Row> keys) {
    return keys.count() <= BROADCAST_KEYS ? functions.broadcast(keys) : keys;
  }
}
