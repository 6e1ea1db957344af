package io.crossfact.cli;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.spark.NightlyJob;
import io.crossfact.spark.NightlyOptions;
import io.crossfact.spark.NightlyResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact nightly --archive ROOT --state DIR --reports DIR [--date YYYY-MM-DD]}: ingest only what is new,
 * compare against the whole store, write {@code DIR/<date>/} with new/known/resolved counts. Exit 5 when another
 * run holds the state.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = "Incremental run over a growing archive, keeping state between nights.")
public final class NightlyCommand implements Callable<Integer> {
  @Option(names = "--archive", required = true, paramLabel = "ROOT", description = "Archive folder (read recursively).")
  String archive;

  @Option(names = "--state", required = true, paramLabel = "DIR", description = "State folder (store, manifest, lock).")
  Path state;

  @Option(names = "--reports", required = true, paramLabel = "DIR", description = "Reports root; writes DIR/<date>/.")
  Path reports;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The night's date (default: today, UTC).")
  String date;

  @Option(names = "--conf", paramLabel = "FILE|spark.KEY=VALUE",
      description = "Config file (default: the packed conf/crossfact.properties), or a Spark setting spark.KEY=VALUE "
          + "passed to the session (as spark-submit --conf). Repeatable for Spark settings.")
  java.util.List<String> conf = new java.util.ArrayList<>();

  @Option(names = "--master", paramLabel = "URL", description = "Spark master; default embedded local[*].")
  String master;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one config value. Repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--verbose", description = "Show Spark's and Hadoop's own WARN lines (quiet by default).")
  boolean verbose;

  @Option(names = "--triage", paramLabel = "FILE",
      description = "Reviewers' decisions (id,status,note,reviewer,date); default: triage.file from the config.")
  Path triage;

  @Option(names = "--recompute",
      description = "Compare the whole store afresh (default: reuse last night's comparison for all that the new "
          + "articles do not touch; a changed config or version recomputes anyway).")
  boolean recompute;

  @picocli.CommandLine.Mixin
  Runs.Outputs outputs = new Runs.Outputs();

  @Override
  public Integer call() {
    String night;
    try {
      night = date == null ? LocalDate.now(ZoneOffset.UTC).toString() : LocalDate.parse(date).toString();
    } catch (DateTimeParseException e) {
      System.err.println("crossfact: --date '" + date + "' is not an ISO date (YYYY-MM-DD)");
      return Main.BAD_ARGUMENTS;
    }
    CrossfactConfig config = Runs.config(conf, overrides);
    if (config == null || outputs.formats() == null || !outputs.validFailOn()) {
      return Main.BAD_ARGUMENTS;
    }
    Path triageFile = triage == null ? config.triageFile() : triage;
    if (triageFile == null) {
      // The decisions exported from an earlier night's report.html, saved as REPORTS/<night>/triage.csv.
      triageFile = io.crossfact.report.Triage.previousNightFile(reports, night);
    }
    io.crossfact.report.Triage decisions;
    try {
      decisions = triageFile == null ? io.crossfact.report.Triage.empty() : io.crossfact.report.Triage.load(triageFile);
    } catch (IllegalArgumentException e) {
      System.err.println("crossfact: " + e.getMessage());
      return Main.BAD_ARGUMENTS;
    }
    for (Path dir : new Path[] {state, reports}) {
      String unwritable = CheckCommand.checkWritable(dir);
      if (unwritable != null) {
        System.err.println("crossfact: cannot write " + dir + ": " + unwritable);
        return Main.UNWRITABLE_OUTPUT;
      }
    }
    // The lock first: a second run exits 5 in a second, not after Spark's 15-20 s start. A manifest that cannot be
    // read stops here too, naming the file.
    io.crossfact.state.StateDir locked;
    try {
      locked = io.crossfact.state.StateDir.open(state);
    } catch (io.crossfact.state.StateLockedException e) {
      System.err.println("crossfact: " + e.getMessage() + "; next: wait for it to finish, then rerun");
      return Main.LOCKED;
    } catch (java.io.IOException e) {
      System.err.println("crossfact: cannot open the state " + state + ": " + Failures.firstLine(String.valueOf(
          e.getMessage())) + "; next: check the folder's permissions and free space");
      return Main.UNWRITABLE_OUTPUT;
    }
    try (io.crossfact.state.StateDir held = locked) {
      try {
        held.verifiedManifest(); // every committed file against its size and checksum, before Spark starts
      } catch (io.crossfact.state.DamagedStateException e) {
        System.err.println("crossfact: " + e.getMessage());
        return Main.DAMAGED_STATE;
      } catch (java.io.IOException e) {
        System.err.println("crossfact: damaged state: " + state.resolve("manifest.json") + " cannot be read ("
            + Failures.firstLine(String.valueOf(e.getMessage())) + "); next: restore it from a backup of the state "
            + "folder, or start a new --state");
        return Main.DAMAGED_STATE;
      }
      return nightly(held, night, config, decisions, triageFile);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int nightly(io.crossfact.state.StateDir held, String night, CrossfactConfig config,
      io.crossfact.report.Triage decisions, Path triageFile) {
    Runs.sparkLogs(verbose);
    return Runs.withSpark(master, config, spark -> {
      NightlyResult r = NightlyJob.run(spark, new NightlyOptions(archive, state, reports, night, master, decisions,
          triageFile, recompute, outputs.formats(), outputs.tables), config, held);
      int code = outputs.gate(r.run);
      System.err.println(Runs.reportLine("night " + r.date + ": " + r.newDocuments + " new documents (store "
          + r.storeDocuments + "), findings new " + r.newFindings + ", known " + r.knownFindings + ", resolved "
          + r.resolvedFindings, reports.resolve(r.date)));
      return code;
    });
  }
}
