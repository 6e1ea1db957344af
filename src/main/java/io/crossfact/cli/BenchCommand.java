package io.crossfact.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crossfact.bench.CorpusGenerator;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.spark.BenchJob;
import io.crossfact.state.StateDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact bench}: generates seeded corpora and, for each size, times the floor job and the full check in
 * one session. Writes {@code reports/bench/<date>.json} and the table in {@code docs/benchmarks.md}. It measures; it
 * asserts nothing about time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark: floor job vs full check on generated corpora of one or more sizes.")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--n", paramLabel = "N", description = "Articles (default 200000); ignored when --sizes is given.")
  int n = 200_000;

  @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", description = "Several sizes, e.g. 20000,50000,200000.")
  List<Integer> sizes;

  @Option(names = "--seed", description = "Generator seed (default 42).")
  long seed = 42;

  @Option(names = "--work", paramLabel = "DIR", description = "Corpora and check outputs (default target/bench).")
  Path work = Path.of("target/bench");

  @Option(names = "--reports", paramLabel = "DIR", description = "Where <date>.json goes (default reports/bench).")
  Path reports = Path.of("reports/bench");

  @Option(names = "--doc", paramLabel = "FILE", description = "Markdown table to update (default docs/benchmarks.md).")
  Path doc = Path.of("docs/benchmarks.md");

  @Option(names = "--conf", paramLabel = "FILE", description = "Config file.")
  Path conf;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master; default embedded local[*].")
  String master;

  @Option(names = "--stories-only", description = "Time only the story stage (profiles and grouping) per size; "
      + "writes <date>-stories.json and leaves the doc's table alone.")
  boolean storiesOnly;

  @Option(names = "--profile", description = "Record each size's check with JDK Flight Recorder (the JDK's profile "
      + "settings) into <work>/check-<n>.jfr; its ten hottest methods go into the JSON and the doc. Costs the check a "
      + "few percent.")
  boolean profile;

  @Override
  public Integer call() throws IOException {
    CrossfactConfig config = Runs.config(conf, Map.of());
    if (config == null) {
      return Main.BAD_ARGUMENTS;
    }
    List<Integer> runs = sizes == null || sizes.isEmpty() ? List.of(n) : sizes;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    report.put("machine", machine());
    report.put("seed", seed);
    List<Map<String, Object>> results = new ArrayList<>();
    int code = Runs.withSpark(master, config, spark -> {
      for (int size : runs) {
        Path corpus = work.resolve("corpus-" + size + "-seed" + seed);
        Map<String, Object> gen = generate(corpus, size);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("n", size);
        r.put("corpus", gen);
        if (storiesOnly) {
          r.putAll(io.crossfact.spark.StoryBench.measure(spark, corpus, config));
          results.add(r);
          System.out.println("bench stories n=" + size + ": " + r);
          continue;
        }
        r.putAll(BenchJob.measure(spark, corpus, work.resolve("out-" + size), config,
            profile ? work.toAbsolutePath().resolve("check-" + size + ".jfr") : null));
        results.add(r);
        System.out.println(line(r));
      }
      return Main.OK;
    });
    if (code != Main.OK) {
      return code;
    }
    report.put("results", results);
    Files.createDirectories(reports);
    Path json = reports.resolve(report.get("date") + (storiesOnly ? "-stories" : "") + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
    if (storiesOnly) {
      System.out.println("bench: wrote " + json);
      return Main.OK;
    }
    writeDoc(report, results);
    System.out.println("bench: wrote " + json + " and " + doc);
    return Main.OK;
  }

  private Map<String, Object> generate(Path corpus, int size) throws IOException {
    // The marker sits beside the corpus, not in it: every file in the corpus is input to the measured jobs.
    Path done = corpus.resolveSibling(corpus.getFileName() + ".done");
    Map<String, Object> g = new LinkedHashMap<>();
    if (Files.isRegularFile(done)) {
      g.put("reused", true);
      g.put("stats", Files.readString(done, StandardCharsets.UTF_8).strip());
      return g;
    }
    StateDir.deleteTree(corpus);
    Files.createDirectories(corpus);
    long t0 = System.nanoTime();
    CorpusGenerator.Stats stats = new CorpusGenerator(seed).write(corpus, size, 2_000);
    g.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
    g.put("stats", stats.toString());
    Files.writeString(done, stats.toString(), StandardCharsets.UTF_8);
    return g;
  }

  static String line(Map<String, Object> r) {
    return String.format(Locale.ROOT,
        "bench n=%d: floor %.1f s (%.0f art/s), check %.1f s (%.0f art/s), check/floor %.2f, %.3f ms/article, "
            + "findings %s, shuffle %s B, peak heap %s B",
        r.get("n"), r.get("floorSeconds"), r.get("floorArticlesPerSecond"), r.get("checkSeconds"),
        r.get("checkArticlesPerSecond"), r.get("ratioCheckToFloor"), r.get("secondsPerArticleMs"), r.get("findings"),
        r.get("shuffleBytesCheck"), r.get("peakHeapBytes"));
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    m.put("java", System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return m;
  }

  private void writeDoc(Map<String, Object> report, List<Map<String, Object>> results) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Benchmarks\n\n")
        .append("Produced by `jobs/bench` (see README). Each row: one generated corpus (seed ").append(seed)
        .append("), the floor job (read and decode as `check` does, without cleaning; sentence split, tokenize, ")
        .append("count) and the full `check`, in one ")
        .append("embedded Spark session. Latest run: ").append(report.get("date")).append(", machine: ")
        .append(report.get("machine")).append(".\n\n")
        .append("| articles | floor s | floor art/s | check s | check art/s | check/floor | ms/article | findings |")
        .append(" shuffle MB | peak heap MB |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> r : results) {
      b.append(String.format(Locale.ROOT, "| %d | %.1f | %.0f | %.1f | %.0f | %.2f | %.3f | %s | %.1f | %.0f |%n",
          r.get("n"), r.get("floorSeconds"), r.get("floorArticlesPerSecond"), r.get("checkSeconds"),
          r.get("checkArticlesPerSecond"), r.get("ratioCheckToFloor"), r.get("secondsPerArticleMs"),
          r.get("findings"), ((Number) r.get("shuffleBytesCheck")).longValue() / 1e6,
          ((Number) r.get("peakHeapBytes")).longValue() / 1e6));
    }
    for (Map<String, Object> r : results) {
      if (r.containsKey("hotMethods")) {
        b.append("\nThe check's ten hottest methods at ").append(String.format(Locale.ROOT, "%,d", r.get("n")))
            .append(" articles (self samples of a JDK Flight Recorder recording, `jobs/bench --profile`):\n\n")
            .append(hotTable(r));
      }
    }
    b.append("\n").append(TABLE_END).append("\n");
    Files.createDirectories(doc.toAbsolutePath().getParent());
    String existing = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    Files.writeString(doc, withTable(existing, b.toString()), StandardCharsets.UTF_8);
  }

  /** The hot methods of one result (as {@link BenchJob} stores them) as a Markdown table. */
  @SuppressWarnings("unchecked")
  static String hotTable(Map<String, Object> r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "| method (%,d samples) | %% | nearest crossfact caller |%n",
        ((Number) r.get("profileSamples")).longValue())).append("|---|---:|---|\n");
    for (Map<String, Object> h : (List<Map<String, Object>>) r.get("hotMethods")) {
      b.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", h.get("method"), ((Number) h.get("percent"))
          .doubleValue(), h.get("caller")));
    }
    return b.toString();
  }

  /** The last line of the generated part of the benchmarks document; what follows it is written by hand. */
  static final String TABLE_END = "Stage seconds and findings by type per size are in `reports/bench/<date>.json`.";

  /**
   * The document with its generated head (title, run line and table, up to {@link #TABLE_END}) replaced by
   * {@code generated}; the hand-written sections after it are kept. A document without the marker is kept whole
   * after the new head, so nothing written by hand is ever lost.
   */
  static String withTable(String existing, String generated) {
    if (existing.isEmpty()) {
      return generated;
    }
    int end = existing.indexOf(TABLE_END);
    String rest = end < 0 ? existing : existing.substring(end + TABLE_END.length());
    rest = rest.startsWith("\n") ? rest.substring(1) : rest;
    return rest.isEmpty() ? generated : generated + "\n" + rest.stripLeading();
  }
}
