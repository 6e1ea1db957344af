package io.crossfact.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.report.RunSummary;
import io.crossfact.state.FindingsHistory;
import io.crossfact.state.Manifest;
import io.crossfact.state.StateDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code crossfact nightly}: incremental runs over an archive that only grows.
 *
 * <p>Stages: lock the state, list the archive, keep the files not yet in the store, ingest and extract only those,
 * stage them as a Parquet part (partitioned by ingest date), compare over the whole store, write the night's
 * reports and findings history, then commit by replacing the manifest. A run killed anywhere leaves the manifest,
 * hence the state, as it was; the rerun redoes the night with identical results.
 */
public final class NightlyJob {
  /**
   * Test hook: {@code -Dcrossfact.crashAt=extract|store-write|findings|commit|moved-findings} halts the JVM there, as
   * kill -9 would: during extraction, during the store write, before the commit, right after it, and between the
   * two moves that complete it.
   */
  static final String CRASH_AT = "crossfact.crashAt";
  /**
   * Test hook: {@code -Dcrossfact.crashMode=throw} makes the crash point throw instead of halting, so a test can
   * kill a night inside its own JVM: nothing after the point runs, and the state's lock is released as the OS
   * releases it after a kill.
   */
  static final String CRASH_MODE = "crossfact.crashMode";

  private NightlyJob() {}

  public static NightlyResult run(SparkSession spark, NightlyOptions o, CrossfactConfig config) throws IOException {
    return run(spark, o, config, null);
  }

  /** As above; {@code locked}: the state folder the caller opened and locked before Spark started (left open). */
  public static NightlyResult run(SparkSession spark, NightlyOptions o, CrossfactConfig config, StateDir locked)
      throws IOException {
    String startedAt = Instant.now().toString();
    StageTimer timer = new StageTimer();
    Broadcast<JavaSerialized<CrossfactConfig>> conf = SparkSessions.broadcast(spark, config);
    List<Dataset<?>> cached = new ArrayList<>();
    StateDir owned = locked == null ? StateDir.open(o.state) : null;
    StateDir state = locked == null ? owned : locked;
    InputSizing sizing = null;
    try (owned) {
      Manifest manifest = state.verifiedManifest();

      List<InputFile> listed = IngestStage.listInputs(spark, List.of(o.archive));
      List<InputFile> fresh = newFiles(spark, state, manifest, listed);
      timer.done("list", listed.size() + " archive files, " + fresh.size() + " new");
      // sized by the whole archive, which the store (compared whole each night) grows with
      sizing = InputSizing.apply(spark, config, InputSizing.bytes(listed));

      Manifest next = manifest;
      if (!fresh.isEmpty()) {
        CheckJob.Extracted x = CheckJob.ingestAndExtract(spark, fresh, conf, config, timer, cached);
        crashPoint("extract");
        Path staged = state.staging("part");
        x.documents.write().parquet(staged.resolve("documents").toString());
        crashPoint("store-write");
        spark.createDataset(fresh, Encoders.bean(InputFile.class)).write().parquet(staged.resolve("files").toString());
        x.assertions.write().parquet(staged.resolve("assertions").toString());
        x.digests.write().parquet(staged.resolve("digests").toString());
        x.profiles.write().parquet(staged.resolve("profiles").toString());
        String partName = state.nextPartName(manifest, o.date);
        Manifest.Part part = new Manifest.Part(partName, o.date, x.documents.count(), (long) fresh.size());
        state.publishPart(staged, part);
        next = manifest.withPart(part);
        timer.done("store", "part " + partName);
      }
      if (next.parts.isEmpty()) {
        throw new NoInputException("the archive " + o.archive + " holds no files and the state is empty");
      }

      Store store = Store.load(spark, state, next);
      String fingerprint = fingerprint(config);
      CheckJob.Carried carried = o.recompute ? null : carried(spark, state, next, fingerprint);
      StoryStage.Grouped stories = CheckJob.stories(store.profiles, config, timer, cached);
      CheckJob.Compared c = CheckJob.compare(store.documents, CheckJob.withStories(store.assertions, stories.stories),
          store.digests, config, conf, timer, cached, carried);
      List<String> partNames = new ArrayList<>();
      next.parts.forEach(p -> partNames.add(p.name));
      // Named by what it covers: a night that adds nothing (or a rerun) finds its results already kept.
      String carriedName = "carried/" + fingerprint + "-" + digest(String.join("\n", partNames));
      Manifest.Carried keep = next.carried;
      if (keep == null || !keep.name.equals(carriedName)) {
        Path carriedStaging = state.staging("carried");
        c.bandEdges.write().parquet(carriedStaging.resolve("edges").toString());
        c.clusters.write().parquet(carriedStaging.resolve("clusters").toString());
        c.groups.write().parquet(carriedStaging.resolve("groups").toString());
        state.publish(carriedStaging, carriedName);
        keep = new Manifest.Carried(carriedName, o.date, partNames, fingerprint);
      }
      timer.done("carry", carried == null ? "full comparison, kept for the next night"
          : "compared what " + String.join(", ", newParts(next, next.carried.parts)) + " touched");

      String previous = next.nightBefore(o.date);
      Map<String, FindingsHistory.Entry> before =
          FindingsHistory.read(previous == null ? null : state.findingsFile(previous));
      Map<String, String> clusterOf = clustersOf(c.clusters, c.findings, before);
      long known = FindingsHistory.carryForward(c.findings, before, id -> clusterOf.getOrDefault(id, id), o.date);
      c.findings.sort(io.crossfact.report.CsvReports.FINDING_ORDER);
      java.util.Set<String> tonight = new java.util.HashSet<>();
      c.findings.forEach(f -> tonight.add(f.getId()));
      long resolved = before.keySet().stream().filter(id -> !tonight.contains(id)).count();
      long newFindings = c.findings.size() - known;

      Path reportStaging = state.staging("report");
      Review review = new Review(o.date, o.triage, o.triageFile, previous == null ? "" : previous, before.keySet(),
          null);
      RunSummary run = OutputStage.write(o.report(reportStaging), config,
          store.documents, c.assertions, c.clusters, stories, c.findings, review, timer, startedAt, spark.version(),
          ArchiveBodies.from(spark, listed, IngestStage.limits(config)));
      long storeDocuments = store.documents.count();
      Manifest committed = next.withNight(o.date).withCarried(keep);
      // Counts of what the committed state holds for this date, not of what this run had to do: a rerun of a
      // committed date (or the resumption of a killed one) writes the same nightly.json.
      NightlyResult result = new NightlyResult(o.date, previous, committed.documentsOn(o.date), storeDocuments,
          newFindings, known, resolved, run);
      writeNightlyJson(reportStaging.resolve("nightly.json"), result, inputFilesOn(spark, state, committed, o.date));

      Path findingsStaged = state.staging("findings").resolve(o.date + ".csv");
      FindingsHistory.write(findingsStaged, c.findings);
      crashPoint("findings");
      Files.createDirectories(o.reports);
      Path target = o.reports.resolve(o.date);
      Path savedTriage = target.resolve(io.crossfact.report.Triage.FILE_NAME);
      if (Files.isRegularFile(savedTriage)) {
        // A reviewer's export saved in this night's folder outlives a rerun of the night (copied, not moved: a
        // crash before the commit leaves it where it was).
        Files.copy(savedTriage, reportStaging.resolve(io.crossfact.report.Triage.FILE_NAME),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      committed = state.commitNight(committed, o.date, findingsStaged, reportStaging, target);
      crashPoint("commit");
      state.completePending(committed, () -> crashPoint("moved-findings"));
      state.removeUncommittedCarried(committed);
      return result;
    } finally {
      // also when the run fails: a failed night must not leave its cached data in a session that lives on (tests,
      // an embedding application); a leak there starves later runs of execution memory
      cached.forEach(Dataset::unpersist);
      if (sizing != null) {
        sizing.close();
      }
    }
  }

  /**
   * Last night's comparison results and the articles stored since, or null when there are none or they were
   * computed with another config or version (then everything is compared afresh).
   */
  static CheckJob.Carried carried(SparkSession spark, StateDir state, Manifest m, String fingerprint) {
    Manifest.Carried c = m.carried;
    if (c == null || !fingerprint.equals(c.fingerprint) || !Files.isDirectory(state.resolve(c.name))) {
      return null;
    }
    Path dir = state.resolve(c.name);
    Dataset<Row> arrived = spark.createDataFrame(new ArrayList<Row>(),
        new org.apache.spark.sql.types.StructType().add("articleId", org.apache.spark.sql.types.DataTypes.StringType));
    for (Manifest.Part p : m.parts) {
      if (!c.parts.contains(p.name)) {
        arrived = arrived.union(spark.read().parquet(state.resolve(p.name).resolve("documents").toString())
            .select("articleId"));
      }
    }
    return new CheckJob.Carried(
        spark.read().parquet(dir.resolve("edges").toString()).as(Encoders.bean(BandEdge.class)),
        spark.read().parquet(dir.resolve("clusters").toString()),
        spark.read().parquet(dir.resolve("groups").toString()).as(Encoders.bean(GroupFinding.class)),
        arrived.distinct());
  }

  /** Archive files ingested on {@code date}: from the manifest, or counted from parts stored before it said. */
  static long inputFilesOn(SparkSession spark, StateDir state, Manifest m, String date) {
    long n = 0;
    for (Manifest.Part p : m.partsOn(date)) {
      n += p.inputFiles != null ? p.inputFiles
          : spark.read().parquet(state.resolve(p.name).resolve("files").toString()).count();
    }
    return n;
  }

  static List<String> newParts(Manifest m, List<String> covered) {
    List<String> out = new ArrayList<>();
    for (Manifest.Part p : m.parts) {
      if (!covered.contains(p.name)) {
        out.add(p.name);
      }
    }
    return out.isEmpty() ? List.of("no new part") : out;
  }

  static String digest(String s) {
    return sha256Hex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), 8);
  }

  /** Config (with its lists), crossfact version and build: carried results are reused only under the same fingerprint. */
  static String fingerprint(CrossfactConfig config) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(config);
      out.writeObject(Versions.crossfact());
      out.writeObject(Versions.build());
    } catch (IOException e) {
      throw new IllegalStateException("cannot fingerprint the config", e);
    }
    return sha256Hex(bytes.toByteArray(), 12);
  }

  /** The first {@code n} bytes of the SHA-256 of {@code data}, in hex. */
  private static String sha256Hex(byte[] data, int n) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data), 0, n);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Archive files whose (path, size, modification time) no committed part has ingested. */
  static List<InputFile> newFiles(SparkSession spark, StateDir state, Manifest m, List<InputFile> listed) {
    if (m.parts.isEmpty() || listed.isEmpty()) {
      return listed;
    }
    Dataset<InputFile> all = spark.createDataset(listed, Encoders.bean(InputFile.class));
    Dataset<Row> seen = spark.read().parquet(paths(state, m, "files"));
    List<InputFile> out = new ArrayList<>(all.join(seen, all.col("path").equalTo(seen.col("path"))
            .and(all.col("length").equalTo(seen.col("length")))
            .and(all.col("modificationTime").equalTo(seen.col("modificationTime"))), "left_anti")
        .as(Encoders.bean(InputFile.class)).collectAsList());
    out.sort(java.util.Comparator.comparing(InputFile::getPath));
    return out;
  }

  /** Copy clusters of the articles that tonight's and last night's findings name (a handful of ids). */
  static Map<String, String> clustersOf(Dataset<Row> clusters, List<Finding> findings,
      Map<String, FindingsHistory.Entry> before) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (Finding f : findings) {
      ids.add(f.getArticleA());
      ids.add(f.getArticleB());
    }
    for (FindingsHistory.Entry e : before.values()) {
      ids.add(e.articleA);
      ids.add(e.articleB);
    }
    ids.remove("");
    Map<String, String> out = new TreeMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Row r : clusters.filter(functions.col("articleId").isin(ids.toArray())).collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  static String[] paths(StateDir state, Manifest m, String dataset) {
    return m.parts.stream().map(p -> state.resolve(p.name).resolve(dataset).toString()).toArray(String[]::new);
  }

  /** The whole store; a document re-ingested in a later part (its file changed) supersedes the earlier one. */
  static final class Store {
    final Dataset<Row> documents;
    final Dataset<Assertion> assertions;
    final Dataset<ArticleDigest> digests;
    /** Story profiles; a part stored before stories existed contributes none (its articles are their own story). */
    final Dataset<io.crossfact.story.StoryProfile> profiles;

    private Store(Dataset<Row> documents, Dataset<Assertion> assertions, Dataset<ArticleDigest> digests,
        Dataset<io.crossfact.story.StoryProfile> profiles) {
      this.documents = documents;
      this.assertions = assertions;
      this.digests = digests;
      this.profiles = profiles;
    }

    static Store load(SparkSession spark, StateDir state, Manifest m) {
      Dataset<Row> docs = null;
      Dataset<Row> asserts = null;
      Dataset<Row> digs = null;
      Dataset<Row> profs = null;
      for (Manifest.Part p : m.parts) {
        Path dir = state.resolve(p.name);
        if (Files.isDirectory(dir.resolve("profiles"))) {
          Dataset<Row> f = spark.read().parquet(dir.resolve("profiles").toString())
              .withColumn("part", functions.lit(p.name));
          profs = profs == null ? f : profs.unionByName(f);
        }
        Dataset<Row> d = spark.read().parquet(dir.resolve("documents").toString())
            .withColumn("part", functions.lit(p.name));
        Dataset<Row> a = spark.read().parquet(dir.resolve("assertions").toString())
            .withColumn("part", functions.lit(p.name));
        Dataset<Row> g = spark.read().parquet(dir.resolve("digests").toString())
            .withColumn("part", functions.lit(p.name));
        docs = docs == null ? d : docs.unionByName(d);
        asserts = asserts == null ? a : asserts.unionByName(a);
        digs = digs == null ? g : digs.unionByName(g);
      }
      Dataset<Row> latest = docs.groupBy("articleId").agg(functions.max("part").as("latestPart"));
      Dataset<Row> keep = latest.select(functions.col("articleId").as("kId"), functions.col("latestPart"));
      Dataset<Row> documents = docs.join(keep, docs.col("articleId").equalTo(keep.col("kId"))
          .and(docs.col("part").equalTo(keep.col("latestPart")))).drop("kId", "latestPart", "part");
      Dataset<Assertion> assertions = asserts.join(keep, asserts.col("articleId").equalTo(keep.col("kId"))
          .and(asserts.col("part").equalTo(keep.col("latestPart")))).drop("kId", "latestPart", "part")
          .as(Encoders.bean(Assertion.class));
      Dataset<ArticleDigest> digests = digs.join(keep, digs.col("articleId").equalTo(keep.col("kId"))
          .and(digs.col("part").equalTo(keep.col("latestPart")))).drop("kId", "latestPart", "part")
          .as(Encoders.bean(ArticleDigest.class));
      Dataset<io.crossfact.story.StoryProfile> profiles = profs == null
          ? spark.emptyDataset(Encoders.bean(io.crossfact.story.StoryProfile.class))
          : profs.join(keep, profs.col("articleId").equalTo(keep.col("kId"))
              .and(profs.col("part").equalTo(keep.col("latestPart")))).drop("kId", "latestPart", "part")
              .as(Encoders.bean(io.crossfact.story.StoryProfile.class));
      return new Store(documents, assertions, digests, profiles);
    }
  }

  private static void writeNightlyJson(Path file, NightlyResult r, long newFiles) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", r.date);
    m.put("previousNight", r.previousNight);
    m.put("newFiles", newFiles);
    m.put("newDocuments", r.newDocuments);
    m.put("storeDocuments", r.storeDocuments);
    m.put("new", r.newFindings);
    m.put("known", r.knownFindings);
    m.put("resolved", r.resolvedFindings);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
  }

  private static void crashPoint(String name) {
    if (name.equals(System.getProperty(CRASH_AT))) {
      System.err.println("crossfact: simulated crash at " + name);
      if ("throw".equals(System.getProperty(CRASH_MODE))) {
        throw new IllegalStateException("simulated kill at " + name);
      }
      Runtime.getRuntime().halt(137);
    }
  }
}
