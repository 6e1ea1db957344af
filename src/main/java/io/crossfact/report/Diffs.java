package io.crossfact.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import io.crossfact.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-level differences for the report: between two versions of a quote, and between the whole bodies of two
 * copies of one text. Always called earlier first, later second, so a deletion is what the later text dropped and
 * an insertion what it added, the direction the explanation reads in.
 *
 * <p>The diff itself is java-diff-utils' Myers diff (linear space, fast on long articles). Words compare
 * typography- and case-insensitively and ignore punctuation stuck to them, so {@code “We’ll win,”} and
 * {@code "we'll win."} are the same two words; what the reader sees is the text as written.
 */
final class Diffs {
  private Diffs() {}

  static final String SAME = "same";
  static final String DEL = "del";
  static final String INS = "ins";
  /** Unchanged words of a whole-text diff left out of the page; {@code text} says how many. */
  static final String SKIP = "skip";

  /** Above this many words on either side a quote is shown replaced whole. */
  static final int MAX_QUOTE_WORDS = 2000;
  /** Unchanged words kept on each side of a change in a whole-text diff. */
  static final int CONTEXT = 8;
  /** Changed words a whole-text diff shows at most; the rest is counted, so a page with many copies stays small. */
  static final int MAX_CHANGED_WORDS = 400;

  /** A run of consecutive words with the same operation; {@code text} is the words as written, space-separated. */
  record Piece(String op, String text) {
    public boolean isSame() { return SAME.equals(op); }
    public boolean isDel() { return DEL.equals(op); }
    public boolean isIns() { return INS.equals(op); }
    public boolean isSkip() { return SKIP.equals(op); }
  }

  /** The whole-text diff of two bodies: its pieces, and counts for the heading. */
  record Body(List<Piece> pieces, int deleted, int inserted, int same, boolean truncated) {
    public boolean identical() { return deleted == 0 && inserted == 0; }
  }

  /**
   * The pieces that turn {@code earlier} into {@code later}: words only in {@code earlier} are {@link #DEL}, words
   * only in {@code later} are {@link #INS}, shared words are {@link #SAME} (shown as written in {@code earlier}).
   * Where a word was replaced, the deletion comes before the insertion so the view reads "old new".
   */
  static List<Piece> words(String earlier, String later) {
    List<String> wa = tokens(earlier);
    List<String> wb = tokens(later);
    List<Piece> out = new ArrayList<>();
    if (wa.size() > MAX_QUOTE_WORDS || wb.size() > MAX_QUOTE_WORDS) {
      add(out, DEL, wa, 0, wa.size());
      add(out, INS, wb, 0, wb.size());
      return out;
    }
    int i = 0;
    for (AbstractDelta<String> d : deltas(wa, wb)) {
      Chunk<String> src = d.getSource();
      Chunk<String> tgt = d.getTarget();
      add(out, SAME, wa, i, src.getPosition());
      add(out, DEL, wa, src.getPosition(), src.getPosition() + src.size());
      add(out, INS, wb, tgt.getPosition(), tgt.getPosition() + tgt.size());
      i = src.getPosition() + src.size();
    }
    add(out, SAME, wa, i, wa.size());
    return out;
  }

  /**
   * Which words of each side changed: {@code [0]} flags the words of {@code earlier} the later text dropped or
   * replaced, {@code [1]} the words of {@code later} it added; indexes are those of {@link #tokens}.
   */
  static boolean[][] changedWords(List<String> earlier, List<String> later) {
    boolean[] a = new boolean[earlier.size()];
    boolean[] b = new boolean[later.size()];
    for (AbstractDelta<String> d : deltas(earlier, later)) {
      for (int k = 0; k < d.getSource().size(); k++) {
        a[d.getSource().getPosition() + k] = true;
      }
      for (int k = 0; k < d.getTarget().size(); k++) {
        b[d.getTarget().getPosition() + k] = true;
      }
    }
    return new boolean[][] {a, b};
  }

  /**
   * The whole-text diff of two bodies, earlier first: every change with {@link #CONTEXT} words around it, each
   * longer unchanged stretch replaced by a {@link #SKIP} piece that counts its words, and at most
   * {@link #MAX_CHANGED_WORDS} changed words (the rest counted in a last skip piece).
   */
  static Body body(String earlier, String later) {
    List<String> wa = tokens(earlier);
    List<String> wb = tokens(later);
    List<AbstractDelta<String>> deltas = deltas(wa, wb);
    List<Piece> out = new ArrayList<>();
    int deleted = 0;
    int inserted = 0;
    int shownChanged = 0;
    int i = 0;
    boolean truncated = false;
    int hidden = 0;
    for (int n = 0; n < deltas.size(); n++) {
      AbstractDelta<String> d = deltas.get(n);
      int start = d.getSource().getPosition();
      if (shownChanged >= MAX_CHANGED_WORDS) {
        truncated = true;
        hidden++;
        deleted += d.getSource().size();
        inserted += d.getTarget().size();
        continue;
      }
      context(out, wa, i, start, n == 0);
      add(out, DEL, wa, start, start + d.getSource().size());
      add(out, INS, wb, d.getTarget().getPosition(), d.getTarget().getPosition() + d.getTarget().size());
      deleted += d.getSource().size();
      inserted += d.getTarget().size();
      shownChanged += d.getSource().size() + d.getTarget().size();
      i = start + d.getSource().size();
    }
    if (truncated) {
      out.add(new Piece(SKIP, hidden == 1 ? "1 more change not shown"
          : String.format(Locale.ROOT, "%d more changes not shown", hidden)));
    } else if (!deltas.isEmpty()) {
      int end = Math.min(wa.size(), i + CONTEXT);
      add(out, SAME, wa, i, end);
      skip(out, wa.size() - end);
    }
    return new Body(out, deleted, inserted, wa.size() - deleted, truncated);
  }

  /** The unchanged words between {@code from} and {@code to}: their ends kept as context, the middle counted. */
  private static void context(List<Piece> out, List<String> words, int from, int to, boolean first) {
    int keepHead = first ? 0 : CONTEXT;
    if (to - from <= keepHead + CONTEXT + 3) {
      add(out, SAME, words, from, to);
      return;
    }
    add(out, SAME, words, from, from + keepHead);
    skip(out, to - CONTEXT - (from + keepHead));
    add(out, SAME, words, to - CONTEXT, to);
  }

  private static void skip(List<Piece> out, int n) {
    if (n > 0) {
      out.add(new Piece(SKIP, n == 1 ? "1 word unchanged" : n + " words unchanged"));
    }
  }

  private static List<AbstractDelta<String>> deltas(List<String> a, List<String> b) {
    return DiffUtils.diff(keys(a), keys(b)).getDeltas();
  }

  /** True when the pieces contain any change, i.e. the two quotes differ in their words. */
  static boolean changed(List<Piece> pieces) {
    for (Piece p : pieces) {
      if (p.isDel() || p.isIns()) {
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

  static List<String> keys(List<String> words) {
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
      out.add(s < e ? n.substring(s, e).toLowerCase(Locale.ROOT) : n);
    }
    return out;
  }
}
