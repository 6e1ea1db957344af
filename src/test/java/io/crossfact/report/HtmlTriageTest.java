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
}
