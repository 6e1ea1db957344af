package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static String render(RunSummary run, List<Finding> findings, Map<String, ArticleSummary> articles)
      throws IOException {
    StringWriter w = new StringWriter();
    HtmlReport.write(w, run, findings, articles);
    return w.toString();
  }

  static Document page(List<Finding> findings) throws IOException {
    return Jsoup.parse(render(ReportFixtures.run(), findings, ReportFixtures.articles()));
  }

  private static Element detail(Document d, String id) {
    Element e = d.getElementById("d-" + id);
    assertNotNull(e, "detail row of " + id);
    return e;
  }

  @Test
  void aCappedPageListsTheMostSevereFindingsAndSaysWhereTheRestAre() throws IOException {
    List<Finding> findings = ReportFixtures.threeFindings();
    Finding least = findings.stream()
        .min(java.util.Comparator.comparingInt((Finding f) -> List.of("high", "medium", "low").indexOf(f.getSeverity()))
            .reversed().thenComparingDouble(Finding::getScore))
        .orElseThrow();
    StringWriter w = new StringWriter();
    HtmlReport.write(w, ReportFixtures.run(), findings, ReportFixtures.articles(), 2);
    Document d = Jsoup.parse(w.toString());
    assertEquals(null, d.getElementById("d-" + least.getId()), "the least severe finding is not listed");
    for (Finding f : findings) {
      if (f != least) {
        detail(d, f.getId());
      }
    }
    assertTrue(d.select("p.omitted").text().contains("the other 1 are in discrepancies.csv"), d.select("p.omitted").text());
    assertTrue(d.select("dd").text().contains(String.valueOf(findings.size())), "the header counts every finding");
  }

  @Test
  void pageLoadsNothingFromTheNetwork() throws IOException {
    List<Finding> findings = ReportFixtures.threeFindings();
    Document d = page(findings);
    assertTrue(d.select("[src]").isEmpty(), "no element loads a resource: " + d.select("[src]"));
    assertTrue(d.select("link, iframe, object, embed, img, base").isEmpty());
    Set<String> articleUrls = new HashSet<>();
    for (ArticleSummary s : ReportFixtures.articles().values()) {
      articleUrls.add(s.getUrl());
    }
    for (Finding f : findings) {
      articleUrls.add(f.getUrlA());
      articleUrls.add(f.getUrlB());
    }
    for (Element a : d.select("[href]")) {
      String href = a.attr("href");
      assertTrue(href.startsWith("#") || articleUrls.contains(href), "unexpected link " + href);
    }
    for (Element a : d.select("a[href^=http]")) {
      assertEquals("noopener noreferrer", a.attr("rel"));
    }
    String inline = d.select("style").html() + d.select("script").html();
    assertFalse(inline.contains("url("), "CSS fetches nothing");
    assertFalse(inline.contains("@import"));
    // https://schema.org is the JSON-LD context of the ClaimReview export: an identifier written into the file, never
    // fetched (like the SVG namespace below).
    assertFalse(inline.replace("'https://schema.org'", "").matches("(?s).*https?://.*"),
        "no address in the inline CSS or JS");
    assertTrue(d.select("svg").attr("xmlns").equals("http://www.w3.org/2000/svg"),
        "the SVG namespace is an identifier, never fetched");
  }

  @Test
  void contentSecurityPolicyAllowsExactlyTheInlineScriptAndStyle() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    String csp = d.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none'; "), csp);
    Elements scripts = d.select("script");
    assertEquals(1, scripts.size());
    assertTrue(csp.contains("script-src 'sha256-" + HtmlReport.sha256(scripts.first().data()) + "';"),
        "the hash must match the script as embedded, or browsers block it: " + csp);
    assertTrue(csp.contains("style-src 'sha256-" + HtmlReport.sha256(d.select("style").first().data()) + "';"), csp);
    assertTrue(csp.endsWith("; form-action 'none'; base-uri 'none'"), csp);
    assertEquals(HtmlReport.script(), scripts.first().data());
  }

  private static Finding hostile() {
    Finding f = ReportFixtures.quoteDrift();
    f.setId("QD-<b>evil</b>");
    f.setSubject("<script>alert('subject')</script>");
    f.setEvidenceA("He wrote <script>alert(1)</script> in the comments & left.");
    f.setValueA("<script>alert(1)</script>");
    f.setEvidenceB("<img src=x onerror=alert(2)> and <iframe src=//evil.example></iframe>");
    f.setValueB("</td></tr></table><script>alert(3)</script>");
    f.setSourceA("\"><svg onload=alert(4)>");
    f.setUrlA("https://x.example/\" onmouseover=\"alert(5)");
    f.setUrlB("javascript:alert(6)");
    f.setExplanation("<style>body{display:none}</style>");
    f.setKey("k</code><script>alert(7)</script>");
    f.setSignals("<b>bold</b>=0.5");
    return f;
  }

  @Test
  void articleTextIsShownAsTextNeverAsMarkup() throws IOException {
    Finding f = hostile();
    Map<String, ArticleSummary> articles = ReportFixtures.articles();
    articles.get("a1").setTitle("<script>alert('title')</script>");
    Document d = Jsoup.parse(render(ReportFixtures.run(), List.of(f), articles));
    assertEquals(1, d.select("script").size(), "only the report's own script");
    assertEquals(1, d.select("style").size());
    assertEquals(1, d.select("svg").size(), "only the chart");
    assertTrue(d.select("img, iframe, b").isEmpty());
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().startsWith("on"), "event handler attribute on " + e.tagName() + ": " + a);
      }
    }
    String text = d.body().text();
    assertTrue(text.contains("He wrote <script>alert(1)</script> in the comments & left."), text);
    assertTrue(text.contains("<img src=x onerror=alert(2)>"));
    assertTrue(text.contains("<script>alert('title')</script>"));
    assertTrue(text.contains("<style>body{display:none}</style>"));
    assertEquals("<script>alert(1)</script>", d.select("mark").first().text(), "the value is still marked");
    assertNotNull(d.getElementById("d-QD-<b>evil</b>"), "odd ids survive as ids");
  }

  @Test
  void onlyWebUrlsBecomeLinks() throws IOException {
    Finding f = ReportFixtures.quoteDrift();
    f.setUrlA("javascript:alert(1)");
    f.setUrlB("file:///etc/passwd");
    Finding g = ReportFixtures.figureConflict();
    g.setUrlA("HTTPS://Example.ORG/x?a=1&b=2");
    g.setUrlB("https://has space.example/");
    Document d = Jsoup.parse(render(ReportFixtures.run(), List.of(f, g), Map.of()));
    List<String> hrefs = d.select("a[href^=http], a[href^=HTTP]").eachAttr("href");
    assertEquals(List.of("HTTPS://Example.ORG/x?a=1&b=2"), hrefs);
    assertTrue(d.select("a[href^=javascript], a[href^=file]").isEmpty());
    assertTrue(d.body().text().contains("javascript:alert(1)"), "a refused URL is still shown as text");
    assertEquals(2, d.select("#d-" + f.getId() + " .nolink").size());
  }

  @Test
  void everyFindingHasARowAndADetailWithItsId() throws IOException {
    List<Finding> findings = ReportFixtures.threeFindings();
    Document d = page(findings);
    assertEquals(3, d.select("tr.finding").size());
    assertEquals(3, d.select("tr.detail").size());
    for (Finding f : findings) {
      Element row = d.getElementById("r-" + f.getId());
      assertNotNull(row, f.getId());
      assertEquals(f.getId(), row.selectFirst("button.open").text());
      assertEquals("d-" + f.getId(), row.selectFirst("button.open").attr("aria-controls"));
      assertEquals(f.getType(), row.attr("data-type"));
      assertEquals(f.getSeverity(), row.attr("data-severity"));
      assertEquals(row.nextElementSibling(), detail(d, f.getId()), "detail follows its row");
    }
  }

  @Test
  void rowsFollowTheOrderGiven() throws IOException {
    List<Finding> findings = ReportFixtures.threeFindings();
    Document d = page(findings);
    assertEquals(findings.stream().map(f -> "r-" + f.getId()).collect(Collectors.toList()),
        d.select("tr.finding").eachAttr("id"));
  }

  @Test
  void filtersAreLabelledAndOfferEveryTypeAndSeverity() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    for (String id : List.of("f-type", "f-sev", "f-status", "f-q")) {
      assertEquals(1, d.select("label[for=" + id + "]").size(), "label for " + id);
      assertNotNull(d.getElementById(id));
    }
    assertEquals("search", d.getElementById("f-q").attr("type"));
    List<String> types = d.select("#f-type option").eachAttr("value");
    assertEquals(List.of("", "figure_conflict", "figure_drift", "quote_drift", "quote_misattribution",
        "role_conflict", "stale_republication", "suspect_expert"), types);
    assertEquals(List.of("", "high", "medium", "low"), d.select("#f-sev option").eachAttr("value"));
  }

  @Test
  void tableHeadingsAreScopedAndSortable() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    Elements th = d.select("#ft > thead > tr > th");
    assertEquals(10, th.size());
    for (Element h : th) {
      assertEquals("col", h.attr("scope"));
      assertEquals("none", h.attr("aria-sort"));
      assertNotNull(h.selectFirst("button[data-col]"));
    }
    assertTrue(d.select("th:not([scope])").isEmpty(), "every th has a scope");
    assertEquals(1, d.select("header").size());
    assertEquals(1, d.select("main").size());
  }

  @Test
  void headerShowsDocumentCountsAndFindingsByTypeAndSeverity() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    assertEquals("Documents read 5 OK 4 Quarantined 1 Findings 3", d.selectFirst("dl.docs").text());
    Elements typeRows = d.select("table.bytype tbody tr");
    assertEquals(7, typeRows.size());
    assertEquals("Quote drift 1", typeRows.get(2).text());
    assertEquals("Figure drift 0", typeRows.get(1).text());
    assertEquals(List.of("high 1", "medium 1", "low 1"), d.select("table.byseverity tbody tr").eachText());
    assertEquals(3, d.select("svg rect").size(), "one bar segment per non-empty type and severity");
    assertTrue(d.selectFirst("svg title").text().startsWith("Findings by type: Figure conflict 1,"));
    assertTrue(d.select("p.when").text().contains("(1 min 05 s)"), d.select("p.when").text());
    assertEquals(List.of("data/news", "data/extra.jsonl"), d.select(".inputs li").eachText());
  }

  @Test
  void quarantinedDocumentsAreListedWithTheirReasonUpToALimit() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    assertEquals(List.of("zz9 in/zz9.warc.gz unreadable: truncated gzip"),
        d.select("table.quarantined tbody tr").eachText());
    Map<String, ArticleSummary> many = new java.util.TreeMap<>();
    for (int i = 0; i < HtmlReport.MAX_QUARANTINED_LISTED + 5; i++) {
      ArticleSummary s = new ArticleSummary();
      s.setArticleId(String.format(Locale.ROOT, "q%04d", i));
      s.setStatus("quarantined");
      many.put(s.getArticleId(), s);
    }
    Document big = Jsoup.parse(render(ReportFixtures.run(), List.of(), many));
    assertEquals(HtmlReport.MAX_QUARANTINED_LISTED, big.select("table.quarantined tbody tr").size());
    assertEquals("and 5 more, listed in articles.csv", big.select("table.quarantined tfoot").text());
  }

  @Test
  void quoteDriftShowsMarkedQuotesAndAWordDiff() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    Element det = detail(d, "QD-111111111111");
    // Only the words that changed are marked, each inside its own version of the quote.
    assertEquals(List.of("every home", "spring", "most homes", "summer"),
        det.select("blockquote.evidence mark.chg").eachText());
    assertEquals("We will rebuild", det.select(".side").get(0).selectFirst("blockquote.evidence .q").text());
    assertEquals(List.of("every home", "spring"), det.select(".diff del").eachText());
    assertEquals(List.of("most homes", "summer"), det.select(".diff ins").eachText());
    assertEquals(List.of("Earlier report", "Later report"), ownTexts(det.select(".side h4")));
    assertEquals("Word changes, earlier report \u2192 later report", det.selectFirst(".diff h4").text());
    assertEquals("https://planet.example/a1", det.select(".side").get(0).selectFirst("a").attr("href"),
        "the finding's own URL wins over the article's");
    assertTrue(det.select("table.figure, table.signals").isEmpty());
  }

  private static List<String> ownTexts(Elements es) {
    List<String> out = new java.util.ArrayList<>();
    es.forEach(e -> out.add(e.ownText().strip()));
    return out;
  }

  @Test
  void laterSideAIsShownSecondAndTheDiffStillRunsEarlierToLater() throws IOException {
    // The comparers put the later report in side a: the page reads b first, and "not" dropped is a deletion.
    Finding f = ReportFixtures.quoteDrift();
    f.setValueA("We will cut the budget");
    f.setEvidenceA("\u201CWe will cut the budget,\u201D she said.");
    f.setPublishedA("2026-03-09");
    f.setValueB("We will not cut the budget");
    f.setEvidenceB("She said: \u201CWe will not cut the budget.\u201D");
    f.setPublishedB("2026-03-02");
    Element det = detail(page(List.of(f)), f.getId());
    assertEquals(List.of("Earlier report", "Later report"), ownTexts(det.select(".side h4")));
    assertEquals(List.of("(_b columns)", "(_a columns)"), det.select(".side h4 .letter").eachText());
    assertEquals(List.of("not"), det.select(".diff del").eachText());
    assertTrue(det.select(".diff ins").isEmpty());
    assertEquals(List.of("not"), det.select(".side").get(0).select("mark.chg").eachText());
    assertTrue(det.select(".side").get(1).select("mark").isEmpty(), "the later quote lost a word, added none");
    Element row = page(List.of(f)).getElementById("r-" + f.getId());
    assertEquals("2026-03-02", row.select("td").get(6).text(), "earlier date column");
    assertEquals("2026-03-09", row.select("td").get(8).text(), "later date column");
  }

  @Test
  void anUndatedSideSaysSoInsteadOfAnEmptyCell() throws IOException {
    Finding f = ReportFixtures.quoteDrift();
    f.setType(Finding.STALE_REPUBLICATION);
    f.setPublishedB("");
    Document d = page(List.of(f));
    assertEquals("\u2014", d.getElementById("r-" + f.getId()).select("td").get(6).text(), "earlier date column");
    assertEquals("undated", detail(d, f.getId()).select(".side").get(0).select("dd").get(2).text());
  }

  @Test
  void figureConflictShowsValueMetricScopeAndPeriod() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    Element det = detail(d, "FC-222222222222");
    assertEquals(List.of("Value 1400000 450", "Metric overdose_deaths overdose_deaths", "Scope Ohio Ohio",
        "Period 2023 2023"), det.select("table.figure tbody tr").eachText());
    assertEquals(List.of("1.4 million", "450"), det.select("mark").eachText());
    assertTrue(det.select(".diff").isEmpty());
    assertEquals("https://archive.example/c3", det.selectFirst(".side a").attr("href"),
        "a finding without URL links to the article's");
    assertEquals("Title of c3", det.selectFirst(".side cite").text());
  }

  @Test
  void suspectExpertShowsWeightedSignalsAndADashForTheMissingSide() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    Element det = detail(d, "SE-333333333333");
    assertEquals(List.of("genericName +0.30 weight recorded by the comparer",
        "vagueInstitution +0.25 weight recorded by the comparer", "genericQuote +0.15 weight recorded by the comparer"),
        det.select("table.signals tbody tr").eachText());
    assertEquals("Sum of the weights 0.70 the score is this sum, at most 1",
        det.select("table.signals tfoot tr").text());
    assertTrue(det.selectFirst("table.signals caption").text().startsWith("How the score 0.450 is made: Score ="));
    Elements sides = det.select(".side");
    assertEquals("\u2014", sides.get(1).selectFirst("p.none").text());
    assertTrue(sides.get(1).select("blockquote").isEmpty());
    assertEquals("\u2014", d.getElementById("r-SE-333333333333").select("td").get(7).text());
    assertEquals("Generic name, vague institution and a generic quote; nobody else quotes this expert.",
        det.selectFirst("p.explanation").text());
  }

  @Test
  void staleRepublicationLabelsTheLaterCopyAndTheOriginal() throws IOException {
    Finding f = ReportFixtures.quoteDrift();
    f.setType(Finding.STALE_REPUBLICATION);
    f.setId("SR-1");
    Element det = detail(page(List.of(f)), "SR-1");
    assertEquals(List.of("Earlier original", "Later copy"), ownTexts(det.select(".side h4")),
        "the original first: the page reads earlier to later");
    assertTrue(det.select(".diff").isEmpty(), "only quote drift gets a word diff");
  }

  @Test
  void evidenceWithoutTheValueIsShownPlain() throws IOException {
    Finding f = ReportFixtures.quoteDrift();
    f.setEvidenceA("The mayor spoke at length about the recovery.");
    Element det = detail(page(List.of(f)), f.getId());
    Element first = det.select("blockquote.evidence").first();
    assertTrue(first.select("mark").isEmpty());
    assertTrue(first.hasClass("unmarked"));
    assertEquals("The mayor spoke at length about the recovery.", first.text());
  }

  @Test
  void noFindingsGivesASummaryLineInsteadOfATable() throws IOException {
    Document d = page(List.of());
    assertTrue(d.select("#ft, form.filters").isEmpty());
    assertEquals("No discrepancies were flagged: 4 of 5 documents were compared and 1 quarantined.",
        d.selectFirst("main p.empty").text());
    assertEquals(1, d.select("script").size(), "the script copes with a page without table");
  }

  @Test
  void styleSheetCoversNarrowWindowsAndPrinting() {
    String css = HtmlReport.styleSheet();
    assertTrue(css.contains("@media screen and (max-width:"), "narrow window layout");
    int print = css.indexOf("@media print");
    assertTrue(print > 0);
    String printRules = css.substring(print);
    assertTrue(printRules.contains(".filters") && printRules.contains("display: none"), "filters hidden in print");
    assertTrue(printRules.contains(".js tr.detail, tr.detail { display: block; }"), "details expanded in print");
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    String a = render(ReportFixtures.run(), ReportFixtures.threeFindings(), ReportFixtures.articles());
    String b = render(ReportFixtures.run(), ReportFixtures.threeFindings(), ReportFixtures.articles());
    assertEquals(a, b);
  }

  @Test
  void writerIsFlushedButNotClosed() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    boolean[] closed = {false};
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    HtmlReport.write(w, ReportFixtures.run(), ReportFixtures.threeFindings(), ReportFixtures.articles());
    assertFalse(closed[0]);
    String html = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(html.endsWith("</html>\n"), "everything reached the stream: " + html.substring(html.length() - 20));
    assertTrue(html.contains("\u2014"), "UTF-8 text survives");
  }

  @Test
  void fiveThousandFindingsRenderServerSide() throws IOException {
    List<Finding> many = ReportFixtures.many(5000);
    render(ReportFixtures.run(), many.subList(0, 50), ReportFixtures.articles());
    long t0 = System.nanoTime();
    String html = render(ReportFixtures.run(), many, ReportFixtures.articles());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "report.html with 5000 findings: rendered in %d ms, %.1f MB (%d bytes)%n", ms,
        bytes.length / 1e6, bytes.length);
    int rows = 0;
    for (int i = html.indexOf("<tr class=\"finding\""); i >= 0; i = html.indexOf("<tr class=\"finding\"", i + 1)) {
      rows++;
    }
    assertEquals(5000, rows);
    Set<String> detailIds = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr class=\"detail\"[^>]* id=\"d-([^\"]+)\"")
        .matcher(html);
    while (m.find()) {
      detailIds.add(m.group(1));
    }
    Set<String> expected = many.stream().map(Finding::getId).collect(Collectors.toSet());
    assertEquals(5000, expected.size());
    assertTrue(detailIds.equals(expected), "every finding has its detail; found " + detailIds.size());
  }

  /**
   * The script finds its elements by id and selector; nothing runs it in these tests, so this checks the other half
   * of that contract: every id and selector it names exists in a rendered page, and the classes and attributes its
   * CSS and logic rely on are there.
   */
  @Test
  void everyElementTheScriptLooksUpIsInThePage() throws IOException {
    Document d = page(ReportFixtures.threeFindings());
    String js = HtmlReport.script();
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("getElementById\\('([^']+)'\\)").matcher(js);
    int n = 0;
    while (ids.find()) {
      assertNotNull(d.getElementById(ids.group(1)), "script looks up #" + ids.group(1));
      n++;
    }
    assertTrue(n >= 20, "ids looked up: filters, triage bar, reviewer dialog (" + n + ")");
    java.util.regex.Matcher sel = java.util.regex.Pattern.compile("(?:querySelector(?:All)?|closest)\\('([^']+)'\\)")
        .matcher(js);
    while (sel.find()) {
      if (!sel.group(1).equals("a")) {
        assertFalse(d.select(sel.group(1)).isEmpty(), "script selects " + sel.group(1));
      }
    }
    Element row = d.selectFirst("#ft > tbody > tr.finding");
    for (String attr : List.of("data-type", "data-severity", "data-status", "tabindex")) {
      assertTrue(row.hasAttr(attr), attr);
    }
    assertTrue(row.nextElementSibling().hasClass("detail"), "the script pairs each row with the next one");
    assertEquals(10, row.select("> td").size(), "header buttons address cells by index 0..9");
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        d.select("#ft > thead button[data-col]").eachAttr("data-col"));
    assertEquals(List.of("2", "3"), d.select("#ft > thead button[data-num]").eachAttr("data-col"),
        "severity and score sort as numbers");
    assertTrue(row.select("> td[data-sort]").first().text().matches("high|medium|low"));
    assertNotNull(d.getElementById("f-q").parents().select("form").first(), "search submits through its form");
  }

  @Test
  void reportTemplateNeverPrintsUnescapedValuesExceptItsOwnCssAndJs() throws IOException {
    String template;
    try (var in = HtmlReport.class.getClassLoader().getResourceAsStream("report/report.peb")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> raw = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{([^}]*)\\|\\s*raw\\s*}}").matcher(template);
    while (m.find()) {
      raw.add(m.group(1).trim());
    }
    assertEquals(List.of("css", "js"), raw);
    assertFalse(template.contains("autoescape false"));
  }
}
