package io.crossfact.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times the job's stages in order and logs one progress line per stage. */
final class StageTimer {
  private static final Logger LOG = LoggerFactory.getLogger("io.crossfact");
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private long mark = System.nanoTime();

  /** Closes the current stage under {@code name} and logs its line. */
  void done(String name, String what) {
    long now = System.nanoTime();
    double s = Math.round((now - mark) / 1e6) / 1000.0;
    seconds.put(name, s);
    mark = now;
    LOG.info(String.format(Locale.ROOT, "%-12s %s (%.1f s)", name, what, s));
  }

  Map<String, Double> seconds() {
    return seconds;
  }
}
