package io.crossfact.cli;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.PolnearEval;
import io.crossfact.eval.Result;
import io.crossfact.eval.Throughput;
import io.crossfact.extract.QuoteExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact eval-quotes --polnear DIR}: precision, recall and F1 of direct quotes and speaker accuracy
 * against PolNeAR gold attributions (Newell, Margolin, Ruths, LREC 2018). A measurement; it needs no Spark.
 */
@Command(name = "eval-quotes", mixinStandardHelpOptions = true,
    description = "Measure quote and speaker extraction on a PolNeAR-format folder (text/*.txt, attributions/*.ann).")
public final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR folder.")
  Path dir;

  @Option(names = "--conf", paramLabel = "FILE", description = "Config file (aliases and quote settings).")
  Path conf;

  @Option(names = "--examples", paramLabel = "N", description = "Also print N examples of each error category.")
  int examples;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Write every miss, false positive and wrong speaker to FILE, one a line, with its category.")
  Path misses;

  @Option(names = "--referents", paramLabel = "FILE", description = "Also score pronoun speakers against "
      + "hand-checked referents (TSV: article_id, source_offset, pronoun, referent); default: "
      + "docs/eval/polnear-pronoun-referents.tsv when it exists.")
  Path referents;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
      System.err.println("crossfact: " + dir + " is not a PolNeAR folder (needs text/ and attributions/)");
      return Main.NO_INPUT;
    }
    CrossfactConfig config = Runs.config(conf, Map.of());
    if (config == null) {
      return Main.BAD_ARGUMENTS;
    }
    QuoteExtractor extractor = new QuoteExtractor(config);
    Path checked = referents != null ? referents
        : Path.of(System.getProperty("crossfact.home", ".")).resolve("docs/eval/polnear-pronoun-referents.tsv");
    if (referents != null && !Files.isRegularFile(referents)) {
      System.err.println("crossfact: --referents " + referents + " is not a file");
      return Main.NO_INPUT;
    }
    Result r = PolnearEval.evaluate(dir, extractor,
        Files.isRegularFile(checked) ? PolnearEval.readReferents(checked) : Map.of());
    System.out.println(r);
    if (examples > 0) {
      System.out.println(r.examples(examples));
    }
    if (misses != null) {
      try {
        Files.writeString(misses, r.allExamples());
      } catch (java.io.IOException e) {
        System.err.println("crossfact: cannot write " + misses + ": " + e.getMessage());
        return Main.BAD_ARGUMENTS;
      }
    }
    System.out.println(Throughput.measure(dir, extractor));
    return Main.OK;
  }
}
