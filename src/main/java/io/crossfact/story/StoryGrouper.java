package io.crossfact.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The story grouper in memory, for evaluation and tests: the same steps {@code spark.StoryStage} runs distributed
 * (document frequencies, weighting, blocking, linking inside blocks, connected components, the split of a component
 * that tells two events, story ids), in the same
 * order with the same core functions, so both give the same stories.
 */
public final class StoryGrouper {
  private final StorySettings s;

  public StoryGrouper(StorySettings s) {
    this.s = s;
  }

  /** articleId to story id for every profile. */
  public Map<String, String> group(List<StoryProfile> profiles) {
    return assign(profiles).story;
  }

  /**
   * Every profile's story, and which articles joined theirs as orphans ({@link StoryOrphans}, when
   * {@link StorySettings#orphanLinks}).
   */
  public StoryOrphans.Attached assign(List<StoryProfile> profiles) {
    return assignVectors(vectors(profiles));
  }

  /** As {@link #assign}, over weighted vectors. */
  public StoryOrphans.Attached assignVectors(List<StoryVector> vectors) {
    List<StoryLink> candidates = candidates(vectors);
    Map<String, String> stories = stories(vectors, StoryNeighbours.select(candidates, s), s);
    return s.orphanLinks ? StoryOrphans.attach(vectors, stories, candidates, s)
        : new StoryOrphans.Attached(stories, java.util.Set.of());
  }

  /** Weighted vectors, with document frequencies counted over {@code profiles}. */
  public List<StoryVector> vectors(List<StoryProfile> profiles) {
    Map<String, Long> df = new HashMap<>();
    for (StoryProfile p : profiles) {
      for (String f : p.getFeatures()) {
        df.merge(f, 1L, Long::sum);
      }
    }
    List<StoryVector> out = new ArrayList<>();
    for (StoryProfile p : profiles) {
      out.add(StoryWeigher.weigh(p, f -> df.getOrDefault(f, 1L), profiles.size(), s));
    }
    return out;
  }

  /** The links: candidates selected by {@link StoryNeighbours#select}. */
  public List<StoryLink> links(List<StoryVector> vectors) {
    return StoryNeighbours.select(candidates(vectors), s);
  }

  /** Candidate pairs found inside blocks; a pair met in several blocks counts once. */
  public List<StoryLink> candidates(List<StoryVector> vectors) {
    Map<String, Integer> sizes = new HashMap<>();
    for (StoryVector v : vectors) {
      for (String k : v.getKeys()) {
        sizes.merge(k, 1, Integer::sum);
      }
    }
    Set<String> oversized = new HashSet<>();
    sizes.forEach((k, n) -> {
      if (n > s.maxBlock) {
        oversized.add(k);
      }
    });
    Map<String, List<StoryVector>> blocks = new TreeMap<>();
    for (StoryVector v : vectors) {
      for (String b : StoryBlocker.blocks(v, oversized, s)) {
        blocks.computeIfAbsent(b, x -> new ArrayList<>()).add(v);
      }
    }
    StoryLinker linker = new StoryLinker(s);
    Map<String, StoryLink> links = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, List<StoryVector>> block : blocks.entrySet()) {
      StoryBlocker.pairs(block.getValue(), s, (a, b) -> {
        String pair = a.getArticleId() + "\u0000" + b.getArticleId();
        if (seen.add(pair)) {
          double sim = linker.candidate(a, b);
          if (sim >= 0) {
            links.put(pair, new StoryLink(a.getArticleId(), b.getArticleId(), sim));
          }
        }
      });
    }
    return new ArrayList<>(links.values());
  }

  /** Connected components of the links; each named by {@link Stories#storyId}. */
  public static Map<String, String> stories(List<StoryVector> vectors, List<StoryLink> links) {
    return stories(vectors, links, StorySettings.defaults().withSplitEvents(false));
  }

  /**
   * Connected components of the links, each split into the events it tells ({@link StorySplitter}) when
   * {@link StorySettings#splitEvents}; each story named by {@link Stories#storyId}.
   */
  public static Map<String, String> stories(List<StoryVector> vectors, List<StoryLink> links, StorySettings s) {
    Stories.UnionFind uf = new Stories.UnionFind();
    for (StoryLink l : links) {
      uf.union(l.getSrc(), l.getDst());
    }
    Map<String, List<StoryVector>> components = new TreeMap<>();
    for (StoryVector v : vectors) {
      components.computeIfAbsent(uf.find(v.getArticleId()), x -> new ArrayList<>()).add(v);
    }
    Map<String, String> out = new TreeMap<>();
    for (List<StoryVector> component : components.values()) {
      for (List<StoryVector> members : s.splitEvents ? StorySplitter.split(component, s) : List.of(component)) {
        String id = Stories.storyId(members);
        for (StoryVector v : members) {
          out.put(v.getArticleId(), id);
        }
      }
    }
    return out;
  }
}
