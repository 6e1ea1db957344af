package io.crossfact.cli;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.ExpertEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact eval-experts --polnear DIR}: inserts invented experts into real articles and measures
 * suspect-expert recall, with every real speaker as a negative. A measurement; it needs no Spark.
 */
@Command(name = "eval-experts", mixinStandardHelpOptions = true,
    description = "Insert invented experts (one per article) into a PolNeAR-format folder (text/*.txt) and measure "
        + "suspect-expert recall; real speakers called suspect are listed.")
public final class EvalExpertsCommand implements Callable<Integer> {
  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR folder (text/*.txt).")
  Path dir;

  @Option(names = "--conf", paramLabel = "FILE", description = "Config file (expert weights and lists).")
  Path conf;

  @Option(names = "--insertions", paramLabel = "N", description = "Articles that get an invented expert "
      + "(default: ${DEFAULT-VALUE}; at most the number of articles).")
  int insertions = ExpertEval.DEFAULT_INSERTIONS;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the article, template and name draws "
      + "(default: ${DEFAULT-VALUE}).")
  long seed = ExpertEval.DEFAULT_SEED;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir.resolve("text"))) {
      System.err.println("crossfact: " + dir + " is not a PolNeAR folder (needs text/)");
      return Main.NO_INPUT;
    }
    if (insertions < 1) {
      System.err.println("crossfact: --insertions must be at least 1, got " + insertions);
      return Main.BAD_ARGUMENTS;
    }
    CrossfactConfig config = Runs.config(conf, Map.of());
    CrossfactConfig diagnostic = Runs.config(conf, Map.of("expert.threshold", "0"));
    if (config == null || diagnostic == null) {
      return Main.BAD_ARGUMENTS;
    }
    System.out.print(ExpertEval.run(dir, config, diagnostic, insertions, seed));
    return Main.OK;
  }
}
