package io.crossfact.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Candidate pairs without a cartesian product: articles meet only in the blocks of the features they share among
 * their strongest. A block larger than {@link StorySettings#maxBlock} (a name in every report for months) is split
 * into time buckets, each article in its own bucket and the next, so two reports a bucket apart still meet; inside a
 * block still too large, each article is compared with the next {@code maxBlock} in date order only.
 */
public final class StoryBlocker {
  /** Block suffix of undated articles in a split block. */
  static final String UNDATED = "|u";

  private StoryBlocker() {}

  /** The block keys of one article, given the keys too large to compare whole. */
  public static List<String> blocks(StoryVector v, Set<String> oversized, StorySettings s) {
    List<String> out = new ArrayList<>();
    LocalDate d = StoryLinker.date(v.getPublished());
    for (String k : v.getKeys()) {
      if (!oversized.contains(k)) {
        out.add(k);
      } else if (d == null) {
        out.add(k + UNDATED);
      } else {
        long bucket = Math.floorDiv(d.toEpochDay(), bucketDays(s));
        out.add(k + "|" + bucket);
        out.add(k + "|" + (bucket + 1));
      }
    }
    return out;
  }

  /** Width of the time buckets of a split block: a month at least, so a story's first weeks stay together. */
  static int bucketDays(StorySettings s) {
    return Math.max(30, 4 * s.windowDays);
  }

  /** Date order: dated first by date, then undated; ties by article id. */
  public static final Comparator<StoryVector> ORDER = Comparator
      .comparing((StoryVector v) -> v.getPublished().isEmpty() ? "~" : v.getPublished())
      .thenComparing(StoryVector::getArticleId);

  /**
   * The candidate pairs of block {@code key} that meet here first: two articles sharing several blocks (most
   * similar reports share several of their strongest features) are compared once, in the first block they share
   * by key order, not once per shared block. At most {@code maxBlock} partners per member, as {@link #pairs}.
   */
  public static void firstPairs(String key, List<StoryVector> block, Set<String> oversized, StorySettings s,
      BiConsumer<StoryVector, StoryVector> out) {
    java.util.Map<String, String[]> keysOf = new java.util.HashMap<>();
    for (StoryVector v : block) {
      String[] b = blocks(v, oversized, s).toArray(new String[0]);
      java.util.Arrays.sort(b);
      keysOf.put(v.getArticleId(), b);
    }
    pairs(block, s, (a, b) -> {
      if (key.equals(firstShared(keysOf.get(a.getArticleId()), keysOf.get(b.getArticleId())))) {
        out.accept(a, b);
      }
    });
  }

  /** The smallest string in both sorted arrays, or null. */
  static String firstShared(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        return a[i];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return null;
  }

  /** Every candidate pair of one block, at most {@code maxBlock} partners per member. */
  public static void pairs(List<StoryVector> block, StorySettings s, BiConsumer<StoryVector, StoryVector> out) {
    List<StoryVector> m = new ArrayList<>(block);
    m.sort(ORDER);
    for (int i = 0; i < m.size(); i++) {
      int end = Math.min(m.size(), i + 1 + s.maxBlock);
      for (int j = i + 1; j < end; j++) {
        out.accept(m.get(i), m.get(j));
      }
    }
  }
}
