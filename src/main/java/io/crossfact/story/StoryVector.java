package io.crossfact.story;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An article's weighted features (TF-IDF, names boosted, unit length, the strongest kept), its dates and the
 * blocking keys under which it meets candidate articles. Spark-encodable.
 */
public class StoryVector implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId = "";
  private String published = "";
  /** Sorted. */
  private String[] features = new String[0];
  private double[] weights = new double[0];
  private int[] years = new int[0];
  private String[] keys = new String[0];
  /** For an undated article, the ISO date its text suggests ({@link StoryTime#estimate}), else empty. */
  private String estimated = "";
  /**
   * The name the article writes most often (its subject: the player arrested, the actress in rehab), from the
   * profile's counts of single-word names; empty when two names tie for the most ({@link StoryWeigher#lead}).
   */
  private String lead = "";
  /** The features as 64-bit hashes, sorted, with their weights: computed once, for fast cosines. Not encoded. */
  private transient long[] hashed;
  private transient double[] hashedWeights;

  public StoryVector() {}

  public StoryVector(String articleId, String published, String[] features, double[] weights, int[] years,
      String[] keys) {
    setArticleId(articleId);
    setPublished(published);
    setFeatures(features);
    setWeights(weights);
    setYears(years);
    setKeys(keys);
  }

  public StoryVector(String articleId, String published, String[] features, double[] weights, int[] years,
      String[] keys, String estimated) {
    this(articleId, published, features, weights, years, keys);
    setEstimated(estimated);
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v == null ? "" : v; }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = v == null ? "" : v; }
  public String[] getFeatures() { return features; }
  public void setFeatures(String[] v) { features = v == null ? new String[0] : v; hashed = null; }
  public double[] getWeights() { return weights; }
  public void setWeights(double[] v) { weights = v == null ? new double[0] : v; hashed = null; }
  public int[] getYears() { return years; }
  public void setYears(int[] v) { years = v == null ? new int[0] : v; }
  public String[] getKeys() { return keys; }
  public void setKeys(String[] v) { keys = v == null ? new String[0] : v; }
  public String getEstimated() { return estimated; }
  public void setEstimated(String v) { estimated = v == null ? "" : v; }
  public String getLead() { return lead; }
  public void setLead(String v) { lead = v == null ? "" : v; }

  /** The features' 64-bit hashes, ascending (see {@link #hashedWeights}). */
  long[] hashed() {
    if (hashed == null) {
      int n = features.length;
      long[] h = new long[n];
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        h[i] = hash(features[i]);
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(h[x], h[y]));
      long[] hs = new long[n];
      double[] ws = new double[n];
      for (int i = 0; i < n; i++) {
        hs[i] = h[order[i]];
        ws[i] = i < weights.length && order[i] < weights.length ? weights[order[i]] : 0;
      }
      hashedWeights = ws;
      hashed = hs;
    }
    return hashed;
  }

  /** The weights in the order of {@link #hashed}. */
  double[] hashedWeights() {
    hashed();
    return hashedWeights;
  }

  /**
   * The features' hashes, ascending, as the cosine reads them (not to be modified): with {@link #featureWeights} and
   * {@link #linkable} they carry a vector to its blocks as two primitive arrays instead of 200 strings.
   */
  public long[] featureHashes() {
    return hashed();
  }

  /** The weights in the order of {@link #featureHashes} (not to be modified). */
  public double[] featureWeights() {
    return hashedWeights();
  }

  /**
   * A vector that can only be compared ({@link StoryLinker#candidate}, {@link StoryBlocker#pairs}): its id, dates
   * and hashed features, with no feature strings, years or keys. The same scores as the full vector's.
   */
  public static StoryVector linkable(String articleId, String published, String estimated, long[] hashes,
      double[] weights) {
    StoryVector v = new StoryVector();
    v.setArticleId(articleId);
    v.setPublished(published);
    v.setEstimated(estimated);
    v.hashed = hashes == null ? new long[0] : hashes;
    v.hashedWeights = weights == null ? new double[0] : weights;
    return v;
  }

  /** FNV-1a, 64 bits: two of an article's 200 features collide with odds far below one in a billion. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StoryVector)) {
      return false;
    }
    StoryVector v = (StoryVector) o;
    return articleId.equals(v.articleId) && published.equals(v.published) && Arrays.equals(features, v.features)
        && Arrays.equals(weights, v.weights) && Arrays.equals(years, v.years) && Arrays.equals(keys, v.keys)
        && estimated.equals(v.estimated) && lead.equals(v.lead);
  }

  @Override
  public int hashCode() {
    return articleId.hashCode();
  }

  @Override
  public String toString() {
    return "StoryVector{" + articleId + ", " + published + ", keys " + Arrays.toString(keys) + "}";
  }
}
