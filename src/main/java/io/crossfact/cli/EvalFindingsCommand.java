package io.crossfact.cli;

import io.crossfact.eval.FindingLabels;
import io.crossfact.eval.FindingsEval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact eval-findings --labels FILE --out RUN}: precision per type and overall of a run's findings against
 * an audit ({@code id, type, verdict, reason} TSV) or a {@code gold.json}, recall of the labelled real ones, traps
 * flagged and the findings without a verdict. A measurement; it needs no Spark.
 */
@Command(name = "eval-findings", mixinStandardHelpOptions = true,
    description = "Score a run's discrepancies.csv against an audit TSV (id, type, verdict, reason) or a gold.json.")
public final class EvalFindingsCommand implements Callable<Integer> {
  @Option(names = "--labels", required = true, paramLabel = "FILE",
      description = "Audit TSV (verdict real|false) or gold.json (must_flag, bonus, must_not_flag).")
  Path labels;

  @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder holding discrepancies.csv.")
  Path out;

  @Option(names = "--quiet", description = "Print only the summary line.")
  boolean quiet;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(labels)) {
      System.err.println("crossfact: --labels " + labels + " is not a file");
      return Main.NO_INPUT;
    }
    if (!Files.isRegularFile(out.resolve("discrepancies.csv"))) {
      System.err.println("crossfact: no discrepancies.csv in " + out);
      return Main.NO_INPUT;
    }
    try {
      FindingsEval.Report r = FindingsEval.evaluate(FindingsEval.readFindings(out), FindingLabels.read(labels));
      System.out.println(quiet ? r.summary() : r.toString());
      return Main.OK;
    } catch (IOException | RuntimeException e) {
      System.err.println("crossfact: cannot read labels or findings: " + e.getMessage());
      return Main.BAD_ARGUMENTS;
    }
  }
}
