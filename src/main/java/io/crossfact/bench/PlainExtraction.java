package io.crossfact.bench;

import io.crossfact.compare.MinHasher;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.story.StoryProfiler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bench's second reference line: the per-document work of {@code check}'s one pass (read and decode, clean and
 * extract the assertions, the MinHash signature, the story profile) over the same corpus, in one thread, without
 * Spark. Its articles per CPU-second is what one core does with no framework at all, so the Spark overhead of the
 * check (and of the floor job) shows as its own number. A measurement: nothing here asserts a time.
 */
public final class PlainExtraction {
  private PlainExtraction() {}

  /** What one single-threaded pass gave. */
  public record Result(long files, long articles, long assertions, long chars, double wallSeconds,
      double cpuSeconds, long checksum) {
    /** Articles per CPU-second of the measuring thread: one core's throughput. */
    public double articlesPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : articles / cpuSeconds;
    }

    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("files", files);
      m.put("articles", articles);
      m.put("assertions", assertions);
      m.put("chars", chars);
      m.put("wallSeconds", round(wallSeconds));
      m.put("cpuSeconds", round(cpuSeconds));
      m.put("articlesPerCpuSecond", round(articlesPerCpuSecond()));
      return m;
    }
  }

  /** Runs the pass over every regular file under {@code corpus}, in path order. */
  public static Result measure(Path corpus, CrossfactConfig config) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      s.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    ArticleExtractor extractor = new ArticleExtractor(config);
    MinHasher hasher = new MinHasher(config.getInt(Key.COPIES_NUM_HASHES), config.getInt(Key.COPIES_BANDS),
        config.getInt(Key.COPIES_SHINGLE_WORDS));
    long articles = 0;
    long assertions = 0;
    long chars = 0;
    long sink = 0; // a checksum of the signatures and profiles, returned so that no work is optimised away
    for (Path f : files) {
      for (Article a : DocumentReader.read(f.toString(), Files.readAllBytes(f))) {
        if (!Article.OK.equals(a.getStatus())) {
          continue;
        }
        articles++;
        chars += a.getText().length();
        assertions += extractor.extract(a).size();
        sink += hasher.signature(a.getBody())[0];
        sink += StoryProfiler.profile(a.getArticleId(), a.getPublished(), a.getTitle(),
            a.getBody().isBlank() ? a.getText() : a.getBody()).hashCode();
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new Result(files.size(), articles, assertions, chars, wall, cpu, sink);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
