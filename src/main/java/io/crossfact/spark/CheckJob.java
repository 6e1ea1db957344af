package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.report.RunSummary;
import io.crossfact.story.StoryProfile;
import io.crossfact.story.StorySettings;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * {@code crossfact check}: input files to the contract's five output files.
 *
 * <p>Reads as its list of stages: list, ingest, extract, copies, compare, write. Ingest and extract are
 * materialized (persisted and counted) before the next stage, so the log and run.json time each one; stories and
 * copies run no query only for their log line (a small input pays more for each query than for its rows), so part
 * of their work is timed in the stage that first reads them.
 */
public final class CheckJob {
  private CheckJob() {}

  public static RunSummary run(SparkSession spark, CheckOptions options, CrossfactConfig config) throws IOException {
    return run(spark, options, config, Review.none(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
  }

  public static RunSummary run(SparkSession spark, CheckOptions options, CrossfactConfig config, Review review)
      throws IOException {
    return run(spark, options, config, review, true);
  }

  /**
   * As above; {@code driverAfterPass}: a small input may run its stages after the pass on the driver
   * ({@link LocalCheck}, the same outputs); false forces the distributed stages (tests hold the two to each other).
   */
  static RunSummary run(SparkSession spark, CheckOptions options, CrossfactConfig config, Review review,
      boolean driverAfterPass) throws IOException {
    String startedAt = Instant.now().toString();
    StageTimer timer = new StageTimer();
    Broadcast<JavaSerialized<CrossfactConfig>> conf = SparkSessions.broadcast(spark, config);
    List<Dataset<?>> cached = new ArrayList<>();

    List<InputFile> files = IngestStage.listInputs(spark, options.inputs);
    if (files.isEmpty()) {
      throw new NoInputException("no input files under " + String.join(", ", options.inputs));
    }
    timer.done("list", files.size() + " input files");

    try (InputSizing sizing = InputSizing.apply(spark, config, InputSizing.bytes(files))) {
      if (driverAfterPass && LocalCheck.applies(files, options)) { // a small input: after the pass, on the driver (same outputs)
        RunSummary local = LocalCheck.run(spark, files, conf, config, options, review, timer, startedAt);
        if (local != null) {
          return local;
        }
      }
      Extracted x = ingestAndExtract(spark, files, conf, config, timer, cached);
      StoryStage.Grouped stories = stories(x.profiles, config, timer, cached, InputSizing.small(files));
      Compared c = compare(x.documents, withStories(x.assertions, stories.stories), x.digests, config, conf, timer,
          cached);
      return OutputStage.write(options, config, x.documents, c.assertions, c.clusters, stories,
          c.findings, review, timer, startedAt, spark.version(), x.bodies);
    } finally {
      cached.forEach(Dataset::unpersist); // also when the run fails, as NightlyJob does
    }
  }

  /** What the first half of the pipeline yields: document metadata, assertions and digests (not yet clustered). */
  static final class Extracted {
    final Dataset<Row> documents;
    final Dataset<Assertion> assertions;
    final Dataset<ArticleDigest> digests;
    /** Story profiles of the ok articles (names, key terms, years; no text). */
    final Dataset<StoryProfile> profiles;
    /** report.html's whole-text diffs of copies: the texts of the few articles it shows, fetched by id. */
    OutputStage.BodySource bodies;

    Extracted(Dataset<Row> documents, Dataset<Assertion> assertions, Dataset<ArticleDigest> digests,
        Dataset<StoryProfile> profiles) {
      this.documents = documents;
      this.assertions = assertions;
      this.digests = digests;
      this.profiles = profiles;
    }
  }

  /**
   * Stories over the given (whole) corpus: each article's story id ({@code stories}: articleId, story) and each
   * story's summary. A comparison can join {@code stories} on article id to group reports of one event.
   */
  static StoryStage.Grouped stories(Dataset<StoryProfile> profiles, CrossfactConfig config, StageTimer timer,
      List<Dataset<?>> cached) {
    return stories(profiles, config, timer, cached, false);
  }

  /** As above; {@code small}: the input is small enough to group its profiles on the driver (same stories). */
  static StoryStage.Grouped stories(Dataset<StoryProfile> profiles, CrossfactConfig config, StageTimer timer,
      List<Dataset<?>> cached, boolean small) {
    StorySettings settings = StorySettings.from(config);
    StoryStage.Grouped g = small ? StoryStage.groupInMemory(profiles, settings) : StoryStage.group(profiles, settings);
    cached.addAll(g.persisted); // released with the run's other cached stages
    if (!small) {
      // the stories' plan (vectors, blocks, candidates, links, components, orphans: a dozen joins and groupings) is
      // cut here, as the ids it yields are all later stages need: with it, every later query carried that plan, and
      // the driver rewrote the whole tree as text at each adaptive re-plan (the comparison's wall time doubled).
      // A checkpoint directory set on the context (a cluster's HDFS) makes the cut survive a lost executor.
      Dataset<Row> cut = profiles.sparkSession().sparkContext().getCheckpointDir().isDefined()
          ? g.stories.checkpoint(true) : g.stories.localCheckpoint(true);
      g = new StoryStage.Grouped(cut, g.summaries, g.persisted);
    }
    // no count of its own (four Spark jobs on the examples): write-csv's line says how many stories.csv holds
    timer.done("stories", "grouped");
    return g;
  }

  /**
   * Each assertion with its article's story id ({@code stories}: articleId, story, attached; empty when the article
   * has none), so figures of independent reports of one event meet in one comparison group. An article that joined
   * its story as an orphan ({@code attached}, {@code story.StoryOrphans}) is read in its story but compared as a
   * story of its own: one best candidate is too little to stake a figure conflict on (on PolNeAR's independent
   * articles, topical neighbours about three different attacks).
   */
  static Dataset<Assertion> withStories(Dataset<Assertion> assertions, Dataset<Row> stories) {
    Dataset<Row> s = stories.select(functions.col("articleId").as("storyArticleId"),
        functions.when(functions.col("attached"), functions.col("articleId")).otherwise(functions.col("story"))
            .as("storyId"));
    return assertions.drop("story")
        .join(s, functions.col("articleId").equalTo(functions.col("storyArticleId")), "left_outer")
        .withColumn("story", functions.coalesce(functions.col("storyId"), functions.lit("")))
        .drop("storyArticleId", "storyId")
        .as(Encoders.bean(Assertion.class));
  }

  /** What the second half yields: clusters, clustered assertions and the sorted findings. */
  static final class Compared {
    final Dataset<Row> clusters;
    final Dataset<Assertion> assertions;
    final List<Finding> findings;
    /** Copy links per LSH bucket and findings per comparison group: what a nightly run keeps for the next. */
    final Dataset<BandEdge> bandEdges;
    final Dataset<GroupFinding> groups;

    Compared(Dataset<Row> clusters, Dataset<Assertion> assertions, List<Finding> findings,
        Dataset<BandEdge> bandEdges, Dataset<GroupFinding> groups) {
      this.clusters = clusters;
      this.assertions = assertions;
      this.findings = findings;
      this.bandEdges = bandEdges;
      this.groups = groups;
    }
  }

  /**
   * What the previous night computed over the store as it was then, and which articles have arrived since. With
   * it, only LSH buckets and comparison groups that hold an arrived (or re-clustered) article are recomputed; every
   * other bucket's links and group's findings are carried, which gives the result of a full comparison.
   */
  static final class Carried {
    final Dataset<BandEdge> bandEdges;
    final Dataset<Row> clusters;
    final Dataset<GroupFinding> groups;
    /** {@code articleId} of every document stored since that night (new or re-ingested). */
    final Dataset<Row> arrived;

    Carried(Dataset<BandEdge> bandEdges, Dataset<Row> clusters, Dataset<GroupFinding> groups, Dataset<Row> arrived) {
      this.bandEdges = bandEdges;
      this.clusters = clusters;
      this.groups = groups;
      this.arrived = arrived;
    }
  }

  /**
   * Ingest and extract in one pass ({@link PassStage}): files to documents (ok or quarantined), assertions, digests
   * and story profiles. The pass runs once (persisted, without any text); the duplicate-id check is its one action.
   */
  static Extracted ingestAndExtract(SparkSession spark, List<InputFile> files,
      Broadcast<JavaSerialized<CrossfactConfig>> conf, CrossfactConfig config, StageTimer timer,
      List<Dataset<?>> cached) {
    int partitions = InputSizing.partitions(InputSizing.bytes(files), config.getInt(Key.SPARK_SHUFFLE_PARTITIONS));
    LongAccumulator documents = spark.sparkContext().longAccumulator("documents");
    LongAccumulator assertions = spark.sparkContext().longAccumulator("assertions");
    Dataset<ProcessedDocument> pass = keep(cached, PassStage.pass(spark, files, partitions,
        IngestStage.limits(config), conf, documents, assertions));
    java.util.Map<String, String> keepers = PassStage.duplicateKeepers(pass);
    Dataset<ProcessedDocument> processed = keepers.isEmpty() ? pass
        : keep(cached, PassStage.quarantineDuplicates(pass, keepers));
    timer.done("pass", documents.value() + " documents read and extracted, " + assertions.value() + " assertions"
        + (keepers.isEmpty() ? "" : ", " + keepers.size() + " duplicated ids"));

    Extracted x = new Extracted(PassStage.documents(processed), PassStage.assertions(processed),
        PassStage.digests(processed), PassStage.profiles(processed));
    x.bodies = PassStage.bodies(processed);
    return x;
  }

  /** Copies and comparison over the given (whole) corpus. */
  static Compared compare(Dataset<Row> documents, Dataset<Assertion> unclusteredAssertions,
      Dataset<ArticleDigest> unclustered, CrossfactConfig config, Broadcast<JavaSerialized<CrossfactConfig>> conf,
      StageTimer timer, List<Dataset<?>> cached) {
    return compare(documents, unclusteredAssertions, unclustered, config, conf, timer, cached, null);
  }

  /**
   * Copies and comparison over the given (whole) corpus; with {@code carried}, only what the arrived articles touch
   * is recomputed.
   */
  static Compared compare(Dataset<Row> documents, Dataset<Assertion> unclusteredAssertions,
      Dataset<ArticleDigest> unclustered, CrossfactConfig config, Broadcast<JavaSerialized<CrossfactConfig>> conf,
      StageTimer timer, List<Dataset<?>> cached, Carried carried) {
    Dataset<BandMember> members = CopyClusterStage.members(unclustered, config);
    Dataset<Row> touchedBands = null;
    if (carried != null) {
      touchedBands = keep(cached, IncrementalStage.touchedBands(members, carried.bandEdges,
          carried.arrived));
      members = IncrementalStage.within(members, "band", touchedBands);
    }
    Dataset<BandEdge> bandEdges = CopyClusterStage.link(members, config);
    if (carried != null) {
      bandEdges = bandEdges.union(IncrementalStage.outside(carried.bandEdges, "band", touchedBands));
    }
    bandEdges = keep(cached, bandEdges);
    // the links are read once, into the driver's union-find, which counts them; no query only for the log (the
    // number of independent texts is on write-csv's line)
    long[] copies = new long[1];
    Dataset<Row> clusters = keep(cached, CopyClusterStage.clusters(unclustered,
        CopyClusterStage.distinctEdges(bandEdges), copies));
    Dataset<ArticleDigest> digests = keep(cached, DigestStage.withClusters(unclustered, clusters));
    Dataset<Assertion> assertions = keep(cached,
        DigestStage.assertionsWithClusters(unclusteredAssertions, clusters));
    timer.done("copies", copies[0] + " copy links"
        + (carried == null ? "" : ", " + touchedBands.count() + " buckets recomputed"));

    Dataset<Blocked> blocked = CompareStage.block(assertions, conf);
    Dataset<ArticleDigest> clustersToCompare = digests;
    Dataset<Row> touchedGroups = null;
    if (carried != null) {
      Dataset<Row> touched = keep(cached, IncrementalStage.touchedArticles(carried.arrived, clusters, carried.clusters));
      touchedGroups = keep(cached, IncrementalStage.touchedGroups(
          CompareStage.block(IncrementalStage.ofArticles(assertions, touched), conf), digests, carried.clusters,
          carried.groups, touched));
      // A story's id and members can change with any arrival (stories are regrouped over the whole store each
      // night), so story groups are always compared afresh and never carried; every other group is incremental.
      Column story = functions.col("key").startsWith(CompareStage.STORY);
      blocked = IncrementalStage.within(blocked.filter(functions.not(story)), "key", touchedGroups)
          .union(blocked.filter(story));
      clustersToCompare = IncrementalStage.inClusters(digests, touchedGroups);
    }
    Dataset<GroupFinding> groups = CompareStage.compareGroups(blocked, conf)
        .union(CompareStage.republications(clustersToCompare, conf));
    if (carried != null) {
      groups = groups.union(IncrementalStage.outside(carried.groups, "group", touchedGroups)
          .filter(functions.not(functions.col("group").startsWith(CompareStage.STORY))));
    }
    groups = keep(cached, groups);
    Dataset<Row> markers = documents.filter(functions.col("status").equalTo(Article.OK))
        .select(functions.col("articleId"), functions.col("markers"));
    Dataset<Finding> findings = CompareStage.distinct(
        groups.map((MapFunction<GroupFinding, Finding>) GroupFinding::getFinding, Encoders.bean(Finding.class))
            .union(CompareStage.experts(assertions, markers, conf)));
    List<Finding> sorted = OutputStage.sortedFindings(findings);
    timer.done("compare", sorted.size() + " findings"
        + (carried == null ? "" : ", " + touchedGroups.count() + " groups recomputed"));
    return new Compared(clusters, assertions, sorted, bandEdges, groups);
  }

  private static <T> Dataset<T> keep(List<Dataset<?>> cached, Dataset<T> d) {
    Dataset<T> p = d.persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(p);
    return p;
  }
}
