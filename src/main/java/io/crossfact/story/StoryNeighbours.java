package io.crossfact.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which candidate pairs become links: a pair at or above {@link StorySettings#strongSimilarity} links by itself;
 * below it, only if each article is among the other's {@link StorySettings#neighbours} best candidates. Mutual
 * nearest neighbours keep a report of a similar event (same topic, other participants) from bridging two stories:
 * its best matches are reports of its own event. An article left with no link at all (an orphan) keeps its single
 * best candidate, so a short or oddly worded report still joins the story it is closest to.
 */
public final class StoryNeighbours {
  private StoryNeighbours() {}

  /** Best first: higher score, then smaller partner id, so ties break the same way everywhere. */
  public static Comparator<StoryLink> byScoreFor(String article) {
    return Comparator.comparingDouble((StoryLink l) -> -l.getSimilarity())
        .thenComparing(l -> partner(l, article));
  }

  static String partner(StoryLink l, String article) {
    return l.getSrc().equals(article) ? l.getDst() : l.getSrc();
  }

  /** The partners an article would link to below the strong bar: its best {@code neighbours} candidates. */
  public static List<String> nearest(String article, List<StoryLink> itsCandidates, int neighbours) {
    List<StoryLink> sorted = new ArrayList<>(itsCandidates);
    sorted.sort(byScoreFor(article));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(neighbours, sorted.size()); i++) {
      out.add(partner(sorted.get(i), article));
    }
    return out;
  }

  /** The links among the candidates (one per pair, {@code src < dst}). */
  public static List<StoryLink> select(List<StoryLink> candidates, StorySettings s) {
    Map<String, List<StoryLink>> byArticle = new HashMap<>();
    for (StoryLink l : candidates) {
      byArticle.computeIfAbsent(l.getSrc(), x -> new ArrayList<>()).add(l);
      byArticle.computeIfAbsent(l.getDst(), x -> new ArrayList<>()).add(l);
    }
    Set<String> chosen = new HashSet<>();
    byArticle.forEach((article, ls) -> {
      for (String p : nearest(article, ls, s.neighbours)) {
        chosen.add(article + "\u0000" + p);
      }
    });
    List<StoryLink> out = new ArrayList<>();
    for (StoryLink l : candidates) {
      if (l.getSimilarity() >= s.strongSimilarity || chosen.contains(l.getSrc() + "\u0000" + l.getDst())
          && chosen.contains(l.getDst() + "\u0000" + l.getSrc())) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * An article's best candidate, the one an orphan follows ({@link StoryOrphans}): a report that is no other's
   * mutual neighbour and has no strong match (a short report, or one of a story with many reports, all nearer to
   * each other) may still join the story of the report most like it.
   */
  public static StoryLink best(String article, List<StoryLink> itsCandidates) {
    StoryLink b = null;
    Comparator<StoryLink> order = byScoreFor(article);
    for (StoryLink l : itsCandidates) {
      if (b == null || order.compare(l, b) < 0) {
        b = l;
      }
    }
    return b;
  }
}
