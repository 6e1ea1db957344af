package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --conf spark.k=v and --set spark.k=v reach the SparkConf and run.json's effective config; --conf FILE still works. */
class SparkPassThroughTest {
  @TempDir Path dir;

  @Test
  void sparkSettingsFromConfAndSetReachTheSessionAndTheEffectiveConfig() {
    CrossfactConfig c = Runs.config(List.of("spark.executor.memory=4g"), Map.of("spark.sql.shuffle.partitions", "7"));
    assertEquals(Map.of("spark.executor.memory", "4g", "spark.sql.shuffle.partitions", "7"), c.sparkSettings());
    assertEquals("4g", c.effective().get("spark.executor.memory"));
    SparkConf conf = SparkSessions.sparkConf("local[1]", c);
    assertEquals("4g", conf.get("spark.executor.memory"));
    assertEquals("7", conf.get("spark.sql.shuffle.partitions"));
  }

  @Test
  void sparkSettingsChangeResourcesNotTheSerializedConfig() throws Exception {
    CrossfactConfig plain = Runs.config(List.of(), Map.of());
    CrossfactConfig withSpark = Runs.config(List.of("spark.executor.memory=4g"), Map.of());
    assertEquals(java.util.Arrays.toString(serialize(plain)), java.util.Arrays.toString(serialize(withSpark)));
  }

  private static byte[] serialize(Object o) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  @Test
  void crossfactsOwnSparkKeysStayConfigValuesAndUnknownKeysAreStillRefused() {
    CrossfactConfig c = Runs.config(List.of(), Map.of("spark.logLevel", "INFO"));
    assertEquals("INFO", c.getString(CrossfactConfig.Key.SPARK_LOG_LEVEL));
    assertFalse(c.sparkSettings().containsKey("spark.logLevel"));
    assertNull(Runs.config(List.of(), Map.of("copies.nonsense", "1")));
    assertNull(Runs.config(List.of("copies.bands=4"), Map.of()));
  }

  @Test
  void confWithoutEqualsIsThePropertiesFile() throws Exception {
    Path file = Files.writeString(dir.resolve("c.properties"), "spark.shufflePartitions = 3\n");
    CrossfactConfig c = Runs.config(List.of(file.toString(), "spark.driver.memory=2g"), Map.of());
    assertEquals(3, c.getInt(CrossfactConfig.Key.SPARK_SHUFFLE_PARTITIONS));
    assertEquals(file.toString(), c.origin());
    assertEquals("2g", c.sparkSettings().get("spark.driver.memory"));
    assertNull(Runs.config(List.of(file.toString(), file.toString()), Map.of()));
  }

  @Test
  void sparkDefaultsReadAsSparkSubmitDoes() throws Exception {
    Path f = Files.writeString(dir.resolve("spark-defaults.conf"),
        "# comment\nspark.executor.cores   4\nspark.driver.memory=3g\n\nnot.spark 1\n");
    assertEquals(Map.of("spark.executor.cores", "4", "spark.driver.memory", "3g"), SparkSessions.sparkDefaults(f));
    assertEquals(Map.of(), SparkSessions.sparkDefaults(dir.resolve("missing.conf")));
    // Java properties syntax, as spark-submit's Utils.getPropertiesFromFile: ':' separators, '!' comments,
    // continuation lines, values trimmed.
    Path g = Files.writeString(dir.resolve("more.conf"),
        "! comment\nspark.a: 1\nspark.extraJavaOptions  -Da=1 \\\n    -Db=2\nspark.b = x  \n");
    assertEquals(Map.of("spark.a", "1", "spark.extraJavaOptions", "-Da=1 -Db=2", "spark.b", "x"),
        SparkSessions.sparkDefaults(g));
  }

  @Test
  void sparkSubmitsDefaultsFileComesFromSparkConfDirElseSparkHome() {
    assertEquals(List.of(Path.of("/etc/spark/spark-defaults.conf"), Path.of("/opt/cf/conf/spark-defaults.conf")),
        SparkSessions.defaultsFiles(Map.of("SPARK_CONF_DIR", "/etc/spark", "SPARK_HOME", "/opt/spark"), "/opt/cf"));
    assertEquals(List.of(Path.of("/opt/spark/conf/spark-defaults.conf")),
        SparkSessions.defaultsFiles(Map.of("SPARK_HOME", "/opt/spark"), null));
    assertEquals(List.of(), SparkSessions.defaultsFiles(Map.of(), null));
  }
}
