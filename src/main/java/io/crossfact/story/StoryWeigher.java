package io.crossfact.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * TF-IDF weights of a profile: {@code (1 + ln tf) * (ln((n + 1) / (df + 1)) + 1)}, names times
 * {@link StorySettings#nameBoost}; the strongest {@link StorySettings#maxFeatures} kept and scaled to unit length.
 * The blocking keys are the strongest {@link StorySettings#keys} features that another article also has.
 */
public final class StoryWeigher {
  private StoryWeigher() {}

  public static StoryVector weigh(StoryProfile p, ToLongFunction<String> df, long documents, StorySettings s) {
    String[] f = p.getFeatures();
    int[] c = p.getCounts();
    List<Integer> order = new ArrayList<>();
    double[] w = new double[f.length];
    long[] dfs = new long[f.length];
    for (int i = 0; i < f.length; i++) {
      dfs[i] = Math.max(1, df.applyAsLong(f[i]));
      double idf = Math.log((documents + 1.0) / (dfs[i] + 1.0)) + 1.0;
      w[i] = (1 + Math.log(c[i])) * idf * (f[i].startsWith(StoryProfiler.NAME) ? s.nameBoost : 1.0);
      order.add(i);
    }
    // strongest first; ties by feature so the kept set is deterministic
    order.sort(Comparator.<Integer>comparingDouble(i -> -w[i]).thenComparing(i -> f[i]));
    int keep = Math.min(s.maxFeatures, order.size());
    List<Integer> kept = new ArrayList<>(order.subList(0, keep));
    List<String> keys = new ArrayList<>();
    for (int i : kept) {
      if (keys.size() < s.keys && dfs[i] >= 2) {
        keys.add(f[i]);
      }
    }
    kept.sort(Comparator.comparing(i -> f[i]));
    double norm = 0;
    for (int i : kept) {
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm);
    String[] features = new String[keep];
    double[] weights = new double[keep];
    for (int k = 0; k < keep; k++) {
      features[k] = f[kept.get(k)];
      weights[k] = norm == 0 ? 0 : w[kept.get(k)] / norm;
    }
    String[] sortedKeys = keys.toArray(new String[0]);
    Arrays.sort(sortedKeys);
    StoryVector v = new StoryVector(p.getArticleId(), p.getPublished(), features, weights, p.getYears(), sortedKeys,
        p.getEstimated());
    v.setLead(lead(p));
    return v;
  }

  /**
   * The single-word name ({@link StoryProfiler#NAME}) the profile counts most often, or "" when none is written or
   * two tie for the most: a report's subject, the person or team it is about.
   */
  static String lead(StoryProfile p) {
    String[] f = p.getFeatures();
    int[] c = p.getCounts();
    String best = "";
    int most = 0;
    boolean tie = false;
    for (int i = 0; i < f.length && i < c.length; i++) {
      if (!f[i].startsWith(StoryProfiler.NAME) || f[i].indexOf(' ') >= 0) {
        continue;
      }
      if (c[i] > most) {
        most = c[i];
        best = f[i].substring(StoryProfiler.NAME.length());
        tie = false;
      } else if (c[i] == most) {
        tie = true;
      }
    }
    return tie ? "" : best;
  }
}
