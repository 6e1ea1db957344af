package io.crossfact.eval.perturb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A perturbed text, the edits that made it from the original, and the map of original offsets into it. */
public final class Perturbed {
  private final String text;
  private final List<Edit> edits;
  private final OffsetMap offsets;

  private Perturbed(String text, List<Edit> edits) {
    this.text = text;
    this.edits = List.copyOf(edits);
    this.offsets = new OffsetMap(edits);
  }

  public String text() {
    return text;
  }

  /** The edits in text order (an insertion before a replacement at the same offset). */
  public List<Edit> edits() {
    return edits;
  }

  /** Number of places changed. */
  public int sites() {
    return edits.size();
  }

  public OffsetMap offsets() {
    return offsets;
  }

  /** The original text with no change. */
  public static Perturbed unchanged(String text) {
    return new Perturbed(text, List.of());
  }

  /** Collects edits of one original text, then applies them all at once. */
  public static final class Builder {
    private final String original;
    private final List<Edit> edits = new ArrayList<>();

    public Builder(String original) {
      this.original = original;
    }

    public Builder replace(int start, int end, String replacement) {
      if (end > original.length()) {
        throw new IllegalArgumentException("edit past the end: " + end + " > " + original.length());
      }
      edits.add(new Edit(start, end, replacement));
      return this;
    }

    public Builder insert(int at, String s) {
      return replace(at, at, s);
    }

    public Builder delete(int start, int end) {
      return replace(start, end, "");
    }

    /**
     * Applies the edits. Replaced ranges must not overlap; insertions at one offset keep the order they were added
     * in and go before a replacement that starts there.
     */
    public Perturbed build() {
      List<Edit> sorted = new ArrayList<>(edits);
      // a stable sort: insertions at one offset keep their order
      sorted.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> e.isInsertion() ? 0 : 1));
      StringBuilder b = new StringBuilder(original.length() + 64);
      int at = 0;
      for (Edit e : sorted) {
        if (e.start() < at) {
          throw new IllegalArgumentException("overlapping edits at " + e.start());
        }
        b.append(original, at, e.start()).append(e.replacement());
        at = e.end();
      }
      b.append(original, at, original.length());
      return new Perturbed(b.toString(), sorted);
    }
  }
}
