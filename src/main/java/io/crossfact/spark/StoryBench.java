package io.crossfact.spark;

import io.crossfact.bench.HeapPeak;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Article;
import io.crossfact.story.StoryProfile;
import io.crossfact.story.StorySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * The story stage alone on a corpus (a measurement, never an assertion): ingest and profiles first, untimed as
 * part of the stage, then the grouping as {@code check} runs it (vectors, blocks, candidates, links, components,
 * summaries), timed, so its seconds per article can be compared across corpus sizes.
 */
public final class StoryBench {
  private StoryBench() {}

  /** Seconds of profiling and of grouping, the story count and the seconds per article. */
  public static Map<String, Object> measure(SparkSession spark, Path corpus, CrossfactConfig config)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    try (HeapPeak heap = HeapPeak.start()) {
      measure(spark, corpus, config, m);
      m.put("peakHeapBytes", heap.peakBytes());
    }
    return m;
  }

  private static void measure(SparkSession spark, Path corpus, CrossfactConfig config, Map<String, Object> m)
      throws IOException {
    List<InputFile> files = IngestStage.listInputs(spark, List.of(corpus.toString()));
    Dataset<Article> articles = IngestStage.read(spark, files, config.getInt(Key.SPARK_SHUFFLE_PARTITIONS),
        IngestStage.limits(config)).persist();
    long documents = articles.count();
    long c0 = cpuNanos();
    long t0 = System.nanoTime();
    Dataset<StoryProfile> profiles = StoryStage.profiles(articles).persist();
    long profiled = profiles.count();
    double profileSeconds = (System.nanoTime() - t0) / 1e9;
    long c1 = cpuNanos();
    long t1 = System.nanoTime();
    StoryStage.Grouped g = StoryStage.group(profiles, StorySettings.from(config));
    long stories = g.stories.select("story").distinct().count();
    long summaries = g.summaries.count();
    double groupSeconds = (System.nanoTime() - t1) / 1e9;
    long c2 = cpuNanos();
    m.put("documents", documents);
    m.put("profiled", profiled);
    m.put("stories", stories);
    m.put("summaries", summaries);
    m.put("profileSeconds", round(profileSeconds));
    m.put("groupSeconds", round(groupSeconds));
    m.put("storySeconds", round(profileSeconds + groupSeconds));
    m.put("storyMsPerArticle", round((profileSeconds + groupSeconds) * 1000 / Math.max(1, profiled)));
    m.put("groupMsPerArticle", round(groupSeconds * 1000 / Math.max(1, profiled)));
    // CPU seconds of this JVM (driver and local executors): on a shared machine the wall clock also counts the
    // time other processes held the cores
    m.put("profileCpuSeconds", round((c1 - c0) / 1e9));
    m.put("groupCpuSeconds", round((c2 - c1) / 1e9));
    m.put("storyCpuMsPerArticle", round((c2 - c0) / 1e6 / Math.max(1, profiled)));
    profiles.unpersist();
    articles.unpersist();
  }

  /** CPU time of this process so far, or 0 where the JVM does not say. */
  static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
