package io.crossfact.eval;

import io.crossfact.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference baseline for story grouping: plain TF-IDF vectors of the words of title and text (smoothed idf,
 * unit length, no names, no dates), and average-linkage agglomerative clustering that merges while the average
 * cosine similarity between two clusters is at least a threshold. Quadratic in memory and cubic in time: for
 * evaluation corpora only.
 */
public final class TfIdfAverageLinkage {
  /** The threshold tuned on ECB+ dev (best B-cubed F1 there); applied unchanged to every other corpus. */
  public static final double ECB_TUNED_THRESHOLD = 0.34;

  private TfIdfAverageLinkage() {}

  /** Similarity matrix of the documents' TF-IDF vectors (keys are ids, values title plus text). */
  public static double[][] similarities(List<String> texts) {
    List<Map<String, Integer>> tfs = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      Map<String, Integer> tf = new TreeMap<>();
      for (String w : TextNormalizer.words(t)) {
        if (w.length() > 1 && !Character.isDigit(w.charAt(0))) {
          tf.merge(w, 1, Integer::sum);
        }
      }
      tfs.add(tf);
      tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
    }
    int n = texts.size();
    List<Map<String, Double>> vecs = new ArrayList<>();
    for (Map<String, Integer> tf : tfs) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        double w = e.getValue() * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double nn = Math.sqrt(norm);
      v.replaceAll((k, w) -> nn == 0 ? 0 : w / nn);
      vecs.add(v);
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Map<String, Double> a = vecs.get(i);
        Map<String, Double> b = vecs.get(j);
        if (a.size() > b.size()) {
          Map<String, Double> x = a;
          a = b;
          b = x;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
          Double w = b.get(e.getKey());
          if (w != null) {
            dot += e.getValue() * w;
          }
        }
        sim[i][j] = dot;
        sim[j][i] = dot;
      }
    }
    return sim;
  }

  /** Cluster index of each document: average linkage, merging while the best average similarity is >= threshold. */
  public static int[] cluster(double[][] sim0, double threshold) {
    int n = sim0.length;
    double[][] sim = new double[n][];
    for (int i = 0; i < n; i++) {
      sim[i] = sim0[i].clone();
    }
    int[] size = new int[n];
    int[] label = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      label[i] = i;
      alive[i] = true;
    }
    while (true) {
      double best = -1;
      int bi = -1;
      int bj = -1;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (alive[j] && sim[i][j] > best) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0 || best < threshold) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) {
          double s = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
          sim[bi][k] = s;
          sim[k][bi] = s;
        }
      }
      size[bi] += size[bj];
      alive[bj] = false;
      for (int k = 0; k < n; k++) {
        if (label[k] == bj) {
          label[k] = bi;
        }
      }
    }
    return label;
  }
}
