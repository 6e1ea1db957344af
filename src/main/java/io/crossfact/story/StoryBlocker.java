package io.crossfact.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Candidate pairs without a cartesian product (sorted-neighbourhood blocking): articles meet only in the blocks of
 * the features they share among their strongest, and inside a block each article is compared with the next
 * {@link StorySettings#maxBlock} only, in date order (an undated article at the date its text suggests,
 * {@link StoryVector#getEstimated}). A block larger than that (a name in every report for months) is split into time
 * buckets, each article in its own bucket and the next, so two reports a bucket apart still meet. Every article
 * thus meets at most {@code 2 * keys * maxBlock} others, however dense the archive: the stage's work per article is
 * bounded, hence linear in the archive.
 */
public final class StoryBlocker {
  /** Block suffix of undated articles in a split block. */
  static final String UNDATED = "|u";

  private StoryBlocker() {}

  /** The block keys of one article, given the keys too large to compare whole. */
  public static List<String> blocks(StoryVector v, Set<String> oversized, StorySettings s) {
    List<String> out = new ArrayList<>();
    LocalDate d = StoryLinker.date(when(v));
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

  /**
   * The date an article is placed at in a block: its publication date, else its text's estimate, else {@code "~"}
   * (after every date, and no date to {@link StoryLinker#date}).
   */
  static String when(StoryVector v) {
    String p = v.getPublished();
    return !p.isEmpty() ? p : !v.getEstimated().isEmpty() ? v.getEstimated() : "~";
  }

  /** Date order: dated first by date, then undated; ties by article id. It names a story by its earliest member. */
  public static final Comparator<StoryVector> ORDER = Comparator
      .comparing((StoryVector v) -> v.getPublished().isEmpty() ? "~" : v.getPublished())
      .thenComparing(StoryVector::getArticleId);

  /**
   * The order of a block's window: by {@link #when} (an undated article at its estimated date, those with neither
   * last), ties by article id.
   */
  static final Comparator<StoryVector> WINDOW_ORDER = Comparator.comparing(StoryBlocker::when)
      .thenComparing(StoryVector::getArticleId);

  /**
   * Every candidate pair of one block: each member with the next {@code maxBlock} in {@link #WINDOW_ORDER}, the
   * earlier first. A pair sharing several blocks is met in each where the two are that close; the caller keeps it
   * once.
   */
  public static void pairs(List<StoryVector> block, StorySettings s, BiConsumer<StoryVector, StoryVector> out) {
    List<StoryVector> m = new ArrayList<>(block);
    m.sort(WINDOW_ORDER);
    for (int i = 0; i < m.size(); i++) {
      int end = Math.min(m.size(), i + 1 + s.maxBlock);
      for (int j = i + 1; j < end; j++) {
        out.accept(m.get(i), m.get(j));
      }
    }
  }
}
