package io.crossfact.cli;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.ExampleInvariance;
import io.crossfact.eval.PolnearEval;
import io.crossfact.eval.RobustnessEval;
import io.crossfact.eval.perturb.Perturbation;
import io.crossfact.eval.perturb.Perturbations;
import io.crossfact.extract.QuoteExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact eval-robustness --polnear DIR [--examples DIR]}: quote recall, precision and speaker accuracy
 * under each perturbation of the catalogue against clean text, with PASS/FAIL against the bar of issue 13. A
 * measurement; it needs no Spark.
 */
@Command(name = "eval-robustness", mixinStandardHelpOptions = true,
    description = "Measure how much each text perturbation (dropped spaces, quote styles, inserted headings and "
        + "widgets, titles ...) moves quote recall and speaker accuracy on PolNeAR; and how much it changes what "
        + "is extracted from the example articles.")
public final class EvalRobustnessCommand implements Callable<Integer> {
  @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR folder (text/, attributions/).")
  Path dir;

  @Option(names = "--examples", paramLabel = "DIR",
      description = "Also measure invariance on the articles of DIR (no gold: clean extraction is the reference).")
  Path examples;

  @Option(names = "--conf", paramLabel = "FILE", description = "Config file (aliases and quote settings).")
  Path conf;

  @Option(names = "--only", paramLabel = "NAME", split = ",",
      description = "Run only these perturbations (comma-separated names).")
  List<String> only;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "13", description = "Seed of the sampling (default 13).")
  long seed;

  @Option(names = "--misses", paramLabel = "FILE", description = "Write the gold quotes each perturbation newly "
      + "misses or misattributes, and its new false positives, to FILE (perturbation, category, was, example).")
  Path misses;

  @Option(names = "--strict", description = "Exit 1 when a perturbation fails the bar (default: a measurement, 0).")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    if (dir == null && examples == null) {
      System.err.println("crossfact: give --polnear DIR and/or --examples DIR");
      return Main.BAD_ARGUMENTS;
    }
    if (dir != null && (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions")))) {
      System.err.println("crossfact: " + dir + " is not a PolNeAR folder (needs text/ and attributions/)");
      return Main.NO_INPUT;
    }
    if (examples != null && !Files.isDirectory(examples)) {
      System.err.println("crossfact: --examples " + examples + " is not a folder");
      return Main.NO_INPUT;
    }
    CrossfactConfig config = Runs.config(conf, Map.of());
    if (config == null) {
      return Main.BAD_ARGUMENTS;
    }
    List<Perturbation> perturbations;
    try {
      perturbations = Perturbations.select(only);
    } catch (IllegalArgumentException e) {
      System.err.println("crossfact: " + e.getMessage());
      return Main.BAD_ARGUMENTS;
    }
    QuoteExtractor extractor = new QuoteExtractor(config);
    boolean allPass = true;
    StringBuilder missLines = new StringBuilder();
    if (dir != null) {
      long t0 = System.nanoTime();
      Path checked = Path.of(System.getProperty("crossfact.home", ".")).resolve(
          "docs/eval/polnear-pronoun-referents.tsv");
      RobustnessEval.Report report = RobustnessEval.run(dir, extractor, perturbations, seed,
          Files.isRegularFile(checked) ? PolnearEval.readReferents(checked) : Map.of());
      System.out.println("== robustness on " + dir + " (seed " + seed + ")");
      System.out.print(RobustnessEval.format(report));
      for (Perturbation p : perturbations) {
        System.out.println("  " + p.name() + ": " + p.description());
      }
      System.out.printf(java.util.Locale.ROOT, "%.1f s%n", (System.nanoTime() - t0) / 1e9);
      allPass = report.passing() == report.rows().size();
      missLines.append(RobustnessEval.newMisses(report));
    }
    if (examples != null) {
      System.out.println("== invariance on " + examples + " (reference: what the clean text gives)");
      ExampleInvariance.Report inv = ExampleInvariance.run(examples, extractor, perturbations, seed);
      System.out.print(ExampleInvariance.format(inv));
      missLines.append(ExampleInvariance.changes(inv));
    }
    if (misses != null) {
      try {
        Files.writeString(misses, missLines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.err.println("crossfact: cannot write " + misses + ": " + e.getMessage());
        return Main.UNWRITABLE_OUTPUT;
      }
    }
    return strict && !allPass ? Main.FAILED : Main.OK;
  }
}
