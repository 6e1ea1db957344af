package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvReportsTest {

  private static String discrepancies(List<Finding> rows) throws IOException {
    StringWriter w = new StringWriter();
    CsvReports.writeDiscrepancies(w, rows.iterator());
    return w.toString();
  }

  private static String assertions(List<Assertion> rows) throws IOException {
    StringWriter w = new StringWriter();
    CsvReports.writeAssertions(w, rows.iterator());
    return w.toString();
  }

  private static String articles(List<ArticleSummary> rows) throws IOException {
    StringWriter w = new StringWriter();
    CsvReports.writeArticles(w, rows.iterator());
    return w.toString();
  }

  private static String firstLine(String csv) {
    return csv.substring(0, csv.indexOf("\r\n"));
  }

  @Test
  void discrepanciesHeaderIsTheContractThenTheExtensions() throws IOException {
    assertEquals("id,type,severity,score,subject,key,value_a,article_a,source_a,published_a,evidence_a,"
        + "value_b,article_b,source_b,published_b,evidence_b,explanation,"
        + "start_a,end_a,start_b,end_b,url_a,url_b,signals,status,first_seen", firstLine(discrepancies(List.of())));
  }

  @Test
  void assertionsHeaderIsTheContractThenTheExtensions() throws IOException {
    assertEquals("article_id,kind,subject,predicate,value,unit,qualifier,scope,period,text,start,end,"
        + "cue,speaker_kind,low,high", firstLine(assertions(List.of())));
  }

  @Test
  void articlesHeaderIsTheContractThenTheExtensions() throws IOException {
    assertEquals("article_id,source,url,published,title,status,reason,chars,assertions,path,format,cluster,story",
        firstLine(articles(List.of())));
  }

  @Test
  void emptyInputWritesTheHeaderAloneEndedByCrlf() throws IOException {
    String csv = discrepancies(List.of());
    assertTrue(csv.endsWith("first_seen\r\n"), csv);
    assertEquals(1, csv.split("\r\n", -1).length - 1);
  }

  @Test
  void scoreHasThreeDecimalsAndADotEvenUnderAGermanDefaultLocale() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Finding f = ReportFixtures.quoteDrift();
      f.setScore(0.85);
      String csv = discrepancies(List.of(f));
      assertTrue(csv.contains(",high,0.850,Maria Lopez,"), csv);
      f.setScore(1);
      assertTrue(discrepancies(List.of(f)).contains(",high,1.000,"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void textWithQuotesCommasAndNewlinesIsQuotedPerRfc4180() throws IOException {
    Finding f = new Finding();
    f.setId("X-1");
    f.setEvidenceA("He said \"no, never\",\nthen left.");
    f.setExplanation("plain");
    String csv = discrepancies(List.of(f));
    String record = csv.substring(csv.indexOf("\r\n") + 2);
    assertTrue(record.contains(",\"He said \"\"no, never\"\",\nthen left.\","), record);
    assertTrue(record.contains(",plain,"), "fields without special characters stay unquoted: " + record);
    assertTrue(record.endsWith("\r\n"));
  }

  @Test
  void discrepanciesRoundTripThroughTheReader() throws IOException {
    Finding tricky = ReportFixtures.quoteDrift();
    tricky.setEvidenceB("Line one,\r\nline \"two\"\n\u201Cthree\u201D");
    tricky.setStartA(12);
    tricky.setEndA(48);
    tricky.setStartB(3);
    tricky.setEndB(40);
    tricky.setSignals("a=0.1;b=0.2");
    tricky.setStatus("dismissed");
    tricky.setFirstSeen("2026-11-20");
    List<Finding> in = List.of(tricky, ReportFixtures.figureConflict(), ReportFixtures.suspectExpert());
    String csv = discrepancies(in);
    List<Finding> back = CsvReports.readDiscrepancies(new StringReader(csv));
    assertEquals(3, back.size());
    Finding b = back.get(0);
    assertEquals(tricky.getEvidenceB(), b.getEvidenceB());
    assertEquals(0.85, b.getScore(), 1e-9);
    assertEquals(12, b.getStartA());
    assertEquals(40, b.getEndB());
    assertEquals("https://gazette.example/b2", b.getUrlB());
    assertEquals("a=0.1;b=0.2", b.getSignals());
    assertEquals("dismissed", b.getStatus());
    assertEquals("2026-11-20", b.getFirstSeen());
    assertEquals("open", back.get(1).getStatus(), "the default status is written and read back");
    assertEquals("", back.get(2).getArticleB());
    assertEquals(csv, discrepancies(back), "writing what was read gives the same bytes");
  }

  @Test
  void readerAcceptsAFileWithOnlyTheContractColumns() {
    String csv = "id,type,severity,score,subject,key,value_a,article_a,source_a,published_a,evidence_a,"
        + "value_b,article_b,source_b,published_b,evidence_b,explanation\r\n"
        + "QD-1,quote_drift,high,0.900,Ann,k,x,a1,S,2026-01-01,ev,y,b1,T,2026-01-02,ev2,why\r\n";
    List<Finding> back = CsvReports.readDiscrepancies(new StringReader(csv));
    assertEquals(1, back.size());
    assertEquals("why", back.get(0).getExplanation());
    assertEquals("", back.get(0).getUrlA());
    assertEquals(0, back.get(0).getStartA());
    assertEquals("open", back.get(0).getStatus(), "a file from before triage reads as open");
    assertEquals("", back.get(0).getFirstSeen());
  }

  @Test
  void readerAcceptsAFileFromBeforeTheTriageColumns() {
    String csv = "id,type,severity,score,subject,key,value_a,article_a,source_a,published_a,evidence_a,"
        + "value_b,article_b,source_b,published_b,evidence_b,explanation,"
        + "start_a,end_a,start_b,end_b,url_a,url_b,signals\r\n"
        + "QD-1,quote_drift,high,0.900,Ann,k,x,a1,S,2026-01-01,ev,y,b1,T,2026-01-02,ev2,why,1,2,3,4,u,v,s=1\r\n";
    Finding f = CsvReports.readDiscrepancies(new StringReader(csv)).get(0);
    assertEquals("s=1", f.getSignals());
    assertEquals("open", f.getStatus());
    assertEquals("", f.getFirstSeen());
  }

  @Test
  void statusAndFirstSeenAreTheLastTwoColumns() throws IOException {
    Finding f = ReportFixtures.suspectExpert();
    f.setStatus("confirmed");
    f.setFirstSeen("2026-11-24");
    String csv = discrepancies(List.of(f));
    assertTrue(csv.endsWith(",confirmed,2026-11-24\r\n"), csv);
  }

  @Test
  void readerNamesMissingContractColumns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvReports.readDiscrepancies(new StringReader("id,type\r\nQD-1,quote_drift\r\n")));
    assertTrue(e.getMessage().contains("severity"), e.getMessage());
  }

  @Test
  void readerNamesTheRecordAndColumnOfABadNumber() throws IOException {
    String csv = discrepancies(List.of(ReportFixtures.quoteDrift())).replace(",0.850,", ",high-ish,");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvReports.readDiscrepancies(new StringReader(csv)));
    assertTrue(e.getMessage().contains("record 1") && e.getMessage().contains("score"), e.getMessage());
  }

  private static Assertion figure(double value, double low, double high) {
    Assertion a = new Assertion();
    a.setArticleId("a1");
    a.setKind(Assertion.FIGURE);
    a.setValue(CsvReports.plain(value));
    a.setLow(low);
    a.setHigh(high);
    return a;
  }

  @Test
  void figureBoundsArePlainDecimalsWithoutExponent() throws IOException {
    String csv = assertions(List.of(figure(1.4e6, 1.26e6, 1.54e6), figure(1e-7, 0, 0.25)));
    String[] lines = csv.split("\r\n");
    assertTrue(lines[1].endsWith(",1260000,1540000"), lines[1]);
    assertTrue(lines[1].contains(",1400000,"), lines[1]);
    assertTrue(lines[2].endsWith(",0,0.25"), lines[2]);
    assertFalse(csv.contains("E"), csv);
  }

  @Test
  void boundsAreEmptyForKindsOtherThanFigures() throws IOException {
    Assertion q = new Assertion();
    q.setArticleId("a1");
    q.setKind(Assertion.QUOTE);
    q.setValue("we will win");
    q.setCue("said");
    q.setSpeakerKind("named");
    q.setLow(3);
    q.setHigh(4);
    String line = assertions(List.of(q)).split("\r\n")[1];
    assertTrue(line.endsWith(",said,named,,"), line);
  }

  @Test
  void assertionsRoundTripThroughTheReader() throws IOException {
    Assertion q = new Assertion();
    q.setArticleId("a1");
    q.setKind(Assertion.QUOTE);
    q.setSubject("Maria Lopez");
    q.setPredicate("say");
    q.setValue("we will \"rebuild\", she said");
    q.setText("Multi\nline");
    q.setStart(5);
    q.setEnd(30);
    q.setCue("said");
    List<Assertion> in = List.of(q, figure(450, 405, 495));
    String csv = assertions(in);
    List<Assertion> back = CsvReports.readAssertions(new StringReader(csv));
    assertEquals(q.getValue(), back.get(0).getValue());
    assertEquals("Multi\nline", back.get(0).getText());
    assertEquals(30, back.get(0).getEnd());
    assertEquals(495, back.get(1).getHigh(), 0);
    assertEquals(csv, assertions(back));
  }

  @Test
  void articlesRoundTripThroughTheReader() throws IOException {
    ArticleSummary s = new ArticleSummary();
    s.setArticleId("004_92ec4b");
    s.setTitle("Floods, \"again\"");
    s.setStatus("quarantined");
    s.setReason("unreadable: bad gzip");
    s.setChars(1234);
    s.setAssertions(7);
    s.setPath("in/004_92ec4b.txt.gz");
    s.setFormat("txt");
    s.setStory("003_a1");
    String csv = articles(List.of(s));
    assertTrue(csv.contains("004_92ec4b,,,,\"Floods, \"\"again\"\"\",quarantined,unreadable: bad gzip,1234,7,"
        + "in/004_92ec4b.txt.gz,txt,,003_a1\r\n"), csv);
    List<ArticleSummary> back = CsvReports.readArticles(new StringReader(csv));
    assertEquals(7, back.get(0).getAssertions());
    assertEquals(csv, articles(back));
  }

  private static Finding f(String id, String type, String severity, double score) {
    Finding f = new Finding();
    f.setId(id);
    f.setType(type);
    f.setSeverity(severity);
    f.setScore(score);
    return f;
  }

  @Test
  void findingOrderIsTypeThenSeverityHighFirstThenScoreDescendingThenId() {
    List<Finding> l = new ArrayList<>(List.of(
        f("e", Finding.QUOTE_DRIFT, Finding.HIGH, 0.9),
        f("d", Finding.FIGURE_CONFLICT, Finding.LOW, 0.99),
        f("c", Finding.FIGURE_CONFLICT, Finding.HIGH, 0.8),
        f("b", Finding.FIGURE_CONFLICT, Finding.HIGH, 0.95),
        f("a", Finding.FIGURE_CONFLICT, Finding.HIGH, 0.8),
        f("m", Finding.FIGURE_CONFLICT, Finding.MEDIUM, 0.6)));
    l.sort(CsvReports.FINDING_ORDER);
    assertEquals("b a c m d e", String.join(" ", l.stream().map(Finding::getId).toList()));
  }

  private static Assertion at(String article, int start, String kind, int end, String value) {
    Assertion a = new Assertion();
    a.setArticleId(article);
    a.setStart(start);
    a.setKind(kind);
    a.setEnd(end);
    a.setValue(value);
    return a;
  }

  @Test
  void assertionOrderIsArticleThenStartThenKindThenEndThenValue() {
    List<Assertion> l = new ArrayList<>(List.of(
        at("b", 0, "quote", 5, "x"),
        at("a", 10, "figure", 12, "1"),
        at("a", 3, "quote", 9, "z"),
        at("a", 3, "quote", 9, "y"),
        at("a", 3, "quote", 7, "w"),
        at("a", 3, "figure", 20, "v")));
    l.sort(CsvReports.ASSERTION_ORDER);
    assertEquals("v w y z 1 x", String.join(" ", l.stream().map(Assertion::getValue).toList()));
  }

  @Test
  void articleOrderIsById() {
    ArticleSummary x = new ArticleSummary();
    x.setArticleId("b");
    ArticleSummary y = new ArticleSummary();
    y.setArticleId("a");
    List<ArticleSummary> l = new ArrayList<>(List.of(x, y));
    l.sort(CsvReports.ARTICLE_ORDER);
    assertEquals("a", l.get(0).getArticleId());
  }

  @SuppressWarnings("unchecked")
  private static <T> Comparator<T> roundTrip(Comparator<T> c) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Comparator<T>) in.readObject();
    }
  }

  @Test
  void orderingsSerializeSoSparkCanShipThemToExecutors() throws Exception {
    Comparator<Finding> c = roundTrip(CsvReports.FINDING_ORDER);
    assertTrue(c.compare(f("a", Finding.FIGURE_CONFLICT, Finding.HIGH, 0.5),
        f("a", Finding.FIGURE_CONFLICT, Finding.LOW, 0.5)) < 0);
    roundTrip(CsvReports.ASSERTION_ORDER);
    roundTrip(CsvReports.ARTICLE_ORDER);
  }

  @Test
  void writersFlushButLeaveTheWriterOpen() throws IOException {
    StringBuilder sink = new StringBuilder();
    boolean[] closed = {false};
    Writer w = new Writer() {
      @Override public void write(char[] cbuf, int off, int len) { sink.append(cbuf, off, len); }
      @Override public void flush() {}
      @Override public void close() { closed[0] = true; }
    };
    CsvReports.writeDiscrepancies(w, List.of(ReportFixtures.quoteDrift()).iterator());
    CsvReports.writeAssertions(w, List.<Assertion>of().iterator());
    assertFalse(closed[0]);
    assertTrue(sink.toString().contains("QD-111111111111"));
  }
}
