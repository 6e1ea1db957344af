package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/** Builds the job's SparkSession: embedded local mode by default, or the master spark-submit or --master names. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master {@code --master} from the command line, or empty: then spark-submit's master if it set one,
   *     else embedded {@code local[*]}
   */
  public static SparkSession create(String master, CrossfactConfig config) {
    SparkConf conf = sparkConf(master, config);
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel(config.getString(Key.SPARK_LOG_LEVEL).toUpperCase(java.util.Locale.ROOT));
    return spark;
  }

  /** The settings the session is built with (command line spark.* settings, spark-defaults.conf, our defaults). */
  public static SparkConf sparkConf(String master, CrossfactConfig config) {
    SparkConf conf = new SparkConf(true).setAppName("crossfact");
    // Command line settings win; then conf/spark-defaults.conf of the checkout (as spark-submit reads its own).
    for (java.util.Map.Entry<String, String> e : config.sparkSettings().entrySet()) {
      conf.set(e.getKey(), e.getValue());
    }
    String home = System.getProperty("crossfact.home");
    if (home != null) {
      for (java.util.Map.Entry<String, String> e : sparkDefaults(java.nio.file.Path.of(home, "conf", "spark-defaults.conf")).entrySet()) {
        conf.setIfMissing(e.getKey(), e.getValue());
      }
    }
    if (master != null && !master.isEmpty()) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(config.getInt(Key.SPARK_SHUFFLE_PARTITIONS)));
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    // Spark warns (once per run) when a plan's string is cut at 25 fields; our rows have more. Not a problem.
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "200");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }

  /**
   * A spark-defaults.conf read as spark-submit reads it: one {@code key value} per line (whitespace or '=' between),
   * '#' comments; only {@code spark.*} keys. Empty when the file does not exist.
   */
  public static java.util.Map<String, String> sparkDefaults(java.nio.file.Path file) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (!java.nio.file.Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] kv = t.split("[\\s=]+", 2);
        if (kv.length == 2 && kv[0].startsWith("spark.")) {
          out.put(kv[0], kv[1].strip());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** The config, shipped once per executor rather than with every task. */
  static Broadcast<JavaSerialized<CrossfactConfig>> broadcast(SparkSession spark, CrossfactConfig config) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new JavaSerialized<>(config));
  }
}
