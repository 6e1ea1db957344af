package io.crossfact.spark;

import io.crossfact.bench.HeapPeak;
import io.crossfact.bench.HotMethods;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.report.RunSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark measurement on a generated corpus: the floor job (read and decode without cleaning, split, tokenize,
 * count; one job) and the full {@code check}, in one Spark session, with shuffle bytes and task CPU from task metrics,
 * the JVM's CPU time and its peak heap; then the check's per-document work in one thread without Spark
 * ({@link io.crossfact.bench.PlainExtraction}), per core.
 */
public final class BenchJob {
  private BenchJob() {}

  /** Measures floor and check on the files under {@code corpus}; writes check's outputs under {@code out}. */
  public static Map<String, Object> measure(SparkSession spark, Path corpus, Path out, CrossfactConfig config)
      throws IOException {
    return measure(spark, corpus, out, config, null);
  }

  /**
   * As above; with a {@code profile} file, the check (only it) is recorded with JDK Flight Recorder into that file
   * and its ten hottest methods go into the result ({@code hotMethods}, {@code profileSamples}).
   */
  public static Map<String, Object> measure(SparkSession spark, Path corpus, Path out, CrossfactConfig config,
      Path profile) throws IOException {
    ShuffleMeter meter = new ShuffleMeter();
    spark.sparkContext().addSparkListener(meter);
    Map<String, Object> m = new LinkedHashMap<>();
    try (HeapPeak heap = HeapPeak.start()) {
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      List<InputFile> files = IngestStage.listInputs(spark, List.of(corpus.toString()));
      long[] floor = FloorStage.documentsAndTokens(spark, files, config.getInt(Key.SPARK_SHUFFLE_PARTITIONS),
          IngestStage.limits(config));
      long documents = floor[0];
      long tokens = floor[1];
      double floorSeconds = (System.nanoTime() - t0) / 1e9;
      double floorCpu = (processCpuNanos() - cpu0) / 1e9;
      long floorShuffle = meter.bytes.getAndSet(0);
      double floorTaskCpu = meter.taskCpuNanos.getAndSet(0) / 1e9;

      RunSummary run;
      double checkSeconds;
      double checkCpu;
      try (HotMethods.Recorder recorder = profile == null ? null : HotMethods.record(profile)) {
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        run = CheckJob.run(spark, new CheckOptions(List.of(corpus.toString()), out, ""), config);
        checkSeconds = (System.nanoTime() - t1) / 1e9;
        checkCpu = (processCpuNanos() - cpu1) / 1e9;
        if (recorder != null) {
          recorder.stop();
        }
      }

      m.put("documents", documents);
      m.put("tokens", tokens);
      m.put("floorSeconds", round(floorSeconds));
      m.put("floorArticlesPerSecond", round(documents / floorSeconds));
      m.put("checkSeconds", round(checkSeconds));
      m.put("checkArticlesPerSecond", round(documents / checkSeconds));
      m.put("ratioCheckToFloor", round(checkSeconds / floorSeconds));
      m.put("secondsPerArticleMs", round(checkSeconds * 1000 / Math.max(1, documents)));
      // CPU seconds of the whole JVM (all threads: tasks, driver, JIT, GC) during each job: on a shared machine the
      // wall seconds mostly measure waiting for a core, these do not
      m.put("floorCpuSeconds", round(floorCpu));
      m.put("checkCpuSeconds", round(checkCpu));
      m.put("floorArticlesPerCpuSecond", round(documents / Math.max(1e-9, floorCpu)));
      m.put("checkArticlesPerCpuSecond", round(documents / Math.max(1e-9, checkCpu)));
      m.put("ratioCheckToFloorCpu", round(checkCpu / Math.max(1e-9, floorCpu)));
      // of which inside Spark tasks (the rest: driver, planning, JIT compiler, garbage collector)
      m.put("floorTaskCpuSeconds", round(floorTaskCpu));
      m.put("checkTaskCpuSeconds", round(meter.taskCpuNanos.get() / 1e9));
      m.put("checkStages", run.getSecondsPerStage());
      m.put("findings", run.getDiscrepanciesByType().values().stream().mapToLong(Long::longValue).sum());
      m.put("findingsByType", run.getDiscrepanciesByType());
      m.put("assertions", run.getAssertionsByKind());
      m.put("shuffleBytesFloor", floorShuffle);
      m.put("shuffleBytesCheck", meter.bytes.get());
      m.put("peakHeapBytes", heap.peakBytes());
      if (profile != null) {
        HotMethods.Summary hot = HotMethods.read(profile, 10);
        m.put("profile", profile.toString());
        m.put("profileSamples", hot.samples());
        m.put("hotMethods", hot.top().stream().map(HotMethods.Hot::asMap).collect(Collectors.toList()));
      }
      // the same per-document work in one thread without Spark (after the timed runs, so it slows neither)
      io.crossfact.bench.PlainExtraction.Result plain = io.crossfact.bench.PlainExtraction.measure(corpus, config);
      m.put("plainExtraction", plain.asMap());
      m.put("plainArticlesPerCpuSecond", round(plain.articlesPerCpuSecond()));
      return m;
    } finally {
      spark.sparkContext().removeSparkListener(meter);
    }
  }

  /** CPU time of this JVM, all threads (in local mode the driver and the executors), in nanoseconds. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0L;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Sums shuffle bytes written and CPU time used by every finished task. */
  static final class ShuffleMeter extends SparkListener {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong taskCpuNanos = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        bytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        taskCpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
      }
    }
  }
}
