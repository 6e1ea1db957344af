package io.crossfact.eval;

import io.crossfact.extract.QuoteExtractor;
import io.crossfact.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Articles per second of {@link QuoteExtractor} on one thread, after a warm-up pass. Printed, never asserted. */
public final class Throughput {
  private static final int ROUNDS = 3;

  private Throughput() {}

  public static String measure(Path polnearDir, QuoteExtractor ex) {
    List<Article> articles = new ArrayList<>();
    long chars = 0;
    for (Map.Entry<String, Path> e : PolnearEval.annotations(polnearDir).entrySet()) {
      Path txt = polnearDir.resolve("text").resolve(e.getKey() + ".txt");
      if (txt.toFile().isFile()) {
        String text = PolnearEval.read(txt);
        chars += text.length();
        articles.add(PolnearEval.article(e.getKey(), text));
      }
    }
    long sink = 0;
    for (Article a : articles) {
      sink += ex.extract(a).size();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int round = 0; round < ROUNDS; round++) {
      for (Article a : articles) {
        sink += ex.extract(a).size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double n = (double) articles.size() * ROUNDS;
    // CPU time is the number that means something on a shared machine; wall time is printed beside it
    return String.format(Locale.ROOT, "throughput: %.0f articles/s per core (CPU time), %.0f articles/s wall clock"
        + " (%d articles, avg %d chars, %d assertions per pass)", n / cpuSeconds, n / seconds, articles.size(),
        articles.isEmpty() ? 0 : chars / articles.size(), sink / (ROUNDS + 1));
  }
}
