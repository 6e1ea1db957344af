package io.crossfact.normalize;

import java.util.Arrays;

/**
 * Offsets in a repaired text mapped back to the text it was repaired from. The repair only inserts characters and
 * replaces characters in place (same length), so the map is the sorted list of inserted positions.
 *
 * <p>One rule serves span starts and (exclusive) span ends alike: an offset moves back by the number of inserted
 * characters before it. A start on an inserted character lands on the original character after it; an end just
 * past an inserted character lands where the insertion was made, so no span ever covers a character the original
 * text lacks.
 */
public final class OffsetMap {
  private static final OffsetMap IDENTITY = new OffsetMap(new int[0]);

  /** Offsets in the repaired text of the inserted characters, ascending. */
  private final int[] inserted;

  private OffsetMap(int[] inserted) {
    this.inserted = inserted;
  }

  public static OffsetMap identity() {
    return IDENTITY;
  }

  /**
   * The map of a repair that inserted one character before each of {@code originalPositions} (ascending offsets
   * into the original; a position repeated inserts several characters there).
   */
  public static OffsetMap ofInsertions(int[] originalPositions) {
    if (originalPositions.length == 0) {
      return IDENTITY;
    }
    int[] sorted = originalPositions.clone();
    Arrays.sort(sorted);
    int[] repaired = new int[sorted.length];
    for (int j = 0; j < sorted.length; j++) {
      repaired[j] = sorted[j] + j;
    }
    return new OffsetMap(repaired);
  }

  public boolean isIdentity() {
    return inserted.length == 0;
  }

  /** How many characters the repair inserted. */
  public int insertions() {
    return inserted.length;
  }

  /** A repaired offset (span start or exclusive end) as an offset into the original text. */
  public int toOriginal(int repaired) {
    return repaired - insertedBefore(repaired);
  }

  /** An original offset as the offset of the same character in the repaired text. */
  public int toRepaired(int original) {
    // the j-th insertion (0-based) precedes original offset o when its original position p_j = inserted[j] - j <= o
    int lo = 0;
    int hi = inserted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (inserted[mid] - mid <= original) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return original + lo;
  }

  /** Whether the repaired text's character at {@code repaired} was inserted by the repair. */
  public boolean isInserted(int repaired) {
    return Arrays.binarySearch(inserted, repaired) >= 0;
  }

  private int insertedBefore(int repaired) {
    int lo = 0;
    int hi = inserted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (inserted[mid] < repaired) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
