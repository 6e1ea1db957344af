package io.crossfact.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's no-Spark reference pass reads every generated article and does the extraction's work on each. */
class PlainExtractionTest {
  @TempDir
  Path tmp;

  @Test
  void readsEveryArticleOfTheCorpusAndExtractsFromEach() throws Exception {
    CorpusGenerator.Stats stats = new CorpusGenerator(5L).write(tmp.resolve("corpus"), 60, 700);
    PlainExtraction.Result r = PlainExtraction.measure(tmp.resolve("corpus"), CrossfactConfig.defaults());
    assertEquals(stats.articles, r.articles(), "every generated article read and extracted");
    assertTrue(r.assertions() >= stats.quotes, "at least the generated quotes found: " + r.assertions());
    assertTrue(r.cpuSeconds() > 0 && r.articlesPerCpuSecond() > 0, r.toString());
    assertEquals(r.articles(), r.asMap().get("articles"));
  }

  @Test
  void theChecksumDependsOnTheTexts() throws Exception {
    new CorpusGenerator(5L).write(tmp.resolve("a"), 20, 700);
    new CorpusGenerator(6L).write(tmp.resolve("b"), 20, 700);
    CrossfactConfig c = CrossfactConfig.defaults();
    long a = PlainExtraction.measure(tmp.resolve("a"), c).checksum();
    assertEquals(a, PlainExtraction.measure(tmp.resolve("a"), c).checksum(), "the same texts, the same checksum");
    assertTrue(a != PlainExtraction.measure(tmp.resolve("b"), c).checksum());
  }
}
