package io.crossfact.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One described discrepancy of a gold file and the rules that match a finding to it (the same rules as
 * {@code shared/tools/eval_findings_gold.py}): the type is equal (figure_conflict and figure_drift are one family);
 * {@code subject_has}, when given, has one of its {@code |}-separated alternatives in the finding's subject or key
 * (case-insensitive); {@code articles}, when given, holds article_a on one side and article_b on the other, or
 * article_a on either side when the finding has no article_b.
 */
public record GoldEntry(String id, Kind kind, String type, String subjectHas, List<List<String>> articles,
    String evidence) {

  /** The three lists of a gold file. */
  public enum Kind {
    MUST("must_flag"), BONUS("bonus"), TRAP("must_not_flag");

    final String key;

    Kind(String key) {
      this.key = key;
    }

    public boolean positive() {
      return this != TRAP;
    }
  }

  private static final Pattern EVIDENCE = Pattern.compile("\\[([^\\]|]+?) \\|[^\\]]*\\] \"(.*?)\"(?= \\|\\| \\[|$)");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  static String family(String type) {
    String t = type == null ? "" : type.trim();
    return t.equals("figure_conflict") || t.equals("figure_drift") ? "figure" : t;
  }

  /** Whether the finding (a discrepancies.csv row by column name) matches this entry. */
  public boolean matches(Map<String, String> f) {
    if (!family(type).equals(family(f.get("type")))) {
      return false;
    }
    if (subjectHas != null && !subjectHas.isEmpty()) {
      String hay = (nz(f.get("subject")) + " \u0001 " + nz(f.get("key"))).toLowerCase(Locale.ROOT);
      boolean any = false;
      for (String alt : subjectHas.split("\\|")) {
        String a = alt.trim().toLowerCase(Locale.ROOT);
        if (!a.isEmpty() && hay.contains(a)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    if (articles != null && articles.size() == 2) {
      Set<String> s1 = new HashSet<>(articles.get(0));
      Set<String> s2 = new HashSet<>(articles.get(1));
      String a = nz(f.get("article_a")).trim();
      String b = nz(f.get("article_b")).trim();
      if (!b.isEmpty()) {
        return (s1.contains(a) && s2.contains(b)) || (s2.contains(a) && s1.contains(b));
      }
      return s1.contains(a) || s2.contains(a);
    }
    return true;
  }

  /** How well the finding's two evidence sentences agree with the sentences quoted in this entry (Jaccard sums). */
  public double evidenceScore(Map<String, String> f) {
    Matcher m = EVIDENCE.matcher(evidence == null ? "" : evidence);
    List<String[]> sents = new java.util.ArrayList<>();
    while (m.find()) {
      sents.add(new String[] {m.group(1).trim(), m.group(2)});
    }
    if (sents.isEmpty()) {
      return 0.0;
    }
    double total = 0.0;
    String[][] sides = {{f.get("article_a"), f.get("evidence_a")}, {f.get("article_b"), f.get("evidence_b")}};
    for (String[] side : sides) {
      Set<String> w = words(side[1]);
      if (w.isEmpty()) {
        continue;
      }
      String art = nz(side[0]).trim();
      List<String[]> same = sents.stream().filter(s -> s[0].equals(art)).toList();
      if (same.isEmpty()) {
        same = sents;
      }
      double best = 0;
      for (String[] s : same) {
        Set<String> sw = words(s[1]);
        Set<String> inter = new HashSet<>(w);
        inter.retainAll(sw);
        Set<String> union = new HashSet<>(w);
        union.addAll(sw);
        best = Math.max(best, inter.size() / (double) Math.max(1, union.size()));
      }
      total += best;
    }
    return total;
  }

  static Set<String> words(String t) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(nz(t).toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
