package io.crossfact.compare;

import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Helpers every comparer shares: side order, dates, score rounding, deterministic de-duplication and order. */
final class Findings {
  private Findings() {}

  /** Highest score first, then id: the same findings always come out in the same order. */
  static final Comparator<Finding> ORDER = Comparator.comparingDouble(Finding::getScore).reversed()
      .thenComparing(Finding::getId)
      .thenComparing(Finding::getValueA)
      .thenComparing(Finding::getValueB);

  /**
   * Earlier-first order of assertions by article: published date (an undated article sorts before every dated one,
   * so it can only ever be side b), then article id, then offset.
   */
  static final Comparator<Assertion> CHRONOLOGICAL = Comparator.comparing(Assertion::getPublished)
      .thenComparing(Assertion::getArticleId)
      .thenComparingInt(Assertion::getStart)
      .thenComparingInt(Assertion::getEnd)
      .thenComparing(Assertion::getSubject)
      .thenComparing(Assertion::getValue)
      .thenComparing(Assertion::getText);

  /** Whether x belongs on side a (the later report) against y: later date, ties broken by the larger article id. */
  static boolean isSideA(Assertion x, Assertion y) {
    int c = x.getPublished().compareTo(y.getPublished());
    if (c != 0) {
      return c > 0;
    }
    return x.getArticleId().compareTo(y.getArticleId()) > 0;
  }

  /** Score clamped to [0,1] and rounded to three decimals, so sums of weights compare exactly against thresholds. */
  static double score(double s) {
    double c = Math.max(0, Math.min(1, s));
    return Math.round(c * 1000) / 1000.0;
  }

  /** Parses the date part of an ISO date or date-time; null when empty or malformed. */
  static LocalDate date(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Days from a to b, or null when either is undated. */
  static Long daysBetween(String a, String b) {
    LocalDate x = date(a);
    LocalDate y = date(b);
    return x == null || y == null ? null : ChronoUnit.DAYS.between(x, y);
  }

  /** Keeps one finding per id: the highest score, ties by the first in {@link #ORDER}; result sorted. */
  static List<Finding> dedupeAndSort(List<Finding> in) {
    Map<String, Finding> best = new TreeMap<>();
    for (Finding f : in) {
      Finding cur = best.get(f.getId());
      if (cur == null || ORDER.compare(f, cur) < 0) {
        best.put(f.getId(), f);
      }
    }
    List<Finding> out = new ArrayList<>(best.values());
    out.sort(ORDER);
    return out;
  }

  /** "(2024-06-05, Daily Ledger)" or the parts that are known. */
  static String where(String published, String source) {
    String d = published.isEmpty() ? "undated" : published;
    return source.isEmpty() ? d : d + ", " + source;
  }

  /** A quote or passage cut for an explanation, on a word boundary. */
  static String clip(String s, int max) {
    String t = s.trim().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max);
    return t.substring(0, cut > max / 2 ? cut : max) + "…";
  }

  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  /** A number as a reader writes it: no trailing ".0", grouping for big values. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) d);
    }
    return String.format(Locale.ROOT, "%,.2f", d);
  }
}
