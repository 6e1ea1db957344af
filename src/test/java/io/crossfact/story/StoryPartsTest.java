package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grouper's parts alone: profiler, linker's date penalty, blocker, neighbour selection, B-cubed-free. */
class StoryPartsTest {
  @Test
  void profilerTellsNamesFromSentenceInitialWordsAndKeepsYears() {
    StoryProfile p = StoryProfiler.profile("a", "2020-01-02T10:00:00Z", "Flood in Marrow",
        "Officials said the river rose overnight. Dr. Alma Reyes of Marrow General said 12 people were treated. "
            + "Reyes said the 1998 flood was worse.");
    List<String> f = Arrays.asList(p.getFeatures());
    assertTrue(f.contains("e:alma reyes"), f.toString());
    assertTrue(f.contains("e:reyes"), f.toString());
    assertTrue(f.contains("e:marrow general"), f.toString());
    assertTrue(f.contains("w:official"), "a sentence-initial common word is a term, not a name: " + f);
    assertFalse(f.contains("e:officials"), f.toString());
    assertEquals("2020-01-02", p.getPublished());
    assertEquals(1998, p.getYears()[0]);
  }

  @Test
  void dateGapRaisesNothingInsideTheWindowThenGrowsPerDoubling() {
    StorySettings s = StorySettings.defaults();
    StoryLinker l = new StoryLinker(s);
    assertEquals(0, l.penalty(3), 1e-9);
    assertEquals(s.gapPenalty, l.penalty(2L * s.windowDays), 1e-9);
    assertTrue(l.penalty(365) > 0.4, "a year apart needs far more overlap");
  }

  @Test
  void cosineOfSortedUnitVectors() {
    StoryVector a = new StoryVector("a", "", new String[] {"w:x", "w:y"}, new double[] {0.6, 0.8}, null, null);
    StoryVector b = new StoryVector("b", "", new String[] {"w:y", "w:z"}, new double[] {0.8, 0.6}, null, null);
    assertEquals(0.64, StoryLinker.cosine(a, b), 1e-9);
  }

  @Test
  void oversizedBlocksSplitByTimeWithTheNextBucketSoNeighboursStillMeet() {
    StorySettings s = StorySettings.defaults();
    StoryVector a = new StoryVector("a", "2020-01-29", new String[0], new double[0], null, new String[] {"e:x"});
    StoryVector b = new StoryVector("b", "2020-02-02", new String[0], new double[0], null, new String[] {"e:x"});
    StoryVector u = new StoryVector("u", "", new String[0], new double[0], null, new String[] {"e:x"});
    assertEquals(List.of("e:x"), StoryBlocker.blocks(a, Set.of(), s));
    List<String> ba = StoryBlocker.blocks(a, Set.of("e:x"), s);
    List<String> bb = StoryBlocker.blocks(b, Set.of("e:x"), s);
    assertTrue(ba.stream().anyMatch(bb::contains), ba + " " + bb);
    assertEquals(List.of("e:x|u"), StoryBlocker.blocks(u, Set.of("e:x"), s));
  }

  @Test
  void anUndatedArticleTakesItsWindowPlaceAndTimeBucketFromItsEstimatedDate() {
    StorySettings s = new StorySettings(200, 8, 1.5, 0.1, 0.3, 2, 7, 0.08, 2);
    String[] none = new String[0];
    String[] key = {"e:x"};
    List<StoryVector> block = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      block.add(new StoryVector("d" + i, "2020-01-0" + (i + 1), none, new double[0], null, key));
    }
    StoryVector guessed = new StoryVector("u1", "", none, new double[0], null, key);
    guessed.setEstimated("2020-01-01");
    StoryVector blind = new StoryVector("u2", "", none, new double[0], null, key);
    block.add(guessed);
    block.add(blind);
    java.util.Set<String> met = new java.util.TreeSet<>();
    StoryBlocker.pairs(block, s, (x, y) -> met.add(x.getArticleId() + "-" + y.getArticleId()));
    // the estimate puts u1 beside the first of January's reports (ties by id: d0 before u1), u2 with no date last
    assertTrue(met.contains("d0-u1") && met.contains("u1-d1") && met.contains("u1-d2"), met.toString());
    assertFalse(met.stream().anyMatch(p -> p.contains("u1") && p.contains("d5")), met.toString());
    assertTrue(met.contains("d5-u2"), met.toString());
    List<String> dated = StoryBlocker.blocks(block.get(0), Set.of("e:x"), s);
    assertEquals(dated, StoryBlocker.blocks(guessed, Set.of("e:x"), s));
    assertEquals(List.of("e:x|u"), StoryBlocker.blocks(blind, Set.of("e:x"), s));
  }

  @Test
  void everyMemberMeetsAtMostTwiceMaxBlockOthersHoweverLargeTheBlock() {
    StorySettings s = new StorySettings(200, 8, 1.5, 0.1, 0.3, 2, 7, 0.08, 5);
    for (int n : new int[] {3, 11, 200, 2000}) {
      List<StoryVector> block = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        block.add(new StoryVector(String.format(java.util.Locale.ROOT, "a%05d", i),
            java.time.LocalDate.of(2020, 1, 1).plusDays(i % 40).toString(), new String[0], new double[0], null,
            null));
      }
      java.util.Map<String, Integer> met = new java.util.HashMap<>();
      long[] pairs = {0};
      StoryBlocker.pairs(block, s, (x, y) -> {
        pairs[0]++;
        met.merge(x.getArticleId(), 1, Integer::sum);
        met.merge(y.getArticleId(), 1, Integer::sum);
      });
      assertTrue(met.values().stream().allMatch(c -> c <= 2 * s.maxBlock), n + ": " + met);
      assertEquals(n <= s.maxBlock + 1 ? (long) n * (n - 1) / 2 : (long) s.maxBlock * (n - s.maxBlock)
          + (long) s.maxBlock * (s.maxBlock - 1) / 2, pairs[0], "n=" + n);
    }
  }

  @Test
  void aLinkableVectorScoresAsTheFullVectorDoes() {
    StoryLinker l = new StoryLinker(StorySettings.defaults());
    StoryVector a = new StoryVector("a", "2021-03-01", new String[] {"e:vard", "w:quake", "w:rubble"},
        new double[] {0.6, 0.64, 0.48}, new int[] {2021}, new String[] {"e:vard"});
    StoryVector b = new StoryVector("b", "2021-05-20", new String[] {"e:kestral", "e:vard", "w:rubble"},
        new double[] {0.8, 0.36, 0.48}, null, new String[] {"e:vard"});
    StoryVector la = StoryVector.linkable("a", "2021-03-01", "", a.featureHashes(), a.featureWeights());
    StoryVector lb = StoryVector.linkable("b", "2021-05-20", "", b.featureHashes(), b.featureWeights());
    assertTrue(l.score(a, b) > 0 && l.score(a, b) < StoryLinker.cosine(a, b), "a gap of 80 days costs something");
    assertEquals(l.score(a, b), l.score(la, lb), 0.0);
    assertEquals(l.score(a, b), l.score(la, b), 0.0);
    assertEquals(0, la.getFeatures().length);
  }

  @Test
  void cosineOverHashedFeaturesMatchesTheFeatureByFeatureProduct() {
    StoryVector a = new StoryVector("a", "", new String[] {"e:vard", "w:quake", "w:rubble"},
        new double[] {0.6, 0.64, 0.48}, null, null);
    StoryVector b = new StoryVector("b", "", new String[] {"e:kestral", "e:vard", "w:rubble"},
        new double[] {0.8, 0.36, 0.48}, null, null);
    assertEquals(0.6 * 0.36 + 0.48 * 0.48, StoryLinker.cosine(a, b), 1e-12);
    assertEquals(StoryLinker.cosine(a, b), StoryLinker.cosine(b, a), 0.0);
  }

  @Test
  void aBlockComparesEachMemberWithAtMostMaxBlockOthers() {
    StorySettings s = new StorySettings(200, 8, 1.5, 0.1, 0.3, 2, 7, 0.08, 3);
    List<StoryVector> block = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      block.add(new StoryVector("a" + i, "", new String[0], new double[0], null, null));
    }
    int[] pairs = {0};
    StoryBlocker.pairs(block, s, (x, y) -> pairs[0]++);
    assertEquals(3 * 7 + 2 + 1, pairs[0]);
  }

  @Test
  void weakPairsLinkOnlyAsMutualNearestNeighbours() {
    StorySettings s = new StorySettings(200, 8, 1.5, 0.1, 0.3, 1, 7, 0.08, 500);
    // a's best is b, b's best is c, c's best is b: only b-c is mutual; a-d is strong; a-b is neither
    List<StoryLink> c = List.of(new StoryLink("a", "b", 0.20), new StoryLink("b", "c", 0.25),
        new StoryLink("a", "d", 0.35), new StoryLink("b", "f", 0.15), new StoryLink("f", "g", 0.18));
    List<String> links = StoryNeighbours.select(c, s).stream().map(l -> l.getSrc() + l.getDst()).sorted()
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("ad", "bc", "fg"), links);
  }

  @Test
  void anArticleWithNoLinkGetsNoLinkFromTheSelection() {
    // orphans are attached after the split (StoryOrphans), never by the selection of links
    StorySettings s = new StorySettings(200, 8, 1.5, 0.1, 0.3, 1, 7, 0.08, 500, true);
    List<StoryLink> c = List.of(new StoryLink("b", "c", 0.25), new StoryLink("c", "e", 0.12),
        new StoryLink("x", "y", 0.14), new StoryLink("x", "z", 0.11), new StoryLink("y", "w", 0.4),
        new StoryLink("z", "w", 0.29), new StoryLink("z", "v", 0.2));
    List<String> links = StoryNeighbours.select(c, s).stream().map(l -> l.getSrc() + l.getDst()).sorted()
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("bc", "wy"), links);
  }

  @Test
  void theShippedConfigSplitsEventsAndBarsWeakOrphans() {
    StorySettings s = StorySettings.from(io.crossfact.config.CrossfactConfig.defaults());
    assertEquals(true, s.splitEvents);
    assertEquals(0.20, s.orphanSimilarity, 1e-9);
    assertEquals(StorySettings.defaults().orphanLinks, s.orphanLinks, "eval-stories scores what check runs");
  }

  @Test
  void theShippedConfigAttachesOrphans() {
    assertEquals(true, StorySettings.from(io.crossfact.config.CrossfactConfig.defaults()).orphanLinks);
  }
}
