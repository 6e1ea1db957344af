package io.crossfact.report;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Finding;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a run's findings into the plain values the HTML template prints. Every decision the page shows (which side
 * is which, what gets marked, what counts as a link) is made here, in Java, where it is tested; the template only
 * lays the values out and escapes them.
 */
final class ReportView {
  private ReportView() {}

  static final String NONE = "\u2014";

  record Count(String name, String label, long n) {}

  record Bar(String label, String y, String textY, List<BarPart> parts, String countX, long n) {}

  record BarPart(String severity, String x, String width, long n) {}

  record Chart(String width, String height, String labelWidth, List<Bar> bars, String summary) {}

  /** One side of a finding; {@code letter} is its column suffix in discrepancies.csv ({@code A} or {@code B}). */
  record Side(String label, String letter, boolean present, String article, String source, String published,
      String title, String url, boolean link, String value, List<Highlighter.Segment> evidence, boolean marked) {}

  record FigureRow(String label, String a, String b) {}

  /** A signal as the comparer recorded it: its name, its value in its own unit, and what it means. */
  record Signal(String name, String value, String meaning) {}

  record Stage(String name, String seconds) {}

  record Entry(String name, String value) {}

  /**
   * A finding as the page shows it. {@code first} and {@code second} are its two sides in reading order, the
   * earlier report first (for a single-article finding, the article then an absent side); {@code diff} and
   * {@code body} run from the first to the second. {@code claim} is the side whose wording a ClaimReview draft
   * reviews (the later one).
   */
  record FindingView(String id, String type, String typeLabel, String severity, int severityRank, String score,
      String subject, String key, String explanation, Side first, Side second, List<Diffs.Piece> diff,
      List<Diffs.Body> body, String bodyMissing, List<FigureRow> figureRows, List<Signal> signals,
      String scoreHow, String signalsSum, String status, boolean dismissed, boolean fresh, String firstSeen,
      String note, String reviewer, String reviewed, Side claim, String claimText, List<Timeline> timeline) {}

  /** One side of a figure drift placed on the timeline: centre, label lines and where they go. */
  record Point(String side, String cx, String cy, String value, String date, String source, String labelX,
      String valueY, String sourceY, String dateY, String anchor) {}

  /**
   * A figure drift drawn as value by publication date: the earlier report on the left, the later on the right,
   * an arrow from the earlier value to the later one, and a one-line summary for screen readers.
   */
  record Timeline(String width, String height, String axisY, String axisX1, String axisX2, Point earlier,
      Point later, String arrowX1, String arrowY1, String arrowX2, String arrowY2, String head, String gap,
      String gapX, String gapY, String summary) {}

  /** Status filter choices: value, label and how many findings each shows. */
  record StatusOption(String value, String label, long n, boolean selected) {}

  /** Human names for the finding types, in the order the report lists them. */
  static final Map<String, String> TYPE_LABELS = new LinkedHashMap<>();

  static {
    TYPE_LABELS.put(Finding.FIGURE_CONFLICT, "Figure conflict");
    TYPE_LABELS.put(Finding.FIGURE_DRIFT, "Figure drift");
    TYPE_LABELS.put(Finding.QUOTE_DRIFT, "Quote drift");
    TYPE_LABELS.put(Finding.QUOTE_MISATTRIBUTION, "Quote misattribution");
    TYPE_LABELS.put(Finding.ROLE_CONFLICT, "Role conflict");
    TYPE_LABELS.put(Finding.STALE_REPUBLICATION, "Stale republication");
    TYPE_LABELS.put(Finding.SUSPECT_EXPERT, "Suspect expert");
  }

  static String typeLabel(String type) {
    return TYPE_LABELS.getOrDefault(type, type);
  }

  static boolean isFigure(String type) {
    return Finding.FIGURE_CONFLICT.equals(type) || Finding.FIGURE_DRIFT.equals(type);
  }

  /** {@code runDate}: findings first seen on that date are marked new; empty marks none. */
  static FindingView finding(Finding f, Map<String, ArticleSummary> articles, String runDate) {
    return finding(f, articles, runDate, Triage.empty(), Map.of());
  }

  /**
   * As {@link #finding(Finding, Map, String)}, with the reviewer and date of the triage decision on it and, for two
   * copies of one text whose bodies are in {@code bodies} (article id to text), the whole-text diff.
   */
  static FindingView finding(Finding f, Map<String, ArticleSummary> articles, String runDate, Triage triage,
      Map<String, String> bodies) {
    String type = f.getType();
    boolean figure = isFigure(type);
    // A republication's side a is the later copy by contract, whatever its (possibly false) date says.
    boolean aFirst = !Finding.STALE_REPUBLICATION.equals(type) && aIsEarlier(f);
    boolean pair = !f.getArticleB().isEmpty() || !f.getValueB().isEmpty() || !f.getEvidenceB().isEmpty();
    boolean dated = pair && !sameDay(f);
    boolean quoteDrift = Finding.QUOTE_DRIFT.equals(type) && pair;
    Side a = side(label(type, true, aFirst, dated), "A", f.getArticleA(), f.getSourceA(), f.getPublishedA(),
        f.getUrlA(), f.getValueA(), quoteDrift
            ? Highlighter.changes(f.getEvidenceA(), f.getValueA(), f.getValueB(), aFirst)
            : Highlighter.segments(f.getEvidenceA(), f.getValueA(), figure), articles);
    Side b = side(label(type, false, !aFirst, dated), "B", f.getArticleB(), f.getSourceB(), f.getPublishedB(),
        f.getUrlB(), f.getValueB(), quoteDrift
            ? Highlighter.changes(f.getEvidenceB(), f.getValueB(), f.getValueA(), !aFirst)
            : Highlighter.segments(f.getEvidenceB(), f.getValueB(), figure), articles);
    Side first = aFirst || !b.present() ? a : b;
    Side second = first == a ? b : a;
    List<Diffs.Piece> diff = List.of();
    if (quoteDrift) {
      List<Diffs.Piece> d = Diffs.words(first.value(), second.value());
      diff = Diffs.changed(d) ? d : List.of();
    }
    List<Diffs.Body> body = List.of();
    String bodyMissing = "";
    if (isCopyPair(f, articles)) {
      String t1 = bodies.get(first.article());
      String t2 = bodies.get(second.article());
      if (t1 != null && t2 != null) {
        body = List.of(Diffs.body(t1, t2));
      } else {
        bodyMissing = "The two copies' full texts could not be read again (a nightly run reads them from the"
            + " archive: a file moved, changed or removed since it was stored has none); compare the articles"
            + " themselves.";
      }
    }
    List<FigureRow> figureRows = figure ? figureRows(f, first == a) : List.of();
    List<Signal> signals = signals(type, f.getSignals());
    String status = f.getStatus();
    boolean fresh = !runDate.isEmpty() && runDate.equals(f.getFirstSeen());
    List<Timeline> timeline = Finding.FIGURE_DRIFT.equals(type) ? timeline(f) : List.of();
    Triage.Decision decision = triage == null ? null : triage.decision(f.getId());
    return new FindingView(f.getId(), type, typeLabel(type), f.getSeverity(),
        CsvReports.severityRank(f.getSeverity()), CsvReports.score(f.getScore()), f.getSubject(), f.getKey(),
        f.getExplanation(), first, second, diff, body, bodyMissing, figureRows, signals,
        SignalGlossary.recipe(type, f.getSignals()), SignalGlossary.sum(type, f.getSignals()), status,
        Triage.DISMISSED.equals(status), fresh, f.getFirstSeen(), f.getNote(),
        decision == null ? "" : decision.reviewer(), decision == null ? "" : decision.date(),
        second.present() ? second : first, claimText(f, second.present() ? second : first), timeline);
  }

  /** The words a ClaimReview draft reviews: the quote itself for quote types, else the sentence that states it. */
  private static String claimText(Finding f, Side claim) {
    boolean quote = Finding.QUOTE_DRIFT.equals(f.getType()) || Finding.QUOTE_MISATTRIBUTION.equals(f.getType());
    String evidence = "A".equals(claim.letter()) ? f.getEvidenceA() : f.getEvidenceB();
    String text = quote || evidence.isBlank() ? claim.value() : evidence;
    return text.strip();
  }

  /**
   * Whether side a is the earlier report. The comparers put the later report in a (and, on the same day, the one
   * with the larger id), so b reads first unless a's date is strictly earlier.
   */
  static boolean aIsEarlier(Finding f) {
    java.time.LocalDate da = date(f.getPublishedA());
    java.time.LocalDate db = date(f.getPublishedB());
    return da != null && db != null && da.isBefore(db);
  }

  private static boolean sameDay(Finding f) {
    java.time.LocalDate da = date(f.getPublishedA());
    java.time.LocalDate db = date(f.getPublishedB());
    return da == null || db == null || da.equals(db);
  }

  /**
   * Two copies of one text: a republication, or a drift whose two articles are in one copy cluster. Their whole
   * bodies are worth comparing, because a second change between the copies is as telling as the flagged one.
   */
  static boolean isCopyPair(Finding f, Map<String, ArticleSummary> articles) {
    if (f.getArticleA().isEmpty() || f.getArticleB().isEmpty() || f.getArticleA().equals(f.getArticleB())) {
      return false;
    }
    if (Finding.STALE_REPUBLICATION.equals(f.getType())) {
      return true;
    }
    if (!Finding.QUOTE_DRIFT.equals(f.getType()) && !Finding.FIGURE_DRIFT.equals(f.getType())) {
      return false;
    }
    ArticleSummary a = articles.get(f.getArticleA());
    ArticleSummary b = articles.get(f.getArticleB());
    return a != null && b != null && !a.getCluster().isEmpty() && a.getCluster().equals(b.getCluster());
  }

  /** The run's night: {@link RunSummary#getRunDate()}, else the day it started. */
  static String runDate(RunSummary run) {
    return run.getRunDate().isEmpty() ? day(run.getStartedAt()) : run.getRunDate();
  }

  /**
   * The status filter: open and confirmed together first and selected, so dismissed findings stay out of the way
   * until asked for; then each status alone; then everything.
   */
  static List<StatusOption> statusOptions(List<Finding> findings) {
    long open = 0;
    long confirmed = 0;
    long dismissed = 0;
    for (Finding f : findings) {
      switch (f.getStatus()) {
        case Triage.DISMISSED: dismissed++; break;
        case Triage.CONFIRMED: confirmed++; break;
        default: open++; break;
      }
    }
    long all = findings.size();
    return List.of(
        new StatusOption("active", "Open + confirmed", all - dismissed, true),
        new StatusOption(Triage.OPEN, "Open", open, false),
        new StatusOption(Triage.CONFIRMED, "Confirmed", confirmed, false),
        new StatusOption(Triage.DISMISSED, "Dismissed", dismissed, false),
        new StatusOption("all", "All, dismissed included", all, false));
  }

  private static final int TL_WIDTH = 520;
  private static final int TL_HEIGHT = 170;
  private static final int TL_LEFT = 110;
  private static final int TL_RIGHT = 410;
  private static final int TL_TOP = 42;
  private static final int TL_BOTTOM = 120;

  /**
   * The timeline of a figure drift, or nothing when either value is not a number or either date is not an ISO date
   * (the figure table still shows both). Equal dates keep side a on the left and say so.
   */
  static List<Timeline> timeline(Finding f) {
    Double va = number(f.getValueA());
    Double vb = number(f.getValueB());
    java.time.LocalDate da = date(f.getPublishedA());
    java.time.LocalDate db = date(f.getPublishedB());
    if (va == null || vb == null || da == null || db == null) {
      return List.of();
    }
    boolean aFirst = !db.isBefore(da);
    double v1 = aFirst ? va : vb;
    double v2 = aFirst ? vb : va;
    double lo = Math.min(v1, v2);
    double hi = Math.max(v1, v2);
    double y1 = hi == lo ? (TL_TOP + TL_BOTTOM) / 2.0 : TL_BOTTOM - (v1 - lo) / (hi - lo) * (TL_BOTTOM - TL_TOP);
    double y2 = hi == lo ? (TL_TOP + TL_BOTTOM) / 2.0 : TL_BOTTOM - (v2 - lo) / (hi - lo) * (TL_BOTTOM - TL_TOP);
    Point p1 = point(aFirst ? "A" : "B", TL_LEFT, y1, aFirst ? f.getValueA() : f.getValueB(),
        (aFirst ? da : db).toString(), aFirst ? f.getSourceA() : f.getSourceB(), "end");
    Point p2 = point(aFirst ? "B" : "A", TL_RIGHT, y2, aFirst ? f.getValueB() : f.getValueA(),
        (aFirst ? db : da).toString(), aFirst ? f.getSourceB() : f.getSourceA(), "start");
    // The arrow runs between the two circles (radius 6) and ends in a head drawn as a triangle at the later one.
    double dx = TL_RIGHT - TL_LEFT;
    double dy = y2 - y1;
    double len = Math.hypot(dx, dy);
    double ux = dx / len;
    double uy = dy / len;
    double sx = TL_LEFT + ux * 9;
    double sy = y1 + uy * 9;
    double tx = TL_RIGHT - ux * 9;
    double ty = y2 - uy * 9;
    double bx = tx - ux * 10;
    double by = ty - uy * 10;
    String head = num(tx) + "," + num(ty) + " " + num(bx - uy * 5) + "," + num(by + ux * 5) + " "
        + num(bx + uy * 5) + "," + num(by - ux * 5);
    long days = java.time.temporal.ChronoUnit.DAYS.between(aFirst ? da : db, aFirst ? db : da);
    String gap = days == 0 ? "same day" : days == 1 ? "1 day later" : days + " days later";
    String change = v1 == 0 ? "" : String.format(Locale.ROOT, " (%+.1f%%)", (v2 - v1) / Math.abs(v1) * 100);
    String summary = "Figure over time: " + grouped(v1) + " on " + p1.date() + " (report " + p1.side() + ", "
        + p1.source() + "), then " + grouped(v2) + " on " + p2.date() + " (report " + p2.side() + ", "
        + p2.source() + "), " + gap + change + ".";
    int axisY = TL_BOTTOM + 22;
    return List.of(new Timeline(Integer.toString(TL_WIDTH), Integer.toString(TL_HEIGHT), Integer.toString(axisY),
        Integer.toString(TL_LEFT - 20), Integer.toString(TL_RIGHT + 20), p1, p2, num(sx), num(sy), num(tx),
        num(ty), head, gap + change, Integer.toString((TL_LEFT + TL_RIGHT) / 2), Integer.toString(axisY - 6),
        summary));
  }

  private static Point point(String side, int x, double y, String value, String date, String source,
      String anchor) {
    int labelX = "end".equals(anchor) ? x - 12 : x + 12;
    Double v = number(value);
    String label = v == null ? value : grouped(v);
    return new Point(side, Integer.toString(x), num(y), label, date, source.isEmpty() ? "report " + side : source,
        Integer.toString(labelX), num(y - 2), num(y + 12), Integer.toString(TL_BOTTOM + 40), anchor);
  }

  private static Double number(String s) {
    try {
      double d = Double.parseDouble(s.strip());
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static java.time.LocalDate date(String iso) {
    if (iso.length() < 10) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** 1400000 as {@code 1,400,000} and 0.25 as {@code 0.25}, whatever the default locale. */
  static String grouped(double d) {
    java.text.DecimalFormat fmt = new java.text.DecimalFormat("#,##0.###",
        java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    return fmt.format(d);
  }

  /**
   * A side's heading. For a republication side a is the later copy and side b the earlier original (contract); a
   * suspect expert has one article; other pairs are named by date when their dates differ.
   */
  static String label(String type, boolean sideA, boolean earlier, boolean dated) {
    switch (type) {
      case Finding.STALE_REPUBLICATION: return sideA ? "Later copy" : "Earlier original";
      case Finding.SUSPECT_EXPERT: return sideA ? "Article" : "Second report";
      default:
        if (!dated) {
          return sideA ? "Report A" : "Report B";
        }
        return earlier ? "Earlier report" : "Later report";
    }
  }

  private static Side side(String label, String letter, String article, String source, String published,
      String url, String value, List<Highlighter.Segment> segs, Map<String, ArticleSummary> articles) {
    boolean present = !article.isEmpty() || !segs.isEmpty() || !value.isEmpty();
    if (!present) {
      return new Side(label, letter, false, "", "", "", "", "", false, "", List.of(), false);
    }
    ArticleSummary s = articles.get(article);
    String src = !source.isEmpty() || s == null ? source : s.getSource();
    String pub = !published.isEmpty() || s == null ? published : s.getPublished();
    String u = (!url.isEmpty() || s == null ? url : s.getUrl()).strip();
    String title = s == null ? "" : s.getTitle();
    boolean marked = segs.stream().anyMatch(Highlighter.Segment::mark);
    return new Side(label, letter, true, article, src, pub, title, u, isWebLink(u), value, segs, marked);
  }

  /**
   * Only absolute http(s) URLs without white space or control characters become links; anything else
   * ({@code javascript:}, {@code data:}, relative paths, file paths) is shown as text, never followed.
   */
  static boolean isWebLink(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.length() <= "https://".length()) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /** Value, metric, scope and period of both sides; the key ({@code predicate|scope|period}) is shared by both. */
  static List<FigureRow> figureRows(Finding f) {
    return figureRows(f, true);
  }

  /** As {@link #figureRows(Finding)}, the columns in reading order: a first when {@code aFirst}. */
  static List<FigureRow> figureRows(Finding f, boolean aFirst) {
    List<FigureRow> rows = figureRowsAB(f);
    if (aFirst) {
      return rows;
    }
    List<FigureRow> out = new ArrayList<>(rows.size());
    for (FigureRow r : rows) {
      out.add(new FigureRow(r.label(), r.b(), r.a()));
    }
    return out;
  }

  private static List<FigureRow> figureRowsAB(Finding f) {
    String[] k = f.getKey().split("\\|", -1);
    String metric = k.length > 0 ? k[0] : "";
    String scope = k.length > 1 ? k[1] : "";
    String period = k.length > 2 ? k[2] : "";
    boolean hasB = !f.getArticleB().isEmpty() || !f.getValueB().isEmpty();
    List<FigureRow> rows = new ArrayList<>(4);
    rows.add(new FigureRow("Value", dash(f.getValueA()), hasB ? dash(f.getValueB()) : NONE));
    rows.add(new FigureRow("Metric", dash(metric), hasB ? dash(metric) : NONE));
    rows.add(new FigureRow("Scope", dash(scope), hasB ? dash(scope) : NONE));
    rows.add(new FigureRow("Period", dash(period), hasB ? dash(period) : NONE));
    return rows;
  }

  private static String dash(String s) {
    return s.isEmpty() ? NONE : s;
  }

  /**
   * Parses {@code name=value;name=value} into signals, each value written in its own unit and explained
   * ({@link SignalGlossary}); an entry without {@code =} keeps its text as the name.
   */
  static List<Signal> signals(String type, String raw) {
    List<Signal> out = new ArrayList<>();
    for (String part : raw.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.lastIndexOf('=');
      String name = eq > 0 ? p.substring(0, eq).strip() : p;
      String value = eq > 0 ? p.substring(eq + 1).strip() : "";
      out.add(new Signal(name, SignalGlossary.value(type, name, value), SignalGlossary.meaning(type, name)));
    }
    return out;
  }

  /** Findings per type, all seven types listed (zeros included) then any unknown type found in the input. */
  static List<Count> byType(List<Finding> findings) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String t : RunSummary.TYPES) {
      m.put(t, 0L);
    }
    for (Finding f : findings) {
      m.merge(f.getType(), 1L, Long::sum);
    }
    List<Count> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Count(k, typeLabel(k), v)));
    return out;
  }

  /** Findings per severity, high to low, zeros included. */
  static List<Count> bySeverity(List<Finding> findings) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String s : RunSummary.SEVERITIES) {
      m.put(s, 0L);
    }
    for (Finding f : findings) {
      m.merge(f.getSeverity(), 1L, Long::sum);
    }
    List<Count> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Count(k, k, v)));
    return out;
  }

  private static final int BAR_HEIGHT = 18;
  private static final int BAR_GAP = 6;
  private static final int LABEL_WIDTH = 170;
  private static final int BAR_SPACE = 260;
  private static final int COUNT_SPACE = 60;

  /** A horizontal bar per type, split into its high, medium and low findings, scaled to the largest type. */
  static Chart chart(List<Finding> findings) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (String t : RunSummary.TYPES) {
      counts.put(t, new long[3]);
    }
    for (Finding f : findings) {
      int rank = CsvReports.severityRank(f.getSeverity());
      long[] c = counts.computeIfAbsent(f.getType(), k -> new long[3]);
      // Unknown severities count with low so every finding is in its type's bar.
      c[Math.min(rank, 2)]++;
    }
    long max = 1;
    for (long[] c : counts.values()) {
      max = Math.max(max, c[0] + c[1] + c[2]);
    }
    List<Bar> bars = new ArrayList<>();
    StringBuilder summary = new StringBuilder("Findings by type: ");
    int row = 0;
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      long total = c[0] + c[1] + c[2];
      int y = BAR_GAP + row * (BAR_HEIGHT + BAR_GAP);
      List<BarPart> parts = new ArrayList<>(3);
      double x = LABEL_WIDTH;
      for (int s = 0; s < 3; s++) {
        if (c[s] == 0) {
          continue;
        }
        double w = (double) BAR_SPACE * c[s] / max;
        parts.add(new BarPart(RunSummary.SEVERITIES.get(s), num(x), num(w), c[s]));
        x += w;
      }
      bars.add(new Bar(typeLabel(e.getKey()), Integer.toString(y), Integer.toString(y + BAR_HEIGHT - 5), parts,
          num(x + 6), total));
      summary.append(row == 0 ? "" : ", ").append(typeLabel(e.getKey())).append(' ').append(total);
      row++;
    }
    int height = BAR_GAP + row * (BAR_HEIGHT + BAR_GAP);
    return new Chart(Integer.toString(LABEL_WIDTH + BAR_SPACE + COUNT_SPACE), Integer.toString(height),
        Integer.toString(LABEL_WIDTH - 8), bars, summary.append('.').toString());
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** Quarantined documents by article id. */
  static List<ArticleSummary> quarantined(java.util.Collection<ArticleSummary> articles) {
    List<ArticleSummary> out = new ArrayList<>();
    for (ArticleSummary s : articles) {
      if (io.crossfact.model.Article.QUARANTINED.equals(s.getStatus())) {
        out.add(s);
      }
    }
    out.sort(CsvReports.ARTICLE_ORDER);
    return out;
  }

  static List<Stage> stages(RunSummary run) {
    List<Stage> out = new ArrayList<>();
    run.getSecondsPerStage().forEach((k, v) -> out.add(new Stage(k, v == null ? "" : CsvReports.score(v))));
    return out;
  }

  static List<Entry> entries(Map<String, ?> m) {
    List<Entry> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Entry(k, String.valueOf(v))));
    return out;
  }

  /** Wall time between start and finish as {@code 1 min 05 s}, or empty when either is missing or unreadable. */
  static String duration(RunSummary run) {
    try {
      Duration d = Duration.between(Instant.parse(run.getStartedAt()), Instant.parse(run.getFinishedAt()));
      if (d.isNegative()) {
        return "";
      }
      long s = d.getSeconds();
      return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
          : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  /**
   * An ISO-8601 instant to the second for reading ({@code 2026-12-06 00:53:39 UTC}); anything else as given. The
   * datetime attribute keeps the full value.
   */
  static String when(String iso) {
    try {
      Instant t = Instant.parse(iso).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC).format(t);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** The date part of an ISO-8601 timestamp, for the page title. */
  static String day(String iso) {
    return iso.length() >= 10 ? iso.substring(0, 10) : iso;
  }
}
