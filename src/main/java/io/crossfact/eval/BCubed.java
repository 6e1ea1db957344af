package io.crossfact.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin 1998): for each item, the
 * share of its predicted cluster that shares its gold label (precision) and the share of its gold cluster that
 * shares its predicted cluster (recall), averaged over items.
 */
public final class BCubed {
  public final double precision;
  public final double recall;
  public final double f1;

  private BCubed(double precision, double recall) {
    this.precision = precision;
    this.recall = recall;
    this.f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Scores {@code predicted} (item to cluster) against {@code gold}; items missing from either are skipped. */
  public static BCubed score(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    int n = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) {
        continue;
      }
      n++;
      predSize.merge(p, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
      both.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) {
        continue;
      }
      int shared = both.get(p + "\u0000" + e.getValue());
      precision += (double) shared / predSize.get(p);
      recall += (double) shared / goldSize.get(e.getValue());
    }
    return n == 0 ? new BCubed(0, 0) : new BCubed(precision / n, recall / n);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "B-cubed P %.3f R %.3f F1 %.3f", precision, recall, f1);
  }
}
