package io.crossfact.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a run's findings against verdicts: precision per type and overall, recall of the labelled real findings,
 * the labelled false ones (traps) flagged again, and the findings nobody has judged yet. With gold entries the
 * matching and its tie-breaks are those of {@code shared/tools/eval_findings_gold.py}, so the counts agree with it.
 */
public final class FindingsEval {
  private FindingsEval() {}

  /** The counts of one scoring; {@link #toString()} is the printed report, ending with {@link #summary()}. */
  public static final class Report {
    final String name;
    final boolean gold;
    /** type -> [findings, real, false]. */
    final Map<String, int[]> byType = new TreeMap<>();
    final List<String> unjudged = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<String> missedReal = new ArrayList<>();
    final List<String> trapsFlagged = new ArrayList<>();
    int findings;
    int realFound;
    int realLabelled;
    int trapsLabelled;
    // gold only
    int mustFound;
    int must;
    int bonusFound;
    int bonus;
    int matchedReal;
    int knownFalse;

    Report(String name, boolean gold) {
      this.name = name;
      this.gold = gold;
    }

    public int findings() { return findings; }
    public int realFound() { return realFound; }
    public int realLabelled() { return realLabelled; }
    public int trapsFlagged() { return trapsFlagged.size(); }
    public int trapsLabelled() { return trapsLabelled; }
    public List<String> unjudged() { return unjudged; }
    public List<String> missedReal() { return missedReal; }
    public int mustFound() { return mustFound; }
    public int must() { return must; }

    /** [findings, real, false] of one type, or zeros. */
    public int[] counts(String type) {
      return byType.getOrDefault(type, new int[3]).clone();
    }

    public int real() {
      return byType.values().stream().mapToInt(c -> c[1]).sum();
    }

    public int falseCount() {
      return byType.values().stream().mapToInt(c -> c[2]).sum();
    }

    /** Real over judged findings of one type; NaN when none is judged. */
    public double precision(String type) {
      int[] c = counts(type);
      return c[1] + c[2] == 0 ? Double.NaN : c[1] / (double) (c[1] + c[2]);
    }

    public double precision() {
      int judged = real() + falseCount();
      return judged == 0 ? Double.NaN : real() / (double) judged;
    }

    private static String p(double v) {
      return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    public String summary() {
      StringBuilder s = new StringBuilder(name).append(": ");
      if (gold) {
        s.append(String.format(Locale.ROOT, "must=%d/%d bonus=%d/%d wrongly=%d/%d | findings=%d matched_real=%d "
            + "known_false=%d unmatched=%d | ", mustFound, must, bonusFound, bonus, trapsFlagged.size(),
            trapsLabelled, findings, matchedReal, knownFalse, unjudged.size()));
      } else {
        s.append(String.format(Locale.ROOT, "findings=%d real=%d false=%d unjudged=%d | recall=%d/%d traps=%d/%d | ",
            findings, real(), falseCount(), unjudged.size(), realFound, realLabelled, trapsFlagged.size(),
            trapsLabelled));
      }
      s.append("precision=").append(p(precision()));
      for (Map.Entry<String, int[]> e : byType.entrySet()) {
        s.append(' ').append(e.getKey()).append('=').append(p(precision(e.getKey())))
            .append('(').append(e.getValue()[1]).append('/').append(e.getValue()[1] + e.getValue()[2]).append(')');
      }
      return s.toString();
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (String l : lines) {
        s.append(l).append('\n');
      }
      s.append(String.format(Locale.ROOT, "%-22s %8s %6s %6s %8s %9s%n", "type", "findings", "real", "false",
          "unjudged", "precision"));
      for (Map.Entry<String, int[]> e : byType.entrySet()) {
        int[] c = e.getValue();
        s.append(String.format(Locale.ROOT, "%-22s %8d %6d %6d %8d %9s%n", e.getKey(), c[0], c[1], c[2],
            c[0] - c[1] - c[2], p(precision(e.getKey()))));
      }
      s.append(String.format(Locale.ROOT, "%-22s %8d %6d %6d %8d %9s%n", "overall", findings, real(), falseCount(),
          unjudged.size(), p(precision())));
      s.append(String.format(Locale.ROOT, "recall of labelled real: %d/%d%s%n", realFound, realLabelled,
          missedReal.isEmpty() ? "" : " (missed: " + String.join(", ", missedReal) + ")"));
      s.append(String.format(Locale.ROOT, "traps flagged: %d/%d%s%n", trapsFlagged.size(), trapsLabelled,
          trapsFlagged.isEmpty() ? "" : " (" + String.join(", ", trapsFlagged) + ")"));
      s.append(String.format(Locale.ROOT, "without a verdict: %d%s%n", unjudged.size(),
          unjudged.isEmpty() ? "" : " (" + String.join(", ", unjudged) + ")"));
      s.append(summary());
      return s.toString();
    }
  }

  /** Reads RUN/discrepancies.csv: one map per finding, by column name, in file order. */
  public static List<Map<String, String>> readFindings(Path runDir) throws IOException {
    Path file = runDir.resolve("discrepancies.csv");
    List<Map<String, String>> out = new ArrayList<>();
    CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : fmt.parse(r)) {
        out.add(new LinkedHashMap<>(rec.toMap()));
      }
    }
    return out;
  }

  public static Report evaluate(List<Map<String, String>> findings, FindingLabels labels) {
    return labels.isGold() ? gold(findings, labels) : audit(findings, labels);
  }

  private static int[] type(Report r, Map<String, String> f) {
    int[] c = r.byType.computeIfAbsent(f.getOrDefault("type", ""), k -> new int[3]);
    c[0]++;
    return c;
  }

  private static Report audit(List<Map<String, String>> findings, FindingLabels labels) {
    Report r = new Report(labels.name(), false);
    Map<String, FindingLabels.Verdict> v = labels.verdicts();
    java.util.Set<String> present = new java.util.HashSet<>();
    for (Map<String, String> f : findings) {
      r.findings++;
      String id = f.getOrDefault("id", "");
      present.add(id);
      int[] c = type(r, f);
      FindingLabels.Verdict verdict = v.get(id);
      if (verdict == null) {
        r.unjudged.add(id);
      } else if (verdict.real()) {
        c[1]++;
      } else {
        c[2]++;
        r.trapsFlagged.add(id);
      }
    }
    for (FindingLabels.Verdict verdict : v.values()) {
      if (verdict.real()) {
        r.realLabelled++;
        if (present.contains(verdict.id())) {
          r.realFound++;
        } else {
          r.missedReal.add(verdict.id());
        }
      } else {
        r.trapsLabelled++;
      }
    }
    return r;
  }

  private static List<GoldEntry> bestOnly(List<GoldEntry> entries, Map<String, String> f) {
    if (entries.size() < 2) {
      return entries;
    }
    double top = entries.stream().mapToDouble(e -> e.evidenceScore(f)).max().orElse(0);
    if (top <= 0) {
      return entries;
    }
    return entries.stream().filter(e -> e.evidenceScore(f) >= top - 1e-9).toList();
  }

  private static Report gold(List<Map<String, String>> findings, FindingLabels labels) {
    Report r = new Report(labels.name(), true);
    List<GoldEntry> all = labels.gold();
    Map<String, List<String>> hits = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Map<String, String> f : findings) {
      r.findings++;
      int[] c = type(r, f);
      List<GoldEntry> pm = bestOnly(all.stream().filter(e -> e.kind().positive() && e.matches(f)).toList(), f);
      List<GoldEntry> tm = bestOnly(all.stream().filter(e -> !e.kind().positive() && e.matches(f)).toList(), f);
      if (!pm.isEmpty() && !tm.isEmpty()) {
        double bp = pm.stream().mapToDouble(e -> e.evidenceScore(f)).max().orElse(0);
        double bt = tm.stream().mapToDouble(e -> e.evidenceScore(f)).max().orElse(0);
        boolean real = bp >= bt;
        notes.add(String.format(Locale.ROOT, "AMBIGUOUS %s -> %s (evidence %.2f vs %.2f) positive=%s trap=%s",
            f.get("id"), real ? "real" : "false", bp, bt, ids(pm), ids(tm)));
        if (real) {
          tm = List.of();
        } else {
          pm = List.of();
        }
      }
      List<GoldEntry> credited = !pm.isEmpty() ? pm : tm;
      for (GoldEntry e : credited) {
        hits.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(f.getOrDefault("id", ""));
      }
      if (!pm.isEmpty()) {
        c[1]++;
        r.matchedReal++;
      } else if (!tm.isEmpty()) {
        c[2]++;
        r.knownFalse++;
      } else {
        r.unjudged.add(f.getOrDefault("id", ""));
      }
    }
    for (GoldEntry e : all) {
      List<String> h = hits.get(e.id());
      String label = switch (e.kind()) {
        case MUST -> "must";
        case BONUS -> "bonus";
        case TRAP -> "trap";
      };
      String status = e.kind().positive() ? (h != null ? "found" : "missed") : (h != null ? "WRONGLY FLAGGED" : "ok");
      r.lines.add(String.format(Locale.ROOT, "%-6s %-8s %-44s %-20s %s", label, status, e.id(), e.type(),
          h == null ? "" : String.join(",", h)));
      switch (e.kind()) {
        case MUST -> {
          r.must++;
          r.realLabelled++;
          if (h != null) {
            r.mustFound++;
            r.realFound++;
          } else {
            r.missedReal.add(e.id());
          }
        }
        case BONUS -> {
          r.bonus++;
          r.realLabelled++;
          if (h != null) {
            r.bonusFound++;
            r.realFound++;
          } else {
            r.missedReal.add(e.id());
          }
        }
        case TRAP -> {
          r.trapsLabelled++;
          if (h != null) {
            r.trapsFlagged.add(e.id());
          }
        }
      }
    }
    r.lines.addAll(notes);
    return r;
  }

  private static String ids(List<GoldEntry> es) {
    return String.join(",", es.stream().map(GoldEntry::id).toList());
  }
}
