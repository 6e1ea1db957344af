package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark SQL settings chosen by the size of a run's input, set on the session for that run and restored after it.
 *
 * <p>On a few hundred kilobytes of articles almost all of a run's time is Spark's own work on the driver: planning
 * each query, re-planning it after each stage (adaptive execution), writing each plan out as text for the listener
 * bus, and generating code. So, unless the user set the key ({@code --conf spark.k=v}, {@code --set spark.k=v}, a
 * spark-defaults.conf or a {@code -Dspark.k=v} system property):
 *
 * <ul>
 *   <li>any size: {@code spark.sql.ui.explainMode=simple}. The default, {@code formatted}, prints every cached
 *       Dataset's whole plan inside each plan that reads it, again after every stage; with the job's chain of
 *       cached stages that text grew to megabytes per query and took most of a small run's CPU. The plan is only
 *       shown in the Spark UI's SQL tab (off in local mode) and event logs.
 *   <li>any size: {@code spark.sql.shuffle.partitions} = {@code spark.shufflePartitions} (crossfact's key), but one
 *       per {@link #BYTES_PER_PARTITION} of input when that is fewer (so 1 for the examples; the configured 8
 *       from 56 MB up). The read is sliced by the same number (of the bytes it reads).
 *   <li>input of at most {@link #SMALL_INPUT_BYTES}: {@code spark.sql.adaptive.enabled=false} (no re-planning
 *       after each stage; there is no skew or partition count to adapt on such an input),
 *       {@code spark.sql.codegen.wholeStage=false} and {@code spark.sql.codegen.factoryMode=NO_CODEGEN}
 *       (expressions are interpreted instead of compiled with Janino; compiling costs more than it saves on a few
 *       hundred rows).
 * </ul>
 *
 * <p>None of them changes a result: outputs are sorted, ids are stable. docs/benchmarks.md has the measurements.
 */
final class InputSizing implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.crossfact");

  /** Inputs up to this many bytes (on disk, compressed or not) run without adaptive execution and code generation. */
  static final long SMALL_INPUT_BYTES = 8L * 1024 * 1024;
  /** Input bytes per shuffle partition, up to the configured {@code spark.shufflePartitions}. */
  static final long BYTES_PER_PARTITION = 8L * 1024 * 1024;

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String EXPLAIN_MODE = "spark.sql.ui.explainMode";
  static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";
  static final List<String> KEYS = List.of(SHUFFLE_PARTITIONS, EXPLAIN_MODE, ADAPTIVE, WHOLE_STAGE, FACTORY_MODE);

  private final SparkSession spark;
  private final Map<String, String> previous = new LinkedHashMap<>();

  private InputSizing(SparkSession spark) {
    this.spark = spark;
  }

  /** Shuffle partitions for an input of {@code bytes}: one per {@link #BYTES_PER_PARTITION}, at most configured. */
  static int partitions(long bytes, int configured) {
    long sized = Math.max(1, (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION);
    return (int) Math.min(configured, sized);
  }

  /** The settings for an input of {@code bytes}, before the user's own are taken out. */
  static Map<String, String> choose(long bytes, int configuredPartitions) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(SHUFFLE_PARTITIONS, String.valueOf(partitions(bytes, configuredPartitions)));
    out.put(EXPLAIN_MODE, "simple");
    if (bytes <= SMALL_INPUT_BYTES) {
      out.put(ADAPTIVE, "false");
      out.put(WHOLE_STAGE, "false");
      out.put(FACTORY_MODE, "NO_CODEGEN");
    }
    return out;
  }

  /** Keys the user set: crossfact's spark.* settings, spark-defaults.conf, or a spark.* system property. */
  static Set<String> userSet(CrossfactConfig config) {
    Set<String> out = new java.util.TreeSet<>(SparkSessions.userSettings(config).keySet());
    for (String k : KEYS) {
      if (System.getProperty(k) != null) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Sets the settings for an input of {@code bytes} on the session, but those the user set; {@link #close()} puts
   * the session's earlier values back (a session can outlive the run: tests, an embedding application).
   */
  static InputSizing apply(SparkSession spark, CrossfactConfig config, long bytes) {
    int configured = config.getInt(Key.SPARK_SHUFFLE_PARTITIONS);
    Set<String> user = userSet(config);
    Map<String, String> chosen = choose(bytes, configured);
    InputSizing s = new InputSizing(spark);
    StringBuilder shown = new StringBuilder();
    for (Map.Entry<String, String> e : chosen.entrySet()) {
      if (user.contains(e.getKey())) {
        continue;
      }
      scala.Option<String> before = spark.conf().getOption(e.getKey());
      s.previous.put(e.getKey(), before.isDefined() ? before.get() : null);
      spark.conf().set(e.getKey(), e.getValue());
      shown.append(shown.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
    }
    LOG.info(String.format(Locale.ROOT, "%-12s %s of input: %s", "settings", size(bytes),
        shown.length() == 0 ? "as set by the user" : shown));
    return s;
  }

  @Override
  public void close() {
    for (Map.Entry<String, String> e : previous.entrySet()) {
      if (e.getValue() == null) {
        spark.conf().unset(e.getKey());
      } else {
        spark.conf().set(e.getKey(), e.getValue());
      }
    }
    previous.clear();
  }

  /**
   * Whether the input is small (at most {@link #SMALL_INPUT_BYTES} as stored): small enough for steps that would
   * cost more in Spark queries than in work to run on the driver (the story grouping of its profiles).
   */
  static boolean small(List<InputFile> files) {
    return bytes(files) <= SMALL_INPUT_BYTES;
  }

  static long bytes(List<InputFile> files) {
    return files.stream().mapToLong(InputFile::getLength).sum();
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
