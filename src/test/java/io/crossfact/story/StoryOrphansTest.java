package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Orphans join the story of their best candidate after the split, on the rules of {@link StoryOrphans}. */
class StoryOrphansTest {
  private static final StorySettings S = StorySettings.defaults();

  private static StoryVector v(String id, String published) {
    return new StoryVector(id, published, new String[0], new double[0], new int[0], new String[0]);
  }

  /** Vectors of the ids (id:date or id), and the stories: each group of ids one story named by its first id. */
  private static StoryOrphans.Attached attach(String ids, String[][] groups, List<StoryLink> candidates) {
    List<StoryVector> vs = new ArrayList<>();
    for (String x : ids.split(" ")) {
      String[] p = x.split(":");
      vs.add(v(p[0], p.length > 1 ? p[1] : ""));
    }
    Map<String, String> stories = new TreeMap<>();
    for (String[] g : groups) {
      for (String id : g) {
        stories.put(id, g[0]);
      }
    }
    return StoryOrphans.attach(vs, stories, candidates, S);
  }

  @Test
  void anOrphanJoinsTheStoryOfItsBestCandidate() {
    // e's candidates: c (0.25, story b) and x (0.22, alone): it joins story b; the others stay as they are
    StoryOrphans.Attached a = attach("b c d e x", new String[][] {{"b", "c", "d"}, {"e"}, {"x"}},
        List.of(new StoryLink("b", "c", 0.5), new StoryLink("c", "e", 0.25), new StoryLink("e", "x", 0.22)));
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "e", "b", "x", "x"), a.story);
    assertEquals(Set.of("e"), a.attached);
  }

  @Test
  void aCandidateUnderTheBarLeavesTheOrphanAlone() {
    StoryOrphans.Attached a = attach("b c e", new String[][] {{"b", "c"}, {"e"}},
        List.of(new StoryLink("b", "c", 0.5), new StoryLink("c", "e", S.orphanSimilarity - 0.01)));
    assertEquals("e", a.story.get("e"));
    assertEquals(Set.of(), a.attached);
  }

  @Test
  void anOrphanWhoseBestCandidateIsAloneTooStaysAlone() {
    // x's best is y, alone as well: two orphans never make a story of their own, and no chain forms
    StoryOrphans.Attached a = attach("b c x y", new String[][] {{"b", "c"}, {"x"}, {"y"}},
        List.of(new StoryLink("b", "c", 0.5), new StoryLink("x", "y", 0.4), new StoryLink("c", "x", 0.21)));
    assertEquals("x", a.story.get("x"));
    assertEquals("y", a.story.get("y"));
  }

  @Test
  void aMemberOfAStoryNeverMoves() {
    // c's best candidate is e of another story, but c is not alone
    StoryOrphans.Attached a = attach("b c d e", new String[][] {{"b", "c"}, {"d", "e"}},
        List.of(new StoryLink("b", "c", 0.3), new StoryLink("c", "e", 0.6), new StoryLink("d", "e", 0.5)));
    assertEquals(Map.of("b", "b", "c", "b", "d", "d", "e", "d"), a.story);
    assertEquals(Set.of(), a.attached);
  }

  @Test
  void anEarlierOrphanRenamesItsStory() {
    // a story is named by its earliest report, whoever joined it last
    StoryOrphans.Attached a = attach("m:2024-05-03 n:2024-05-04 k:2024-05-01", new String[][] {{"m", "n"}, {"k"}},
        List.of(new StoryLink("m", "n", 0.5), new StoryLink("k", "n", 0.3)));
    assertEquals(Map.of("k", "k", "m", "k", "n", "k"), a.story);
  }

  @Test
  void tiesGoToTheSmallerPartnerId() {
    StoryOrphans.Attached a = attach("b c d e o", new String[][] {{"b", "c"}, {"d", "e"}, {"o"}},
        List.of(new StoryLink("b", "c", 0.5), new StoryLink("d", "e", 0.5), new StoryLink("e", "o", 0.3),
            new StoryLink("c", "o", 0.3)));
    assertEquals("b", a.story.get("o"));
  }
}
