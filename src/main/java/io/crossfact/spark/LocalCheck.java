package io.crossfact.spark;

import io.crossfact.compare.MinHasher;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.report.CsvReports;
import io.crossfact.report.RunSummary;
import io.crossfact.story.StoryProfile;
import io.crossfact.story.StorySettings;
import io.crossfact.story.StorySummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * {@code check} on a small input: the one pass ({@link PassStage}) runs on Spark's tasks as for any input, then its
 * rows (metadata, assertions, digests, profiles; the text only deflated) are collected to the driver once, and
 * stories, copies, comparison and the CSV files run there, through the same core functions as the distributed
 * stages ({@link StoryStage#groupLocal}, {@link CopyClusterStage#link}, {@link CompareStage#compareGroup},
 * {@link CompareStage#republications}, {@link CompareStage#experts}, {@link CompareStage#preferred}), with the same
 * orders, so every output is the same. On the bundled examples the distributed stages after the pass ran about 25
 * Spark jobs whose planning cost seconds for a few hundred rows.
 *
 * <p>The one agreed exception to "never collect the corpus to the driver": only when the input files hold at most
 * {@code InputSizing.SMALL_INPUT_BYTES} (8 MB, {@link InputSizing#small}), and only CSV output (the Parquet and
 * JSON tables are Spark's writers). A larger input, {@code --format parquet|json}, and {@code nightly} take the
 * distributed path unchanged. So does a small input whose compressed files decode to more text than
 * {@link #MAX_TEXT_CHARS}, and one in which two ok documents keep one id (two rows of one id in one file: the
 * distributed joins on article id multiply their rows, which this path does not reproduce).
 */
final class LocalCheck {
  private LocalCheck() {}

  /** Whether a check of {@code files} may run on the driver after its pass. */
  static boolean applies(List<InputFile> files, CheckOptions options) {
    return InputSizing.small(files) && !TableStage.any(options.formats);
  }

  /**
   * Runs the check after the pass on the driver; null (nothing written, nothing timed but the pass's collect) when
   * two ok documents keep one id, so the caller takes the distributed path.
   */
  static RunSummary run(SparkSession spark, List<InputFile> files, Broadcast<JavaSerialized<CrossfactConfig>> conf,
      CrossfactConfig config, CheckOptions options, Review review, StageTimer timer, String startedAt)
      throws IOException {
    return run(spark, files, conf, config, options, review, timer, startedAt, MAX_TEXT_CHARS);
  }

  /**
   * The decoded text (characters) the pass may read before its rows go to the driver: 8 times the small-input bytes.
   * The gate counts stored bytes, and a few MB of gzip can hold gigabytes of articles; past this budget the pass's
   * tasks stop and the distributed stages run instead (every uncompressed input under the gate stays under it).
   */
  static final long MAX_TEXT_CHARS = 8 * InputSizing.SMALL_INPUT_BYTES;

  /** As above, with a budget of decoded text in characters ({@code maxChars}); null also past the budget. */
  static RunSummary run(SparkSession spark, List<InputFile> files, Broadcast<JavaSerialized<CrossfactConfig>> conf,
      CrossfactConfig config, CheckOptions options, Review review, StageTimer timer, String startedAt,
      long maxChars) throws IOException {
    int partitions = InputSizing.partitions(InputSizing.bytes(files), config.getInt(Key.SPARK_SHUFFLE_PARTITIONS));
    List<ProcessedDocument> docs;
    try {
      docs = PassStage.collect(spark, files, partitions, IngestStage.limits(config), conf, maxChars);
    } catch (Exception e) { // Spark's SparkException, thrown unchecked through the Java API
      if (overBudget(e)) {
        return null;
      }
      throw e;
    }
    Map<String, String> keepers = duplicateKeepers(docs);
    quarantineDuplicates(docs, keepers);
    if (!uniqueOkIds(docs)) {
      return null;
    }
    long assertionCount = 0;
    for (ProcessedDocument p : docs) {
      assertionCount += p.getAssertions().size();
    }
    timer.done("pass", docs.size() + " documents read and extracted, " + assertionCount + " assertions"
        + (keepers.isEmpty() ? "" : ", " + keepers.size() + " duplicated ids"));

    Result r = afterPass(docs, config, timer);
    return OutputStage.writeSorted(options, config, r.articles.iterator(), r.assertions.iterator(),
        r.stories.iterator(), r.findings, review, timer, startedAt, spark.version(), bodies(docs));
  }

  /** What the driver computes from the pass's rows: the four files' sorted rows and the copy links' count. */
  static final class Result {
    final List<ArticleSummary> articles;
    final List<Assertion> assertions;
    final List<StorySummary> stories;
    final List<Finding> findings;
    final long copyLinks;

    Result(List<ArticleSummary> articles, List<Assertion> assertions, List<StorySummary> stories,
        List<Finding> findings, long copyLinks) {
      this.articles = articles;
      this.assertions = assertions;
      this.stories = stories;
      this.findings = findings;
      this.copyLinks = copyLinks;
    }
  }

  /**
   * Stories, copies, comparison and the CSV rows from the pass's rows (duplicates already quarantined, ok ids
   * unique), in the order and with the values the distributed stages give.
   */
  static Result afterPass(List<ProcessedDocument> docs, CrossfactConfig config, StageTimer timer) {
    List<Assertion> assertions = new ArrayList<>();
    List<ArticleDigest> digests = new ArrayList<>();
    List<StoryProfile> profiles = new ArrayList<>();
    for (ProcessedDocument p : docs) {
      assertions.addAll(p.getAssertions());
      if (p.getDigest() != null) {
        digests.add(p.getDigest());
      }
      if (p.getProfile() != null) {
        profiles.add(p.getProfile());
      }
    }
    // stories (CheckJob.withStories: an article without a story gets "", an attached orphan its own id)
    StoryStage.Local stories = StoryStage.groupLocal(profiles, StorySettings.from(config));
    for (Assertion a : assertions) {
      a.setStory(stories.comparedIn(a.getArticleId()));
    }
    timer.done("stories", "grouped");
    // copies (CopyClusterStage.members, link, distinctEdges, clusters)
    long[] links = new long[1];
    Map<String, String> clusterOf = clusters(digests, config, links);
    for (ArticleDigest d : digests) {
      d.setCluster(clusterOf.getOrDefault(d.getArticleId(), d.getArticleId()));
    }
    for (Assertion a : assertions) {
      a.setCluster(clusterOf.getOrDefault(a.getArticleId(), a.getArticleId()));
    }
    timer.done("copies", links[0] + " copy links");
    List<Finding> findings = findings(docs, assertions, digests, config);
    timer.done("compare", findings.size() + " findings");

    Map<String, Long> counts = new HashMap<>();
    for (Assertion a : assertions) {
      counts.merge(a.getArticleId(), 1L, Long::sum);
    }
    List<ArticleSummary> articles = new ArrayList<>();
    for (ProcessedDocument p : docs) {
      ArticleSummary s = new ArticleSummary();
      s.setArticleId(p.getArticleId());
      s.setSource(p.getSource());
      s.setUrl(p.getUrl());
      s.setPublished(p.getPublished());
      s.setTitle(p.getTitle());
      s.setStatus(p.getStatus());
      s.setReason(p.getReason());
      s.setChars(p.getChars());
      s.setPath(p.getPath());
      s.setFormat(p.getFormat());
      // joined on article id, as OutputStage joins the counts, clusters and stories
      s.setAssertions(counts.getOrDefault(p.getArticleId(), 0L));
      s.setCluster(clusterOf.getOrDefault(p.getArticleId(), ""));
      s.setStory(stories.storyOf.getOrDefault(p.getArticleId(), ""));
      articles.add(s);
    }
    articles.sort(Comparator.comparing(ArticleSummary::getArticleId, LocalCheck::bySparkOrder)
        .thenComparing(ArticleSummary::getPath, LocalCheck::bySparkOrder));
    List<Assertion> sortedAssertions = new ArrayList<>(assertions);
    sortedAssertions.sort(Comparator.comparing(Assertion::getArticleId, LocalCheck::bySparkOrder)
        .thenComparingInt(Assertion::getStart).thenComparing(Assertion::getKind, LocalCheck::bySparkOrder)
        .thenComparingInt(Assertion::getEnd).thenComparing(Assertion::getValue, LocalCheck::bySparkOrder));
    List<StorySummary> summaries = new ArrayList<>(stories.summaries);
    summaries.sort(Comparator.comparing(StorySummary::getStory, LocalCheck::bySparkOrder));
    return new Result(articles, sortedAssertions, summaries, findings, links[0]);
  }

  /**
   * Article id to copy cluster (the smallest id of its component) for every digest; {@code links[0]}: the
   * distinct verified links.
   */
  static Map<String, String> clusters(List<ArticleDigest> digests, CrossfactConfig config, long[] links) {
    int hashes = config.getInt(Key.COPIES_NUM_HASHES);
    int bands = config.getInt(Key.COPIES_BANDS);
    int shingle = config.getInt(Key.COPIES_SHINGLE_WORDS);
    double min = config.getDouble(Key.COPIES_MIN_SIMILARITY);
    int cap = config.getInt(Key.COMPARE_MAX_GROUP_SIZE);
    MinHasher h = new MinHasher(hashes, bands, shingle);
    Map<String, List<BandMember>> buckets = new LinkedHashMap<>();
    for (ArticleDigest d : digests) {
      if (d.getSignature() == null || d.getSignature().length == 0) {
        continue;
      }
      for (String band : h.bandKeys(d.getSignature())) {
        buckets.computeIfAbsent(band, b -> new ArrayList<>())
            .add(new BandMember(band, d.getArticleId(), d.getSignature()));
      }
    }
    Set<String> pairs = new HashSet<>();
    CopyClusterStage.UnionFind uf = new CopyClusterStage.UnionFind();
    long n = 0;
    for (List<BandMember> bucket : buckets.values()) {
      for (Edge e : CopyClusterStage.link(bucket.iterator(), min, cap)) {
        if (pairs.add(e.getSrc() + "\u0000" + e.getDst())) {
          uf.union(e.getSrc(), e.getDst());
          n++;
        }
      }
    }
    links[0] = n;
    Map<String, String> labels = uf.labels();
    Map<String, String> out = new HashMap<>();
    for (ArticleDigest d : digests) {
      out.put(d.getArticleId(), labels.getOrDefault(d.getArticleId(), d.getArticleId()));
    }
    return out;
  }

  /**
   * The findings, sorted: every blocking group's, every copy cluster's republications and every article's suspect
   * experts (CheckJob.compare's union, in its order), one per id ({@link CompareStage#preferred}).
   */
  static List<Finding> findings(List<ProcessedDocument> docs, List<Assertion> assertions,
      List<ArticleDigest> digests, CrossfactConfig config) {
    int minWords = config.getInt(Key.QUOTE_MIN_WORDS);
    int cap = config.getInt(Key.COMPARE_MAX_GROUP_SIZE);
    List<Finding> all = new ArrayList<>();
    Map<String, List<Blocked>> groups = new LinkedHashMap<>();
    for (Assertion a : assertions) {
      if (Assertion.QUOTE.equals(a.getKind()) || Assertion.FIGURE.equals(a.getKind())
          || Assertion.ROLE.equals(a.getKind())) {
        for (Blocked b : CompareStage.keys(a, minWords)) {
          groups.computeIfAbsent(b.getKey(), k -> new ArrayList<>()).add(b);
        }
      }
    }
    groups.forEach((key, members) ->
        CompareStage.compareGroup(config, key, members.iterator(), cap).forEach(g -> all.add(g.getFinding())));
    Map<String, List<ArticleDigest>> byCluster = new LinkedHashMap<>();
    for (ArticleDigest d : digests) {
      byCluster.computeIfAbsent(d.getCluster(), c -> new ArrayList<>()).add(d);
    }
    byCluster.forEach((cluster, members) ->
        CompareStage.republications(config, cluster, members.iterator(), cap).forEach(g -> all.add(g.getFinding())));
    all.addAll(experts(docs, assertions, config));

    Map<String, Finding> byId = new LinkedHashMap<>();
    for (Finding f : all) {
      byId.merge(f.getId(), f, CompareStage::preferred);
    }
    List<Finding> sorted = new ArrayList<>(byId.values());
    sorted.sort(CsvReports.FINDING_ORDER);
    return sorted;
  }

  /** CompareStage.experts on the driver: per article, its people with the number of clusters naming each. */
  static List<Finding> experts(List<ProcessedDocument> docs, List<Assertion> assertions, CrossfactConfig config) {
    Map<String, String> markers = new HashMap<>();
    for (ProcessedDocument p : docs) {
      if (Article.OK.equals(p.getStatus())) {
        markers.put(p.getArticleId(), p.getMarkers());
      }
    }
    List<Assertion> people = new ArrayList<>();
    Map<String, Set<String>> clustersNaming = new HashMap<>();
    for (Assertion a : assertions) {
      if (Assertion.QUOTE.equals(a.getKind())
          || Assertion.ROLE.equals(a.getKind()) && !a.getSubject().isEmpty()) {
        people.add(a);
        if (!a.getSubject().isEmpty()) {
          clustersNaming.computeIfAbsent(a.getSubject().toLowerCase(Locale.ROOT), x -> new HashSet<>())
              .add(a.getCluster());
        }
      }
    }
    Map<String, List<ExpertInput>> byArticle = new LinkedHashMap<>();
    for (Assertion a : people) {
      String m = markers.get(a.getArticleId());
      if (m == null) {
        continue; // the distributed stage joins on the ok documents' markers
      }
      Set<String> c = clustersNaming.get(a.getSubject().toLowerCase(Locale.ROOT));
      byArticle.computeIfAbsent(a.getArticleId(), x -> new ArrayList<>())
          .add(new ExpertInput(a, c == null ? 0 : c.size(), m));
    }
    List<Finding> out = new ArrayList<>();
    byArticle.values().forEach(inputs -> out.addAll(CompareStage.experts(config, inputs.iterator())));
    return out;
  }

  /** Whether a failed pass stopped at the budget of decoded text (the task's message, anywhere in the chain). */
  static boolean overBudget(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(PassStage.TOO_LARGE_FOR_THE_DRIVER)) {
        return true;
      }
    }
    return false;
  }

  /** {@link IngestStage#duplicateKeepers} on the driver: ids of several ok-after-reading rows, to the least path. */
  static Map<String, String> duplicateKeepers(List<ProcessedDocument> docs) {
    Map<String, Integer> n = new HashMap<>();
    Map<String, String> least = new HashMap<>();
    for (ProcessedDocument p : docs) {
      if (p.isReadOk()) {
        n.merge(p.getArticleId(), 1, Integer::sum);
        least.merge(p.getArticleId(), p.getPath(), (x, y) -> bySparkOrder(x, y) <= 0 ? x : y);
      }
    }
    Map<String, String> keepers = new TreeMap<>();
    n.forEach((id, count) -> {
      if (count > 1) {
        keepers.put(id, least.get(id));
      }
    });
    return keepers;
  }

  /** {@link PassStage#quarantineDuplicates} on the driver. */
  static void quarantineDuplicates(List<ProcessedDocument> docs, Map<String, String> keepers) {
    for (ProcessedDocument p : docs) {
      String keeper = keepers.get(p.getArticleId());
      if (keeper != null && p.isReadOk() && !keeper.equals(p.getPath())) {
        p.quarantine(IngestStage.duplicateReason(keeper));
        p.setMarkers("");
      }
    }
  }

  /** Whether no two ok documents share an id (the distributed joins on id would multiply their rows). */
  static boolean uniqueOkIds(List<ProcessedDocument> docs) {
    Set<String> seen = new HashSet<>();
    for (ProcessedDocument p : docs) {
      if (p.isOk() && !seen.add(p.getArticleId())) {
        return false;
      }
    }
    return true;
  }

  /** report.html's whole texts of copies, from the collected rows ({@link PassStage#bodies} on the driver). */
  static OutputStage.BodySource bodies(List<ProcessedDocument> docs) {
    return pathById -> {
      Map<String, String> out = new TreeMap<>();
      for (ProcessedDocument p : docs) {
        if (pathById.containsKey(p.getArticleId()) && p.getPackedText() != null) {
          out.putIfAbsent(p.getArticleId(), PassStage.unpack(p.getPackedText()));
        }
      }
      return out;
    };
  }

  /** Strings as Spark orders them: by code point (UTF-8 bytes), not by UTF-16 unit as String.compareTo. */
  static int bySparkOrder(String x, String y) {
    return DigestStage.byCodePoint(x, y);
  }
}
