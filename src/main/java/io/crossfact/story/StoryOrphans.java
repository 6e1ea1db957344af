package io.crossfact.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reports left alone once the stories are linked and split (orphans: a one-line brief, a report whose wording is
 * its own, one report of a story whose other reports are all nearer to each other than to it) join the story of
 * their best candidate ({@link StoryNeighbours#best}), when it clears {@link StorySettings#orphanSimilarity} and
 * its story holds two reports or more. Attaching after the split, not before, keeps an orphan out of the
 * decision whether a story tells one event or two, and never joins two stories (an orphan has no link).
 *
 * <p>An attached report belongs to its story on weaker evidence than a linked one (one candidate, not a mutual
 * neighbour or a strong match): the story stage marks it, and its figures are not compared within the story
 * ({@code spark.CheckJob.withStories}). Story ids are renamed afterwards, so a story's id stays the id of its
 * earliest report ({@link Stories#storyId}) whoever joined.
 */
public final class StoryOrphans {
  private StoryOrphans() {}

  /** Each article's story after the orphans joined, and the articles that joined one. */
  public static final class Attached {
    /** articleId to story id. */
    public final Map<String, String> story;
    /** Articles that joined a story as orphans. */
    public final Set<String> attached;

    public Attached(Map<String, String> story, Set<String> attached) {
      this.story = story;
      this.attached = attached;
    }
  }

  /**
   * The orphans of {@code stories} (articleId to story id, every article of {@code vectors}) attached to the story of
   * their best candidate among {@code candidates}, then every story named by its earliest report.
   */
  public static Attached attach(List<StoryVector> vectors, Map<String, String> stories, List<StoryLink> candidates,
      StorySettings s) {
    Map<String, Integer> size = new HashMap<>();
    stories.values().forEach(id -> size.merge(id, 1, Integer::sum));
    Map<String, List<StoryLink>> byArticle = new HashMap<>();
    for (StoryLink l : candidates) {
      byArticle.computeIfAbsent(l.getSrc(), x -> new ArrayList<>()).add(l);
      byArticle.computeIfAbsent(l.getDst(), x -> new ArrayList<>()).add(l);
    }
    Map<String, String> joined = new TreeMap<>(stories);
    java.util.TreeSet<String> attached = new java.util.TreeSet<>();
    stories.forEach((article, story) -> {
      List<StoryLink> mine = byArticle.get(article);
      if (size.get(story) != 1 || mine == null) {
        return;
      }
      StoryLink b = StoryNeighbours.best(article, mine);
      String target = stories.get(StoryNeighbours.partner(b, article));
      if (b.getSimilarity() >= s.orphanSimilarity && target != null && size.get(target) >= 2) {
        joined.put(article, target);
        attached.add(article);
      }
    });
    Map<String, List<StoryVector>> members = new TreeMap<>();
    for (StoryVector v : vectors) {
      members.computeIfAbsent(joined.get(v.getArticleId()), x -> new ArrayList<>()).add(v);
    }
    Map<String, String> out = new TreeMap<>();
    members.values().forEach(m -> {
      String id = Stories.storyId(m);
      m.forEach(v -> out.put(v.getArticleId(), id));
    });
    return new Attached(out, attached);
  }
}
