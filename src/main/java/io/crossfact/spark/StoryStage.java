package io.crossfact.spark;

import io.crossfact.model.Article;
import io.crossfact.story.StoryBlocker;
import io.crossfact.story.StoryGrouper;
import io.crossfact.story.StoryLink;
import io.crossfact.story.StoryLinker;
import io.crossfact.story.StoryNeighbours;
import io.crossfact.story.StoryOrphans;
import io.crossfact.story.StoryProfile;
import io.crossfact.story.StoryProfiler;
import io.crossfact.story.StorySettings;
import io.crossfact.story.StorySplitter;
import io.crossfact.story.StorySummary;
import io.crossfact.story.StoryVector;
import io.crossfact.story.StoryWeigher;
import io.crossfact.story.Stories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Stories: groups independent reports of one event, the distributed run of {@code story.StoryGrouper} (same core
 * functions, same order, same result).
 *
 * <p>Steps: profiles; document frequencies (a count per feature); TF-IDF vectors; blocks (the strongest shared
 * features of each article, oversized blocks split by time); date-penalised candidate pairs inside blocks;
 * mutual-nearest-neighbour selection per article; connected components of the links on the driver (article ids
 * only, as for copies); each component split into the events it tells (per component, on the executors); story id =
 * the earliest member. No cartesian join; a block's work is capped.
 */
public final class StoryStage {
  private StoryStage() {}

  /** The story profile of every ok article. */
  public static Dataset<StoryProfile> profiles(Dataset<Article> articles) {
    return articles.filter(functions.col("status").equalTo(Article.OK))
        .map((MapFunction<Article, StoryProfile>) StoryStage::profile, Encoders.bean(StoryProfile.class));
  }

  /** The story profile of one ok article (check's single pass profiles each article as it reads it). */
  public static StoryProfile profile(Article a) {
    return StoryProfiler.profile(a.getArticleId(), a.getPublished(), a.getTitle(),
        a.getBody().isBlank() ? a.getText() : a.getBody());
  }

  /** What grouping yields: each article's story and each story's summary row. */
  public static final class Grouped {
    /**
     * {@code (articleId, story, attached)} for every profiled article; {@code attached}: it joined its story as an
     * orphan ({@code story.StoryOrphans}).
     */
    public final Dataset<Row> stories;
    public final Dataset<StorySummary> summaries;
    /** What grouping persisted on the way (vectors, candidate pairs, links, stories): the caller releases them. */
    public final List<Dataset<?>> persisted;

    Grouped(Dataset<Row> stories, Dataset<StorySummary> summaries, List<Dataset<?>> persisted) {
      this.stories = stories;
      this.summaries = summaries;
      this.persisted = List.copyOf(persisted);
    }
  }

  /** TF-IDF vectors with document frequencies over all the profiles. */
  public static Dataset<StoryVector> vectors(Dataset<StoryProfile> profiles, StorySettings s) {
    long documents = profiles.count();
    Dataset<Row> features = profiles.select(functions.col("articleId"),
        functions.explode(functions.col("features")).as("feature"));
    Dataset<Row> df = features.groupBy("feature").agg(functions.count("*").as("df"));
    Dataset<Row> perArticle = features.join(df, "feature").groupBy("articleId")
        .agg(functions.collect_list(functions.struct(functions.col("feature"), functions.col("df"))).as("dfs"));
    return profiles.joinWith(perArticle, profiles.col("articleId").equalTo(perArticle.col("articleId")), "left_outer")
        .map((MapFunction<Tuple2<StoryProfile, Row>, StoryVector>) t -> {
          Map<String, Long> dfs = new HashMap<>();
          if (t._2() != null) {
            for (Row r : t._2().<Row>getList(1)) {
              dfs.put(r.getString(0), r.getLong(1));
            }
          }
          return StoryWeigher.weigh(t._1(), f -> dfs.getOrDefault(f, 1L), documents, s);
        }, Encoders.bean(StoryVector.class));
  }

  /** Groups the profiled articles into stories. */
  public static Grouped group(Dataset<StoryProfile> profiles, StorySettings s) {
    List<Dataset<?>> persisted = new ArrayList<>();
    Dataset<StoryVector> vectors = vectors(profiles, s).persist();
    persisted.add(vectors);
    Dataset<StoryLink> candidates = candidates(vectors, s);
    persisted.add(candidates);
    Dataset<Row> nearest = nearest(candidates, s).persist();
    persisted.add(nearest);
    Dataset<StoryLink> links = links(candidates, nearest, s, persisted);
    Dataset<Row> stories = attach(vectors, stories(vectors, links, s), nearest, s).persist();
    persisted.add(stories);
    Dataset<StorySummary> summaries = summaries(vectors, stories);
    return new Grouped(stories, summaries, persisted);
  }

  /**
   * Groups the profiles of a small input on the driver, with the in-memory grouper ({@code story.StoryGrouper}: the
   * same steps and core functions, the same stories; {@code StoryStageTest} holds the two to each other): one
   * collect instead of about ten Spark queries (3.9 of the examples' 17.7 s). Only for an input the caller knows
   * to be small ({@code InputSizing.small}): a profile holds no text, only its features, so the profiles of a few
   * megabytes of articles are smaller than the articles. Nothing is persisted.
   */
  public static Grouped groupInMemory(Dataset<StoryProfile> profiles, StorySettings s) {
    SparkSession spark = profiles.sparkSession();
    // collected as Java-serialized values: the bean decoder of a collect, interpreted (a small input runs without
    // code generation, InputSizing), cannot set StoryProfile's String[] from Spark's array; a map's decoder can
    List<StoryProfile> collected = profiles.map((MapFunction<StoryProfile, StoryProfile>) p -> p,
        Encoders.javaSerialization(StoryProfile.class)).collectAsList();
    Local local = groupLocal(collected, s);
    List<Row> rows = new ArrayList<>();
    for (String article : local.articles) {
      rows.add(RowFactory.create(article, local.storyOf.get(article), local.attached.contains(article)));
    }
    StructType schema = new StructType().add("articleId", DataTypes.StringType, false)
        .add("story", DataTypes.StringType, false).add("attached", DataTypes.BooleanType, false);
    return new Grouped(spark.createDataFrame(rows, schema),
        spark.createDataset(local.summaries, Encoders.bean(StorySummary.class)), List.of());
  }

  /** The stories of profiles held on the driver: each article's story (in the profiles' order) and the summaries. */
  static final class Local {
    /** The profiled articles' ids, in the order of the profiles (one per profile). */
    final List<String> articles;
    /** Article id to story id. */
    final Map<String, String> storyOf;
    /** One summary per story, by story id. */
    final List<StorySummary> summaries;
    /** Articles that joined their story as orphans ({@code story.StoryOrphans}). */
    final Set<String> attached;

    Local(List<String> articles, Map<String, String> storyOf, List<StorySummary> summaries, Set<String> attached) {
      this.articles = articles;
      this.storyOf = storyOf;
      this.summaries = summaries;
      this.attached = attached;
    }

    /** The story an article's figures are compared in: its own id when it joined its story as an orphan. */
    String comparedIn(String article) {
      return attached.contains(article) ? article : storyOf.getOrDefault(article, "");
    }
  }

  /**
   * Groups profiles already on the driver (a small input's, see {@link #groupInMemory}) with the in-memory grouper:
   * the same stories and summaries as {@link #group}.
   */
  static Local groupLocal(List<StoryProfile> profiles, StorySettings s) {
    StoryGrouper grouper = new StoryGrouper(s);
    List<StoryVector> vectors = grouper.vectors(profiles);
    StoryOrphans.Attached assigned = grouper.assignVectors(vectors);
    Map<String, String> story = assigned.story;
    List<String> articles = new ArrayList<>();
    Map<String, List<StoryVector>> members = new TreeMap<>();
    for (StoryVector v : vectors) {
      String id = story.get(v.getArticleId());
      articles.add(v.getArticleId());
      members.computeIfAbsent(id, x -> new ArrayList<>()).add(v);
    }
    List<StorySummary> summaries = new ArrayList<>();
    members.forEach((id, m) -> summaries.add(StorySummary.of(id, m)));
    return new Local(articles, story, summaries, assigned.attached);
  }

  /**
   * Candidate pairs inside blocks ({@code story.StoryBlocker}), each pair once: a pair met in two blocks is scored
   * in both and kept once (persisted: the caller releases it).
   */
  static Dataset<StoryLink> candidates(Dataset<StoryVector> vectors, StorySettings s) {
    List<Row> big = vectors.select(functions.explode(functions.col("keys")).as("key")).groupBy("key").count()
        .filter(functions.col("count").gt(s.maxBlock)).select("key").collectAsList();
    Set<String> oversized = new HashSet<>();
    big.forEach(r -> oversized.add(r.getString(0)));
    Dataset<StoryLink> candidates = vectors
        .flatMap((FlatMapFunction<StoryVector, BlockMember>) v -> {
          List<BlockMember> out = new ArrayList<>();
          for (String b : StoryBlocker.blocks(v, oversized, s)) {
            out.add(new BlockMember(b, v));
          }
          return out.iterator();
        }, Encoders.bean(BlockMember.class))
        .groupByKey((MapFunction<BlockMember, String>) BlockMember::getBlock, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, BlockMember, StoryLink>) (block, it) -> {
          List<StoryVector> members = new ArrayList<>();
          it.forEachRemaining(m -> members.add(m.vector()));
          StoryLinker linker = new StoryLinker(s);
          List<StoryLink> out = new ArrayList<>();
          StoryBlocker.pairs(members, s, (a, b) -> {
            double sc = linker.candidate(a, b);
            if (sc >= 0) {
              out.add(new StoryLink(a.getArticleId(), b.getArticleId(), sc));
            }
          });
          return out.iterator();
        }, Encoders.bean(StoryLink.class))
        .dropDuplicates("src", "dst").persist();
    return candidates;
  }

  /**
   * Each article's {@code s.neighbours} best candidates, best first ({@link StoryNeighbours#nearest}): {@code (article,
   * partner, rank, similarity, src, dst)}, rank 0 the best ({@link StoryNeighbours#best}), src and dst the pair as the
   * candidate link holds it. One grouping of the candidate pairs
   * serves both the mutual-neighbour selection and the orphans' best candidates.
   */
  static Dataset<Row> nearest(Dataset<StoryLink> candidates, StorySettings s) {
    return candidates
        .flatMap((FlatMapFunction<StoryLink, Tuple2<String, StoryLink>>) l -> List.of(
            new Tuple2<>(l.getSrc(), l), new Tuple2<>(l.getDst(), l)).iterator(),
            Encoders.tuple(Encoders.STRING(), Encoders.bean(StoryLink.class)))
        .groupByKey((MapFunction<Tuple2<String, StoryLink>, String>) Tuple2::_1, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Tuple2<String, StoryLink>, Row>) (article, it) -> {
          List<StoryLink> mine = new ArrayList<>();
          it.forEachRemaining(t -> mine.add(t._2()));
          mine.sort(StoryNeighbours.byScoreFor(article));
          List<Row> out = new ArrayList<>();
          for (int i = 0; i < Math.min(s.neighbours, mine.size()); i++) {
            StoryLink l = mine.get(i);
            out.add(RowFactory.create(article, l.getSrc().equals(article) ? l.getDst() : l.getSrc(), i,
                l.getSimilarity(), l.getSrc(), l.getDst()));
          }
          return out.iterator();
        }, Encoders.row(new StructType()
            .add("article", DataTypes.StringType, false).add("partner", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false).add("similarity", DataTypes.DoubleType, false)
            .add("src", DataTypes.StringType, false).add("dst", DataTypes.StringType, false)));
  }

  /**
   * The mutual-neighbour selection over the candidates ({@code nearest}: {@link #nearest} of them); what it persists
   * is added to {@code persisted} for the caller to release.
   */
  static Dataset<StoryLink> links(Dataset<StoryLink> candidates, Dataset<Row> nearest, StorySettings s,
      List<Dataset<?>> persisted) {
    Dataset<Row> chosen = nearest.select("src", "dst").groupBy("src", "dst").count().filter(functions.col("count").equalTo(2))
        .select(functions.col("src").as("msrc"), functions.col("dst").as("mdst"));
    Dataset<Row> c = candidates.toDF();
    Dataset<Row> linked = c.join(chosen,
            c.col("src").equalTo(chosen.col("msrc")).and(c.col("dst").equalTo(chosen.col("mdst"))), "left_outer")
        .filter(functions.col("similarity").geq(s.strongSimilarity).or(functions.col("msrc").isNotNull()))
        .select("src", "dst", "similarity").persist();
    persisted.add(linked);
    return linked.as(Encoders.bean(StoryLink.class));
  }

  /**
   * {@code (articleId, story, attached)}: the orphans of {@code stories} (alone in their story) joined to the story of
   * their best candidate, as {@code story.StoryOrphans.attach} does, then every story named by its earliest member;
   * with orphan links off, the stories as they are, none attached.
   */
  static Dataset<Row> attach(Dataset<StoryVector> vectors, Dataset<Row> stories, Dataset<Row> nearest,
      StorySettings s) {
    if (!s.orphanLinks) {
      return stories.select(functions.col("articleId"), functions.col("story"),
          functions.lit(false).as("attached"));
    }
    Dataset<Row> sized = stories.join(stories.groupBy("story").count(), "story")
        .select(functions.col("articleId"), functions.col("story"), functions.col("count"));
    Dataset<Row> best = nearest.filter(functions.col("rank").equalTo(0))
        .filter(functions.col("similarity").geq(s.orphanSimilarity))
        .select(functions.col("article").as("orphan"), functions.col("partner"));
    Dataset<Row> alone = sized.filter(functions.col("count").equalTo(1)).select(functions.col("articleId").as("a"));
    Dataset<Row> target = sized.filter(functions.col("count").geq(2))
        .select(functions.col("articleId").as("p"), functions.col("story").as("target"));
    Dataset<Row> moves = best.join(alone, best.col("orphan").equalTo(alone.col("a")))
        .join(target, functions.col("partner").equalTo(target.col("p")))
        .select(functions.col("orphan"), functions.col("target"));
    Dataset<Row> joined = stories.join(moves, stories.col("articleId").equalTo(moves.col("orphan")), "left_outer")
        .select(stories.col("articleId"), functions.coalesce(moves.col("target"), stories.col("story")).as("s"),
            moves.col("orphan").isNotNull().as("attached"));
    Dataset<Row> ids = vectors.select(functions.col("articleId").as("vid"), functions.concat(
        functions.when(functions.col("published").equalTo(""), functions.lit("~"))
            .otherwise(functions.col("published")), functions.lit("\u0000"), functions.col("articleId")).as("order"));
    Dataset<Row> ordered = joined.join(ids, joined.col("articleId").equalTo(ids.col("vid")))
        .select(joined.col("articleId"), joined.col("s"), joined.col("attached"), ids.col("order"));
    Dataset<Row> first = ordered.groupBy("s").agg(functions.min("order").as("first"))
        .select(functions.col("s").as("fs"),
            functions.substring_index(functions.col("first"), "\u0000", -1).as("story"));
    return ordered.join(first, ordered.col("s").equalTo(first.col("fs")))
        .select(ordered.col("articleId"), first.col("story"), ordered.col("attached"));
  }

  /**
   * {@code (articleId, story)}: connected components of the links (union-find on the driver over article ids,
   * streamed; never text), then each component named by its earliest member.
   */
  public static Dataset<Row> stories(Dataset<StoryVector> vectors, Dataset<StoryLink> links) {
    return stories(vectors, links, null);
  }

  /**
   * {@code (articleId, story)}: connected components of the links, each split into the events it tells
   * ({@code story.StorySplitter}, one group per component on the executors) when {@code s.splitEvents}, then each
   * story named by its earliest member.
   */
  public static Dataset<Row> stories(Dataset<StoryVector> vectors, Dataset<StoryLink> links, StorySettings s) {
    Stories.UnionFind uf = new Stories.UnionFind();
    Iterator<StoryLink> it = links.toLocalIterator();
    while (it.hasNext()) {
      StoryLink l = it.next();
      uf.union(l.getSrc(), l.getDst());
    }
    Map<String, String> roots = uf.labels();
    // only components the splitter may split travel to the executors as whole groups: the others keep the cheap
    // earliest-member aggregation, so a giant component is never held in one task's memory here
    Map<String, Integer> sizes = new HashMap<>();
    roots.values().forEach(r -> sizes.merge(r, 1, Integer::sum));
    boolean split = s != null && s.splitEvents;
    List<Row> labels = new ArrayList<>();
    roots.forEach((id, root) -> labels.add(RowFactory.create(id, root,
        split && StorySplitter.examines(sizes.get(root)))));
    StructType schema = new StructType().add("id", DataTypes.StringType, false)
        .add("component", DataTypes.StringType, false).add("splittable", DataTypes.BooleanType, false);
    Dataset<Row> labelled = vectors.sparkSession().createDataFrame(labels, schema);
    Dataset<Row> ids = vectors.select(functions.col("articleId"), functions.col("published"));
    Dataset<Row> withComponent = ids.join(labelled, ids.col("articleId").equalTo(labelled.col("id")), "left_outer")
        .select(ids.col("articleId"), functions.coalesce(labelled.col("component"), ids.col("articleId"))
            .as("component"), functions.concat(functions.when(functions.col("published").equalTo(""),
                functions.lit("~")).otherwise(functions.col("published")), functions.lit("\u0000"),
            ids.col("articleId")).as("order"),
            functions.coalesce(labelled.col("splittable"), functions.lit(false)).as("splittable"));
    Dataset<Row> whole = withComponent.filter(functions.not(functions.col("splittable")));
    Dataset<Row> first = whole.groupBy("component").agg(functions.min("order").as("first"))
        .select(functions.col("component").as("c"),
            functions.substring_index(functions.col("first"), "\u0000", -1).as("story"));
    Dataset<Row> unsplit = whole.join(first, whole.col("component").equalTo(first.col("c")))
        .select(whole.col("articleId"), first.col("story"));
    if (!split) {
      return unsplit;
    }
    Dataset<Row> splittable = labelled.filter(functions.col("splittable"));
    Dataset<Row> parts = vectors.joinWith(splittable, vectors.col("articleId").equalTo(splittable.col("id")))
        .groupByKey((MapFunction<Tuple2<StoryVector, Row>, String>) t -> t._2().getString(1), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Tuple2<StoryVector, Row>, Tuple2<String, String>>)
            (c, group) -> {
              List<StoryVector> members = new ArrayList<>();
              group.forEachRemaining(t -> members.add(t._1()));
              List<Tuple2<String, String>> out = new ArrayList<>();
              for (List<StoryVector> part : StorySplitter.split(members, s)) {
                String id = Stories.storyId(part);
                for (StoryVector v : part) {
                  out.add(new Tuple2<>(v.getArticleId(), id));
                }
              }
              return out.iterator();
            }, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .toDF("articleId", "story");
    return unsplit.union(parts);
  }

  /** One summary per story, from its members' vectors. */
  public static Dataset<StorySummary> summaries(Dataset<StoryVector> vectors, Dataset<Row> stories) {
    return vectors.joinWith(stories, vectors.col("articleId").equalTo(stories.col("articleId")))
        .groupByKey((MapFunction<Tuple2<StoryVector, Row>, String>) t -> t._2().getString(1), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Tuple2<StoryVector, Row>, StorySummary>) (story, it) -> {
          List<StoryVector> members = new ArrayList<>();
          it.forEachRemaining(t -> members.add(t._1()));
          return StorySummary.of(story, members);
        }, Encoders.bean(StorySummary.class));
  }
}
