package io.crossfact.spark;

import io.crossfact.compare.MinHasher;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.ArticleDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Copies: clusters near-duplicate article bodies, so comparisons can tell independent reports from one text copied.
 *
 * <p>LSH bands give candidate buckets; inside a bucket each member is verified against an anchor (greedy, so a
 * bucket of 10,000 copies of one wire story costs 10,000 comparisons, not 50 million); verified links are joined
 * into connected components (see {@link #clusters}). A cluster's id is its smallest article id.
 */
public final class CopyClusterStage {
  private CopyClusterStage() {}

  /** Verified near-duplicate links between articles. */
  public static Dataset<Edge> edges(Dataset<ArticleDigest> digests, CrossfactConfig config) {
    return distinctEdges(link(members(digests, config), config));
  }

  /** Each digest under each of its LSH band keys. */
  public static Dataset<BandMember> members(Dataset<ArticleDigest> digests, CrossfactConfig config) {
    int hashes = config.getInt(Key.COPIES_NUM_HASHES);
    int bands = config.getInt(Key.COPIES_BANDS);
    int shingle = config.getInt(Key.COPIES_SHINGLE_WORDS);
    return digests.flatMap((FlatMapFunction<ArticleDigest, BandMember>) d -> {
      List<BandMember> out = new ArrayList<>();
      if (d.getSignature() == null || d.getSignature().length == 0) {
        return out.iterator();
      }
      for (String band : new MinHasher(hashes, bands, shingle).bandKeys(d.getSignature())) {
        out.add(new BandMember(band, d.getArticleId(), d.getSignature()));
      }
      return out.iterator();
    }, Encoders.bean(BandMember.class));
  }

  /** Verified links inside each LSH bucket, with the bucket they came from (one bucket's result depends on it alone). */
  public static Dataset<BandEdge> link(Dataset<BandMember> members, CrossfactConfig config) {
    double min = config.getDouble(Key.COPIES_MIN_SIMILARITY);
    int cap = config.getInt(Key.COMPARE_MAX_GROUP_SIZE);
    return members.groupByKey((MapFunction<BandMember, String>) BandMember::getBand, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, BandMember, BandEdge>) (band, it) -> {
          List<BandEdge> out = new ArrayList<>();
          for (Edge e : link(it, min, cap)) {
            out.add(new BandEdge(band, e));
          }
          return out.iterator();
        }, Encoders.bean(BandEdge.class));
  }

  /** One link per article pair, whichever buckets found it. */
  public static Dataset<Edge> distinctEdges(Dataset<BandEdge> edges) {
    return edges.select("src", "dst", "similarity").dropDuplicates("src", "dst").as(Encoders.bean(Edge.class));
  }

  /** Greedy anchoring inside one bucket: each member links to the first earlier anchor it is similar to. */
  static List<Edge> link(Iterator<BandMember> it, double min, int maxAnchors) {
    List<BandMember> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    all.sort(Comparator.comparing(BandMember::getArticleId));
    List<BandMember> anchors = new ArrayList<>();
    List<Edge> out = new ArrayList<>();
    for (BandMember m : all) {
      boolean linked = false;
      for (BandMember a : anchors) {
        double s = MinHasher.similarity(a.getSignature(), m.getSignature());
        if (s >= min) {
          out.add(new Edge(m.getArticleId(), a.getArticleId(), s));
          linked = true;
          break;
        }
      }
      if (!linked && anchors.size() < maxAnchors) {
        anchors.add(m);
      }
    }
    return out;
  }

  /**
   * (articleId, cluster) for every digest: the smallest article id of its connected component.
   *
   * <p>The verified links stream to the driver into a union-find. That holds only the ids of articles that have a
   * copy (never text), is linear in the links, and replaces a distributed label propagation whose every round is
   * a Spark job; the resulting labels go back as a small dataset joined on article id.
   */
  public static Dataset<Row> clusters(Dataset<ArticleDigest> digests, Dataset<Edge> edges) {
    return clusters(digests, edges, new long[1]);
  }

  /** As above; {@code links[0]} is set to the number of links read. */
  static Dataset<Row> clusters(Dataset<ArticleDigest> digests, Dataset<Edge> edges, long[] links) {
    UnionFind uf = new UnionFind();
    java.util.Iterator<Edge> it = edges.toLocalIterator();
    long n = 0;
    while (it.hasNext()) {
      Edge e = it.next();
      uf.union(e.getSrc(), e.getDst());
      n++;
    }
    links[0] = n;
    List<Row> labels = new ArrayList<>();
    for (java.util.Map.Entry<String, String> e : uf.labels().entrySet()) {
      labels.add(org.apache.spark.sql.RowFactory.create(e.getKey(), e.getValue()));
    }
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("id", org.apache.spark.sql.types.DataTypes.StringType, false)
        .add("label", org.apache.spark.sql.types.DataTypes.StringType, false);
    Dataset<Row> labelled = digests.sparkSession().createDataFrame(labels, schema);
    Dataset<Row> ids = digests.select(functions.col("articleId"));
    return ids.join(labelled, ids.col("articleId").equalTo(labelled.col("id")), "left_outer")
        .select(ids.col("articleId"),
            functions.coalesce(labelled.col("label"), ids.col("articleId")).as("cluster"));
  }

  /** Union-find over article ids; a component's label is its smallest id, so labels are deterministic. */
  static final class UnionFind {
    private final java.util.Map<String, String> parent = new java.util.HashMap<>();

    String find(String x) {
      String root = x;
      String p;
      while ((p = parent.get(root)) != null && !p.equals(root)) {
        root = p;
      }
      String cur = x; // path compression
      while (!cur.equals(root)) {
        String next = parent.get(cur);
        parent.put(cur, root);
        cur = next;
      }
      return root;
    }

    void union(String a, String b) {
      parent.putIfAbsent(a, a);
      parent.putIfAbsent(b, b);
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // the smaller id becomes the root, so the root is always the component's minimum
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    /** Every id seen, mapped to its component's smallest id, sorted by id. */
    java.util.Map<String, String> labels() {
      java.util.Map<String, String> out = new java.util.TreeMap<>();
      for (String id : new ArrayList<>(parent.keySet())) {
        out.put(id, find(id));
      }
      return out;
    }
  }
}
