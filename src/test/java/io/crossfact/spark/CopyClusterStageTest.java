package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.compare.MinHasher;
import io.crossfact.model.ArticleDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CopyClusterStageTest {
  private static final String WIRE = "The state recorded 243 overdose deaths last year, officials said on Tuesday, "
      + "and lawmakers promised new money for treatment centers across the rural counties of the north.";
  private static final String OTHER = "A separate story about school budgets: the board approved a plan to hire "
      + "teachers and repair two buildings before the winter term begins in the capital.";

  @Test
  void unionFindLabelsEveryComponentWithItsSmallestId() {
    CopyClusterStage.UnionFind uf = new CopyClusterStage.UnionFind();
    uf.union("d", "c");
    uf.union("c", "b");
    uf.union("x", "y");
    Map<String, String> expected = new TreeMap<>(Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"));
    assertEquals(expected, uf.labels());
  }

  @Test
  void greedyAnchoringLinksCopiesToTheFirstSimilarMember() {
    MinHasher h = new MinHasher(64, 16, 5);
    List<BandMember> bucket = new ArrayList<>(List.of(
        new BandMember("b", "c-copy", h.signature(WIRE)),
        new BandMember("b", "a-original", h.signature(WIRE)),
        new BandMember("b", "b-other", h.signature(OTHER))));
    List<Edge> edges = CopyClusterStage.link(bucket.iterator(), 0.6, 10);
    assertEquals(1, edges.size());
    assertEquals("c-copy", edges.get(0).getSrc());
    assertEquals("a-original", edges.get(0).getDst());
  }

  @Test
  void copiesShareAClusterAndIndependentTextsKeepTheirOwn() {
    MinHasher h = new MinHasher(64, 16, 5);
    List<ArticleDigest> digests = List.of(digest("wire", h.signature(WIRE)), digest("reprint", h.signature(WIRE)),
        digest("unrelated", h.signature(OTHER)));
    Dataset<ArticleDigest> ds = SparkTestSession.spark().createDataset(digests, Encoders.bean(ArticleDigest.class));
    Dataset<Edge> edges = CopyClusterStage.edges(ds, io.crossfact.config.CrossfactConfig.defaults());
    Dataset<Row> clusters = CopyClusterStage.clusters(ds, edges);
    Dataset<Row> expected = SparkTestSession.spark().createDataFrame(List.of(
        org.apache.spark.sql.RowFactory.create("reprint", "reprint"),
        org.apache.spark.sql.RowFactory.create("unrelated", "unrelated"),
        org.apache.spark.sql.RowFactory.create("wire", "reprint")), clusters.schema());
    SparkTestSession.base().assertDataFrameNoOrderEquals(expected, clusters);
  }

  private static ArticleDigest digest(String id, long[] signature) {
    ArticleDigest d = new ArticleDigest();
    d.setArticleId(id);
    d.setSignature(signature);
    return d;
  }
}
