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
 * Compares the figures of one story: the event counts of one typed metric ({@code story|deaths|}), and all the
 * person-bound figures of the story in one group ({@code story|person|}: ages, falls, calibers, children, times hit,
 * career totals, games missed, win-loss records), whose subjects are first resolved across the reports
 * ({@link FigureSubjects}: spelling variants of a surname, an unnamed "36-year-old" by the age named elsewhere) and
 * then compared per class and subject. Figures of a background event are left out.
 *
 * <p>Each article stands for one value: the largest of its first sentence that states the metric (the lead gives the
 * latest toll: "killed six children ..., bringing the confirmed death toll to 11" stands for 11); a person's figure
 * or a sum its first, the sentence's other values its alternatives (a conversion: "600 metres (2,000 feet)", "200
 * million euros ($265.3 million)"). Lengths are compared in metres and sums in US dollars ({@link FigureValue}).
 * Copies count once.
 *
 * <p>An event count is compared only with counts of the same kind ({@link FigureCounted}: a subgroup such as "two
 * contractors" is a part of the toll; "three other Americans" counts the others of a group and is left out).
 *
 * <p>The rules, in the order they apply: reports of one time are grouped where they agree ({@link FigureValue}: a
 * lower bound agrees with a larger stated count; two lower bounds disagree only as the leads of their reports;
 * conversions; tallies stated exactly take no tolerance, lengths none beyond their own approximation); the group
 * most reports fall in is the reference, stood for by the value most of them state; another group is a
 * {@code figure_conflict} unless the counts are a hundredfold apart (different things counted), or either report
 * also states, in another sentence, a count agreeing with the other (it gives two counts, a part and a whole), or
 * the two are ages more than half a year apart. A time is one publication day for event counts; three days for
 * tallies that change with every game; a month for other person-bound figures; an age without a date holds for no
 * known time and is not compared. An event count whose reference changes from one day to a later one is a
 * {@code figure_drift} with the timeline in its explanation, scored below any same-day conflict. Each side names the
 * source its sentence attributes the figure to.
 */
public final class StoryFigureComparer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classes counting what an event did (a toll rises; reports of later days update earlier ones). */
  private static final Set<String> EVENT_COUNTS = Set.of("deaths", "injuries", "missing", "arrests", "displaced",
      "buildings_damaged", "attendance");

  /**
   * Classes compared within a story: the event's counts, and what belongs to a named person or thing (an age, a
   * fall, a caliber, children, hits, a career total, games missed, a win-loss record) only with that subject named,
   * and a sum of money only for the damage done. Percentages, single-game points, shots, crowds and arrests in one
   * story are mostly different things counted (a poll next to another poll, one game's points next to a career's,
   * one night's arrests next to four nights'): on ECB+ dev every one of their findings was false, so they are left
   * to the metric and scope comparison. Other sums in one story were mostly different things (a demand and a
   * compromise, one bill's share and a total: BASIL, 2 of 2 false).
   */
  private static final Set<String> COMPARED = Set.of("deaths", "injuries", "missing", "displaced", "age",
      "caliber", "children", "hits", "distance", "career_points", "games_missed", "record", "money");
  /** Classes that belong to one named person or thing: compared per subject, grouped per story in one group. */
  static final Set<String> PERSONAL = Set.of("age", "distance", "caliber", "children", "hits", "career_points",
      "games_missed", "record");
  /** What a sum must pay for to be compared. */
  private static final Set<String> MONEY_TOPICS = Set.of("damage");
  /**
   * Tallies stated exactly: any difference of two exact values is a disagreement (an age of 31 vs 32, a career
   * total of 2,301 vs 2,302), no tolerance.
   */
  private static final Set<String> EXACT = Set.of("age", "children", "hits", "career_points", "games_missed",
      "record", "caliber");
  /** Tallies that change with each game: reports more than this many days apart are not the same time. */
  private static final Set<String> PER_GAME = Set.of("career_points", "games_missed", "record");

  private final CrossfactConfig config;
  private final double minRel;

  public StoryFigureComparer(CrossfactConfig c) {
    this.config = c;
    this.minRel = c.getDouble(Key.FIGURE_CONFLICT_MIN_RELATIVE_DIFF);
  }

  /**
   * The story group of a figure below its story id: one group for all person-bound classes (their subjects are
   * resolved across reports together: an unnamed "36-year-old" by the age named elsewhere), else class and subject.
   */
  public static String groupKey(Assertion a) {
    return PERSONAL.contains(a.getMetricClass()) ? "person|" : a.getMetricClass() + "|" + a.getAbout();
  }

  /** Findings of one story group, sorted. */
  public List<Finding> compare(List<Assertion> group) {
    List<Assertion> sorted = new ArrayList<>(group);
    sorted.sort(Findings.CHRONOLOGICAL.thenComparing(Assertion::getArticleId).thenComparingInt(Assertion::getStart));
    List<String> abouts = FigureSubjects.resolve(sorted);
    Map<String, List<FigureValue>> parts = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Assertion a = sorted.get(i);
      String about = abouts.get(i);
      if (!a.getEvent().isEmpty() || a.getQualifier().equals("vague") || a.getQualifier().equals("ordinal")
          || !COMPARED.contains(a.getMetricClass()) || PERSONAL.contains(a.getMetricClass()) && about.isEmpty()
          || a.getMetricClass().equals("money") && !MONEY_TOPICS.contains(about) || then(a)) {
        continue;
      }
      FigureValue v = FigureValue.of(a);
      if (v != null) {
        v.about = about;
        String counted = EVENT_COUNTS.contains(a.getMetricClass()) ? FigureCounted.group(a) : "";
        if (counted.equals("other")) {
          continue; // "three other Americans": the others of a group, no toll
        }
        parts.computeIfAbsent(a.getMetricClass() + "|" + about + "|" + counted, k -> new ArrayList<>()).add(v);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<FigureValue> part : parts.values()) {
      out.addAll(comparePart(part));
    }
    return Findings.dedupeAndSort(out);
  }

  private List<Finding> comparePart(List<FigureValue> values) {
    // per article: its first sentence stating the metric, the largest value there (a conversion is the same value:
    // the sentence's other values of the class are its alternatives); every value it states anywhere is kept
    Map<String, FigureValue> byArticle = new TreeMap<>();
    Map<String, Integer> sentenceOf = new TreeMap<>();
    Map<String, List<FigureValue>> statedBy = new TreeMap<>();
    for (FigureValue v : values) {
      Assertion a = v.a;
      statedBy.computeIfAbsent(a.getArticleId(), k -> new ArrayList<>()).add(v);
      Integer first = sentenceOf.putIfAbsent(a.getArticleId(), a.getTextStart());
      if (first != null && first != a.getTextStart()) {
        continue;
      }
      FigureValue prev = byArticle.get(a.getArticleId());
      boolean firstOnly = a.getMetricClass().equals("money") || PERSONAL.contains(a.getMetricClass());
      if (prev == null || !firstOnly && v.value > prev.value) {
        if (prev != null) {
          v.alternatives.addAll(prev.alternatives);
        }
        byArticle.put(a.getArticleId(), v);
      } else {
        prev.alternatives.add(v);
      }
    }
    // copies count once: the earliest article of each copy cluster
    Map<String, FigureValue> byCluster = new TreeMap<>();
    for (FigureValue v : byArticle.values()) {
      String c = v.a.getCluster().isEmpty() ? v.a.getArticleId() : v.a.getCluster();
      FigureValue prev = byCluster.get(c);
      if (prev == null || Findings.CHRONOLOGICAL.compare(v.a, prev.a) < 0) {
        byCluster.put(c, v);
      }
    }
    List<FigureValue> reps = new ArrayList<>(byCluster.values());
    reps.sort((p, q) -> Findings.CHRONOLOGICAL.compare(p.a, q.a));
    List<Finding> out = new ArrayList<>();
    if (reps.size() < 2) {
      return out;
    }
    String c = reps.get(0).a.getMetricClass();
    boolean counts = EVENT_COUNTS.contains(c);
    // a length carries its own approximation ("about 2,000 feet" is 548 to 670 metres): nothing is added to it
    double tolerance = EXACT.contains(c) || c.equals("distance") ? 0 : minRel;
    int windowDays = PER_GAME.contains(c) ? 3 : 30;
    // days: one per publication date for event counts; what belongs to a person holds for a window of days
    Map<String, List<FigureValue>> days = new TreeMap<>();
    for (FigureValue v : reps) {
      if (c.equals("age") && v.day.isEmpty()) {
        continue; // an age changes every year: without the report's date it holds for no known time
      }
      days.computeIfAbsent(counts || v.day.isEmpty() ? v.day : window(v, reps, windowDays),
          k -> new ArrayList<>()).add(v);
    }
    List<FigureValue> references = new ArrayList<>();
    for (Map.Entry<String, List<FigureValue>> d : days.entrySet()) {
      List<List<FigureValue>> groups = agreeing(d.getValue(), tolerance);
      List<FigureValue> reference = groups.get(0);
      for (List<FigureValue> g : groups) {
        if (g.size() > reference.size()) {
          reference = g;
        }
      }
      FigureValue ref = typical(reference);
      for (List<FigureValue> g : groups) {
        FigureValue other = typical(g);
        if (g != reference && !FigureValue.compatibleSameTime(other, ref, tolerance)
            && !(c.equals("age") && apart(other, ref)) && !FigureValue.otherScale(other, ref)
            && !statesBoth(statedBy, other, ref, tolerance)) {
          out.add(conflict(other, ref, g.size(), reference.size()));
        }
      }
      if (!d.getKey().isEmpty()) {
        references.add(ref);
      }
    }
    if (counts) {
      for (int i = 1; i < references.size(); i++) {
        FigureValue earlier = references.get(i - 1);
        FigureValue later = references.get(i);
        if (FigureValue.changed(earlier, later, minRel) && !FigureValue.otherScale(earlier, later)) {
          out.add(drift(earlier, later, references));
        }
      }
    }
    return out;
  }

  /**
   * Whether either report also states, in another sentence, a value that agrees with the other report: then it gives
   * two counts (one strike's dead and the day's, one night's arrests and the week's), not another count of one thing.
   * Only a stated count is looked for: a lower bound ("at least one") agrees with any part an article counts on its
   * own ("killing one man" in a village), so finding it restated would say nothing.
   */
  private static boolean statesBoth(Map<String, List<FigureValue>> statedBy, FigureValue x, FigureValue y,
      double tolerance) {
    for (FigureValue v : y.lowerBound ? List.<FigureValue>of() : statedBy.get(x.a.getArticleId())) {
      if (FigureValue.compatibleSameTime(v, y, tolerance)) {
        return true;
      }
    }
    for (FigureValue v : x.lowerBound ? List.<FigureValue>of() : statedBy.get(y.a.getArticleId())) {
      if (FigureValue.compatibleSameTime(v, x, tolerance)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The member that stands for a group of agreeing reports: the value most of them state (ties: the earliest), so
   * a group of "40", "40", "about 40" and "more than 50" is represented by a report of 40.
   */
  private static FigureValue typical(List<FigureValue> g) {
    Map<Double, Integer> counts = new TreeMap<>();
    for (FigureValue v : g) {
      counts.merge(v.value, 1, Integer::sum);
    }
    FigureValue best = g.get(0);
    for (FigureValue v : g) {
      int cv = counts.get(v.value);
      int cb = counts.get(best.value);
      if (cv > cb || cv == cb && best.lowerBound && !v.lowerBound) {
        best = v; // on a tie a stated count over a lower bound
      }
    }
    return best;
  }

  /** The first day of the window a personal figure's report falls in (the earliest report's day on). */
  private static String window(FigureValue v, List<FigureValue> reps, int days) {
    for (FigureValue r : reps) {
      if (!r.day.isEmpty() && !apartDays(r, v, days)) {
        return r.day;
      }
    }
    return v.day;
  }

  private static boolean apart(FigureValue x, FigureValue y) {
    return apartDays(x, y, 183);
  }

  private static boolean apartDays(FigureValue x, FigureValue y, int days) {
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

  /**
   * The values of one time grouped: each joins the first group all of whose members it agrees with at the same
   * time (ordered by their lower ends), else starts a group.
   */
  private List<List<FigureValue>> agreeing(List<FigureValue> vs, double tolerance) {
    List<FigureValue> byLow = new ArrayList<>(vs);
    byLow.sort((p, q) -> {
      int c = Double.compare(p.low, q.low);
      return c != 0 ? c : Findings.CHRONOLOGICAL.compare(p.a, q.a);
    });
    List<List<FigureValue>> groups = new ArrayList<>();
    for (FigureValue v : byLow) {
      List<FigureValue> home = null;
      for (List<FigureValue> g : groups) {
        boolean all = true;
        for (FigureValue m : g) {
          all &= FigureValue.compatibleSameTime(v, m, tolerance);
        }
        if (all) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(v);
    }
    for (List<FigureValue> g : groups) {
      g.sort((p, q) -> Findings.CHRONOLOGICAL.compare(p.a, q.a));
    }
    return groups;
  }

  private Finding conflict(FigureValue x, FigureValue y, int supportX, int supportY) {
    FigureValue later = Findings.isSideA(x.a, y.a) ? x : y;
    FigureValue earlier = later == x ? y : x;
    int sl = later == x ? supportX : supportY;
    int se = later == x ? supportY : supportX;
    double r = FigureValue.rel(x, y);
    boolean exact = x.low == x.high && y.low == y.high;
    double score = 0.6 + 0.3 * Math.min(1, r / 0.5) + (exact ? 0.05 : 0);
    Finding f = base(Finding.FIGURE_CONFLICT, later, earlier, score);
    f.setSignals("story=1;relative-diff=" + Findings.fmt(r) + ";independent-a=" + sl + ";independent-b=" + se
        + (exact ? ";both-exact=0.05" : ""));
    f.setExplanation(String.format(Locale.ROOT,
        "Independent reports of one story disagree on %s: '%s'%s (%s) vs '%s'%s (%s), %d%% apart; %d report%s "
            + "(copies counted once) agree%s with the first, %d with the second.",
        what(earlier), stated(later.a), by(later.a), Findings.where(later.a.getPublished(), later.a.getSource()),
        stated(earlier.a), by(earlier.a), Findings.where(earlier.a.getPublished(), earlier.a.getSource()),
        Math.round(r * 100), sl, sl == 1 ? "" : "s", sl == 1 ? "s" : "", se));
    return f;
  }

  private Finding drift(FigureValue earlier, FigureValue later, List<FigureValue> timeline) {
    double r = FigureValue.rel(earlier, later);
    double score = 0.3 + 0.2 * Math.min(1, r / 0.5);
    Finding f = base(Finding.FIGURE_DRIFT, later, earlier, score);
    StringBuilder t = new StringBuilder();
    for (FigureValue v : timeline) {
      t.append(t.length() == 0 ? "" : " -> ").append(stated(v.a)).append(" (")
          .append(Findings.where(v.a.getPublished(), v.a.getSource())).append(')');
    }
    f.setSignals("story=1;relative-diff=" + Findings.fmt(r) + ";over-dates=0");
    f.setExplanation(String.format(Locale.ROOT,
        "Reports of one story on later days update %s: '%s'%s (%s), then '%s'%s (%s). Timeline: %s. Check that "
            + "each report gives the figure known on its day.",
        what(earlier), stated(earlier.a), by(earlier.a), Findings.where(earlier.a.getPublished(),
            earlier.a.getSource()), stated(later.a), by(later.a), Findings.where(later.a.getPublished(),
            later.a.getSource()), t));
    return f;
  }

  private static String what(FigureValue v) {
    return v.a.getMetricClass().replace('_', ' ') + (v.about.isEmpty() ? "" : " of " + v.about);
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

  private Finding base(String type, FigureValue later, FigureValue earlier, double score) {
    Assertion e = earlier.a;
    // a length or a sum is named by what was stated ("distance of berg: about 600 metres"), a count by its noun
    boolean measured = e.getMetricClass().equals("distance") || e.getMetricClass().equals("money");
    String noun = measured ? stated(e) : e.getSubject();
    String subject = what(earlier) + (noun.isEmpty() ? "" : ": " + noun);
    String key = e.getMetricClass() + "|" + earlier.about + "|story " + e.getStory();
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
