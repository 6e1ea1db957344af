package io.crossfact.extract.figure;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.normalize.Lemmatizer;
import io.crossfact.normalize.Places;
import java.util.HashMap;
import java.util.Map;

/** What the recognizers read from the configuration, compiled once per partition; immutable and thread-safe. */
public final class FigureSettings {
  final double approx;
  final double open;
  /** Lemmatized synonym phrase to metric key. */
  final Map<String, String> metrics;
  final int maxMetricWords;
  final Places places;

  public FigureSettings(CrossfactConfig config) {
    this.approx = config.getDouble(CrossfactConfig.Key.FIGURE_TOLERANCE_APPROX);
    this.open = config.getDouble(CrossfactConfig.Key.FIGURE_TOLERANCE_OPEN);
    Map<String, String> m = new HashMap<>();
    int max = 1;
    for (Map.Entry<String, String> e : config.lexicons().metricSynonyms().entrySet()) {
      String lemmas = Lemmatizer.phrase(e.getKey());
      m.putIfAbsent(lemmas, e.getValue());
      max = Math.max(max, lemmas.split(" ").length);
    }
    this.metrics = m;
    this.maxMetricWords = max;
    this.places = Places.defaults();
  }
}
