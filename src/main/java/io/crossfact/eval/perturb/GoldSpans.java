package io.crossfact.eval.perturb;

import java.util.List;

/**
 * What a perturbation may know of the gold: ranges it must keep whole ({@code keep}: an attribution from its Source
 * to its Content, so no inserted line splits a quote from its speaker) and speaker mentions it may rewrite
 * ({@code speakers}). Offsets index the original text.
 */
public record GoldSpans(List<int[]> keep, List<int[]> speakers) {
  public static final GoldSpans NONE = new GoldSpans(List.of(), List.of());

  public GoldSpans {
    keep = List.copyOf(keep);
    speakers = List.copyOf(speakers);
  }

  /** Whether an offset lies strictly inside a range to keep whole (its ends are fine: text may go before or after). */
  public boolean splits(int offset) {
    for (int[] k : keep) {
      if (k[0] < offset && offset < k[1]) {
        return true;
      }
    }
    return false;
  }
}
