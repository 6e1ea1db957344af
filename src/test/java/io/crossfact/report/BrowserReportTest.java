package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium and uses it the way a fact-checker does: reads what is shown, changes the
 * filters, clicks a finding open, moves with the keyboard. Driven over the DevTools protocol with the JDK alone.
 * Skipped when {@code /usr/bin/chromium} is missing ({@code .ci/install-browser} installs it).
 */
class BrowserReportTest {

  private static HeadlessChromium browser;
  private static DevTools page;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startBrowser() throws IOException, InterruptedException {
    if (!HeadlessChromium.available()) {
      return; // each test then reports itself skipped (an assumption here would hide them from the counts)
    }
    browser = HeadlessChromium.start();
    page = DevTools.connect(browser.pageWebSocket());
    page.send("Runtime.enable");
    page.send("Page.enable");
    page.send("Log.enable");
    // Any alert the page ran would set this flag instead of blocking on a dialog.
    page.send("Page.addScriptToEvaluateOnNewDocument", DevTools.params()
        .put("source", "window.alert = function () { window.__alerted = true; };"));
    page.send("Emulation.setDeviceMetricsOverride", DevTools.params().put("width", 1400).put("height", 1000)
        .put("deviceScaleFactor", 1).put("mobile", false));
  }

  @AfterAll
  static void stopBrowser() {
    if (page != null) {
      page.close();
    }
    if (browser != null) {
      Path profile = browser.profile();
      browser.close();
      assertFalse(browser.alive(), "browser process ended");
      assertFalse(Files.exists(profile), "profile deleted");
    }
  }

  @BeforeEach
  void forgetEarlierPages() {
    Assumptions.assumeTrue(browser != null, HeadlessChromium.BINARY + " not installed; run .ci/install-browser");
    page.clearEvents();
  }

  private static Path report(String name, RunSummary run, List<Finding> findings) throws IOException {
    Path file = dir.resolve(name);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      HtmlReport.write(w, run, findings, ReportFixtures.articles());
    }
    return file;
  }

  /** Navigates and returns once the load event fired, in milliseconds from the navigate command. */
  private static double open(Path file) throws IOException, InterruptedException {
    CompletableFuture<JsonNode> loaded = page.next("Page.loadEventFired");
    long t0 = System.nanoTime();
    JsonNode nav = page.send("Page.navigate", DevTools.params().put("url", file.toUri().toString()));
    assertFalse(nav.has("errorText"), "navigation failed: " + nav);
    DevTools.await(loaded, "load event of " + file.getFileName());
    return (System.nanoTime() - t0) / 1e6;
  }

  private static boolean visible(String id) throws IOException, InterruptedException {
    return page.eval("(function () { var e = document.getElementById('" + id + "');"
        + " return !!e && e.getClientRects().length > 0; })()").asBoolean();
  }

  private static void choose(String selectId, String value) throws IOException, InterruptedException {
    page.eval("(function () { var s = document.getElementById('" + selectId + "'); s.focus(); s.value = '" + value
        + "'; s.dispatchEvent(new Event('change', { bubbles: true })); s.blur(); })()");
  }

  private static List<String> visibleRows() throws IOException, InterruptedException {
    JsonNode ids = page.eval("Array.prototype.filter.call(document.querySelectorAll('tr.finding'),"
        + " function (r) { return r.getClientRects().length > 0; }).map(function (r) { return r.id; })");
    List<String> out = new ArrayList<>();
    ids.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void click(String selector) throws IOException, InterruptedException {
    JsonNode box = page.eval("(function () { var e = document.querySelector('" + selector + "');"
        + " e.scrollIntoView({ block: 'center' }); var r = e.getBoundingClientRect();"
        + " return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()");
    for (String type : List.of("mousePressed", "mouseReleased")) {
      page.send("Input.dispatchMouseEvent", DevTools.params().put("type", type).put("x", box.get("x").asDouble())
          .put("y", box.get("y").asDouble()).put("button", "left").put("clickCount", 1));
    }
  }

  private static void press(String key, int keyCode, String text) throws IOException, InterruptedException {
    page.send("Input.dispatchKeyEvent", DevTools.params().put("type", "keyDown").put("key", key).put("code",
        key.length() == 1 ? "Key" + key.toUpperCase(Locale.ROOT) : key).put("windowsVirtualKeyCode", keyCode)
        .put("text", text));
    page.send("Input.dispatchKeyEvent", DevTools.params().put("type", "keyUp").put("key", key)
        .put("windowsVirtualKeyCode", keyCode));
  }

  private static List<String> pageErrors() {
    List<String> out = new ArrayList<>();
    for (JsonNode e : page.events("Runtime.consoleAPICalled")) {
      if ("error".equals(e.path("type").asText())) {
        out.add("console.error " + e.path("args"));
      }
    }
    for (JsonNode e : page.events("Runtime.exceptionThrown")) {
      out.add("exception " + e.path("exceptionDetails"));
    }
    // Content-Security-Policy refusals (a script or style whose hash no longer matches) arrive here.
    for (JsonNode e : page.events("Log.entryAdded")) {
      if ("error".equals(e.path("entry").path("level").asText())) {
        out.add("log " + e.path("entry"));
      }
    }
    return out;
  }

  @Test
  void reviewerFiltersOpensAFindingAndSeesHostileTextAsText() throws IOException, InterruptedException {
    open(report("report.html", ReportFixtures.triageRun(), ReportFixtures.triageFindings()));
    assertTrue(page.eval("document.documentElement.classList.contains('js')").asBoolean(),
        "the report's script ran (its CSP hash matches)");

    // Dismissed: hidden at first, shown when the reviewer asks for all statuses.
    assertFalse(visible("r-FC-222222222222"), "dismissed finding hidden by default");
    assertTrue(visible("r-QD-111111111111") && visible("r-FD-444444444444") && visible("r-SE-333333333333"));
    assertEquals("3 of 4 findings shown.", page.eval("document.getElementById('shown').textContent").asText());
    choose("f-status", "all");
    assertTrue(visible("r-FC-222222222222"), "shown with status filter 'all'");
    assertEquals("4 of 4 findings shown.", page.eval("document.getElementById('shown').textContent").asText());

    // Type filter leaves only that type.
    choose("f-type", "figure_drift");
    assertEquals(List.of("r-FD-444444444444"), visibleRows());
    choose("f-type", "quote_drift");
    assertEquals(List.of("r-QD-111111111111"), visibleRows());
    choose("f-type", "");
    assertEquals(4, visibleRows().size());

    // A click opens the quote drift: its detail shows with the word diff.
    assertFalse(visible("d-QD-111111111111"));
    click("#r-QD-111111111111 button.open");
    assertTrue(visible("d-QD-111111111111"), "detail shown after the click");
    assertEquals("true", page.eval("document.querySelector('#r-QD-111111111111 button.open')"
        + ".getAttribute('aria-expanded')").asText());
    assertEquals(List.of("every home", "spring"), texts("#d-QD-111111111111 .diff del"));
    assertEquals(List.of("most homes", "summer"), texts("#d-QD-111111111111 .diff ins"));
    assertTrue(visible("d-QD-111111111111") && page.eval("document.querySelector('#d-QD-111111111111 .diff del')"
        + ".getClientRects().length > 0").asBoolean(), "the deleted words are on screen");

    // Keyboard: j moves to the next finding (the suspect expert), Enter opens it.
    press("j", 74, "j");
    assertEquals("r-SE-333333333333", page.eval("document.querySelector('tr.finding.current').id").asText());
    assertFalse(visible("d-SE-333333333333"));
    press("Enter", 13, "\r");
    assertTrue(visible("d-SE-333333333333"), "Enter opens the current finding");

    // The article's <script> is text on the page, never run.
    String evidence = page.eval("document.querySelector('#d-SE-333333333333 blockquote.evidence').textContent")
        .asText();
    assertTrue(evidence.contains("<script>alert(1)</script>"), evidence);
    assertEquals(1, page.eval("document.scripts.length").asInt(), "only the report's own script element");
    assertTrue(page.eval("typeof window.__alerted === 'undefined'").asBoolean(), "alert was never called");

    // The figure drift timeline is drawn: two points, the earlier on the left.
    click("#r-FD-444444444444 button.open");
    JsonNode xs = page.eval("Array.prototype.map.call(document.querySelectorAll('#d-FD-444444444444 svg circle'),"
        + " function (c) { return c.getBoundingClientRect().left; })");
    assertEquals(2, xs.size());
    assertTrue(xs.get(0).asDouble() < xs.get(1).asDouble());

    // The reviewer's note is shown in the confirmed finding's detail.
    assertTrue(page.eval("document.querySelector('#d-QD-111111111111 blockquote.note').getClientRects().length > 0")
        .asBoolean());

    Path shot = Path.of(System.getProperty("crossfact.repo", "."), "target", "report-screenshot.png");
    Files.createDirectories(shot.getParent());
    // The shot shows the findings table with the figure drift open: its timeline, note and figure table.
    page.eval("document.getElementById('r-FD-444444444444').scrollIntoView({ block: 'start' }); window.scrollBy(0, -60)");
    JsonNode png = page.send("Page.captureScreenshot", DevTools.params().put("format", "png"));
    Files.write(shot, Base64.getDecoder().decode(png.get("data").asText()));
    assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot);

    assertEquals(List.of(), pageErrors(), "no console errors, exceptions or CSP refusals");
  }

  private static List<String> texts(String selector) throws IOException, InterruptedException {
    JsonNode n = page.eval("Array.prototype.map.call(document.querySelectorAll('" + selector + "'),"
        + " function (e) { return e.textContent; })");
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  @Test
  void linkToADismissedFindingOpensItInsteadOfShowingNothing() throws IOException, InterruptedException {
    Path file = report("linked.html", ReportFixtures.triageRun(), ReportFixtures.triageFindings());
    CompletableFuture<JsonNode> loaded = page.next("Page.loadEventFired");
    page.send("Page.navigate", DevTools.params().put("url", file.toUri() + "#d-FC-222222222222"));
    DevTools.await(loaded, "load event of linked.html");
    assertTrue(visible("r-FC-222222222222") && visible("d-FC-222222222222"), "the linked finding is open");
    assertEquals("all", page.eval("document.getElementById('f-status').value").asText());
    assertEquals(List.of(), pageErrors());
  }

  /** Prints, without asserting a bound, how long 5,000 findings take to open: machines differ too much. */
  @Test
  void fiveThousandFindingsOpenAndTheTimeIsPrinted() throws IOException, InterruptedException {
    List<Finding> many = ReportFixtures.many(5000);
    for (int i = 0; i < many.size(); i += 10) {
      many.get(i).setStatus(Triage.DISMISSED);
    }
    Path file = report("report-5000.html", ReportFixtures.triageRun(), many);
    double wall = open(file);
    JsonNode t = page.eval("new Promise(function (done) { requestAnimationFrame(function () {"
        + " requestAnimationFrame(function () {"
        + " var n = performance.getEntriesByType('navigation')[0];"
        + " var fcp = performance.getEntriesByType('paint').filter(function (p) {"
        + " return p.name === 'first-contentful-paint'; })[0];"
        + " done({ dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: fcp ? fcp.startTime : -1,"
        + " frame: performance.now(), rows: document.querySelectorAll('tr.finding').length,"
        + " shown: document.getElementById('shown').textContent }); }); }); })");
    System.out.printf(Locale.ROOT, "report.html with 5000 findings (%.1f MB) in Chromium: navigate to load event"
            + " %.0f ms; DOMContentLoaded %.0f ms, load %.0f ms, first contentful paint %.0f ms, first frame after"
            + " load %.0f ms (page clock)%n", Files.size(file) / 1e6, wall, t.get("dcl").asDouble(),
        t.get("load").asDouble(), t.get("fcp").asDouble(), t.get("frame").asDouble());
    assertEquals(5000, t.get("rows").asInt());
    assertEquals("4500 of 5000 findings shown.", t.get("shown").asText());
    long start = System.nanoTime();
    choose("f-status", "all");
    double filterMs = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "status filter to 'all' over 5000 findings: %.0f ms%n", filterMs);
    assertEquals("5000 of 5000 findings shown.", page.eval("document.getElementById('shown').textContent").asText());
    assertEquals(List.of(), pageErrors());
  }

  private static void viewport(int width, int height, boolean mobile) throws IOException, InterruptedException {
    page.send("Emulation.setDeviceMetricsOverride", DevTools.params().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", mobile));
  }

  private static String text(String selector) throws IOException, InterruptedException {
    return page.eval("(function () { var e = document.querySelector('" + selector + "');"
        + " return e ? e.textContent : null; })()").asText();
  }

  /** Waits for a downloaded file to appear complete (Chromium writes a .crdownload first). */
  private static Path awaitDownload(Path folder, String name) throws InterruptedException, IOException {
    Path file = folder.resolve(name);
    long deadline = System.nanoTime() + HeadlessChromium.STEP.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(file) && Files.size(file) > 0) {
        return file;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no download " + file + " within " + HeadlessChromium.STEP.toSeconds() + " s");
  }

  /**
   * The reviewer's whole loop: open the report, filter, confirm one finding with a note (the page asks the name
   * once), dismiss another, export the triage CSV and the ClaimReview drafts with one click each, then the next
   * run reads the export and its report shows each status with the reviewer and the date; a decision on an id the
   * run does not report and a status in capitals are listed as warnings.
   */
  @Test
  void reviewerDecidesInThePageExportsAndTheNextRunShowsStatusReviewerAndDate()
      throws IOException, InterruptedException {
    viewport(1400, 1000, false);
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    page.send("Page.setDownloadBehavior", DevTools.params().put("behavior", "allow")
        .put("downloadPath", downloads.toString()));
    RunSummary first = ReportFixtures.run();
    first.setStartedAt("2026-11-25T08:00:00.123456789Z");
    open(report("triage-1.html", first, ReportFixtures.threeFindings()));
    page.eval("localStorage.clear()");
    open(report("triage-1.html", first, ReportFixtures.threeFindings()));
    assertEquals("Run started 2026-11-25 08:00:00 UTC", text("p.when").replaceAll(",.*", ""),
        "the run's time to the second, no nanoseconds");

    // Filter to the quote drift, open it, write a note and confirm: the name is asked once.
    choose("f-type", "quote_drift");
    assertEquals(List.of("r-QD-111111111111"), visibleRows());
    click("#r-QD-111111111111 button.open");
    // Typed, then the Confirm button clicked straight away: the field's change event and the click both happen.
    click("#d-QD-111111111111 .note-input");
    page.send("Input.insertText", DevTools.params().put("text", "Checked with the mayor, \"spring\""));
    click("#d-QD-111111111111 button.decide[data-status=confirmed]");
    assertTrue(page.eval("document.getElementById('who-dialog').open").asBoolean(), "the page asks the name");
    page.eval("document.getElementById('who-input').value = 'Ana Reyes'");
    click("#who-ok");
    assertFalse(page.eval("document.getElementById('who-dialog').open").asBoolean());
    assertEquals("confirmed", page.eval("document.getElementById('r-QD-111111111111').getAttribute('data-status')")
        .asText());
    assertEquals("confirmed", text("#r-QD-111111111111 td.status .st"));
    assertTrue(text("#d-QD-111111111111 .decided").contains("decided by Ana Reyes on "));

    // Dismiss the figure conflict: no second question; it leaves the default view.
    choose("f-type", "");
    click("#r-FC-222222222222 button.open");
    click("#d-FC-222222222222 button.decide[data-status=dismissed]");
    assertFalse(page.eval("document.getElementById('who-dialog').open").asBoolean(), "the name is asked once");
    assertFalse(visible("r-FC-222222222222"), "a dismissed finding leaves the open + confirmed view");
    assertEquals("2 of 3 findings shown.", text("#shown"));
    assertEquals("2", text("#pending"));

    // The decisions survive a reload of the page (kept in the browser under this run's key).
    open(dir.resolve("triage-1.html"));
    assertEquals("confirmed", text("#r-QD-111111111111 td.status .st"));
    assertEquals("dismissed", page.eval("document.getElementById('r-FC-222222222222').getAttribute('data-status')")
        .asText());

    click("#export-triage");
    Path csv = awaitDownload(downloads, "triage.csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    assertEquals(List.of("id,status,note,reviewer,date",
        "FC-222222222222,dismissed,,Ana Reyes," + today,
        "QD-111111111111,confirmed,\"Checked with the mayor, \"\"spring\"\"\",Ana Reyes," + today), lines);

    click("#export-claims");
    Path jsonld = awaitDownload(downloads, "claimreview-drafts.jsonld");
    JsonNode claims = DevTools.JSON.readTree(jsonld.toFile());
    assertEquals(1, claims.size(), "only confirmed findings");
    JsonNode c = claims.get(0);
    assertEquals("ClaimReview", c.get("@type").asText());
    assertEquals("https://schema.org", c.get("@context").asText());
    assertEquals("QD-111111111111", c.get("identifier").asText());
    assertEquals("We will rebuild most homes by summer", c.get("claimReviewed").asText(), "the later wording");
    assertEquals("Gazette", c.at("/itemReviewed/appearance/publisher/name").asText());
    assertEquals("https://gazette.example/b2", c.at("/itemReviewed/appearance/url").asText());
    assertEquals("Ana Reyes", c.at("/author/name").asText());

    // The next run reads the export (plus two lines a reviewer typed by hand) and shows who decided what, when.
    Files.writeString(csv, "QD-999999999999,confirmed,typo in the id,Ben,2026-11-26\r\n"
        + "SE-333333333333,Dismissed,,Ben,2026-11-26\r\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Triage triage = Triage.load(csv);
    List<Finding> next = ReportFixtures.threeFindings();
    triage.apply(next);
    RunSummary second = ReportFixtures.run();
    second.setStartedAt("2026-11-26T08:00:00Z");
    second.setTriageFile(csv.toString());
    second.setTriageWarnings(triage.warnings(next));
    Path file = dir.resolve("triage-2.html");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      HtmlReport.write(w, second, next, ReportFixtures.articles(), Integer.MAX_VALUE, triage, java.util.Map.of());
    }
    open(file);
    assertEquals("0", text("#pending"), "nothing decided in this page yet: the statuses come from the file");
    click("#r-QD-111111111111 button.open");
    assertEquals("confirmed", text("#d-QD-111111111111 .triage-status .st"));
    assertEquals(" \u00b7 decided by Ana Reyes on " + today, text("#d-QD-111111111111 .decided"));
    assertEquals("Checked with the mayor, \"spring\"", text("#d-QD-111111111111 .note-text"));
    assertFalse(visible("r-FC-222222222222"));
    choose("f-status", "dismissed");
    assertEquals(List.of("r-FC-222222222222", "r-SE-333333333333"), visibleRows());
    JsonNode warnings = page.eval("Array.prototype.map.call(document.querySelectorAll('.warnings li'),"
        + " function (e) { return e.textContent; })");
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).asText().contains("status 'Dismissed' of SE-333333333333 read as 'dismissed'"));
    assertTrue(warnings.get(1).asText().contains("id QD-999999999999 (confirmed) matches no finding of this run"));

    // A selection: all findings of one subject, decided together with one note.
    choose("f-status", "all");
    page.eval("document.querySelector('#d-SE-333333333333 button.pick-subject').click()");
    assertEquals(List.of("r-SE-333333333333"), visibleRows());
    assertEquals("1", text("#bulk-n"));
    page.eval("document.getElementById('bulk-note').value = 'same expert, checked once'");
    click("#bulk button[data-bulk=confirmed]");
    assertEquals("confirmed", text("#r-SE-333333333333 td.status .st"));
    assertEquals("same expert, checked once", page.eval(
        "document.querySelector('#d-SE-333333333333 .note-input').value").asText());
    click("#subject-clear");
    assertEquals(3, visibleRows().size());
    assertEquals(List.of(), pageErrors());
  }

  /**
   * Each finding type opened at a desktop and a phone size, with the layout defects of issue #20 checked (score and
   * status never cut, j then Enter opens a finding in view) and a PNG written of each: to target/report-shots, or
   * to {@code -Dcrossfact.screenshots=DIR} (docs/report/screenshots.sh writes docs/report/). With
   * {@code -Dcrossfact.screenshotReport=report.html} a real run's report is shot instead of the fixtures.
   */
  @Test
  void everyFindingTypeLaysOutAtDesktopAndPhoneWidth() throws IOException, InterruptedException {
    String given = System.getProperty("crossfact.screenshotReport", "");
    Path file;
    if (given.isEmpty()) {
      RunSummary run = ReportFixtures.run();
      run.setRunDate(ReportFixtures.NIGHT);
      file = dir.resolve("every-type.html");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        HtmlReport.write(w, run, ReportFixtures.everyType(), ReportFixtures.copyArticles(), Integer.MAX_VALUE,
            Triage.empty(), ReportFixtures.copyBodies());
      }
    } else {
      file = Path.of(given).toAbsolutePath();
    }
    Path out = Path.of(System.getProperty("crossfact.screenshots",
        Path.of(System.getProperty("crossfact.repo", "."), "target", "report-shots").toString()));
    Files.createDirectories(out);
    int shots = 0;
    for (int[] size : new int[][] {{1400, 1000}, {390, 844}}) {
      viewport(size[0], size[1], size[0] < 600);
      open(file);
      page.eval("localStorage.clear()");
      open(file);
      choose("f-status", "all");
      // Nothing in a row is cut: the score's digits and the status pill fit their cells.
      JsonNode cut = page.eval("Array.prototype.filter.call(document.querySelectorAll("
          + "'tr.finding td.num, tr.finding td.status .st, tr.finding td.wide:has(time)'), function (c) { return c.getClientRects().length > 0"
          + " && c.scrollWidth > c.clientWidth + 1; }).map(function (c) { return c.closest('tr').id + ' '"
          + " + c.textContent; })");
      assertEquals(0, cut.size(), size[0] + " px: cut cells " + cut);
      // j then Enter: the finding opens with its heading in the window.
      page.eval("window.scrollTo(0, 0)");
      JsonNode rows = page.eval("Array.prototype.map.call(document.querySelectorAll('tr.finding'),"
          + " function (r) { return r.id; })");
      for (int i = 0; i < rows.size(); i++) {
        press("j", 74, "j");
      }
      press("Enter", 13, "\r");
      String last = rows.get(rows.size() - 1).asText().substring(2);
      JsonNode box = page.eval("(function () { var r = document.querySelector('#d-" + last
          + " h3').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, h: window.innerHeight }; })()");
      assertTrue(box.get("top").asDouble() >= 0 && box.get("bottom").asDouble() <= box.get("h").asDouble(),
          size[0] + " px: the opened finding's heading is on screen " + box);
      press("Escape", 27, "");
      java.util.Set<String> types = new java.util.LinkedHashSet<>();
      for (JsonNode r : rows) {
        String id = r.asText();
        String type = page.eval("document.getElementById('" + id + "').getAttribute('data-type')").asText();
        if (!types.add(type)) {
          continue;
        }
        page.eval("(function () { var d = document.getElementById('d-" + id.substring(2) + "');"
            + " if (!d.classList.contains('open')) { document.querySelector('#" + id + " button.open').click(); }"
            + " })()");
        page.eval("(function () { var r = document.getElementById('" + id + "');"
            + " var head = document.querySelector('#ft > thead').getBoundingClientRect().height;"
            + " window.scrollTo(0, r.getBoundingClientRect().top + window.pageYOffset - head - 8); })()");
        JsonNode png = page.send("Page.captureScreenshot", DevTools.params().put("format", "png"));
        Path shot = out.resolve(type + "-" + size[0] + "x" + size[1] + ".png");
        Files.write(shot, Base64.getDecoder().decode(png.get("data").asText()));
        assertTrue(Files.size(shot) > 5_000, "screenshot " + shot);
        shots++;
        page.eval("document.querySelector('#" + id + " button.open').click()");
      }
      if (given.isEmpty()) {
        assertEquals(7, types.size(), "every type in the fixture: " + types);
      }
    }
    System.out.println("report screenshots: " + shots + " in " + out.toAbsolutePath());
    assertEquals(List.of(), pageErrors());
  }
}
