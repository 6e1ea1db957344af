package io.crossfact.cli;

import io.crossfact.config.ConfigException;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.spark.NoInputException;
import io.crossfact.spark.SparkSessions;
import io.crossfact.state.StateLockedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** What every command shares: loading the config, and a Spark session whose failures map to exit codes. */
final class Runs {
  private Runs() {}

  /** The config, or null after printing why it is invalid (the caller exits with {@link Main#BAD_ARGUMENTS}). */
  static CrossfactConfig config(Path conf, Map<String, String> overrides) {
    try {
      return CrossfactConfig.load(conf, overrides);
    } catch (ConfigException e) {
      System.err.println("crossfact: invalid config: " + e.getMessage());
      return null;
    }
  }

  /** The loggers conf/log4j2.properties quiets (Spark's own WARN lines); {@code --verbose} sets them back to WARN. */
  static final String[] SPARK_LOGGERS = {"org.apache.spark", "org.apache.hadoop", "org.apache.parquet", "org.sparkproject"};

  /** With {@code --verbose}, Spark's and Hadoop's WARN lines come back (quiet by default, see log4j2.properties). */
  static void sparkLogs(boolean verbose) {
    if (verbose) {
      for (String name : SPARK_LOGGERS) {
        org.apache.logging.log4j.core.config.Configurator.setLevel(name, org.apache.logging.log4j.Level.WARN);
      }
    }
  }

  /** The line a run ends with: where report.html is. */
  static String reportLine(String counts, Path dir) {
    return "crossfact: " + counts + " -> " + dir.resolve("report.html").toAbsolutePath().normalize();
  }

  /** Work that needs a SparkSession and returns an exit code. */
  interface SparkWork {
    int run(SparkSession spark) throws IOException;
  }

  /**
   * Runs the work on a session (an embedding caller's, or one made here and stopped after), turning the failures a
   * scheduler must tell apart into exit codes with a one-line reason.
   */
  static int withSpark(String master, CrossfactConfig config, SparkWork work) {
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessions.create(master, config);
    try {
      return work.run(spark);
    } catch (StateLockedException e) {
      System.err.println("crossfact: " + e.getMessage());
      return Main.LOCKED;
    } catch (NoInputException e) {
      System.err.println("crossfact: no readable input: " + Failures.firstLine(e.getMessage())
          + "; next: check the --input paths");
      return Main.NO_INPUT;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // reported by Main with the next step and the stack trace's file
    } finally {
      if (owned) {
        spark.stop();
      }
    }
  }
}
