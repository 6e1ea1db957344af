package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.config.Lexicons;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.normalize.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the figures of one blocking group (one metric) across articles.
 *
 * <p>Two figures are comparable only for the same metric, the same scope (an unknown scope never matches: "1,200
 * deaths" nationally and in one state are both true), the same period after normalization ("a year" = "annually";
 * a yearly rate never meets a monthly one) and a compatible unit. Each figure is an interval after its qualifier
 * ("about 500" is 450–550); intervals that overlap, or miss by less than {@code figure.conflict.minRelativeDiff} of
 * the larger value, agree.
 *
 * <p>{@code figure_conflict} is between independent reports: each copy cluster counts once (its earliest member), and
 * clusters whose figures agree are pooled, so three reprints of one wire story never outvote one independent report.
 * {@code figure_drift} is the same sentence with a different number: a copy that mutated a figure, or an independent
 * rewrite of one sentence; such a pair is drift, not conflict.
 */
public final class FigureComparer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Masked-sentence similarity at or above which two sentences are "the same sentence" with a number changed. */
  static final double SAME_SENTENCE = 0.85;

  private static final Map<String, String> PERIODS = new LinkedHashMap<>();
  private static final Map<String, String> UNITS = new LinkedHashMap<>();
  private static final Set<String> COUNT_UNITS = Set.of("", "people", "person", "persons", "individuals", "death",
      "deaths", "case", "cases", "job", "jobs", "resident", "residents", "patient", "patients", "student", "students",
      "worker", "workers", "child", "children", "household", "households", "home", "homes", "count", "number");
  private static final Map<String, String> SCOPES = Map.of("us", "united states", "u.s.", "united states", "u.s",
      "united states", "usa", "united states", "america", "united states", "the united states", "united states",
      "the us", "united states", "the u.s.", "united states");

  static {
    for (String unit : new String[] {"year", "month", "week", "day"}) {
      String adverb = unit.equals("day") ? "daily" : unit + "ly";
      for (String form : new String[] {"per " + unit, "a " + unit, "each " + unit, "every " + unit, adverb,
          "/" + unit, "an " + unit, unit.equals("year") ? "annually" : adverb, unit.equals("year") ? "annual" : adverb,
          unit.equals("year") ? "per annum" : adverb}) {
        PERIODS.put(form, "per " + unit);
      }
    }
    for (String s : new String[] {"%", "percent", "per cent", "pct", "percentage"}) {
      UNITS.put(s, "%");
    }
    for (String s : new String[] {"percentage points", "percentage point", "points", "point", "pp", "pts"}) {
      UNITS.put(s, "pp");
    }
    for (String s : new String[] {"usd", "$", "us$", "dollar", "dollars", "us dollars"}) {
      UNITS.put(s, "usd");
    }
    for (String s : new String[] {"eur", "€", "euro", "euros"}) {
      UNITS.put(s, "eur");
    }
    for (String s : new String[] {"gbp", "£", "pound sterling", "pounds sterling", "pounds"}) {
      UNITS.put(s, "gbp");
    }
  }

  private final CrossfactConfig config;
  private final double approx;
  private final double open;
  private final double minRel;

  public FigureComparer(CrossfactConfig c) {
    this.config = c;
    this.approx = c.getDouble(Key.FIGURE_TOLERANCE_APPROX);
    this.open = c.getDouble(Key.FIGURE_TOLERANCE_OPEN);
    this.minRel = c.getDouble(Key.FIGURE_CONFLICT_MIN_RELATIVE_DIFF);
  }

  /** A figure prepared for comparison. */
  private final class F {
    final Assertion a;
    final double value;
    final double low;
    final double high;
    final String scope;
    final String period;
    final String unit;
    final String cluster;
    final List<String> masked;
    final int ordinal;
    final boolean quoted;

    F(Assertion a, double value) {
      this.a = a;
      this.value = value;
      double lo = a.getLow();
      double hi = a.getHigh();
      if (lo == 0 && hi == 0 && value != 0) {
        double[] iv = interval(value, a.getQualifier());
        lo = iv[0];
        hi = iv[1];
      }
      this.low = Math.min(lo, hi);
      this.high = Math.max(lo, hi);
      this.scope = scopeKey(a.getScope());
      this.period = periodKey(a.getPeriod());
      this.unit = unitClass(a.getUnit());
      this.cluster = a.getCluster().isEmpty() ? "article:" + a.getArticleId() : a.getCluster();
      this.masked = masked(a.getText());
      this.ordinal = ordinal(a);
      this.quoted = insideQuotation(a);
    }

    String bucket() {
      // a figure of a recalled event ("background 2004") is compared only with figures of that event; a past year
      // that is the figure's own period ("73,944 arrests in 2023" in a 2024 report) is its time, not another event
      return Lexicons.key(a.getPredicate()) + "|" + scope + "|" + period + "|" + unit + "|" + eventBeyondPeriod();
    }

    String eventBeyondPeriod() {
      String ev = a.getEvent();
      return ev.startsWith("background ") && period.startsWith(ev.substring("background ".length())) ? "" : ev;
    }

    String stated() {
      int s = a.getStart() - a.getTextStart();
      int e = a.getEnd() - a.getTextStart();
      String t = a.getText();
      if (s >= 0 && e > s && e <= t.length()) {
        return t.substring(s, e);
      }
      String q = a.getQualifier().isEmpty() || a.getQualifier().equals("exactly") ? "" : a.getQualifier() + " ";
      return q + Findings.number(value) + (a.getUnit().isEmpty() ? "" : " " + a.getUnit());
    }
  }

  /**
   * Whether a figure can stand on one side of a conflict between independent reports. Precision first: on 840
   * real political articles, figures with a bare unit for a metric ("percent", "dollars", "people"), with no stated
   * period, or with a vague magnitude ("millions") produced conflicts that were all false (a poll share next to
   * another poll's share, a lawsuit's sum next to a subsidy). A conflict needs a named metric (a key from the
   * metric lexicon, or a phrase of two or more words), a stated period, and a definite value.
   */
  boolean conflictEligible(Assertion a) {
    String q = a.getQualifier();
    if (q.equals("vague") || q.equals("ordinal") || a.getPeriod().isEmpty()) {
      return false;
    }
    String key = a.getPredicate();
    return key.indexOf('_') > 0 || config.lexicons().metricSynonyms().containsValue(key);
  }

  /** Findings of one group, de-duplicated by id and sorted (score, then id). Input order does not matter. */
  public List<Finding> compare(List<Assertion> figures) {
    List<Assertion> sorted = new ArrayList<>();
    for (Assertion a : figures) {
      if (Assertion.FIGURE.equals(a.getKind()) && !a.getPredicate().isEmpty()) {
        sorted.add(a);
      }
    }
    sorted.sort(Findings.CHRONOLOGICAL);
    Map<String, List<F>> buckets = new TreeMap<>();
    for (Assertion a : sorted) {
      double v;
      try {
        v = Double.parseDouble(a.getValue().trim());
      } catch (NumberFormatException e) {
        continue; // not a plain decimal: the extractor could not read the number, nothing to compare
      }
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        continue;
      }
      F f = new F(a, v);
      buckets.computeIfAbsent(f.bucket(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> out = new ArrayList<>();
    for (List<F> bucket : buckets.values()) {
      Set<String> driftPairs = new TreeSet<>();
      drifts(bucket, out, driftPairs);
      List<F> eligible = new ArrayList<>();
      for (F f : bucket) {
        if (conflictEligible(f.a)) {
          eligible.add(f);
        }
      }
      if (eligible.size() > 1 && !eligible.get(0).scope.isEmpty()) {
        conflicts(eligible, out, driftPairs);
      }
    }
    return Findings.dedupeAndSort(out);
  }

  /**
   * Each figure is checked against the one sentence it most plausibly reproduces: the earliest near-identical
   * sentence (numbers masked, same position of the number) in its own copy cluster, else in any earlier report.
   * That keeps drift linear in the group, and one finding per original and changed value however often it was
   * reprinted.
   */
  private void drifts(List<F> bucket, List<Finding> out, Set<String> driftPairs) {
    Set<String> reported = new TreeSet<>();
    for (int j = 0; j < bucket.size(); j++) {
      F y = bucket.get(j);
      if (y.masked.isEmpty()) {
        continue;
      }
      F source = null;
      for (int pass = 0; pass < 2 && source == null; pass++) {
        for (int i = 0; i < j; i++) {
          F x = bucket.get(i);
          if ((pass == 0) == x.cluster.equals(y.cluster) && !x.a.getArticleId().equals(y.a.getArticleId())
              && sameSentence(x, y)) {
            source = x;
            break;
          }
        }
      }
      boolean overDates = false;
      if (source == null && runningCount(y)) {
        // "have displaced 18,400 people since the storm" on Monday, "46,000" in another report on Thursday: no
        // closed period, so the count moved between the dates; the latest earlier report it disagrees with
        for (int i = j - 1; i >= 0 && source == null; i--) {
          F x = bucket.get(i);
          if (!x.cluster.equals(y.cluster) && runningCount(x)
              && x.a.getPublished().compareTo(y.a.getPublished()) < 0 && disagree(x, y)) {
            source = x;
            overDates = true;
          }
        }
      }
      if (source != null && disagree(source, y) && !(source.quoted && y.quoted)) {
        // a number changed inside a quotation is a misquote: quote_drift reports it with the words around it
        driftPairs.add(pairKey(source, y));
        if (reported.add(source.a.getArticleId() + "\u0001" + source.a.getStart() + "\u0001" + y.value)) {
          out.add(overDates ? dateDrift(source, y) : drift(source, y));
        }
      }
    }
  }

  private static boolean sameSentence(F x, F y) {
    return (x.ordinal < 0 || y.ordinal < 0 || x.ordinal == y.ordinal)
        && WordDiff.similarity(x.masked, y.masked) >= SAME_SENTENCE;
  }

  private Finding drift(F x, F y) {
    F later = Findings.isSideA(x.a, y.a) ? x : y;
    F earlier = later == x ? y : x;
    boolean copy = later.cluster.equals(earlier.cluster);
    double rel = relativeDiff(x, y);
    double score = 0.45 + 0.4 * Math.min(1, rel / 0.5) + (copy ? 0.1 : 0);
    Finding f = base(Finding.FIGURE_DRIFT, later, earlier, score);
    f.setSignals("relative-diff=" + Findings.fmt(rel) + (copy ? ";same-copy-cluster=0.10" : ";rewritten-sentence=0"));
    f.setExplanation(String.format(Locale.ROOT,
        "The same sentence gives %s as '%s' in the earlier report (%s) but '%s' in the later %s (%s), %d%% apart. "
            + "%s",
        f.getSubject(), earlier.stated(), Findings.where(earlier.a.getPublished(), earlier.a.getSource()),
        later.stated(), copy ? "copy" : "rewrite", Findings.where(later.a.getPublished(), later.a.getSource()),
        Math.round(rel * 100), copy ? "The number changed between reprints; check which is right."
            : "One report rewrote the other's sentence with a different number; check the original source."));
    return f;
  }

  /** Words that make a count open-ended: it runs from a start to the day of the report. */
  private static final java.util.regex.Pattern OPEN_ENDED = java.util.regex.Pattern.compile(
      "(?i)\\b(?:since|so far|to date|thus far|death toll|toll)\\b");

  /**
   * A count that moves with time: a named metric in a known place, a definite value, and an open-ended period
   * ({@code since July}, {@code since the storm made landfall}, {@code so far}, a toll). Reported on two dates with
   * different values, it changed between them. A count with no period and no such word is not one: "Ohio recorded
   * 1,200 overdose deaths" may mean any year, and two such counts say nothing about a change.
   */
  private boolean runningCount(F f) {
    String q = f.a.getQualifier();
    String key = f.a.getPredicate();
    boolean open = f.period.startsWith("since ") || f.period.isEmpty() && OPEN_ENDED.matcher(f.a.getText()).find();
    return open && !f.scope.isEmpty() && !q.equals("vague") && !q.equals("ordinal")
        && (key.indexOf('_') > 0 || config.lexicons().metricSynonyms().containsValue(key));
  }

  private Finding dateDrift(F x, F y) {
    F later = Findings.isSideA(x.a, y.a) ? x : y;
    F earlier = later == x ? y : x;
    double rel = relativeDiff(x, y);
    double score = 0.4 + 0.35 * Math.min(1, rel / 0.5);
    Finding f = base(Finding.FIGURE_DRIFT, later, earlier, score);
    f.setSignals("relative-diff=" + Findings.fmt(rel) + ";over-dates=0");
    f.setExplanation(String.format(Locale.ROOT,
        "%s was '%s' in the earlier report (%s) and '%s' in the later one (%s), %d%% apart. Neither states a closed "
            + "period, so the figure changed between the dates: check whether the later one is an update.",
        f.getSubject(), earlier.stated(), Findings.where(earlier.a.getPublished(), earlier.a.getSource()),
        later.stated(), Findings.where(later.a.getPublished(), later.a.getSource()), Math.round(rel * 100)));
    return f;
  }

  private void conflicts(List<F> bucket, List<Finding> out, Set<String> driftPairs) {
    Map<String, F> reps = new TreeMap<>();
    for (F f : bucket) {
      reps.putIfAbsent(f.cluster, f); // bucket is chronological: the first seen is the cluster's earliest
    }
    List<F> byLow = new ArrayList<>(reps.values());
    byLow.sort((p, q) -> {
      int c = Double.compare(p.low, q.low);
      return c != 0 ? c : Findings.CHRONOLOGICAL.compare(p.a, q.a);
    });
    List<List<F>> groups = new ArrayList<>();
    List<F> cur = null;
    double maxHigh = 0;
    double maxValue = 0;
    for (F f : byLow) {
      double gap = f.low - maxHigh;
      if (cur == null || gap <= minRel * Math.max(Math.abs(f.value), Math.abs(maxValue))) {
        if (cur == null) {
          cur = new ArrayList<>();
          groups.add(cur);
          maxHigh = f.high;
          maxValue = f.value;
        }
        cur.add(f);
        maxHigh = Math.max(maxHigh, f.high);
        maxValue = Math.max(maxValue, f.value);
      } else {
        cur = new ArrayList<>();
        groups.add(cur);
        cur.add(f);
        maxHigh = f.high;
        maxValue = f.value;
      }
    }
    for (List<F> g : groups) {
      g.sort((p, q) -> Findings.CHRONOLOGICAL.compare(p.a, q.a));
    }
    if (groups.size() < 2) {
      return;
    }
    // Each dissenting group is set against the reference (most independent reports; ties: the earliest), so k
    // groups give k-1 findings instead of every pair: dissent between two minorities adds nothing to review.
    List<F> reference = groups.get(0);
    for (List<F> g : groups) {
      if (g.size() > reference.size()
          || g.size() == reference.size() && Findings.CHRONOLOGICAL.compare(g.get(0).a, reference.get(0).a) < 0) {
        reference = g;
      }
    }
    for (List<F> g : groups) {
      if (g == reference) {
        continue;
      }
      F[] pair = representatives(g, reference, driftPairs);
      if (pair != null) {
        out.add(conflict(pair[0], pair[1], g.size(), reference.size()));
      }
    }
  }

  /** The earliest cross pair that is not already a drift (a rewritten sentence is drift, not conflict). */
  private F[] representatives(List<F> g, List<F> h, Set<String> driftPairs) {
    for (F x : g) {
      for (F y : h) {
        if (!driftPairs.contains(pairKey(x, y)) && disagree(x, y)) {
          return new F[] {x, y};
        }
      }
    }
    return null;
  }

  private Finding conflict(F x, F y, int supportX, int supportY) {
    F later = Findings.isSideA(x.a, y.a) ? x : y;
    F earlier = later == x ? y : x;
    int supportLater = later == x ? supportX : supportY;
    int supportEarlier = later == x ? supportY : supportX;
    double rel = relativeDiff(x, y);
    boolean exact = x.low == x.high && y.low == y.high;
    double score = 0.35 + 0.45 * Math.min(1, rel / 0.5)
        + 0.1 * Math.min(1, (Math.min(supportLater, supportEarlier) - 1) / 2.0) + (exact ? 0.05 : 0);
    Finding f = base(Finding.FIGURE_CONFLICT, later, earlier, score);
    f.setSignals("relative-diff=" + Findings.fmt(rel) + ";independent-a=" + supportLater + ";independent-b="
        + supportEarlier + (exact ? ";both-exact=0.05" : ""));
    f.setExplanation(String.format(Locale.ROOT,
        "Independent reports disagree on %s: '%s' in the later report (%s) vs '%s' in the earlier one (%s), %d%% "
            + "apart. %s",
        f.getSubject(), later.stated(), Findings.where(later.a.getPublished(), later.a.getSource()), earlier.stated(),
        Findings.where(earlier.a.getPublished(), earlier.a.getSource()), Math.round(rel * 100),
        support(supportLater, supportEarlier)));
    return f;
  }

  private static String support(int later, int earlier) {
    return String.format(Locale.ROOT, "%d independent report%s (copies counted once) agree%s with the later figure, "
        + "%d with the earlier.", later, later == 1 ? "" : "s", later == 1 ? "s" : "", earlier);
  }

  private Finding base(String type, F later, F earlier, double score) {
    String subject = earlier.a.getSubject().isEmpty() ? earlier.a.getPredicate() : earlier.a.getSubject();
    String ctx = earlier.a.getScope().trim();
    if (!earlier.a.getPeriod().trim().isEmpty()) {
      ctx = ctx.isEmpty() ? earlier.a.getPeriod().trim() : ctx + ", " + earlier.a.getPeriod().trim();
    }
    if (!ctx.isEmpty()) {
      subject = subject + " (" + ctx + ")";
    }
    String key = Lexicons.key(earlier.a.getPredicate()) + "|" + earlier.scope + "|" + earlier.period;
    Finding f = new Finding();
    f.setType(type);
    f.setSubject(subject);
    f.setKey(key);
    f.setId(Finding.stableId(type, key, later.a.getArticleId(), earlier.a.getArticleId()));
    f.sideA(later.a, later.stated());
    f.sideB(earlier.a, earlier.stated());
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    return f;
  }

  /** Intervals miss each other by more than the configured fraction of the larger value. */
  private boolean disagree(F x, F y) {
    double gap = Math.max(x.low - y.high, y.low - x.high);
    if (gap <= 0) {
      return false;
    }
    double larger = Math.max(Math.abs(x.value), Math.abs(y.value));
    return larger > 0 && gap > minRel * larger;
  }

  private static double relativeDiff(F x, F y) {
    double larger = Math.max(Math.abs(x.value), Math.abs(y.value));
    return larger == 0 ? 0 : Math.abs(x.value - y.value) / larger;
  }

  private static String pairKey(F x, F y) {
    String p = x.a.getArticleId();
    String q = y.a.getArticleId();
    return p.compareTo(q) <= 0 ? p + "\u0001" + q : q + "\u0001" + p;
  }

  /** Interval of a figure whose extractor left low/high unset, from its qualifier and the configured tolerances. */
  double[] interval(double v, String qualifier) {
    String q = Lexicons.key(qualifier);
    double m = Math.abs(v);
    switch (q) {
      case "about": case "around": case "roughly": case "approximately": case "some": case "an estimated":
      case "estimated": case "close to": case "nearly": case "almost":
        return q.equals("nearly") || q.equals("almost") ? new double[] {v - m * approx, v}
            : new double[] {v - m * approx, v + m * approx};
      case "over": case "more than": case "above": case "at least": case "exceeding": case "upwards of":
        return new double[] {v, v + m * open};
      case "under": case "fewer than": case "less than": case "below": case "at most": case "up to":
        return new double[] {v - m * open, v};
      default:
        return new double[] {v, v};
    }
  }

  static String scopeKey(String scope) {
    String s = Lexicons.key(scope);
    String mapped = SCOPES.get(s);
    if (mapped != null) {
      return mapped;
    }
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  static String periodKey(String period) {
    String p = Lexicons.key(period);
    for (String prefix : new String[] {"in ", "during ", "for ", "the "}) {
      if (p.startsWith(prefix)) {
        p = p.substring(prefix.length());
      }
    }
    String mapped = PERIODS.get(p);
    return mapped != null ? mapped : p;
  }

  static String unitClass(String unit) {
    String u = Lexicons.key(unit);
    String mapped = UNITS.get(u);
    if (mapped != null) {
      return mapped;
    }
    if (COUNT_UNITS.contains(u)) {
      return "count";
    }
    return u.endsWith("s") && u.length() > 3 ? u.substring(0, u.length() - 1) : u;
  }

  /**
   * A dateline opening a sentence: an upper-case place, optionally a state or country and a wire in parentheses,
   * then a dash ({@code LITTLE ROCK, Arkansas —}, {@code KAMPALA (Reuters) —}).
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "^\\s*[A-Z][A-Z.'\\- ]*[A-Z.](?:,\\s*[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*){0,2})?"
          + "(?:\\s*\\([^)]{1,40}\\))?\\s*(?:\u2014|\u2013|--)\\s*");

  /**
   * Sentence words with every number (and number word) replaced by '#'. A dateline is not part of the sentence: a
   * reprint that adds, drops or changes it still repeats the sentence.
   */
  static List<String> masked(String sentence) {
    List<String> out = new ArrayList<>();
    for (String w : TextNormalizer.words(DATELINE.matcher(sentence).replaceFirst(""))) {
      out.add(QuoteComparer.numberValue(w) != null ? "#" : w);
    }
    return out;
  }

  /**
   * Whether the figure stands inside a direct quotation of its sentence: more opening than closing curly quotes
   * before it, or an odd number of straight double quotes.
   */
  static boolean insideQuotation(Assertion a) {
    int s = a.getStart() - a.getTextStart();
    String t = a.getText();
    if (s < 0 || s > t.length()) {
      return false;
    }
    int open = 0;
    int straight = 0;
    for (int i = 0; i < s; i++) {
      char c = t.charAt(i);
      if (c == '\u201C') {
        open++;
      } else if (c == '\u201D') {
        open--;
      } else if (c == '"') {
        straight++;
      }
    }
    return open > 0 || straight % 2 == 1;
  }

  /** How many numbers precede the figure in its sentence (-1 when offsets do not fit the sentence). */
  static int ordinal(Assertion a) {
    int s = a.getStart() - a.getTextStart();
    if (s < 0 || s > a.getText().length() || a.getEnd() <= a.getStart()) {
      return -1;
    }
    int n = 0;
    for (String w : masked(a.getText().substring(0, s))) {
      if (w.equals("#")) {
        n++;
      }
    }
    return n;
  }
}
