package io.crossfact.eval.perturb;

import java.util.List;

/**
 * Maps offsets of the original text to offsets of the perturbed one, built from the edits in text order.
 *
 * <p>A span keeps what it held: a start maps before a replacement that begins at it and after an insertion at it
 * (inserted lines go before the span), an end maps after a replacement that ends at it and before an insertion at
 * it. An offset strictly inside a replaced range maps to the start (for a start) or end (for an end) of the
 * replacement, so a span never loses the changed characters it overlapped.
 */
public final class OffsetMap {
  private final int[] starts;
  private final int[] ends;
  /** Start of each edit's replacement in the perturbed text. */
  private final int[] newStarts;
  private final int[] lengths;

  OffsetMap(List<Edit> sorted) {
    int n = sorted.size();
    starts = new int[n];
    ends = new int[n];
    newStarts = new int[n];
    lengths = new int[n];
    int shift = 0;
    for (int i = 0; i < n; i++) {
      Edit e = sorted.get(i);
      starts[i] = e.start();
      ends[i] = e.end();
      newStarts[i] = e.start() + shift;
      lengths[i] = e.replacement().length();
      shift += e.delta();
    }
  }

  /** The identity map (no edits). */
  public static OffsetMap identity() {
    return new OffsetMap(List.of());
  }

  /** Where a span that starts at {@code offset} of the original starts in the perturbed text. */
  public int start(int offset) {
    int shift = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] > offset) {
        break;
      }
      boolean insertion = starts[i] == ends[i];
      if (insertion || ends[i] <= offset) {
        shift = newStarts[i] + lengths[i] - ends[i]; // the whole edit lies before the span
      } else {
        return newStarts[i]; // the span starts at or inside a replaced range: it starts with the replacement
      }
    }
    return offset + shift;
  }

  /** Where a span that ends at {@code offset} of the original ends in the perturbed text. */
  public int end(int offset) {
    int shift = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] >= offset) {
        break; // an insertion at the end goes after the span
      }
      if (ends[i] <= offset) {
        shift = newStarts[i] + lengths[i] - ends[i];
      } else {
        return newStarts[i] + lengths[i]; // the span ends inside a replaced range: it keeps all of the replacement
      }
    }
    return offset + shift;
  }

  /** Number of edits. */
  public int edits() {
    return starts.length;
  }

  /** Whether {@code [start, end)} of the perturbed text overlaps text an insertion put there. */
  public boolean touchesInsertion(int start, int end) {
    for (int i = 0; i < starts.length; i++) {
      int s = newStarts[i];
      int e = s + lengths[i];
      if (starts[i] == ends[i] && lengths[i] > 0 && s < end && start < e) {
        return true;
      }
    }
    return false;
  }
}
