package io.crossfact.spark;

import io.crossfact.compare.ExpertScorer;
import io.crossfact.compare.FigureComparer;
import io.crossfact.compare.StoryFigureComparer;
import io.crossfact.compare.MinHasher;
import io.crossfact.compare.QuoteComparer;
import io.crossfact.compare.RepublicationDetector;
import io.crossfact.compare.RoleComparer;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Compare: cross-article findings, each type over its own blocking key, never a cartesian join.
 *
 * <p>Skew: inside a group, assertions that say the same thing from the same copy cluster collapse to one
 * representative (10,000 reprints of one wire quote compare as one), and a group is capped at
 * {@code compare.maxGroupSize} representatives in a deterministic order.
 */
public final class CompareStage {
  /** Quote words are blocked on short shingles: quotes are short, so 3-word shingles keep recall. */
  static final int QUOTE_SHINGLE_WORDS = 3;
  static final int QUOTE_HASHES = 24;
  static final int QUOTE_BANDS = 12;

  private CompareStage() {}

  static final java.util.Set<String> NOT_METRICS = java.util.Set.of("age");
  /** Group key prefixes: each names the blocking key and the comparison run on its group. */
  static final String SPEAKER = "s|";
  static final String BAND = "q|";
  static final String METRIC = "m|";
  static final String MASKED = "t|";
  static final String PERSON = "r|";
  static final String CLUSTER = "c|";
  /** Figures of one story, typed metric and subject ({@link StoryFigureComparer}). */
  static final String STORY = "y|";

  /**
   * Every assertion under each of its blocking keys, all finding types at once (one shuffle, not one per type):
   * a quote under its speaker ({@code s|}, quote_drift) and under the LSH bands of its words ({@code q|},
   * quote_misattribution); a figure under metric, unit and scope ({@code m|}) and under its number-masked sentence
   * ({@code t|}, copies whose number changed); a role under its person ({@code r|}).
   */
  public static Dataset<Blocked> block(Dataset<Assertion> assertions, Broadcast<JavaSerialized<CrossfactConfig>> config) {
    return assertions
        .filter(functions.col("kind").isin(Assertion.QUOTE, Assertion.FIGURE, Assertion.ROLE))
        .mapPartitions((MapPartitionsFunction<Assertion, Blocked>) it -> {
          int minWords = config.value().get().getInt(Key.QUOTE_MIN_WORDS);
          return new FlatteningIterator<>(it, a -> keys(a, minWords));
        }, Encoders.bean(Blocked.class));
  }

  static List<Blocked> keys(Assertion a, int minWords) {
    List<Blocked> out = new ArrayList<>();
    switch (a.getKind()) {
      case Assertion.QUOTE: {
        List<String> words = TextNormalizer.words(a.getValue());
        if (words.size() < minWords) {
          break;
        }
        String speaker = a.getSubject().toLowerCase(Locale.ROOT);
        if (!speaker.isEmpty()) {
          out.add(new Blocked(SPEAKER + speaker, a));
        }
        MinHasher h = new MinHasher(QUOTE_HASHES, QUOTE_BANDS, Math.min(QUOTE_SHINGLE_WORDS, words.size()));
        for (String band : h.bandKeys(h.signature(a.getValue()))) {
          out.add(new Blocked(BAND + band, a));
        }
        break;
      }
      case Assertion.FIGURE: {
        // An unknown scope never matches another unknown scope, and an age belongs to a person, not to a
        // metric: neither can conflict across articles, so neither is blocked by metric.
        if (!a.getPredicate().isEmpty() && !a.getScope().isEmpty() && !NOT_METRICS.contains(a.getPredicate())) {
          out.add(new Blocked(METRIC + a.getPredicate() + "|" + a.getUnit() + "|"
              + a.getScope().toLowerCase(Locale.ROOT), a));
        }
        // within a story (set by the story stage; empty = unknown, no such group): one typed metric of one subject
        if (!a.getStory().isEmpty() && !a.getMetricClass().isEmpty() && a.getEvent().isEmpty()) {
          out.add(new Blocked(STORY + a.getStory() + "|" + StoryFigureComparer.groupKey(a), a));
        }
        String masked = maskNumbers(TextNormalizer.wordKey(a.getText()));
        if (!masked.isEmpty()) {
          out.add(new Blocked(MASKED + masked, a));
        }
        break;
      }
      case Assertion.ROLE:
        if (!a.getSubject().isEmpty()) {
          out.add(new Blocked(PERSON + a.getSubject().toLowerCase(Locale.ROOT), a));
        }
        break;
      default:
        break;
    }
    return out;
  }

  /**
   * Compares inside each group, the comparison chosen by the key's prefix. Each quote type comes from one kind of
   * group only: the comparer reports the earliest pair of articles carrying two versions, and that pair must not
   * depend on which other quotes happened to share a group.
   */
  public static Dataset<GroupFinding> compareGroups(Dataset<Blocked> blocked,
      Broadcast<JavaSerialized<CrossfactConfig>> config) {
    int cap = config.value().get().getInt(Key.COMPARE_MAX_GROUP_SIZE);
    return blocked.groupByKey((MapFunction<Blocked, String>) Blocked::getKey, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Blocked, GroupFinding>) (key, it) ->
            compareGroup(config.value().get(), key, it, cap).iterator(), Encoders.bean(GroupFinding.class));
  }

  /** The findings of one blocking group (the distributed and the small-input path share it). */
  static List<GroupFinding> compareGroup(CrossfactConfig c, String key, Iterator<Blocked> it, int cap) {
    List<Assertion> group = representatives(it, sameness(key), cap);
    if (group.size() < 2) {
      return java.util.Collections.emptyList();
    }
    List<GroupFinding> out = new ArrayList<>();
    for (Finding f : compare(c, key, group)) {
      out.add(new GroupFinding(key, f));
    }
    return out;
  }

  static Function<Assertion, String> sameness(String key) {
    if (key.startsWith(SPEAKER) || key.startsWith(BAND)) {
      return Assertion::getSubject;
    }
    if (key.startsWith(PERSON)) {
      return a -> TextNormalizer.normalize(a.getValue());
    }
    return Assertion::getValue;
  }

  static List<Finding> compare(CrossfactConfig c, String key, List<Assertion> group) {
    if (key.startsWith(SPEAKER) || key.startsWith(BAND)) {
      String wanted = key.startsWith(SPEAKER) ? Finding.QUOTE_DRIFT : Finding.QUOTE_MISATTRIBUTION;
      return new QuoteComparer(c).compare(group, wanted);
    }
    if (key.startsWith(PERSON)) {
      return new RoleComparer(c).compare(group);
    }
    if (key.startsWith(STORY)) {
      return new StoryFigureComparer(c).compare(group);
    }
    return new FigureComparer(c).compare(group);
  }

  /** stale_republication over each copy cluster (singletons too: their own text may date them), group {@code c|}. */
  public static Dataset<GroupFinding> republications(Dataset<ArticleDigest> digests,
      Broadcast<JavaSerialized<CrossfactConfig>> config) {
    int cap = config.value().get().getInt(Key.COMPARE_MAX_GROUP_SIZE);
    return digests.groupByKey((MapFunction<ArticleDigest, String>) ArticleDigest::getCluster, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, ArticleDigest, GroupFinding>) (cluster, it) ->
            republications(config.value().get(), cluster, it, cap).iterator(), Encoders.bean(GroupFinding.class));
  }

  /** stale_republication in one copy cluster's digests (the distributed and the small-input path share it). */
  static List<GroupFinding> republications(CrossfactConfig c, String cluster, Iterator<ArticleDigest> it, int cap) {
    List<ArticleDigest> members = new ArrayList<>();
    it.forEachRemaining(members::add);
    // The original and the latest copies matter most: keep the earliest dated members and the latest ones.
    members.sort(Comparator.comparing(ArticleDigest::getPublished).thenComparing(ArticleDigest::getArticleId));
    if (members.size() > cap) {
      List<ArticleDigest> kept = new ArrayList<>(members.subList(0, cap / 2));
      kept.addAll(members.subList(members.size() - cap / 2, members.size()));
      members = kept;
    }
    List<GroupFinding> out = new ArrayList<>();
    for (Finding f : new RepublicationDetector(c).compare(members)) {
      out.add(new GroupFinding(CLUSTER + cluster, f));
    }
    return out;
  }

  /**
   * suspect_expert, per article: its quotes and roles, its content-farm markers, and for each person the number of
   * independent copy clusters that mention them anywhere in the corpus.
   */
  public static Dataset<Finding> experts(Dataset<Assertion> assertions, Dataset<Row> articleMarkers,
      Broadcast<JavaSerialized<CrossfactConfig>> config) {
    // quotes the extraction gave nobody come too: the scorer reads a titled name from their own sentence
    Dataset<Assertion> people = assertions.filter(functions.col("kind").equalTo(Assertion.QUOTE)
        .or(functions.col("kind").equalTo(Assertion.ROLE).and(functions.col("subject").notEqual(""))));
    Dataset<Row> mentions = people.filter(functions.col("subject").notEqual(""))
        .select(functions.lower(functions.col("subject")).as("person"), functions.col("cluster"))
        .distinct()
        .groupBy("person").agg(functions.count("*").as("clusters"));
    Dataset<ExpertInput> counted = people
        .joinWith(mentions, functions.lower(people.col("subject")).equalTo(mentions.col("person")), "left_outer")
        .map((MapFunction<scala.Tuple2<Assertion, Row>, ExpertInput>) t ->
            new ExpertInput(t._1(), t._2() == null ? 0 : t._2().getLong(1), ""), Encoders.bean(ExpertInput.class));
    Dataset<ExpertInput> inputs = counted
        .joinWith(articleMarkers, counted.col("assertion.articleId").equalTo(articleMarkers.col("articleId")))
        .map((MapFunction<scala.Tuple2<ExpertInput, Row>, ExpertInput>) t ->
            new ExpertInput(t._1().getAssertion(), t._1().getClusters(), t._2().getString(1)),
            Encoders.bean(ExpertInput.class));
    return inputs.groupByKey((MapFunction<ExpertInput, String>) e -> e.getAssertion().getArticleId(), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, ExpertInput, Finding>) (id, it) ->
            experts(config.value().get(), it).iterator(), Encoders.bean(Finding.class));
  }

  /** suspect_expert in one article's inputs (the distributed and the small-input path share it). */
  static List<Finding> experts(CrossfactConfig c, Iterator<ExpertInput> it) {
    List<Assertion> list = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    String markers = "";
    while (it.hasNext()) {
      ExpertInput e = it.next();
      list.add(e.getAssertion());
      counts.put(e.getAssertion().getSubject().toLowerCase(Locale.ROOT), (int) e.getClusters());
      markers = e.getMarkers();
    }
    list.sort(Comparator.comparingInt(Assertion::getStart).thenComparing(Assertion::getKind));
    return new ExpertScorer(c).score(markers, list, name -> counts.getOrDefault(name.toLowerCase(Locale.ROOT), 0));
  }

  /** One finding per id, chosen deterministically when several blocking groups produced it. */
  public static Dataset<Finding> distinct(Dataset<Finding> findings) {
    return findings.groupByKey((MapFunction<Finding, String>) Finding::getId, Encoders.STRING())
        .reduceGroups((ReduceFunction<Finding>) CompareStage::preferred)
        .map((MapFunction<scala.Tuple2<String, Finding>, Finding>) scala.Tuple2::_2, Encoders.bean(Finding.class));
  }

  /**
   * Of two findings with one id, the one to keep: the higher score, then the smaller values and explanation, then
   * every other written field in turn. A total order on what is written, so the choice never depends on the order
   * in which a reduction meets them (with 8 or 32 shuffle partitions, 11 of 1.2 million findings at 200k kept a
   * different sentence of the same article as evidence when the order stopped at the explanation).
   */
  static Finding preferred(Finding a, Finding b) {
    int c = Double.compare(b.getScore(), a.getScore());
    if (c == 0) {
      c = (a.getValueA() + a.getValueB() + a.getExplanation()).compareTo(b.getValueA() + b.getValueB() + b.getExplanation());
    }
    if (c == 0) {
      c = TIES.compare(a, b);
    }
    return c <= 0 ? a : b;
  }

  /** The written fields {@link #preferred} reads after score, values and explanation. */
  static final Comparator<Finding> TIES = Comparator.comparing(Finding::getEvidenceA)
      .thenComparing(Finding::getEvidenceB)
      .thenComparingInt(Finding::getStartA).thenComparingInt(Finding::getEndA)
      .thenComparingInt(Finding::getStartB).thenComparingInt(Finding::getEndB)
      .thenComparing(Finding::getArticleA).thenComparing(Finding::getArticleB)
      .thenComparing(Finding::getSourceA).thenComparing(Finding::getSourceB)
      .thenComparing(Finding::getPublishedA).thenComparing(Finding::getPublishedB)
      .thenComparing(Finding::getUrlA).thenComparing(Finding::getUrlB)
      .thenComparing(Finding::getSubject).thenComparing(Finding::getKey).thenComparing(Finding::getType)
      .thenComparing(Finding::getSeverity).thenComparing(Finding::getSignals).thenComparing(Finding::getValueA)
      .thenComparing(Finding::getValueB).thenComparing(Finding::getExplanation);

  /**
   * Collapses assertions that say the same thing (same speaker/value signature, same normalized words) within one
   * copy cluster to the earliest, then caps the group in a deterministic order.
   */
  static List<Assertion> representatives(Iterator<Blocked> it, Function<Assertion, String> sameness, int cap) {
    Map<String, Assertion> reps = new LinkedHashMap<>();
    while (it.hasNext()) {
      Assertion a = it.next().getAssertion();
      String k = a.getCluster() + "\u0001" + sameness.apply(a) + "\u0001" + TextNormalizer.wordKey(a.getValue())
          + "\u0001" + a.getScope() + "\u0001" + a.getPeriod();
      Assertion prev = reps.get(k);
      if (prev == null || ORDER.compare(a, prev) < 0) {
        reps.put(k, a);
      }
    }
    List<Assertion> out = new ArrayList<>(reps.values());
    out.sort(ORDER);
    return out.size() > cap ? new ArrayList<>(out.subList(0, cap)) : out;
  }

  static final Comparator<Assertion> ORDER = Comparator.comparing(Assertion::getPublished)
      .thenComparing(Assertion::getArticleId).thenComparingInt(Assertion::getStart);

  /** Digits replaced by one placeholder, so "4,200 displaced" and "42,000 displaced" share a key. */
  static String maskNumbers(String words) {
    return words.replaceAll("[0-9][0-9.,]*", "#");
  }
}
