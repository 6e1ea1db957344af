package io.crossfact.compare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Word-level diff by longest common subsequence. Runs of the same kind are merged, so "we will not raise" vs
 * "we will raise" is {@code EQUAL "we will"}, {@code DELETE "not"}, {@code EQUAL "raise"}. Where a change is a
 * substitution, the {@code DELETE} run always comes before its {@code INSERT} run, so output is the same on every
 * call and a reader sees "old → new".
 */
public final class WordDiff {
  private WordDiff() {}

  /** What a run of words does going from the first sequence to the second. */
  public enum Kind { EQUAL, DELETE, INSERT }

  /** One run of words: in both sequences, only in the first (DELETE) or only in the second (INSERT). */
  public static final class Op implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final List<String> words;

    public Op(Kind kind, List<String> words) {
      this.kind = Objects.requireNonNull(kind);
      this.words = List.copyOf(words);
    }

    public Kind kind() { return kind; }

    /** The words of the run joined by single spaces. */
    public String text() { return String.join(" ", words); }

    public List<String> words() { return words; }

    /** Bean-style accessors for templates (Pebble, Mustache) that look for getters. */
    public Kind getKind() { return kind; }

    public String getText() { return text(); }

    @Override
    public boolean equals(Object o) {
      return o instanceof Op && ((Op) o).kind == kind && ((Op) o).words.equals(words);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + words.hashCode();
    }

    @Override
    public String toString() {
      return kind + "(" + text() + ")";
    }
  }

  /** The edit script turning {@code a} into {@code b}. O(|a|·|b|) time and memory; quotes and sentences are short. */
  public static List<Op> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = table(a, b);
    List<Op> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    Kind cur = null;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      Kind k;
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        k = Kind.EQUAL;
      } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        k = Kind.DELETE;
      } else {
        k = Kind.INSERT;
      }
      if (k != cur && cur != null) {
        out.add(new Op(cur, run));
        run.clear();
      }
      cur = k;
      if (k == Kind.EQUAL) {
        run.add(a.get(i++));
        j++;
      } else if (k == Kind.DELETE) {
        run.add(a.get(i++));
      } else {
        run.add(b.get(j++));
      }
    }
    if (cur != null) {
      out.add(new Op(cur, run));
    }
    return Collections.unmodifiableList(reorder(out));
  }

  /** Length of the longest common subsequence of two word lists. */
  public static int lcsLength(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return table(a, b)[0][0];
  }

  /**
   * Order-aware similarity in [0,1]: 2·LCS / (|a| + |b|). Unlike a set Jaccard it sees a moved or repeated word, and
   * a single dropped "not" in a ten-word quote still scores 0.95.
   */
  public static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    return 2.0 * lcsLength(a, b) / (a.size() + b.size());
  }

  /** Suffix table: lcs[i][j] = LCS of a[i..] and b[j..]. */
  private static int[][] table(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }

  /** The walk can emit INSERT before DELETE inside one change; put DELETE first and merge neighbours. */
  private static List<Op> reorder(List<Op> ops) {
    List<Op> out = new ArrayList<>();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind() == Kind.EQUAL) {
        out.add(ops.get(i++));
        continue;
      }
      List<String> del = new ArrayList<>();
      List<String> ins = new ArrayList<>();
      while (i < ops.size() && ops.get(i).kind() != Kind.EQUAL) {
        (ops.get(i).kind() == Kind.DELETE ? del : ins).addAll(ops.get(i).words());
        i++;
      }
      if (!del.isEmpty()) {
        out.add(new Op(Kind.DELETE, del));
      }
      if (!ins.isEmpty()) {
        out.add(new Op(Kind.INSERT, ins));
      }
    }
    return out;
  }
}
