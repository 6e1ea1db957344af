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
    SparkConf conf = new SparkConf(true).setAppName("crossfact");
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
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel(config.getString(Key.SPARK_LOG_LEVEL).toUpperCase(java.util.Locale.ROOT));
    return spark;
  }

  /** The config, shipped once per executor rather than with every task. */
  static Broadcast<JavaSerialized<CrossfactConfig>> broadcast(SparkSession spark, CrossfactConfig config) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new JavaSerialized<>(config));
  }
}
