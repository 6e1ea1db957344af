package io.crossfact.eval.perturb;

/**
 * One change of the original text: the characters {@code [start, end)} replaced by {@code replacement}. An insertion
 * has {@code start == end}; a deletion has an empty replacement.
 */
public record Edit(int start, int end, String replacement) {
  public Edit {
    if (start < 0 || end < start || replacement == null) {
      throw new IllegalArgumentException("bad edit [" + start + ", " + end + ")");
    }
  }

  public boolean isInsertion() {
    return start == end;
  }

  int delta() {
    return replacement.length() - (end - start);
  }
}
