package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

/** Spark's own WARN lines are quiet by default (conf/log4j2.properties), --verbose brings them back. */
class QuietSparkLogsTest {
  @Test
  void log4jConfQuietsTheLoggersOfTheWarnLinesEveryRunPrinted() throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("conf/log4j2.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> levels = new HashMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("logger.") && k.endsWith(".name")) {
        levels.put(p.getProperty(k), p.getProperty(k.substring(0, k.length() - ".name".length()) + ".level"));
      }
    }
    for (String name : Runs.SPARK_LOGGERS) {
      assertEquals("error", levels.get(name), name);
    }
    // The two that warned on every local run: the host name and the truncated plan string.
    for (String cls : new String[] {"org.apache.spark.util.Utils", "org.apache.spark.sql.catalyst.util.SparkStringUtils"}) {
      assertTrue(levels.keySet().stream().anyMatch(cls::startsWith), cls);
    }
  }

  @Test
  void verboseBringsSparksWarnLinesBack() {
    Configurator.setLevel("org.apache.spark", Level.ERROR);
    try {
      Runs.sparkLogs(false);
      assertTrue(!LogManager.getLogger("org.apache.spark.util.Utils").isWarnEnabled());
      Runs.sparkLogs(true);
      assertTrue(LogManager.getLogger("org.apache.spark.util.Utils").isWarnEnabled());
    } finally {
      Configurator.setLevel("org.apache.spark", Level.ERROR);
    }
  }

  @Test
  void theLastLineNamesTheReport() {
    String line = Runs.reportLine("3 documents (0 quarantined), 1 discrepancies", Path.of("/tmp/run"));
    assertTrue(line.endsWith("/tmp/run/report.html"), line);
  }
}
