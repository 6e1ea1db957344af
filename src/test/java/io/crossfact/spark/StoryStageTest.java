package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.story.StoryGrouper;
import io.crossfact.story.StoryProfile;
import io.crossfact.story.StoryProfiler;
import io.crossfact.story.StorySettings;
import io.crossfact.story.StorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The distributed stage gives the in-memory grouper's stories, also when blocks overflow and are split by time. */
class StoryStageTest {
  private static final String[] PLACES = {"Arvel", "Brisk", "Cullan", "Dorrow", "Essen Vale", "Fenmark"};
  private static final String[] PEOPLE = {"Ada Quill", "Boris Lenk", "Cora Maddox", "Dmitri Sayle", "Edda Rhone",
      "Felix Worth"};
  private static final String[] WHAT = {"warehouse fire", "bridge collapse", "ferry strike", "bank robbery",
      "flood warning", "mayor resignation"};

  /** Six events, three outlets each, plus an undated report per event; all share "county" and "officials". */
  static List<StoryProfile> profiles() {
    List<StoryProfile> out = new ArrayList<>();
    for (int e = 0; e < 6; e++) {
      for (int r = 0; r < 4; r++) {
        String date = r == 3 ? "" : String.format(java.util.Locale.ROOT, "2022-%02d-%02d", 1 + e * 2, 10 + r);
        String body = "County officials in " + PLACES[e] + " said the " + WHAT[e] + " drew crowds on the "
            + (r % 2 == 0 ? "first" : "second") + " day. " + PEOPLE[e] + " told outlet number " + r + " that the "
            + WHAT[e] + " in " + PLACES[e] + " was handled well. Residents of " + PLACES[e] + " county gathered.";
        out.add(StoryProfiler.profile("e" + e + "-r" + r, date, WHAT[e] + " in " + PLACES[e], body));
      }
    }
    return out;
  }

  private static Map<String, String> spark(List<StoryProfile> profiles, StorySettings s) {
    Dataset<StoryProfile> ds = SparkTestSession.spark().createDataset(profiles, Encoders.bean(StoryProfile.class));
    StoryStage.Grouped g = StoryStage.group(ds, s);
    Map<String, String> out = new TreeMap<>();
    for (Row r : g.stories.collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    g.persisted.forEach(Dataset::unpersist);
    return out;
  }

  /** Grouping lists everything it persisted, so a run releases it all (nothing held in a session that lives on). */
  @Test
  void groupingListsEverythingItPersisted() {
    org.apache.spark.sql.SparkSession spark = SparkTestSession.spark();
    spark.catalog().clearCache();
    StorySettings s = StorySettings.defaults().withOrphanLinks(true); // the longest path: orphans persist links too
    StoryStage.Grouped g = StoryStage.group(spark.createDataset(withBrief(), Encoders.bean(StoryProfile.class)), s);
    g.summaries.collectAsList();
    assertTrue(!spark.sharedState().cacheManager().isEmpty(), "grouping persists its stages");
    g.persisted.forEach(Dataset::unpersist);
    assertTrue(spark.sharedState().cacheManager().isEmpty(), "every persisted Dataset is in Grouped.persisted");
  }

  @Test
  void sparkStageEqualsTheInMemoryGrouper() {
    StorySettings s = StorySettings.defaults();
    Map<String, String> expected = new StoryGrouper(s).group(profiles());
    assertEquals(expected, spark(profiles(), s));
    assertEquals(6, expected.values().stream().distinct().count(), expected.toString());
    assertEquals("e0-r0", expected.get("e0-r3"), "an undated report joins the story named by its earliest report");
  }

  /**
   * The profiles plus a one-line brief on the bridge collapse, worded unlike the three reports (no mutual neighbour,
   * no strong link).
   */
  private static List<StoryProfile> withBrief() {
    List<StoryProfile> all = profiles();
    all.add(StoryProfiler.profile("brief", "2022-03-12", "",
        "In Brisk the old span gave way and crowds came to look, Boris Lenk said; nobody was hurt."));
    return all;
  }

  @Test
  void anOrphanBriefJoinsItsStoryInTheDistributedRunToo() {
    StorySettings s = StorySettings.defaults().withOrphanLinks(true);
    List<StoryProfile> all = withBrief();
    Map<String, String> expected = new StoryGrouper(s).group(all);
    assertEquals(expected, spark(all, s));
    assertEquals("e1-r0", expected.get("brief"), expected.toString());
    Dataset<Row> stories = StoryStage.group(SparkTestSession.spark().createDataset(all,
        Encoders.bean(StoryProfile.class)), s).stories;
    assertEquals(List.of("brief"), stories.filter("attached").select("articleId").as(Encoders.STRING())
        .collectAsList(), "only the orphan is marked as attached");
  }

  @Test
  void withOrphanLinksOffTheBriefStaysAloneInBothRuns() {
    StorySettings s = StorySettings.defaults().withOrphanLinks(false);
    List<StoryProfile> all = withBrief();
    Map<String, String> expected = new StoryGrouper(s).group(all);
    assertEquals(expected, spark(all, s));
    assertEquals("brief", expected.get("brief"), expected.toString());
  }

  @Test
  void oversizedBlocksGiveTheSameStoriesBothWays() {
    StorySettings d = StorySettings.defaults();
    StorySettings small = new StorySettings(d.maxFeatures, d.keys, d.nameBoost, d.minSimilarity,
        d.strongSimilarity, d.neighbours, d.windowDays, d.gapPenalty, 3);
    assertEquals(new StoryGrouper(small).group(profiles()), spark(profiles(), small));
  }

  @Test
  void summariesListEachStorysArticlesAndDates() {
    Dataset<StoryProfile> ds = SparkTestSession.spark().createDataset(profiles(), Encoders.bean(StoryProfile.class));
    List<StorySummary> rows = StoryStage.group(ds, StorySettings.defaults()).summaries.orderBy("story")
        .collectAsList();
    StorySummary first = rows.get(0);
    assertEquals("e0-r0", first.getStory());
    assertEquals(4, first.getArticles());
    assertEquals("e0-r0 e0-r1 e0-r2 e0-r3", first.getArticleIds());
    assertEquals("2022-01-10", first.getFirst());
    assertEquals("2022-01-12", first.getLast());
  }

  /** Reports of a champion's title defence against one opponent in one city, worded apart. */
  private static List<StoryProfile> fight(String prefix, String opponent, String city, int n) {
    List<StoryProfile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(StoryProfiler.profile(prefix + i, "", i % 2 == 0 ? "Brozny keeps his belts" : "Brozny wins again",
          (i % 2 == 0 ? "On Saturday in " : "Late on Saturday in ") + city + ", Wladek Brozny defended his "
              + "heavyweight titles against " + opponent + ". The champion knocked " + opponent.split(" ")[1]
              + " down in round " + (3 + i) + ". " + opponent.split(" ")[1] + " said he would fight on."));
    }
    return out;
  }

  @Test
  void aStoryOfTwoFightsIsSplitInTheDistributedRunToo() {
    List<StoryProfile> all = new ArrayList<>(fight("hamburg", "Carl Tennyson", "Hamburg", 5));
    all.addAll(fight("zurich", "Rico Salvatierra", "Zurich", 4));
    StorySettings off = StorySettings.defaults().withSplitEvents(false);
    assertEquals(1, new StoryGrouper(off).group(all).values().stream().distinct().count(),
        "linked into one component");
    assertEquals(new StoryGrouper(off).group(all), spark(all, off));
    StorySettings s = StorySettings.defaults();
    Map<String, String> expected = new StoryGrouper(s).group(all);
    assertEquals(expected, spark(all, s));
    assertEquals(2, expected.values().stream().distinct().count(), expected.toString());
    assertEquals("hamburg0", expected.get("hamburg4"));
    assertEquals("zurich0", expected.get("zurich3"));
  }

  /** A small input's grouping on the driver gives the distributed stage's stories and summaries, row for row. */
  @Test
  void groupingOnTheDriverEqualsTheDistributedStage() {
    org.apache.spark.sql.SparkSession spark = SparkTestSession.spark();
    List<StoryProfile> all = new ArrayList<>(withBrief());
    all.addAll(fight("k", "Carl Rahmer", "Basel", 6));
    all.addAll(fight("t", "Rico Thomsen", "Zurich", 6));
    for (StorySettings s : List.of(StorySettings.defaults().withOrphanLinks(false), StorySettings.defaults())) {
      Dataset<StoryProfile> ds = spark.createDataset(all, Encoders.bean(StoryProfile.class));
      StoryStage.Grouped distributed = StoryStage.group(ds, s);
      StoryStage.Grouped local = StoryStage.groupInMemory(ds, s);
      assertEquals(rows(distributed.stories), rows(local.stories));
      assertEquals(summaries(distributed.summaries), summaries(local.summaries));
      assertTrue(local.persisted.isEmpty(), "nothing persisted on the driver's path");
      distributed.persisted.forEach(Dataset::unpersist);
    }
  }

  private static List<String> rows(Dataset<Row> stories) {
    List<String> out = new ArrayList<>();
    for (Row r : stories.collectAsList()) {
      out.add(r.getString(0) + " " + r.getString(1) + " " + r.getBoolean(r.fieldIndex("attached")));
    }
    out.sort(null);
    return out;
  }

  private static List<String> summaries(Dataset<StorySummary> summaries) {
    List<String> out = new ArrayList<>();
    for (StorySummary m : summaries.collectAsList()) {
      out.add(String.join("|", m.getStory(), String.valueOf(m.getArticles()), m.getArticleIds(), m.getFirst(),
          m.getLast(), m.getLabel()));
    }
    out.sort(null);
    return out;
  }
}
