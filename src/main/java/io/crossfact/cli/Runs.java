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

  /**
   * The config from {@code --conf} arguments: one without '=' is the properties FILE; {@code spark.key=value} is a
   * Spark setting (added to the overrides, passed through to the SparkSession). Null after printing why not.
   */
  static CrossfactConfig config(java.util.List<String> confArgs, Map<String, String> overrides) {
    Path file = null;
    Map<String, String> all = new java.util.LinkedHashMap<>(overrides);
    for (String a : confArgs == null ? java.util.List.<String>of() : confArgs) {
      int eq = a.indexOf('=');
      if (eq > 0 && a.startsWith("spark.")) {
        all.put(a.substring(0, eq), a.substring(eq + 1));
      } else if (eq > 0) {
        System.err.println("crossfact: --conf " + a + ": only spark.* settings take KEY=VALUE here; crossfact keys go"
            + " in --set KEY=VALUE, a properties file is --conf FILE");
        return null;
      } else if (file != null) {
        System.err.println("crossfact: --conf names two files (" + file + ", " + a + "); give one properties file");
        return null;
      } else {
        file = Path.of(a);
      }
    }
    return config(file, all);
  }

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

  /** Options every run command shares for its outputs: table formats and where they go, and the findings gate. */
  static final class Outputs {
    @picocli.CommandLine.Option(names = "--format", paramLabel = "csv,parquet,json", split = ",",
        description = "Output formats (default csv; the CSV files are always written). parquet and json add the "
            + "findings, assertions, articles and stories as typed tables (<name>.parquet, <name>.json).")
    java.util.List<String> formats = new java.util.ArrayList<>();

    @picocli.CommandLine.Option(names = "--tables", paramLabel = "URI",
        description = "Folder for the parquet/json tables on any Hadoop file system (s3a://, hdfs://, file://); "
            + "default: the output folder.")
    String tables;

    @picocli.CommandLine.Option(names = "--fail-on", paramLabel = "high|medium",
        description = "After writing everything, exit 8 when new (undismissed) findings of this severity or "
            + "higher were found.")
    String failOn;

    /** The formats, always with csv; null after printing why they are not valid. */
    java.util.Set<String> formats() {
      try {
        java.util.Set<String> out = io.crossfact.spark.TableStage.parseFormats(formats);
        if (tables != null && out.size() == 1) {
          System.err.println("crossfact: --tables " + tables + " names where the parquet/json tables go, but --format"
              + " asks for none; add --format parquet (or json)");
          return null;
        }
        return out;
      } catch (IllegalArgumentException e) {
        System.err.println("crossfact: " + e.getMessage());
        return null;
      }
    }

    /** Validates --fail-on; false after printing why not. */
    boolean validFailOn() {
      try {
        io.crossfact.report.FailOn.parse(failOn);
        return true;
      } catch (IllegalArgumentException e) {
        System.err.println("crossfact: " + e.getMessage());
        return false;
      }
    }

    /**
     * {@link Main#NEW_FINDINGS} with one line on stderr when {@code --fail-on} is given and the run found new
     * findings at that severity or above; else {@link Main#OK}.
     */
    int gate(io.crossfact.report.RunSummary run) {
      String threshold = io.crossfact.report.FailOn.parse(failOn);
      if (threshold == null) {
        return Main.OK;
      }
      long n = io.crossfact.report.FailOn.atLeast(run.getNewBySeverity(), threshold);
      if (n == 0) {
        return Main.OK;
      }
      System.err.println("crossfact: --fail-on " + threshold + ": " + n + " new finding" + (n == 1 ? "" : "s")
          + " of severity " + threshold + (threshold.equals(io.crossfact.model.Finding.HIGH) ? "" : " or higher")
          + " (" + run.getNewBySeverity() + "); exit " + Main.NEW_FINDINGS);
      return Main.NEW_FINDINGS;
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
    } catch (io.crossfact.state.DamagedStateException e) {
      System.err.println("crossfact: " + e.getMessage());
      return Main.DAMAGED_STATE;
    } catch (NoInputException e) {
      System.err.println("crossfact: no readable input: " + Failures.firstLine(e.getMessage())
          + "; next: check the --input paths");
      return Main.NO_INPUT;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // reported by Main with the next step and the stack trace's file
    } finally {
      if (owned) {
        spark.stop();
      } else {
        // A session that outlives the run (tests, an embedding application): nothing this run cached may stay in
        // it, also when the run failed half way (a stage's persisted Dataset the run never got to release). Left
        // behind, cached blocks hold storage memory that execution cannot take back, and a later run in the same
        // JVM fails with Spark's "Unable to acquire memory" (exit 52) on an input it handles alone.
        spark.catalog().clearCache();
      }
    }
  }
}
