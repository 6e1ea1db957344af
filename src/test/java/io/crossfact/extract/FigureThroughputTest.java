package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Single-thread throughput of figure and date extraction on news-sized articles (about 4 KB, a figure in every
 * third sentence: denser than real news). Measured in this thread's CPU time, so parallel builds on a shared machine
 * do not make it flaky. Prints the numbers; the floors are well below what one core does, so only a real slowdown
 * (a regex tried at every character, per-token allocation) fails it.
 */
class FigureThroughputTest {
  private static final String[] FILLER = {
      "The announcement came after weeks of negotiations between the two sides.",
      "Residents who spoke to reporters described a tense atmosphere in the neighborhood.",
      "The governor's office did not immediately respond to a request for comment.",
      "Critics of the plan argue that it does little to address the underlying problem.",
      "Supporters, however, say the measure is a necessary first step toward reform.",
      "\u201CWe are doing everything we can to help those affected,\u201D the spokeswoman said.",
      "Local businesses reported a sharp drop in customers over the holiday weekend.",
      "The report, which was released on Monday, drew on interviews with health workers.",
      "Lawmakers are expected to take up the bill again when they return from recess.",
      "Several community groups have organized vigils and fundraisers in recent days.",
  };

  @Test
  void extractsThousandsOfArticlesPerSecondOnOneCore() throws IOException {
    List<String> figureSentences = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/figures/labeled-sentences.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.startsWith("sentence\t") && !line.isBlank()) {
          figureSentences.add(line.split("\t", -1)[0]);
        }
      }
    }
    Random random = new Random(7);
    List<Article> corpus = new ArrayList<>();
    long chars = 0;
    for (int a = 0; a < 800; a++) {
      StringBuilder b = new StringBuilder(4500);
      while (b.length() < 4000) {
        for (int s = 0; s < 4; s++) {
          b.append(random.nextInt(3) == 0 ? figureSentences.get(random.nextInt(figureSentences.size()))
              : FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
        b.append("\n\n");
      }
      Article article = FigureFixtures.article(b.toString(), "2024-06-0" + (1 + a % 9));
      corpus.add(article);
      chars += b.length();
    }
    FigureExtractor figures = FigureFixtures.EXTRACTOR;
    DateExtractor dates = new DateExtractor();
    long count = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (Article article : corpus) {
        count += figures.extract(article).size() + dates.extract(article).size();
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    long figureCount = 0;
    for (Article article : corpus) {
      List<Assertion> f = figures.extract(article);
      figureCount += f.size();
    }
    long t1 = cpu.getCurrentThreadCpuTime();
    long dateCount = 0;
    for (Article article : corpus) {
      dateCount += dates.extract(article).size();
    }
    long t2 = cpu.getCurrentThreadCpuTime();
    double figureRate = corpus.size() / ((t1 - t0) / 1e9);
    double dateRate = corpus.size() / ((t2 - t1) / 1e9);
    System.out.printf(Locale.ROOT, "throughput (CPU time, one thread): %d articles, %.1f MB; figures %.0f articles/s (%.1f MB/s, %d figures);"
        + " dates %.0f articles/s (%d dates); warm-up assertions %d%n", corpus.size(), chars / 1e6, figureRate,
        chars / 1e6 / ((t1 - t0) / 1e9), figureCount, dateRate, dateCount, count);
    assertTrue(figureCount > corpus.size(), "every article has figures");
    // A measurement, not a test of speed: timings on a shared 2-core machine are not something to fail a build on.
  }
}
