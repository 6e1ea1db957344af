package io.crossfact.compare;

import io.crossfact.model.Assertion;
import java.util.Locale;
import java.util.Map;

/**
 * One report's figure for a story comparison, in the common unit of its class (lengths in metres, sums in US
 * dollars: a foreign currency as the interval of its plausible rates), with the two agreement rules of
 * {@link StoryFigureComparer}:
 *
 * <ul>
 *   <li><b>same time</b> ({@link #compatibleSameTime}): intervals that overlap (or nearly: within the configured
 *       fraction) agree, and a lower bound ("at least 5", "more than 40") agrees with any stated value at or above it
 *       ("around 50"), since a lower bound says only that the count is not smaller. Two lower bounds far apart still
 *       disagree: each report claims to know the count is at least its number.</li>
 *   <li>two lower bounds outside the leads of their reports agree (see {@link #LEAD_CHARS}); records after
 *       numbers of games more than one apart belong to different times of a season and agree.</li>
 *   <li><b>over time</b> ({@link #changed}): a count whose interval moved from one day to a later one, lower bounds
 *       taken as stated ("at least one" on Tuesday, 24 on Wednesday is an update).</li>
 * </ul>
 */
final class FigureValue {
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

  final Assertion a;
  final double value;
  final double low;
  final double high;
  final String day;
  /**
   * Where the lead of a report ends, in characters: two lower bounds ("at least one" killed, "at least five") are
   * each true whenever the larger is, so they disagree only as the headline counts of their reports (one outlet's
   * lead says one dead, another's five the same day); "injuring at least two" in an account of one incident further
   * down is no count of the whole.
   */
  static final int LEAD_CHARS = 400;
  /** Whether the figure's sentence starts in its report's lead. */
  final boolean lead;
  /** Games a win-loss record counts (wins, losses and draws), -1 for other figures. */
  final int games;
  /** "at least N", "more than N": the count is not below low, whatever high the tolerance gave it. */
  final boolean lowerBound;
  /** Whom or what the figure is about, as resolved across the story ({@link FigureSubjects}). */
  String about;
  /** The same sentence's other values of the class: a conversion ("600 metres (2,000 feet)"). */
  final java.util.List<FigureValue> alternatives = new java.util.ArrayList<>();

  FigureValue(Assertion a, double value, double low, double high) {
    this.a = a;
    this.value = value;
    this.low = low;
    this.high = high;
    this.day = a.getPublished().length() >= 10 ? a.getPublished().substring(0, 10) : "";
    this.lowerBound = a.getQualifier().equals("at least") || a.getQualifier().equals("over");
    this.about = a.getAbout();
    this.lead = a.getTextStart() < LEAD_CHARS;
    java.util.regex.Matcher m = RECORD.matcher(stated(a));
    this.games = a.getMetricClass().equals("record") && m.find() ? Integer.parseInt(m.group(1))
        + Integer.parseInt(m.group(2)) + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3))) : -1;
  }

  private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile(
      "(\\d+)-(\\d+)(?:-(\\d+))?");

  private static String stated(Assertion a) {
    int s = a.getStart() - a.getTextStart();
    int e = a.getEnd() - a.getTextStart();
    return s >= 0 && e > s && e <= a.getText().length() ? a.getText().substring(s, e) : "";
  }

  /** The value and interval in the class's common unit; null when it cannot be converted. */
  static FigureValue of(Assertion a) {
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
      return new FigureValue(a, v * f, lo * f, hi * f);
    }
    if (c.equals("money")) {
      double[] r = USD.get(a.getUnit());
      if (r == null) {
        return null;
      }
      return new FigureValue(a, v * (r[0] + r[1]) / 2, lo * r[0], hi * r[1]);
    }
    return new FigureValue(a, v, Math.min(lo, hi), Math.max(lo, hi));
  }

  /** Whether two reports of the same time can both be right (see the class comment). */
  static boolean compatibleSameTime(FigureValue x, FigureValue y, double minRel) {
    for (FigureValue ax : x.alternatives) {
      if (compatibleOne(ax, y, minRel)) {
        return true;
      }
    }
    for (FigureValue ay : y.alternatives) {
      if (compatibleOne(x, ay, minRel)) {
        return true;
      }
    }
    return compatibleOne(x, y, minRel);
  }

  private static boolean compatibleOne(FigureValue x, FigureValue y, double minRel) {
    if (x.games >= 0 && y.games >= 0 && Math.abs(x.games - y.games) > 1) {
      return true; // records after different numbers of games: other times of a season, not one record twice
    }
    if (x.lowerBound && y.lowerBound && !(x.lead && y.lead)) {
      return true; // see LEAD_CHARS
    }
    if (x.lowerBound != y.lowerBound) {
      FigureValue bound = x.lowerBound ? x : y;
      FigureValue stated = x.lowerBound ? y : x;
      if (stated.high >= bound.low * (1 - minRel)) {
        return true;
      }
    }
    return !changed(x, y, minRel);
  }

  /** Whether the intervals are apart by more than the configured fraction of the larger value. */
  static boolean changed(FigureValue x, FigureValue y, double minRel) {
    double gap = Math.max(x.low - y.high, y.low - x.high);
    double larger = Math.max(Math.abs(x.value), Math.abs(y.value));
    return gap > 0 && larger > 0 && gap > minRel * larger;
  }

  /**
   * Counts of people more than a hundredfold apart ("12 killed" and "some 2 million died" in the war before) are not
   * two reports of one count but counts of different things (an earlier war, a whole region); zero is no scale.
   */
  static boolean otherScale(FigureValue x, FigureValue y) {
    if (x.a.getMetricClass().equals("money") || x.value <= 0 || y.value <= 0) {
      return false;
    }
    return Math.max(x.value, y.value) / Math.min(x.value, y.value) > 100;
  }

  /** Relative difference of the stated values. */
  static double rel(FigureValue x, FigureValue y) {
    double larger = Math.max(Math.abs(x.value), Math.abs(y.value));
    return larger == 0 ? 0 : Math.abs(x.value - y.value) / larger;
  }
}
