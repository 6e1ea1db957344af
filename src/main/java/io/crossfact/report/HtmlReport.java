package io.crossfact.report;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Finding;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes report.html: one self-contained page a fact-checker opens from disk, with the run's counts, a sortable and
 * filterable table of findings, and for each finding the evidence of both sides, the marked words, the quote diff,
 * the figure table or the expert signals, and the explanation.
 *
 * <p>Safety: the page is rendered by Pebble with HTML auto-escaping, and the view values are plain strings, so
 * article text (which is scraped, hence hostile) can only ever appear as text. The one inline script and the one
 * inline style sheet come from this jar; a Content-Security-Policy meta tag allows exactly those two (by hash) and
 * no network fetch at all, so even a mistake in escaping could not run a script or load a tracker. Only absolute
 * http(s) article URLs become links, with {@code rel="noopener noreferrer"}.
 *
 * <p>Triage: each row carries its reviewer status, and who decided it when; dismissed findings are rendered with
 * {@code hidden} so the page opens on open and confirmed findings only, and the status filter brings them back. The
 * script lets the reviewer decide in the page (one finding, or all findings of a subject or type), keeps those
 * decisions in the browser under a key of this run, and exports them as the triage CSV the next run reads, and the
 * confirmed ones as schema.org ClaimReview drafts. Findings first seen on the
 * run's date get a "new" badge; the header shows the night-to-night counts of {@link RunSummary}.
 *
 * <p>Size: every finding is rendered server-side (a table row plus a detail row); the script only toggles
 * {@code hidden} and reorders rows, which keeps 5,000 findings responsive without a framework. Output bytes depend
 * only on the arguments.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String TEMPLATE = "report/report.peb";
  /** Beyond this many, quarantined documents are counted, not listed: articles.csv has them all. */
  static final int MAX_QUARANTINED_LISTED = 200;

  private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
      .loader(new ClasspathLoader(HtmlReport.class.getClassLoader()))
      .autoEscaping(true)
      // HTML escaping, and bidirectional controls and zero-width characters written out visibly (⟨U+202E⟩)
      .addEscapingStrategy("html-visible", s -> org.unbescape.html.HtmlEscape.escapeHtml4Xml(
          io.crossfact.model.Invisibles.visible(s)))
      .defaultEscapingStrategy("html-visible")
      .strictVariables(true)
      .defaultLocale(Locale.ROOT)
      .build();

  private static final String CSS = resource("report/report.css");
  private static final String JS = resource("report/report.js");

  /**
   * Renders the report. {@code findings} are shown in the order given (the caller sorts with
   * {@link CsvReports#FINDING_ORDER}); {@code articlesById} fills in titles, and publishers, dates and URLs a
   * finding lacks. Flushes but does not close {@code w}.
   */
  public static void write(Writer w, RunSummary run, List<Finding> findings, Map<String, ArticleSummary> articlesById)
      throws IOException {
    write(w, run, findings, articlesById, Integer.MAX_VALUE);
  }

  /**
   * As {@link #write(Writer, RunSummary, List, Map)}, listing at most {@code maxRows} findings in detail: the highest
   * severity, then score, not dismissed before dismissed; shown in the given order. The header's counts and chart
   * cover all findings, and the page says how many are only in discrepancies.csv.
   */
  public static void write(Writer w, RunSummary run, List<Finding> findings, Map<String, ArticleSummary> articlesById,
      int maxRows) throws IOException {
    write(w, run, findings, articlesById, maxRows, Triage.empty(), Map.of());
  }

  /**
   * As {@link #write(Writer, RunSummary, List, Map, int)}, showing who decided each finding and when (from
   * {@code triage}) and, for copies of one text, the whole-text diff of their bodies ({@code bodies}: article id to
   * text, as {@link #bodiesNeeded} asks for; a copy whose bodies are missing says so).
   */
  public static void write(Writer w, RunSummary run, List<Finding> findings, Map<String, ArticleSummary> articlesById,
      int maxRows, Triage triage, Map<String, String> bodies) throws IOException {
    if (articlesById == null) {
      articlesById = Map.of();
    }
    if (bodies == null) {
      bodies = Map.of();
    }
    List<Finding> listed = mostImportant(findings, maxRows);
    Map<String, Object> ctx = new HashMap<>();
    List<ReportView.FindingView> views = new ArrayList<>(listed.size());
    String runDate = ReportView.runDate(run);
    long dismissed = 0;
    for (Finding f : listed) {
      ReportView.FindingView v = ReportView.finding(f, articlesById, runDate, triage, bodies);
      views.add(v);
      if (v.dismissed()) {
        dismissed++;
      }
    }
    ctx.put("run", run);
    ctx.put("findings", views);
    ctx.put("total", findings.size());
    ctx.put("byType", ReportView.byType(findings));
    ctx.put("bySeverity", ReportView.bySeverity(findings));
    ctx.put("chart", ReportView.chart(findings));
    ctx.put("duration", ReportView.duration(run));
    ctx.put("startedAt", ReportView.when(run.getStartedAt()));
    ctx.put("finishedAt", ReportView.when(run.getFinishedAt()));
    // Decisions made in the page are kept in the browser under this run's key, so two reports never share them.
    ctx.put("runKey", sha256(run.getStartedAt() + "|" + run.getOut() + "|" + runDate).substring(0, 16)
        .replace('/', '_').replace('+', '-'));
    ctx.put("triageFileName", Triage.FILE_NAME);
    ctx.put("day", ReportView.day(run.getStartedAt()));
    ctx.put("stages", ReportView.stages(run));
    ctx.put("quarantine", ReportView.entries(run.getQuarantineReasons()));
    ctx.put("assertionsByKind", ReportView.entries(run.getAssertionsByKind()));
    ctx.put("versions", ReportView.entries(run.getVersions()));
    ctx.put("config", ReportView.entries(run.getConfig()));
    ctx.put("typeOptions", ReportView.byType(findings));
    ctx.put("statusOptions", ReportView.statusOptions(findings));
    ctx.put("shownAtOpen", listed.size() - dismissed);
    ctx.put("listed", listed.size());
    ctx.put("omitted", findings.size() - listed.size());
    ctx.put("runDate", runDate);
    ctx.put("triageColumns", String.join(",", Triage.COLUMNS));
    List<ArticleSummary> quarantined = ReportView.quarantined(articlesById.values());
    ctx.put("quarantinedDocs", quarantined.subList(0, Math.min(quarantined.size(), MAX_QUARANTINED_LISTED)));
    ctx.put("quarantinedMore", Math.max(0, quarantined.size() - MAX_QUARANTINED_LISTED));
    ctx.put("css", CSS);
    ctx.put("js", JS);
    ctx.put("cspScript", sha256(JS));
    ctx.put("cspStyle", sha256(CSS));

    PebbleTemplate t = ENGINE.getTemplate(TEMPLATE);
    Writer out = w instanceof BufferedWriter || w instanceof StringWriter ? w : new BufferedWriter(w, 1 << 16);
    t.evaluate(out, ctx, Locale.ROOT);
    out.flush();
  }

  /** Beyond this many copy findings on one page, the rest get no whole-text diff: the page stays a few MB. */
  public static final int MAX_BODY_DIFFS = 300;

  /**
   * The articles whose text the page needs for whole-text diffs: both sides of each copy finding among the
   * {@code maxRows} listed, at most {@link #MAX_BODY_DIFFS} findings' worth.
   */
  public static java.util.Set<String> bodiesNeeded(List<Finding> findings, Map<String, ArticleSummary> articlesById,
      int maxRows) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    int n = 0;
    for (Finding f : mostImportant(findings, maxRows)) {
      if (n < MAX_BODY_DIFFS && ReportView.isCopyPair(f, articlesById == null ? Map.of() : articlesById)) {
        ids.add(f.getArticleA());
        ids.add(f.getArticleB());
        n++;
      }
    }
    return ids;
  }

  /** The {@code max} findings a reviewer should see first, in their given order. */
  static List<Finding> mostImportant(List<Finding> findings, int max) {
    if (findings.size() <= max) {
      return findings;
    }
    Integer[] idx = new Integer[findings.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, java.util.Comparator
        .<Integer>comparingInt(i -> "dismissed".equals(findings.get(i).getStatus()) ? 1 : 0)
        .thenComparingInt(i -> severityRank(findings.get(i).getSeverity()))
        .thenComparing(i -> -findings.get(i).getScore())
        .thenComparingInt(i -> i));
    Integer[] keep = java.util.Arrays.copyOf(idx, max);
    java.util.Arrays.sort(keep);
    List<Finding> out = new ArrayList<>(max);
    for (Integer i : keep) {
      out.add(findings.get(i));
    }
    return out;
  }

  private static int severityRank(String severity) {
    switch (severity) {
      case "high":
        return 0;
      case "medium":
        return 1;
      default:
        return 2;
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base64 SHA-256 of the text: the template writes it as a CSP source {@code 'sha256-...'} allowing exactly it. */
  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** The inline script, as embedded (tests check it is the only script). */
  static String script() {
    return JS;
  }

  /** The inline style sheet, as embedded. */
  static String styleSheet() {
    return CSS;
  }
}
