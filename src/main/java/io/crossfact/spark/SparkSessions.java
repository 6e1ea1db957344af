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
    for (java.util.Map.Entry<String, String> e : userSettings(config).entrySet()) {
      conf.set(e.getKey(), e.getValue());
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
   * The Spark settings a user gave, highest precedence first: {@code --conf spark.k=v} / {@code --set spark.k=v};
   * the checkout's {@code conf/spark-defaults.conf} (the launcher's own, like spark-submit's
   * {@code --properties-file}); then the spark-defaults.conf spark-submit itself would read,
   * {@code $SPARK_CONF_DIR/spark-defaults.conf} or else {@code $SPARK_HOME/conf/spark-defaults.conf}. run.json's
   * effective config shows them.
   */
  public static java.util.Map<String, String> userSettings(CrossfactConfig config) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (java.nio.file.Path f : defaultsFiles(System.getenv(), System.getProperty("crossfact.home"))) {
      out.putAll(sparkDefaults(f)); // later files win: the list runs from lowest to highest precedence
    }
    out.putAll(config.sparkSettings());
    return out;
  }

  /**
   * The spark-defaults.conf files the embedded launcher reads, lowest precedence first: spark-submit's (
   * {@code SPARK_CONF_DIR}, else {@code SPARK_HOME/conf}), then the checkout's {@code conf/} ({@code home}).
   */
  public static java.util.List<java.nio.file.Path> defaultsFiles(java.util.Map<String, String> env, String home) {
    java.util.List<java.nio.file.Path> out = new java.util.ArrayList<>();
    String confDir = env.get("SPARK_CONF_DIR");
    String sparkHome = env.get("SPARK_HOME");
    if (confDir != null && !confDir.isBlank()) {
      out.add(java.nio.file.Path.of(confDir, "spark-defaults.conf"));
    } else if (sparkHome != null && !sparkHome.isBlank()) {
      out.add(java.nio.file.Path.of(sparkHome, "conf", "spark-defaults.conf"));
    }
    if (home != null) {
      out.add(java.nio.file.Path.of(home, "conf", "spark-defaults.conf"));
    }
    return out;
  }

  /**
   * A spark-defaults.conf read as spark-submit reads it: a Java properties file ({@code key value},
   * {@code key=value} or {@code key: value}, '#' and '!' comments, backslash continuations), UTF-8, values trimmed,
   * only {@code spark.*} keys kept. Empty when the file does not exist.
   */
  public static java.util.Map<String, String> sparkDefaults(java.nio.file.Path file) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (!java.nio.file.Files.isRegularFile(file)) {
      return out;
    }
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("spark.")) {
        out.put(k, p.getProperty(k).strip());
      }
    }
    return out;
  }

  /** The config, shipped once per executor rather than with every task. */
  static Broadcast<JavaSerialized<CrossfactConfig>> broadcast(SparkSession spark, CrossfactConfig config) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new JavaSerialized<>(config));
  }
}
