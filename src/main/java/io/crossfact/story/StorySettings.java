package io.crossfact.story;

import java.io.Serializable;

/** The grouper's knobs, one set for every corpus. */
public final class StorySettings implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Features kept per article vector, strongest first. */
  public final int maxFeatures;
  /** Blocking keys per article: its strongest features that at least one other article shares. */
  public final int keys;
  /** Weight factor of names over key terms. */
  public final double nameBoost;
  /** Date-adjusted similarity a pair needs to be a candidate at all. */
  public final double minSimilarity;
  /** Date-adjusted similarity that links a pair by itself. */
  public final double strongSimilarity;
  /** Below the strong bar, a pair links only if each is among the other's this many most similar candidates. */
  public final int neighbours;
  /** Publication dates at most this many days apart agree. */
  public final int windowDays;
  /** Similarity taken off per doubling of the date gap beyond the window. */
  public final double gapPenalty;
  /**
   * The window of a block: each member meets the next this many in date order; a key in more articles than this is
   * split into time buckets ({@link StoryBlocker}).
   */
  public final int maxBlock;
  /**
   * Whether an article left alone once the stories are linked and split joins the story of its best candidate
   * ({@link StoryOrphans}). On in the shipped config; its figures are not compared in that story (docs/stories.md).
   */
  public final boolean orphanLinks;
  /**
   * Whether a story whose reports fall into two groups with names of their own is split in two
   * ({@link StorySplitter}). On in the shipped config.
   */
  public final boolean splitEvents;
  /**
   * Similarity an orphan's best candidate needs for the orphan link ({@link #orphanLinks}): above
   * {@link #minSimilarity}, so an article that only shares the vocabulary of its beat (politics, attacks) stays alone.
   */
  public final double orphanSimilarity;
  /**
   * Days between two time groups of a story beyond which the event split ({@link StorySplitter#bisectByTime}) reads
   * them as two events; 0: no split by time.
   */
  public final int splitGapDays;

  public StorySettings(int maxFeatures, int keys, double nameBoost, double minSimilarity, double strongSimilarity,
      int neighbours, int windowDays, double gapPenalty, int maxBlock) {
    this(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays, gapPenalty, maxBlock,
        true);
  }

  public StorySettings(int maxFeatures, int keys, double nameBoost, double minSimilarity, double strongSimilarity,
      int neighbours, int windowDays, double gapPenalty, int maxBlock, boolean orphanLinks) {
    this(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays, gapPenalty, maxBlock,
        orphanLinks, true, minSimilarity);
  }

  public StorySettings(int maxFeatures, int keys, double nameBoost, double minSimilarity, double strongSimilarity,
      int neighbours, int windowDays, double gapPenalty, int maxBlock, boolean orphanLinks, boolean splitEvents,
      double orphanSimilarity) {
    this(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays, gapPenalty, maxBlock,
        orphanLinks, splitEvents, orphanSimilarity, 0);
  }

  public StorySettings(int maxFeatures, int keys, double nameBoost, double minSimilarity, double strongSimilarity,
      int neighbours, int windowDays, double gapPenalty, int maxBlock, boolean orphanLinks, boolean splitEvents,
      double orphanSimilarity, int splitGapDays) {
    this.splitGapDays = splitGapDays;
    this.orphanSimilarity = orphanSimilarity;
    this.orphanLinks = orphanLinks;
    this.splitEvents = splitEvents;
    this.maxFeatures = maxFeatures;
    this.keys = keys;
    this.nameBoost = nameBoost;
    this.minSimilarity = minSimilarity;
    this.strongSimilarity = strongSimilarity;
    this.neighbours = neighbours;
    this.windowDays = windowDays;
    this.gapPenalty = gapPenalty;
    this.maxBlock = maxBlock;
  }

  /** The same settings with orphan links switched on or off. */
  public StorySettings withOrphanLinks(boolean on) {
    return new StorySettings(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays,
        gapPenalty, maxBlock, on, splitEvents, orphanSimilarity, splitGapDays);
  }

  /** The same settings with the event split ({@link StorySplitter}) switched on or off. */
  public StorySettings withSplitEvents(boolean on) {
    return new StorySettings(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays,
        gapPenalty, maxBlock, orphanLinks, on, orphanSimilarity, splitGapDays);
  }

  /** The same settings with another bar for orphan links. */
  public StorySettings withOrphanSimilarity(double bar) {
    return new StorySettings(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays,
        gapPenalty, maxBlock, orphanLinks, splitEvents, bar, splitGapDays);
  }

  /** The same settings with another time gap for the event split (0: no split by time). */
  public StorySettings withSplitGapDays(int days) {
    return new StorySettings(maxFeatures, keys, nameBoost, minSimilarity, strongSimilarity, neighbours, windowDays,
        gapPenalty, maxBlock, orphanLinks, splitEvents, orphanSimilarity, days);
  }

  /** The settings a run's config gives (its {@code stories.*} keys, blocks capped at {@code stories.maxBlock}). */

  public static StorySettings from(io.crossfact.config.CrossfactConfig c) {
    StorySettings d = defaults();
    return new StorySettings(d.maxFeatures, d.keys, d.nameBoost,
        c.getDouble(io.crossfact.config.CrossfactConfig.Key.STORIES_MIN_SIMILARITY),
        c.getDouble(io.crossfact.config.CrossfactConfig.Key.STORIES_STRONG_SIMILARITY),
        c.getInt(io.crossfact.config.CrossfactConfig.Key.STORIES_NEIGHBOURS),
        c.getInt(io.crossfact.config.CrossfactConfig.Key.STORIES_WINDOW_DAYS), d.gapPenalty,
        c.getInt(io.crossfact.config.CrossfactConfig.Key.STORIES_MAX_BLOCK),
        c.getInt(io.crossfact.config.CrossfactConfig.Key.STORIES_ORPHAN_LINKS) == 1,
        c.getInt(io.crossfact.config.CrossfactConfig.Key.STORIES_SPLIT_EVENTS) == 1,
        c.getDouble(io.crossfact.config.CrossfactConfig.Key.STORIES_ORPHAN_SIMILARITY),
        c.getInt(io.crossfact.config.CrossfactConfig.Key.STORIES_SPLIT_GAP_DAYS));
  }

  /** The shipped settings (conf/crossfact.properties): orphans attached, event split on. */
  public static StorySettings defaults() {
    return new StorySettings(200, 8, 1.5, 0.10, 0.30, 2, 7, 0.08, 20, true, true, 0.20, 365);
  }
}
