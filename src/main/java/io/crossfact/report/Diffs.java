package io.crossfact.report;

import io.crossfact.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference between two versions of a quote, for the report's drift view.
 *
 * <p>Kept inside the report package on purpose: the report must render even when the comparison code changes its
 * own diff. Words compare typography- and case-insensitively and ignore punctuation stuck to them, so
 * {@code “We’ll win,”} and {@code "we'll win."} are the same two words; what the reader sees is the text as written.
 */
final class Diffs {
  private Diffs() {}

  static final String SAME = "same";
  static final String DEL = "del";
  static final String INS = "ins";

  /** Above this many cells the O(n·m) table costs more than the view is worth; the quotes are then shown replaced whole. */
  static final long MAX_CELLS = 4_000_000L;

  /** A run of consecutive words with the same operation; {@code text} is the words as written, space-separated. */
  record Piece(String op, String text) {
    public boolean isSame() { return SAME.equals(op); }
    public boolean isDel() { return DEL.equals(op); }
    public boolean isIns() { return INS.equals(op); }
  }

  /**
   * The pieces that turn {@code a} into {@code b}: words only in {@code a} are {@link #DEL}, words only in
   * {@code b} are {@link #INS}, shared words are {@link #SAME} (shown as written in {@code a}). Where a word was
   * replaced, the deletion comes before the insertion so the view reads "old new".
   */
  static List<Piece> words(String a, String b) {
    List<String> wa = tokens(a);
    List<String> wb = tokens(b);
    List<String> ka = keys(wa);
    List<String> kb = keys(wb);
    int n = wa.size();
    int m = wb.size();
    List<Piece> out = new ArrayList<>();
    if ((long) n * m > MAX_CELLS) {
      add(out, DEL, wa, 0, n);
      add(out, INS, wb, 0, m);
      return out;
    }
    // lcs[i][j] = length of the longest common subsequence of ka[i..] and kb[j..]; filled backwards so the walk
    // below can go forwards and emit pieces in reading order.
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = ka.get(i).equals(kb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && ka.get(i).equals(kb.get(j))) {
        add(out, SAME, wa, i, i + 1);
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        add(out, DEL, wa, i, i + 1);
        i++;
      } else {
        add(out, INS, wb, j, j + 1);
        j++;
      }
    }
    return out;
  }

  /** True when the pieces contain any change, i.e. the two quotes differ in their words. */
  static boolean changed(List<Piece> pieces) {
    for (Piece p : pieces) {
      if (!p.isSame()) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Piece> out, String op, List<String> words, int from, int to) {
    if (from >= to) {
      return;
    }
    String text = String.join(" ", words.subList(from, to));
    if (!out.isEmpty() && out.get(out.size() - 1).op().equals(op)) {
      Piece last = out.remove(out.size() - 1);
      text = last.text() + " " + text;
    } else if (!out.isEmpty() && op.equals(DEL) && out.get(out.size() - 1).isIns()) {
      // Keep "deleted then inserted" order inside a replaced stretch even when the walk interleaves them.
      Piece ins = out.remove(out.size() - 1);
      add(out, DEL, words, from, to);
      out.add(ins);
      return;
    }
    out.add(new Piece(op, text));
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String t : s.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> keys(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String n = TextNormalizer.normalize(w);
      int s = 0;
      int e = n.length();
      while (s < e && !Character.isLetterOrDigit(n.charAt(s))) {
        s++;
      }
      while (e > s && !Character.isLetterOrDigit(n.charAt(e - 1))) {
        e--;
      }
      // A word that is all punctuation (a dash, "...") compares as itself rather than as the empty string.
      out.add(s < e ? n.substring(s, e) : n);
    }
    return out;
  }
}
