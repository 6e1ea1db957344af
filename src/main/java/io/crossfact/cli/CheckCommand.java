package io.crossfact.cli;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.report.RunSummary;
import io.crossfact.spark.CheckJob;
import io.crossfact.model.Finding;
import io.crossfact.report.Triage;
import io.crossfact.spark.CheckOptions;
import io.crossfact.spark.Review;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossfact check --input PATH... --out DIR [--conf FILE] [--master URL]}: see ../shared/contract.md. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Read articles, extract assertions, compare them across reports, write the contract files.")
public final class CheckCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A file or a folder (read recursively). Repeatable.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--conf", paramLabel = "FILE|spark.KEY=VALUE",
      description = "Config file (default: the packed conf/crossfact.properties), or a Spark setting spark.KEY=VALUE "
          + "passed to the session (as spark-submit --conf). Repeatable for Spark settings.")
  java.util.List<String> conf = new java.util.ArrayList<>();

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[*], spark://host:7077, yarn, k8s://...). Default: spark-submit's, else embedded local[*].")
  String master;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one config value. Repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--verbose", description = "Show Spark's and Hadoop's own WARN lines (quiet by default).")
  boolean verbose;

  @Option(names = "--triage", paramLabel = "FILE",
      description = "Reviewers' decisions (id,status,note,reviewer,date); default: triage.file from the config.")
  Path triage;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "The previous run's output folder: counts new/known/resolved findings and keeps first_seen.")
  Path previous;

  @picocli.CommandLine.Mixin
  Runs.Outputs outputs = new Runs.Outputs();

  @Override
  public Integer call() {
    CrossfactConfig config = Runs.config(conf, overrides);
    java.util.Set<String> formats = outputs.formats();
    if (config == null || formats == null || !outputs.validFailOn()) {
      return Main.BAD_ARGUMENTS;
    }
    Review review;
    try {
      review = review(triage == null ? config.triageFile() : triage, previous);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      System.err.println("crossfact: " + e.getMessage());
      return Main.BAD_ARGUMENTS;
    }
    String unwritable = checkWritable(out);
    if (unwritable != null) {
      System.err.println("crossfact: cannot write --out " + out + ": " + unwritable);
      return Main.UNWRITABLE_OUTPUT;
    }
    Runs.sparkLogs(verbose);
    return Runs.withSpark(master, config, spark -> {
      RunSummary run = CheckJob.run(spark, new CheckOptions(inputs, out, master, formats, outputs.tables), config,
          review);
      int code = outputs.gate(run);
      System.err.println(Runs.reportLine(run.getDocumentsSeen() + " documents (" + run.getDocumentsQuarantined()
          + " quarantined), " + run.getDiscrepanciesByType().values().stream().mapToLong(Long::longValue).sum()
          + " discrepancies", out));
      return code;
    });
  }

  /** Reads the triage file and the previous run before Spark starts, so a bad file fails fast with its reason. */
  static Review review(Path triageFile, Path previousDir) {
    Triage t = triageFile == null ? Triage.empty() : Triage.load(triageFile);
    List<Finding> prev = previousDir == null ? List.of() : Triage.readPreviousRun(previousDir);
    return new Review(LocalDate.now(ZoneOffset.UTC).toString(), t, triageFile,
        previousDir == null ? "" : previousDir.toString(), Triage.ids(prev), prev);
  }

  /** Null when {@code dir} exists or can be created and a file can be written in it, else the reason. */
  static String checkWritable(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".crossfact-write-check", ".tmp");
      Files.delete(probe);
      return null;
    } catch (IOException | SecurityException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
