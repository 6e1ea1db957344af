package io.crossfact.compare.variants;

import java.util.List;

/** One place where two renderings differ: the earlier quote's words {@code [e0, e1)} became the later's {@code [l0, l1)}. */
public record Change(QuoteText earlier, QuoteText later, int e0, int e1, int l0, int l1) {
  public static Change of(Alignment a, Alignment.Segment s) {
    return new Change(a.earlier, a.later, s.e0(), s.e1(), s.l0(), s.l1());
  }

  public List<String> removed() {
    return earlier.words.subList(e0, e1);
  }

  public List<String> added() {
    return later.words.subList(l0, l1);
  }

  public boolean oneSided() {
    return e0 == e1 || l0 == l1;
  }

  /** "'x' became 'y'", "'x' was dropped", "'y' was added". */
  public String describe() {
    String r = String.join(" ", removed());
    String a = String.join(" ", added());
    if (r.isEmpty()) {
      return "'" + clip(a) + "' was added";
    }
    if (a.isEmpty()) {
      return "'" + clip(r) + "' was dropped";
    }
    return "'" + clip(r) + "' became '" + clip(a) + "'";
  }

  private static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "\u2026";
  }
}
