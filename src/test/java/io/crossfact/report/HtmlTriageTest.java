package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Finding;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** What the report shows of the reviewers' triage and of the comparison with the previous night. */
class HtmlTriageTest {

  private static Document page(RunSummary run, List<Finding> findings) throws IOException {
    return Jsoup.parse(HtmlReportTest.render(run, findings, ReportFixtures.articles()));
  }

  private static Document triagePage() throws IOException {
    return page(ReportFixtures.triageRun(), ReportFixtures.triageFindings());
  }

  @Test
  void dismissedFindingsOpenHiddenAndTheCountSaysSo() throws IOException {
    Document d = triagePage();
    Element row = d.getElementById("r-FC-222222222222");
    assertEquals("dismissed", row.attr("data-status"));
    assertTrue(row.hasAttr("hidden"));
    assertTrue(d.getElementById("d-FC-222222222222").hasAttr("hidden"), "its detail too");
    assertEquals(1, d.select("tr.finding[hidden]").size(), "only the dismissed one");
    assertEquals("3 of 4 findings shown.", d.getElementById("shown").text());
  }

  @Test
  void statusFilterDefaultsToOpenAndConfirmedWithDismissedAndAllOnOffer() throws IOException {
    Document d = triagePage();
    Elements options = d.select("#f-status option");
    assertEquals(List.of("active", "open", "confirmed", "dismissed", "all"), options.eachAttr("value"));
    assertEquals(List.of("active"), d.select("#f-status option[selected]").eachAttr("value"));
    assertEquals(List.of("Open + confirmed (3)", "Open (2)", "Confirmed (1)", "Dismissed (1)",
        "All, dismissed included (4)"), options.eachText());
  }

  @Test
  void statusColumnShowsEachVerdictAndNewBadgeOnlyOnFindingsFirstSeenTonight() throws IOException {
    Document d = triagePage();
    assertEquals("confirmed", d.selectFirst("#r-QD-111111111111 td.status .st").text());
    assertEquals("open", d.selectFirst("#r-FD-444444444444 td.status .st").text());
    assertEquals(List.of("r-FD-444444444444"), d.select("tr.finding:has(.badge-new)").eachAttr("id"));
  }

  @Test
  void withoutARunDateTheStartDayDecidesWhatIsNew() throws IOException {
    RunSummary run = ReportFixtures.run();
    Finding f = ReportFixtures.quoteDrift();
    f.setFirstSeen("2026-11-25");
    Finding old = ReportFixtures.suspectExpert();
    old.setFirstSeen("2026-11-01");
    Document d = page(run, List.of(f, old));
    assertEquals(List.of("r-QD-111111111111"), d.select("tr.finding:has(.badge-new)").eachAttr("id"));
  }

  @Test
  void headerShowsNewKnownDismissedResolvedAndThePreviousRun() throws IOException {
    Document d = triagePage();
    assertEquals("New 1 Known 3 Dismissed 1 Resolved 2", d.selectFirst("dl.triage-counts").text());
    assertTrue(d.selectFirst("p.previous").text().contains("out/2026-11-24"));
    Document first = page(ReportFixtures.run(), ReportFixtures.threeFindings());
    assertTrue(first.selectFirst("p.previous").text().startsWith("No previous run"));
  }

  @Test
  void howToTriageNamesTheColumnsAndTheRunsTriageFile() throws IOException {
    Element howto = triagePage().selectFirst("p.howto");
    assertTrue(howto.text().contains("id,status,note,reviewer,date"), howto.text());
    assertEquals("triage/decisions.csv", howto.selectFirst("code.triage-file").text());
    Element generic = page(ReportFixtures.run(), ReportFixtures.threeFindings()).selectFirst("p.howto");
    assertTrue(generic.text().contains("--triage FILE"), generic.text());
  }

  @Test
  void reviewersNoteIsShownInTheDetailAsText() throws IOException {
    Document d = triagePage();
    Element note = d.selectFirst("#d-QD-111111111111 blockquote.note");
    assertNotNull(note);
    assertEquals("Reviewer's note: Called the mayor's office: the <b>spring</b> version is the original.",
        note.text());
    assertTrue(note.select("b").isEmpty());
    assertTrue(d.select("#d-FD-444444444444 blockquote.note").isEmpty(), "no note, no box");
    assertEquals("Status confirmed · first seen 2026-11-20",
        d.selectFirst("#d-QD-111111111111 p.triage-status").text());
  }

  @Test
  void figureDriftTimelinePutsTheEarlierReportLeftWithArrowToTheLater() throws IOException {
    Document d = triagePage();
    Element svg = d.selectFirst("#d-FD-444444444444 figure.timeline svg");
    assertNotNull(svg);
    Elements points = svg.select("g.point");
    assertEquals(2, points.size());
    // Side b (Herald, February) is the earlier report, so it comes first and sits left.
    Element earlier = points.get(0);
    Element later = points.get(1);
    assertEquals("B: 1,200", earlier.selectFirst("text.value").text());
    assertEquals("2026-02-01", earlier.selectFirst("text.date").text());
    assertEquals("A: 12,000", later.selectFirst("text.value").text());
    assertEquals("Courier", later.selectFirst("text.source").text());
    double x1 = Double.parseDouble(earlier.selectFirst("circle").attr("cx"));
    double x2 = Double.parseDouble(later.selectFirst("circle").attr("cx"));
    double y1 = Double.parseDouble(earlier.selectFirst("circle").attr("cy"));
    double y2 = Double.parseDouble(later.selectFirst("circle").attr("cy"));
    assertTrue(x1 < x2, "earlier on the left");
    assertTrue(y2 < y1, "the larger value higher up");
    Element arrow = svg.selectFirst("line.drift");
    assertTrue(Double.parseDouble(arrow.attr("x2")) > Double.parseDouble(arrow.attr("x1")), "arrow points later");
    assertNotNull(svg.selectFirst("polygon.head"));
    assertEquals("98 days later (+900.0%)", svg.selectFirst("text.gap").text());
    assertEquals("Figure over time: 1,200 on 2026-02-01 (report B, Herald), then 12,000 on 2026-05-10 (report A, "
        + "Courier), 98 days later (+900.0%).", svg.selectFirst("title").text());
    assertEquals(1, d.select("figure.timeline").size(), "only figure drift gets a timeline");
  }

  @Test
  void timelineIsLeftOutWhenAValueIsNotANumberOrADateIsMissing() throws IOException {
    Finding words = ReportFixtures.figureDrift();
    words.setValueA("a dozen");
    Finding undated = ReportFixtures.figureDrift();
    undated.setId("FD-2");
    undated.setPublishedB("");
    Document d = page(ReportFixtures.run(), List.of(words, undated));
    assertTrue(d.select("figure.timeline").isEmpty());
    assertFalse(d.select("table.figure").isEmpty(), "the figure table still compares them");
  }

  @Test
  void timelineKeepsSideAFirstOnTheSameDayAndSaysSo() {
    Finding f = ReportFixtures.figureDrift();
    f.setPublishedB(f.getPublishedA());
    ReportView.Timeline t = ReportView.timeline(f).get(0);
    assertEquals("A", t.earlier().side());
    assertTrue(t.gap().startsWith("same day"), t.gap());
  }

  @Test
  void groupedNumbersIgnoreTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertEquals("1,400,000", ReportView.grouped(1400000));
      assertEquals("0.25", ReportView.grouped(0.25));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void scriptsDefaultStatusChoiceMeansEverythingButDismissed() {
    String js = HtmlReport.script();
    assertTrue(js.contains("getElementById('f-status')"));
    assertTrue(js.contains("want === 'active' ? status !== 'dismissed' : status === want"), js);
  }

  private static Document withTriage(RunSummary run, List<Finding> findings, Triage triage) throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    HtmlReport.write(w, run, findings, ReportFixtures.articles(), Integer.MAX_VALUE, triage, java.util.Map.of());
    return Jsoup.parse(w.toString());
  }

  @Test
  void theReviewerAndTheDateOfEachDecisionAreShownFromTheTriageFile() throws IOException {
    Triage t = Triage.parse("decisions.csv", "id,status,note,reviewer,date\n"
        + "QD-111111111111,confirmed,called the office,Ana Reyes,2026-11-24\n");
    List<Finding> findings = t.apply(ReportFixtures.threeFindings());
    Document d = withTriage(ReportFixtures.run(), findings, t);
    assertEquals("Status confirmed \u00b7 decided by Ana Reyes on 2026-11-24",
        d.selectFirst("#d-QD-111111111111 .triage-status").text());
    Element row = d.getElementById("r-QD-111111111111");
    assertEquals("Ana Reyes", row.attr("data-reviewer"));
    assertEquals("2026-11-24", row.attr("data-reviewed"));
    assertEquals("called the office", d.selectFirst("#d-QD-111111111111 .note-input").attr("value"));
    assertEquals("", d.selectFirst("#d-FC-222222222222 .decided").text(), "undecided: no reviewer shown");
  }

  @Test
  void triageWarningsAreListedAtTheTopOfThePage() throws IOException {
    RunSummary run = ReportFixtures.run();
    run.setTriageWarnings(List.of("triage file t.csv line 3: id QD-9 (confirmed) matches no finding of this run"));
    Document d = page(run, ReportFixtures.threeFindings());
    assertEquals(List.of("triage file t.csv line 3: id QD-9 (confirmed) matches no finding of this run"),
        d.select(".warnings li").eachText());
    assertTrue(page(ReportFixtures.run(), ReportFixtures.threeFindings()).select(".warnings").isEmpty());
  }

  @Test
  void decisionsInTheBrowserAreKeptUnderAKeyOfThisRun() throws IOException {
    RunSummary one = ReportFixtures.run();
    RunSummary two = ReportFixtures.run();
    two.setStartedAt("2026-11-26T08:00:00Z");
    String k1 = page(one, ReportFixtures.threeFindings()).getElementById("triagebar").attr("data-run");
    String k2 = page(two, ReportFixtures.threeFindings()).getElementById("triagebar").attr("data-run");
    assertEquals(k1, page(ReportFixtures.run(), ReportFixtures.threeFindings()).getElementById("triagebar")
        .attr("data-run"), "the same run, the same key");
    assertFalse(k1.equals(k2), "another run, another key");
    assertEquals("triage.csv", page(one, ReportFixtures.threeFindings()).getElementById("triagebar")
        .attr("data-file"), "the name the nightly job looks for");
  }

  @Test
  void runTimesAreShownToTheSecondWithTheFullValueInTheAttribute() throws IOException {
    RunSummary run = ReportFixtures.run();
    run.setStartedAt("2026-11-25T08:00:00.123456789Z");
    Element t = page(run, ReportFixtures.threeFindings()).selectFirst("p.when time");
    assertEquals("2026-11-25 08:00:00 UTC", t.text());
    assertEquals("2026-11-25T08:00:00.123456789Z", t.attr("datetime"));
  }

  @Test
  void copiesGetAWholeTextDiffAndACopyWithoutItsBodiesSaysSo() throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    HtmlReport.write(w, ReportFixtures.run(), ReportFixtures.everyType(), ReportFixtures.copyArticles(),
        Integer.MAX_VALUE, Triage.empty(), ReportFixtures.copyBodies());
    Document d = Jsoup.parse(w.toString());
    Element sr = d.getElementById("d-SR-777777777777");
    assertEquals(List.of("this week", "April."), sr.select(".body-diff del").eachText(),
        "the original's words, the change far from the flagged one included");
    assertEquals(List.of("on Tuesday", "May."), sr.select(".body-diff ins").eachText());
    assertFalse(sr.select(".body-diff .skip-n").isEmpty(), "unchanged words are shortened");
    assertTrue(d.select("#d-FC-222222222222 .body-diff, #d-FC-222222222222 .body-missing").isEmpty(),
        "independent reports get no whole-text diff");
    Document none = withTriage(ReportFixtures.run(), ReportFixtures.everyType(), Triage.empty());
    assertTrue(none.select("#d-SR-777777777777 .body-diff").isEmpty());
    assertFalse(none.select("#d-SR-777777777777 .body-missing").isEmpty(), "a republication always is a copy");
  }
}
