package io.crossfact.compare.variants;

import java.util.ArrayList;
import java.util.List;

/**
 * Two renderings of one utterance aligned word by word: an overlap alignment (words one side has before or after the
 * other starts or ends cost nothing; inside, a gap or a substitution costs) that cuts the result into segments.
 *
 * <ul>
 *   <li>{@code EQUAL}: the same words on both sides;
 *   <li>{@code CHANGE}: words that differ between two shared runs, or before the first / after the last shared run
 *       when both sides have words there (a changed opening, "If they don't pass" / "To pass");
 *   <li>{@code EDGE}: words only one side has before the first or after the last shared run: the excerpts were cut
 *       in different places, nothing was changed. Also words both sides have there when each starts (or ends) a
 *       sentence: two different lead-in sentences of one speech.
 * </ul>
 */
public final class Alignment {
  public enum Kind { EQUAL, CHANGE, EDGE }

  /** One segment: earlier words {@code [e0, e1)} against later words {@code [l0, l1)}. */
  public record Segment(Kind kind, int e0, int e1, int l0, int l1) {
    public boolean oneSided() {
      return e0 == e1 || l0 == l1;
    }
  }

  private static final int MATCH = 2;
  private static final int MISMATCH = -1;
  private static final int GAP = -1;

  public final QuoteText earlier;
  public final QuoteText later;
  public final List<Segment> segments;

  private Alignment(QuoteText earlier, QuoteText later, List<Segment> segments) {
    this.earlier = earlier;
    this.later = later;
    this.segments = segments;
  }

  /** Words both sides share in aligned order. */
  public int shared() {
    int s = 0;
    for (Segment g : segments) {
      if (g.kind() == Kind.EQUAL) {
        s += g.e1() - g.e0();
      }
    }
    return s;
  }

  /** Segments where the renderings differ inside the shared span. */
  public List<Segment> changes() {
    return segments.stream().filter(g -> g.kind() == Kind.CHANGE).toList();
  }

  public boolean hasEdges() {
    return segments.stream().anyMatch(g -> g.kind() == Kind.EDGE);
  }

  /**
   * Whether the two are one utterance rendered twice: at least {@code minShared} words in order, covering at least
   * {@code minCover} of the shorter quote (its editor's words left out). A longer or shorter excerpt, or another
   * sentence of the same speech, shares a stock phrase at most.
   */
  public boolean sameUtterance(int minShared, double minCover) {
    int shared = shared();
    int shorter = Math.min(earlier.size() - earlier.editorial.size(), later.size() - later.editorial.size());
    return shared >= minShared && shared >= minCover * Math.max(1, shorter);
  }

  public static Alignment of(QuoteText earlier, QuoteText later) {
    List<String> a = earlier.words;
    List<String> b = later.words;
    int n = a.size();
    int m = b.size();
    int[][] h = new int[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        boolean eq = a.get(i - 1).equals(b.get(j - 1));
        int best = h[i - 1][j - 1] + (eq ? MATCH : MISMATCH);
        best = Math.max(best, h[i - 1][j] + GAP);
        best = Math.max(best, h[i][j - 1] + GAP);
        h[i][j] = best;
      }
    }
    // free end gaps: the alignment may end anywhere on the last row or column
    int bi = n;
    int bj = m;
    int bestEnd = h[n][m];
    for (int j = 0; j <= m; j++) {
      if (h[n][j] > bestEnd) {
        bestEnd = h[n][j];
        bi = n;
        bj = j;
      }
    }
    for (int i = 0; i <= n; i++) {
      if (h[i][m] > bestEnd) {
        bestEnd = h[i][m];
        bi = i;
        bj = m;
      }
    }
    // traceback to pairs of equal words (substitutions and gaps become CHANGE segments between them)
    List<int[]> pairs = new ArrayList<>();
    int i = bi;
    int j = bj;
    while (i > 0 && j > 0) {
      boolean eq = a.get(i - 1).equals(b.get(j - 1));
      if (h[i][j] == h[i - 1][j - 1] + (eq ? MATCH : MISMATCH)) {
        if (eq) {
          pairs.add(new int[] {i - 1, j - 1});
        }
        i--;
        j--;
      } else if (h[i][j] == h[i - 1][j] + GAP) {
        i--;
      } else {
        j--;
      }
    }
    java.util.Collections.reverse(pairs);
    return new Alignment(earlier, later, segments(earlier, later, pairs));
  }

  private static List<Segment> segments(QuoteText earlier, QuoteText later, List<int[]> pairs) {
    List<Segment> out = new ArrayList<>();
    int n = earlier.size();
    int m = later.size();
    if (pairs.isEmpty()) {
      out.add(new Segment(Kind.CHANGE, 0, n, 0, m));
      return out;
    }
    int pe = 0;
    int pl = 0;
    int k = 0;
    while (k < pairs.size()) {
      int e = pairs.get(k)[0];
      int l = pairs.get(k)[1];
      if (e > pe || l > pl) {
        boolean lead = out.isEmpty();
        out.add(new Segment(lead && edge(earlier, later, pe, e, pl, l) ? Kind.EDGE : Kind.CHANGE, pe, e, pl, l));
      }
      int run = 1;
      while (k + run < pairs.size() && pairs.get(k + run)[0] == e + run && pairs.get(k + run)[1] == l + run) {
        run++;
      }
      out.add(new Segment(Kind.EQUAL, e, e + run, l, l + run));
      pe = e + run;
      pl = l + run;
      k += run;
    }
    if (pe < n || pl < m) {
      out.add(new Segment(trailingEdge(earlier, later, pe, pl) ? Kind.EDGE : Kind.CHANGE, pe, n, pl, m));
    }
    return out;
  }

  /** Words before the first shared run: an edge when one side has none, or both shared runs start a sentence. */
  private static boolean edge(QuoteText earlier, QuoteText later, int e0, int e1, int l0, int l1) {
    return e0 == e1 || l0 == l1
        || earlier.sentenceStarts.contains(e1) && later.sentenceStarts.contains(l1);
  }

  /** Words after the last shared run: an edge when one side has none, or both extra stretches start a sentence. */
  private static boolean trailingEdge(QuoteText earlier, QuoteText later, int e0, int l0) {
    return e0 == earlier.size() || l0 == later.size()
        || earlier.sentenceStarts.contains(e0) && later.sentenceStarts.contains(l0);
  }
}
