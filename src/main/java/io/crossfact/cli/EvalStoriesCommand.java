package io.crossfact.cli;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.StoryEval;
import io.crossfact.story.StorySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact eval-stories --input FILE}: B-cubed precision, recall and F1 of the story grouper against the
 * {@code cluster} labels of a JSON-lines file, beside a TF-IDF average-linkage baseline. A measurement; no Spark.
 */
@Command(name = "eval-stories", mixinStandardHelpOptions = true,
    description = "Measure story grouping against the `cluster` labels of a JSON-lines file.")
public final class EvalStoriesCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON lines with a `cluster` field.")
  Path input;

  @Option(names = "--assignment", paramLabel = "FILE",
      description = "Also write each article's story (tab-separated `id`, `story`), for error analysis.")
  Path assignment;

  @Option(names = "--errors", description = "Also list the merges (a story over several gold clusters) and the "
      + "splits (a gold cluster over several stories), with article counts.")
  boolean errors;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one stories.* config value (e.g. stories.orphanLinks=1), to measure it. Repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      System.err.println("crossfact: " + input + " is not a file");
      return Main.NO_INPUT;
    }
    StorySettings settings = overrides.isEmpty() ? StorySettings.defaults()
        : StorySettings.from(CrossfactConfig.load(null, overrides));
    StoryEval.Report r = StoryEval.evaluate(input, settings);
    System.out.println(r);
    if (errors) {
      System.out.print(r.errors());
    }
    if (assignment != null) {
      StringBuilder b = new StringBuilder("id\tstory\n");
      r.assignment.forEach((id, story) -> b.append(id).append('\t').append(story).append('\n'));
      Files.writeString(assignment, b.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return Main.OK;
  }
}
