package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.report.CsvReports;
import io.crossfact.report.StoriesCsv;
import io.crossfact.story.StorySummary;
import io.crossfact.report.HtmlReport;
import io.crossfact.report.RunJson;
import io.crossfact.report.RunSummary;
import io.crossfact.report.Triage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Write: the contract files, each streamed to the driver in sorted order ({@code toLocalIterator}, one partition at
 * a time, never the whole corpus at once) and moved into place only when complete.
 */
public final class OutputStage {
  private OutputStage() {}

  /** Findings are few next to the corpus; they are gathered once for the CSV and the HTML report. */
  static List<Finding> sortedFindings(Dataset<Finding> findings) {
    List<Finding> list = new ArrayList<>(findings.collectAsList());
    list.sort(CsvReports.FINDING_ORDER);
    return list;
  }

  /**
   * What the reports need of each input document, without its text: the rows of articles.csv before counts and
   * clusters, plus the content-farm markers. The nightly job stores exactly this.
   */
  public static Dataset<Row> documents(Dataset<Article> articles) {
    return articles.select(functions.col("articleId"), functions.col("source"), functions.col("url"),
        functions.col("published"), functions.col("title"), functions.col("status"), functions.col("reason"),
        functions.length(functions.col("text")).as("chars"), functions.col("path"), functions.col("format"),
        functions.col("markers"));
  }

  static RunSummary write(CheckOptions options, CrossfactConfig config, Dataset<Row> documents,
      Dataset<Assertion> assertions, Dataset<Row> clusters, StoryStage.Grouped stories, List<Finding> findings,
      Review review, StageTimer timer, String startedAt, String sparkVersion) throws IOException {
    return write(options, config, documents, assertions, clusters, stories, findings, review, timer, startedAt,
        sparkVersion, (Dataset<Article>) null);
  }

  /** As above; {@code texts} (articles with their text, or null) give report.html the bodies of copies to diff. */
  static RunSummary write(CheckOptions options, CrossfactConfig config, Dataset<Row> documents,
      Dataset<Assertion> assertions, Dataset<Row> clusters, StoryStage.Grouped stories, List<Finding> findings,
      Review review, StageTimer timer, String startedAt, String sparkVersion, Dataset<Article> texts)
      throws IOException {
    return write(options, config, documents, assertions, clusters, stories, findings, review, timer, startedAt,
        sparkVersion, (BodySource) needed -> bodies(texts, needed.keySet()));
  }

  /**
   * Where report.html gets the whole texts of the few copies it diffs: given the needed articles' ids and the paths
   * they were read from, their texts (an article it cannot give is shown without the whole-text diff, and the
   * page says so).
   */
  @FunctionalInterface
  interface BodySource {
    Map<String, String> bodies(Map<String, String> pathById) throws IOException;
  }

  /** As above, the bodies of copies from {@code texts}. */
  static RunSummary write(CheckOptions options, CrossfactConfig config, Dataset<Row> documents,
      Dataset<Assertion> assertions, Dataset<Row> clusters, StoryStage.Grouped stories, List<Finding> findings,
      Review review, StageTimer timer, String startedAt, String sparkVersion, BodySource texts)
      throws IOException {
    Path out = prepare(options, findings, review);
    Dataset<Row> counts = assertions.groupBy("articleId").agg(functions.count("*").as("n"));
    Dataset<Row> meta = documents;
    // the stories under columns of their own: a small input's stories are a local relation that the assertions'
    // lineage holds too (their story column), so its own columns would be ambiguous in this join
    Dataset<Row> story = stories.stories.select(functions.col("articleId").as("storyArticleId"),
        functions.col("story").as("storyOfArticle"));
    Dataset<ArticleSummary> summaries = meta
        .join(counts, meta.col("articleId").equalTo(counts.col("articleId")), "left_outer")
        .join(clusters, meta.col("articleId").equalTo(clusters.col("articleId")), "left_outer")
        .join(story, meta.col("articleId").equalTo(story.col("storyArticleId")), "left_outer")
        .select(meta.col("*"), functions.coalesce(counts.col("n"), functions.lit(0L)).as("assertions"),
            functions.coalesce(clusters.col("cluster"), functions.lit("")).as("cluster"),
            functions.coalesce(story.col("storyOfArticle"), functions.lit("")).as("story"))
        .as(Encoders.bean(ArticleSummary.class))
        .orderBy("articleId", "path");
    Dataset<Assertion> sortedAssertions = assertions.orderBy("articleId", "start", "kind", "end", "value");
    Dataset<StorySummary> sortedStories = stories.summaries.orderBy("story");
    // run.json's counts and the report's referenced articles are taken from the rows on their way into the CSV
    // files (no query of their own: on a small input each query costs more than its rows)
    Tally tally = writeCsv(out, config, findings, summaries.toLocalIterator(), sortedAssertions.toLocalIterator(),
        sortedStories.toLocalIterator(), timer);
    if (TableStage.any(options.formats)) {
      writeTables(options, findings, sortedAssertions, summaries, sortedStories);
      timer.done("write-tables", String.join(",", options.formats) + " tables under " + options.tablesRoot());
    }
    return finish(options, config, tally, findings, review, timer, startedAt, sparkVersion, texts);
  }

  /**
   * As {@link #write}, from rows already on the driver in the files' order (a small input's, {@link LocalCheck});
   * CSV only (the caller asks for no other table format).
   */
  static RunSummary writeSorted(CheckOptions options, CrossfactConfig config,
      java.util.Iterator<ArticleSummary> sortedArticles, java.util.Iterator<Assertion> sortedAssertions,
      java.util.Iterator<StorySummary> sortedStories, List<Finding> findings, Review review, StageTimer timer,
      String startedAt, String sparkVersion, BodySource texts) throws IOException {
    Path out = prepare(options, findings, review);
    Tally tally = writeCsv(out, config, findings, sortedArticles, sortedAssertions, sortedStories, timer);
    return finish(options, config, tally, findings, review, timer, startedAt, sparkVersion, texts);
  }

  /** The output folder, created; the findings with their first-seen dates carried and the triage applied. */
  private static Path prepare(CheckOptions options, List<Finding> findings, Review review) throws IOException {
    Path out = options.out;
    Files.createDirectories(out);
    if (review.previousFindings != null) {
      Triage.carryFirstSeen(findings, review.previousFindings, review.runDate);
    }
    review.triage.apply(findings);
    return out;
  }

  /** The four CSV files from their sorted rows; what run.json and report.html need is tallied on the way. */
  private static Tally writeCsv(Path out, CrossfactConfig config, List<Finding> findings,
      java.util.Iterator<ArticleSummary> articles, java.util.Iterator<Assertion> assertions,
      java.util.Iterator<StorySummary> stories, StageTimer timer) throws IOException {
    boolean raw = config.getInt(io.crossfact.config.CrossfactConfig.Key.CSV_RAW_CELLS) == 1;
    Tally tally = new Tally(referencedIds(findings));
    atomically(out.resolve("articles.csv"), w -> CsvReports.writeArticles(w, tally.articles(articles), raw));
    atomically(out.resolve("assertions.csv"), w -> CsvReports.writeAssertions(w, tally.assertions(assertions), raw));
    atomically(out.resolve("discrepancies.csv"), w -> CsvReports.writeDiscrepancies(w, findings.iterator(), raw));
    atomically(out.resolve("stories.csv"), w -> StoriesCsv.write(w, tally.stories(stories), raw));
    timer.done("write-csv", String.format(java.util.Locale.ROOT, "articles.csv %d rows (%d independent texts), "
        + "assertions.csv %d, discrepancies.csv %d, stories.csv %d", tally.articles, tally.clusters.size(),
        tally.assertions, findings.size(), tally.stories));
    return tally;
  }

  /** run.json's summary, report.html and run.json, after the CSV files. */
  private static RunSummary finish(CheckOptions options, CrossfactConfig config, Tally tally, List<Finding> findings,
      Review review, StageTimer timer, String startedAt, String sparkVersion, BodySource texts) throws IOException {
    Path out = options.out;
    RunSummary run = summarize(options, config, tally, findings, startedAt, sparkVersion);
    run.setTriageCounts(Triage.compare(findings, review.previousIds));
    run.setRunDate(review.runDate);
    run.setPreviousRun(review.previousRun);
    run.setTriageFile(review.triageFile == null ? "" : review.triageFile.toString());
    run.setTriageWarnings(review.triage.warnings(findings));
    run.getTriageWarnings().forEach(w -> System.err.println("crossfact: warning: " + w));
    run.setNewBySeverity(io.crossfact.report.FailOn.newBySeverity(findings, review.previousIds));
    Map<String, ArticleSummary> referenced = tally.referenced;
    int maxRows = config.getInt(io.crossfact.config.CrossfactConfig.Key.REPORT_HTML_MAX_FINDINGS);
    Map<String, String> needed = new TreeMap<>();
    for (String id : HtmlReport.bodiesNeeded(findings, referenced, maxRows)) {
      ArticleSummary a = referenced.get(id);
      needed.put(id, a == null || a.getPath() == null ? "" : a.getPath());
    }
    Map<String, String> bodies = needed.isEmpty() ? Map.of() : texts.bodies(needed);
    atomically(out.resolve("report.html"), w -> HtmlReport.write(w, run, findings, referenced, maxRows,
        review.triage, bodies));
    timer.done("write-html", "report.html");
    run.setSecondsPerStage(new LinkedHashMap<>(timer.seconds()));
    run.setFinishedAt(Instant.now().toString());
    atomically(out.resolve("run.json"), w -> RunJson.write(w, run));
    return run;
  }

  /** The texts of a few articles (the copies report.html diffs), fetched by id; empty without texts. */
  static Map<String, String> bodies(Dataset<Article> texts, java.util.Set<String> ids) {
    Map<String, String> out = new TreeMap<>();
    if (texts == null || ids.isEmpty()) {
      return out;
    }
    java.util.Iterator<Row> it = texts.filter(functions.col("articleId").isin(ids.toArray()))
        .select("articleId", "text").toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      out.putIfAbsent(r.getString(0), r.getString(1) == null ? "" : r.getString(1));
    }
    return out;
  }

  /** The four tables in the formats asked for beyond CSV, under {@link CheckOptions#tablesRoot()}. */
  private static void writeTables(CheckOptions options, List<Finding> findings, Dataset<Assertion> sortedAssertions,
      Dataset<ArticleSummary> sortedSummaries, Dataset<StorySummary> sortedStories) {
    String root = options.tablesRoot();
    TableStage.write(TableStage.findings(sortedAssertions.sparkSession(), findings), root, TableStage.FINDINGS,
        options.formats);
    TableStage.write(TableStage.assertions(sortedAssertions), root, TableStage.ASSERTIONS, options.formats);
    TableStage.write(TableStage.articles(sortedSummaries), root, TableStage.ARTICLES, options.formats);
    TableStage.write(TableStage.stories(sortedStories), root, TableStage.STORIES, options.formats);
  }

  private static RunSummary summarize(CheckOptions options, CrossfactConfig config, Tally tally,
      List<Finding> findings, String startedAt, String sparkVersion) {
    RunSummary run = new RunSummary();
    run.setStartedAt(startedAt);
    run.setInputs(options.inputs);
    run.setOut(options.shownOut);
    run.setMaster(options.master.isEmpty() ? "embedded" : options.master);
    Map<String, Long> byStatus = tally.byStatus;
    long ok = byStatus.getOrDefault(Article.OK, 0L);
    long quarantined = byStatus.getOrDefault(Article.QUARANTINED, 0L);
    run.setDocumentsSeen(ok + quarantined);
    run.setDocumentsOk(ok);
    run.setDocumentsQuarantined(quarantined);
    run.setQuarantineReasons(tally.quarantineReasons);
    Map<String, Long> kinds = new TreeMap<>();
    for (String k : List.of(Assertion.QUOTE, Assertion.FIGURE, Assertion.ROLE, Assertion.DATE)) {
      kinds.put(k, 0L);
    }
    kinds.putAll(tally.byKind);
    run.setAssertionsByKind(kinds);
    Map<String, Long> types = new TreeMap<>();
    for (String t : List.of(Finding.FIGURE_CONFLICT, Finding.FIGURE_DRIFT, Finding.QUOTE_DRIFT,
        Finding.QUOTE_MISATTRIBUTION, Finding.ROLE_CONFLICT, Finding.STALE_REPUBLICATION, Finding.SUSPECT_EXPERT)) {
      types.put(t, 0L);
    }
    Map<String, Long> severities = new TreeMap<>(Map.of(Finding.HIGH, 0L, Finding.MEDIUM, 0L, Finding.LOW, 0L));
    for (Finding f : findings) {
      types.merge(f.getType(), 1L, Long::sum);
      severities.merge(f.getSeverity(), 1L, Long::sum);
    }
    run.setDiscrepanciesByType(types);
    run.setDiscrepanciesBySeverity(severities);
    Map<String, String> versions = new TreeMap<>();
    versions.put("crossfact", Versions.crossfact());
    versions.put("spark", sparkVersion);
    versions.put("java", System.getProperty("java.version"));
    run.setVersions(versions);
    Map<String, String> effective = new TreeMap<>(config.effective());
    // Spark settings from spark-defaults.conf too (the command line's are in config.effective() already).
    SparkSessions.userSettings(config).forEach(effective::putIfAbsent);
    effective.put("conf.file", config.origin());
    run.setConfig(effective);
    return run;
  }

  /** The ids of the articles the findings name (both sides). */
  private static java.util.Set<String> referencedIds(List<Finding> findings) {
    TreeSet<String> ids = new TreeSet<>();
    for (Finding f : findings) {
      ids.add(f.getArticleA());
      if (!f.getArticleB().isEmpty()) {
        ids.add(f.getArticleB());
      }
    }
    return ids;
  }

  /**
   * What run.json and report.html need of articles.csv's and assertions.csv's rows, counted as the rows stream
   * past on their way into the files: documents by status, quarantine reasons (up to the first ':'), assertions
   * by kind, and the first row (in articles.csv's order) of each referenced article.
   */
  static final class Tally {
    final Map<String, Long> byStatus = new TreeMap<>();
    final Map<String, Long> quarantineReasons = new TreeMap<>();
    final Map<String, Long> byKind = new TreeMap<>();
    final Map<String, ArticleSummary> referenced = new TreeMap<>();
    /** The distinct copy clusters in articles.csv: independent texts. */
    final java.util.Set<String> clusters = new java.util.HashSet<>();
    long articles;
    long assertions;
    long stories;
    private final java.util.Set<String> wanted;

    Tally(java.util.Set<String> referencedIds) {
      this.wanted = referencedIds;
    }

    java.util.Iterator<ArticleSummary> articles(java.util.Iterator<ArticleSummary> rows) {
      return peek(rows, s -> {
        articles++;
        if (s.getCluster() != null && !s.getCluster().isEmpty()) {
          clusters.add(s.getCluster());
        }
        byStatus.merge(String.valueOf(s.getStatus()), 1L, Long::sum);
        if (Article.QUARANTINED.equals(s.getStatus())) {
          quarantineReasons.merge(reasonKind(s.getReason()), 1L, Long::sum);
        }
        if (s.getArticleId() != null && wanted.contains(s.getArticleId())) {
          referenced.putIfAbsent(s.getArticleId(), s);
        }
      });
    }

    java.util.Iterator<Assertion> assertions(java.util.Iterator<Assertion> rows) {
      return peek(rows, a -> {
        assertions++;
        byKind.merge(String.valueOf(a.getKind()), 1L, Long::sum);
      });
    }

    <T> java.util.Iterator<T> stories(java.util.Iterator<T> rows) {
      return peek(rows, t -> stories++);
    }

    /** A quarantine reason up to its first ':' ("read error: ..." is "read error"); "null" for none. */
    static String reasonKind(String reason) {
      if (reason == null) {
        return "null";
      }
      int colon = reason.indexOf(':');
      return colon < 0 ? reason : reason.substring(0, colon);
    }

    private static <T> java.util.Iterator<T> peek(java.util.Iterator<T> rows, java.util.function.Consumer<T> seen) {
      return new java.util.Iterator<T>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public T next() {
          T t = rows.next();
          seen.accept(t);
          return t;
        }
      };
    }
  }

  interface WriterBody {
    void write(Writer w) throws IOException;
  }

  /** Writes to a temporary sibling and moves it into place, so a reader never sees half a file. */
  static void atomically(Path target, WriterBody body) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8),
        1 << 16)) {
      body.write(w);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
