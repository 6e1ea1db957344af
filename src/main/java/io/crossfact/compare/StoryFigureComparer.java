package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the figures of one story, one typed metric and one subject ({@code story|deaths|},
 * {@code story|distance|buckley}): the group a caller builds from the story id of each article and the figure's
 * meaning ({@link Assertion#getMetricClass()}, {@link Assertion#getAbout()}), figures of a background event left out.
 *
 * <p>Each article stands for one value: the largest of its first sentence that states the metric (the lead gives the
 * latest toll: "killed six children ..., bringing the confirmed death toll to 11" stands for 11); an age or a sum
 * its first. A conversion in one sentence ("600 metres (2,000 feet)", "200 million euros ($265.3 million)") is one
 * value. Lengths are compared in metres and sums in US dollars, a foreign currency as the interval of its plausible
 * rates, so a conversion never conflicts. Copies count once.
 *
 * <p>Reports of one day (or within a month, for what belongs to a person: an age, a fall, career points) that
 * disagree are a {@code figure_conflict}; a count whose reference value changes from one day to a later one is a
 * {@code figure_drift} with the timeline in its explanation, scored below any same-day conflict. Ages stated more
 * than half a year apart are never compared. Each side names the source its sentence attributes the figure to.
 */
public final class StoryFigureComparer implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Double> METRES = Map.ofEntries(Map.entry("m", 1.0), Map.entry("km", 1000.0),
      Map.entry("cm", 0.01), Map.entry("mm", 0.001), Map.entry("feet", 0.3048), Map.entry("ft", 0.3048),
      Map.entry("foot", 0.3048), Map.entry("miles", 1609.344), Map.entry("mi", 1609.344),
      Map.entry("inches", 0.0254), Map.entry("metres", 1.0), Map.entry("meters", 1.0));
  // yards are left out on purpose: in news they measure plays of a game (a 32-yard run, 329 passing yards), many
  // different things in one story, not one distance reported twice

  /** Plausible US dollars per unit of a currency over the years news archives cover: [low, high]. */
  private static final Map<String, double[]> USD = Map.of("USD", new double[] {1, 1}, "EUR",
      new double[] {0.95, 1.6}, "GBP", new double[] {1.2, 2.1}, "AUD", new double[] {0.6, 1.1}, "CAD",
      new double[] {0.7, 1.05}, "JPY", new double[] {0.006, 0.013}, "INR", new double[] {0.011, 0.025});
  /** Classes counting what an event did (a toll rises; reports of later days update earlier ones). */
  private static final Set<String> EVENT_COUNTS = Set.of("deaths", "injuries", "missing", "arrests", "displaced",
      "buildings_damaged", "attendance");

  /**
   * Classes compared within a story: the event's counts, and what belongs to a named person or thing (an age, a
   * fall, a caliber, children, hits, a sum of damage) only with that subject named. Percentages, scores, games,
   * distances of plays, shots, crowds and arrests in one story are mostly different things counted (a poll next to
   * another poll, one game's points next to a career's, one night's arrests next to four nights'): on ECB+ dev
   * every one of their findings was false, so they are left to the metric and scope comparison. Sums of money and
   * distances are left out too: with real story ids, the sums in one story were mostly different things (a demand
   * and a compromise, one bill's share and a total: BASIL, 2 of 2 false) and the distances different stretches
   * (ECB+ dev, 2 of 2 false), so within a story they cost more trust than they bring.
   */
  private static final Set<String> COMPARED = Set.of("deaths", "injuries", "missing", "displaced", "age",
      "caliber", "children", "hits");
  private static final Set<String> NEED_SUBJECT = Set.of("age", "distance", "caliber", "children", "hits", "money");

  private final CrossfactConfig config;
  private final double minRel;

  public StoryFigureComparer(CrossfactConfig c) {
    this.config = c;
    this.minRel = c.getDouble(Key.FIGURE_CONFLICT_MIN_RELATIVE_DIFF);
  }

  /** One article's value for the group, in a common unit. */
  private static final class V {
    final Assertion a;
    final double value;
    final double low;
    final double high;
    final String day;

    V(Assertion a, double value, double low, double high) {
      this.a = a;
      this.value = value;
      this.low = low;
      this.high = high;
      this.day = a.getPublished().length() >= 10 ? a.getPublished().substring(0, 10) : "";
    }
  }

  /** Findings of one story group, sorted. */
  public List<Finding> compare(List<Assertion> group) {
    List<Assertion> sorted = new ArrayList<>(group);
    sorted.sort(Findings.CHRONOLOGICAL.thenComparing(Assertion::getArticleId).thenComparingInt(Assertion::getStart));
    // per article: its first sentence stating the metric, the largest value there (a conversion is the same value)
    Map<String, V> byArticle = new TreeMap<>();
    Map<String, Integer> sentenceOf = new TreeMap<>();
    for (Assertion a : sorted) {
      if (!a.getEvent().isEmpty() || a.getQualifier().equals("vague") || a.getQualifier().equals("ordinal")
          || !COMPARED.contains(a.getMetricClass()) || NEED_SUBJECT.contains(a.getMetricClass())
          && a.getAbout().isEmpty() || then(a)) {
        continue;
      }
      V v = normalized(a);
      if (v == null) {
        continue;
      }
      Integer first = sentenceOf.putIfAbsent(a.getArticleId(), a.getTextStart());
      if (first != null && first != a.getTextStart()) {
        continue;
      }
      V prev = byArticle.get(a.getArticleId());
      boolean firstOnly = a.getMetricClass().equals("age") || a.getMetricClass().equals("money")
          || a.getMetricClass().equals("distance");
      if (prev == null || !firstOnly && v.value > prev.value) {
        byArticle.put(a.getArticleId(), v);
      }
    }
    // copies count once: the earliest article of each copy cluster
    Map<String, V> byCluster = new TreeMap<>();
    for (V v : byArticle.values()) {
      String c = v.a.getCluster().isEmpty() ? v.a.getArticleId() : v.a.getCluster();
      V prev = byCluster.get(c);
      if (prev == null || Findings.CHRONOLOGICAL.compare(v.a, prev.a) < 0) {
        byCluster.put(c, v);
      }
    }
    List<V> reps = new ArrayList<>(byCluster.values());
    reps.sort((p, q) -> Findings.CHRONOLOGICAL.compare(p.a, q.a));
    List<Finding> out = new ArrayList<>();
    if (reps.size() < 2) {
      return out;
    }
    String c = reps.get(0).a.getMetricClass();
    boolean counts = EVENT_COUNTS.contains(c);
    // days: one per publication date for event counts; what belongs to a person holds for a month
    Map<String, List<V>> days = new TreeMap<>();
    for (V v : reps) {
      days.computeIfAbsent(counts || v.day.isEmpty() ? v.day : window(v, reps), k -> new ArrayList<>()).add(v);
    }
    List<String> order = new ArrayList<>(days.keySet());
    List<V> references = new ArrayList<>();
    for (String d : order) {
      List<List<V>> groups = agreeing(days.get(d));
      List<V> reference = groups.get(0);
      for (List<V> g : groups) {
        if (g.size() > reference.size()) {
          reference = g;
        }
      }
      for (List<V> g : groups) {
        if (g != reference && !(c.equals("age") && apart(g.get(0), reference.get(0)))) {
          out.add(conflict(g.get(0), reference.get(0), g.size(), reference.size()));
        }
      }
      if (!d.isEmpty()) {
        references.add(reference.get(0));
      }
    }
    if (counts) {
      for (int i = 1; i < references.size(); i++) {
        V earlier = references.get(i - 1);
        V later = references.get(i);
        if (disagree(earlier, later)) {
          out.add(drift(earlier, later, references));
        }
      }
    }
    return Findings.dedupeAndSort(out);
  }

  /** The first day of the month-long window a personal figure's report falls in (the earliest report's day on). */
  private static String window(V v, List<V> reps) {
    for (V r : reps) {
      if (!r.day.isEmpty() && !apartDays(r, v, 30)) {
        return r.day;
      }
    }
    return v.day;
  }

  private static boolean apart(V x, V y) {
    return apartDays(x, y, 183);
  }

  private static boolean apartDays(V x, V y, int days) {
    LocalDate a = Findings.date(x.day);
    LocalDate b = Findings.date(y.day);
    return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > days;
  }

  /** "then 15-year-old": an age at an earlier time, not today's. */
  private static boolean then(Assertion a) {
    int s = a.getStart() - a.getTextStart();
    String before = s > 0 && s <= a.getText().length() ? a.getText().substring(Math.max(0, s - 8), s) : "";
    return a.getMetricClass().equals("age") && before.toLowerCase(Locale.ROOT).matches(".*\\bthen\\b.*");
  }

  /** The value and interval in the class's common unit; null when it cannot be converted. */
  private static V normalized(Assertion a) {
    double v;
    try {
      v = Double.parseDouble(a.getValue().trim());
    } catch (NumberFormatException e) {
      return null;
    }
    double lo = a.getLow();
    double hi = a.getHigh();
    if (lo == 0 && hi == 0 && v != 0) {
      lo = v;
      hi = v;
    }
    String c = a.getMetricClass();
    if (c.equals("distance")) {
      Double f = METRES.get(a.getUnit().toLowerCase(Locale.ROOT));
      if (f == null) {
        return null;
      }
      return new V(a, v * f, lo * f, hi * f);
    }
    if (c.equals("money")) {
      double[] r = USD.get(a.getUnit());
      if (r == null) {
        return null;
      }
      return new V(a, v * (r[0] + r[1]) / 2, lo * r[0], hi * r[1]);
    }
    return new V(a, v, Math.min(lo, hi), Math.max(lo, hi));
  }

  /** The values of one day grouped where their intervals overlap (or nearly: within the configured fraction). */
  private List<List<V>> agreeing(List<V> vs) {
    List<V> byLow = new ArrayList<>(vs);
    byLow.sort((p, q) -> {
      int c = Double.compare(p.low, q.low);
      return c != 0 ? c : Findings.CHRONOLOGICAL.compare(p.a, q.a);
    });
    List<List<V>> groups = new ArrayList<>();
    List<V> cur = null;
    double maxHigh = 0;
    double maxValue = 0;
    for (V v : byLow) {
      if (cur == null || v.low - maxHigh > minRel * Math.max(Math.abs(v.value), Math.abs(maxValue))) {
        cur = new ArrayList<>();
        groups.add(cur);
        maxHigh = v.high;
        maxValue = v.value;
      }
      cur.add(v);
      maxHigh = Math.max(maxHigh, v.high);
      maxValue = Math.max(maxValue, v.value);
    }
    for (List<V> g : groups) {
      g.sort((p, q) -> Findings.CHRONOLOGICAL.compare(p.a, q.a));
    }
    return groups;
  }

  private boolean disagree(V x, V y) {
    double gap = Math.max(x.low - y.high, y.low - x.high);
    double larger = Math.max(Math.abs(x.value), Math.abs(y.value));
    return gap > 0 && larger > 0 && gap > minRel * larger;
  }

  private static double rel(V x, V y) {
    double larger = Math.max(Math.abs(x.value), Math.abs(y.value));
    return larger == 0 ? 0 : Math.abs(x.value - y.value) / larger;
  }

  private Finding conflict(V x, V y, int supportX, int supportY) {
    V later = Findings.isSideA(x.a, y.a) ? x : y;
    V earlier = later == x ? y : x;
    int sl = later == x ? supportX : supportY;
    int se = later == x ? supportY : supportX;
    double r = rel(x, y);
    boolean exact = x.low == x.high && y.low == y.high;
    double score = 0.6 + 0.3 * Math.min(1, r / 0.5) + (exact ? 0.05 : 0);
    Finding f = base(Finding.FIGURE_CONFLICT, later, earlier, score);
    f.setSignals("story=1;relative-diff=" + Findings.fmt(r) + ";independent-a=" + sl + ";independent-b=" + se
        + (exact ? ";both-exact=0.05" : ""));
    f.setExplanation(String.format(Locale.ROOT,
        "Independent reports of one story disagree on %s: '%s'%s (%s) vs '%s'%s (%s), %d%% apart; %d report%s "
            + "(copies counted once) agree%s with the first, %d with the second.",
        what(earlier.a), stated(later.a), by(later.a), Findings.where(later.a.getPublished(), later.a.getSource()),
        stated(earlier.a), by(earlier.a), Findings.where(earlier.a.getPublished(), earlier.a.getSource()),
        Math.round(r * 100), sl, sl == 1 ? "" : "s", sl == 1 ? "s" : "", se));
    return f;
  }

  private Finding drift(V earlier, V later, List<V> timeline) {
    double r = rel(earlier, later);
    double score = 0.3 + 0.2 * Math.min(1, r / 0.5);
    Finding f = base(Finding.FIGURE_DRIFT, later, earlier, score);
    StringBuilder t = new StringBuilder();
    for (V v : timeline) {
      t.append(t.length() == 0 ? "" : " -> ").append(stated(v.a)).append(" (")
          .append(Findings.where(v.a.getPublished(), v.a.getSource())).append(')');
    }
    f.setSignals("story=1;relative-diff=" + Findings.fmt(r) + ";over-dates=0");
    f.setExplanation(String.format(Locale.ROOT,
        "Reports of one story on later days update %s: '%s'%s (%s), then '%s'%s (%s). Timeline: %s. Check that "
            + "each report gives the figure known on its day.",
        what(earlier.a), stated(earlier.a), by(earlier.a), Findings.where(earlier.a.getPublished(),
            earlier.a.getSource()), stated(later.a), by(later.a), Findings.where(later.a.getPublished(),
            later.a.getSource()), t));
    return f;
  }

  private static String what(Assertion a) {
    return a.getMetricClass().replace('_', ' ') + (a.getAbout().isEmpty() ? "" : " of " + a.getAbout());
  }

  private static String by(Assertion a) {
    return a.getAttribution().isEmpty() ? "" : " attributed to " + a.getAttribution();
  }

  private static String stated(Assertion a) {
    int s = a.getStart() - a.getTextStart();
    int e = a.getEnd() - a.getTextStart();
    String t = a.getText();
    if (s >= 0 && e > s && e <= t.length()) {
      return t.substring(s, e);
    }
    return a.getValue() + (a.getUnit().isEmpty() ? "" : " " + a.getUnit());
  }

  private Finding base(String type, V later, V earlier, double score) {
    Assertion e = earlier.a;
    String subject = what(e) + (e.getSubject().isEmpty() ? "" : ": " + e.getSubject());
    String key = e.getMetricClass() + "|" + e.getAbout() + "|story " + e.getStory();
    Finding f = new Finding();
    f.setType(type);
    f.setSubject(subject);
    f.setKey(key);
    f.setId(Finding.stableId(type, key, later.a.getArticleId(), earlier.a.getArticleId()));
    f.sideA(later.a, stated(later.a));
    f.sideB(earlier.a, stated(earlier.a));
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    return f;
  }
}
