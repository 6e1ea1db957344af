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

  record Side(String label, boolean present, String article, String source, String published, String title,
      String url, boolean link, String value, List<Highlighter.Segment> evidence, boolean marked) {}

  record FigureRow(String label, String a, String b) {}

  record Signal(String name, String weight) {}

  record Stage(String name, String seconds) {}

  record Entry(String name, String value) {}

  record FindingView(String id, String type, String typeLabel, String severity, int severityRank, String score,
      String subject, String key, String explanation, Side a, Side b, List<Diffs.Piece> diff,
      List<FigureRow> figureRows, List<Signal> signals, String signalsTotal, String status, boolean dismissed,
      boolean fresh, String firstSeen, String note, List<Timeline> timeline) {}

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
    String type = f.getType();
    boolean figure = isFigure(type);
    String[] labels = sideLabels(type);
    Side a = side(labels[0], f.getArticleA(), f.getSourceA(), f.getPublishedA(), f.getUrlA(), f.getValueA(),
        f.getEvidenceA(), figure, articles);
    Side b = side(labels[1], f.getArticleB(), f.getSourceB(), f.getPublishedB(), f.getUrlB(), f.getValueB(),
        f.getEvidenceB(), figure, articles);
    List<Diffs.Piece> diff = List.of();
    if (Finding.QUOTE_DRIFT.equals(type) && b.present()) {
      List<Diffs.Piece> d = Diffs.words(f.getValueA(), f.getValueB());
      diff = Diffs.changed(d) ? d : List.of();
    }
    List<FigureRow> figureRows = figure ? figureRows(f) : List.of();
    List<Signal> signals = signals(f.getSignals());
    String status = f.getStatus();
    boolean fresh = !runDate.isEmpty() && runDate.equals(f.getFirstSeen());
    List<Timeline> timeline = Finding.FIGURE_DRIFT.equals(type) ? timeline(f) : List.of();
    return new FindingView(f.getId(), type, typeLabel(type), f.getSeverity(),
        CsvReports.severityRank(f.getSeverity()), CsvReports.score(f.getScore()), f.getSubject(), f.getKey(),
        f.getExplanation(), a, b, diff, figureRows, signals, signalsTotal(signals), status,
        Triage.DISMISSED.equals(status), fresh, f.getFirstSeen(), f.getNote(), timeline);
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

  /** For a republication side a is the later copy and side b the earlier original (contract); others are peers. */
  static String[] sideLabels(String type) {
    switch (type) {
      case Finding.STALE_REPUBLICATION: return new String[] {"Later copy", "Earlier original"};
      case Finding.SUSPECT_EXPERT: return new String[] {"Article", "Second report"};
      default: return new String[] {"Report A", "Report B"};
    }
  }

  private static Side side(String label, String article, String source, String published, String url, String value,
      String evidence, boolean figure, Map<String, ArticleSummary> articles) {
    boolean present = !article.isEmpty() || !evidence.isEmpty() || !value.isEmpty();
    if (!present) {
      return new Side(label, false, "", "", "", "", "", false, "", List.of(), false);
    }
    ArticleSummary s = articles.get(article);
    String src = !source.isEmpty() || s == null ? source : s.getSource();
    String pub = !published.isEmpty() || s == null ? published : s.getPublished();
    String u = (!url.isEmpty() || s == null ? url : s.getUrl()).strip();
    String title = s == null ? "" : s.getTitle();
    List<Highlighter.Segment> segs = Highlighter.segments(evidence, value, figure);
    boolean marked = segs.stream().anyMatch(Highlighter.Segment::mark);
    return new Side(label, true, article, src, pub, title, u, isWebLink(u), value, segs, marked);
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

  /** Parses {@code name=weight;name=weight}; an entry without a readable weight keeps its text and an empty weight. */
  static List<Signal> signals(String raw) {
    List<Signal> out = new ArrayList<>();
    for (String part : raw.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.lastIndexOf('=');
      if (eq > 0) {
        String w = p.substring(eq + 1).strip();
        try {
          out.add(new Signal(p.substring(0, eq).strip(), CsvReports.score(Double.parseDouble(w))));
          continue;
        } catch (NumberFormatException e) {
          // Falls through: shown as a signal without a weight rather than dropped.
        }
      }
      out.add(new Signal(p, ""));
    }
    return out;
  }

  private static String signalsTotal(List<Signal> signals) {
    double total = 0;
    boolean any = false;
    for (Signal s : signals) {
      if (!s.weight().isEmpty()) {
        total += Double.parseDouble(s.weight());
        any = true;
      }
    }
    return any ? CsvReports.score(total) : "";
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

  /** The date part of an ISO-8601 timestamp, for the page title. */
  static String day(String iso) {
    return iso.length() >= 10 ? iso.substring(0, 10) : iso;
  }
}
