package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageTest {

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("triage.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static Finding finding(String id, String status) {
    Finding f = ReportFixtures.quoteDrift();
    f.setId(id);
    f.setStatus(status);
    return f;
  }

  @Test
  void decisionsAreReadByIdWithNoteReviewerAndDate() throws IOException {
    Triage t = Triage.load(file("id,status,note,reviewer,date\n"
        + "QD-1,confirmed,\"Checked with the mayor's office, quote is wrong\",ana,2026-11-24\n"
        + "FC-2,dismissed,same figure different year,ben,2026-11-24\n"));
    assertEquals(Set.of("QD-1", "FC-2"), t.decisions().keySet());
    Triage.Decision d = t.decision("QD-1");
    assertEquals("confirmed", d.status());
    assertEquals("Checked with the mayor's office, quote is wrong", d.note());
    assertEquals("ana", d.reviewer());
    assertEquals("2026-11-24", d.date());
    assertEquals(2, d.line());
  }

  @Test
  void unknownStatusIsLeftOutWithAWarningNamingTheFileTheLineAndTheValue() throws IOException {
    Path p = file("id,status,note,reviewer,date\n"
        + "QD-1,confirmed,,ana,2026-11-24\n"
        + "# a comment line\n"
        + "\n"
        + "FC-2,wontfix,,ben,2026-11-24\n");
    Triage t = Triage.load(p);
    assertEquals(Set.of("QD-1"), t.decisions().keySet());
    assertEquals(1, t.parseWarnings().size());
    String w = t.parseWarnings().get(0);
    assertTrue(w.contains(p.toString()) && w.contains("line 5") && w.contains("'wontfix'") && w.contains("FC-2")
        && w.contains("ignored"), w);
  }

  @Test
  void lineNumbersCountQuotedLineBreaksInAnEarlierNote() throws IOException {
    Path p = file("id,status,note\r\nQD-1,open,\"first line\r\nsecond line\"\r\nQD-2,maybe,x\r\n");
    Triage t = Triage.load(p);
    assertTrue(t.parseWarnings().get(0).contains("line 4"), t.parseWarnings().toString());
  }

  @Test
  void statusInCapitalsIsReadInLowerCaseAndWarnedAbout() throws IOException {
    Triage t = Triage.load(file("id,status\nQD-1,Dismissed\nQD-2,dismissed\n"));
    assertEquals("dismissed", t.decision("QD-1").status());
    assertEquals(List.of("triage file " + dir.resolve("triage.csv") + " line 2: status 'Dismissed' of QD-1 read as"
        + " 'dismissed' (statuses are lower case)"), t.parseWarnings());
  }

  @Test
  void decisionsOnIdsTheRunDoesNotReportAreWarnedAboutAfterTheParseWarnings() throws IOException {
    Triage t = Triage.load(file("id,status\nQD-9,confirmed\nQD-1,OPEN\nQD-1,confirmed\n"));
    List<String> w = t.warnings(List.of(finding("QD-1", "open")));
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).contains("line 3: status 'OPEN'"), w.get(0));
    assertTrue(w.get(1).endsWith("line 2: id QD-9 (confirmed) matches no finding of this run"), w.get(1));
    assertEquals(List.of(), Triage.empty().warnings(List.of(finding("QD-1", "open"))));
  }

  @Test
  void nightlyFindsTheNewestEarlierNightsExportedTriageFile() throws IOException {
    Path reports = dir.resolve("reports");
    for (String night : List.of("2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24")) {
      Files.createDirectories(reports.resolve(night));
    }
    Files.createDirectories(reports.resolve("not-a-night"));
    Files.writeString(reports.resolve("not-a-night/triage.csv"), "id,status\n");
    Files.writeString(reports.resolve("2026-11-20/triage.csv"), "id,status\n");
    Files.writeString(reports.resolve("2026-11-22/triage.csv"), "id,status\n");
    Files.writeString(reports.resolve("2026-11-24/triage.csv"), "id,status\n");
    assertEquals(reports.resolve("2026-11-22/triage.csv"), Triage.previousNightFile(reports, "2026-11-23"));
    assertEquals(reports.resolve("2026-11-24/triage.csv"), Triage.previousNightFile(reports, "2026-11-25"));
    assertEquals(null, Triage.previousNightFile(reports, "2026-11-20"));
    assertEquals(null, Triage.previousNightFile(dir.resolve("none"), "2026-11-25"));
  }

  @Test
  void missingIdColumnIsRejectedNamingTheHeader() throws IOException {
    Path p = file("finding,status,note\nQD-1,open,x\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Triage.load(p));
    assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("line 1"), e.getMessage());
    assertTrue(e.getMessage().contains("lacks the id column"), e.getMessage());
    assertTrue(e.getMessage().contains("'finding,status,note'"), e.getMessage());
  }

  @Test
  void emptyIdAndUnquotedCommaInANoteAreRejectedWithTheirLine() throws IOException {
    Path empty = file("id,status\n,open\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Triage.load(empty)).getMessage()
        .contains("line 2: has an empty id"));
    Path comma = file("id,status,note,reviewer,date\nQD-1,dismissed,fine, really,ana,2026-11-24\n");
    String msg = assertThrows(IllegalArgumentException.class, () -> Triage.load(comma)).getMessage();
    assertTrue(msg.contains("line 2: has 6 fields, the header has 5"), msg);
  }

  @Test
  void unterminatedQuoteIsAnArgumentErrorNamingTheFile() throws IOException {
    Path p = file("id,status,note\nQD-1,open,\"never closed\nQD-2,open,x\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Triage.load(p));
    assertTrue(e.getMessage().startsWith("triage file " + p), e.getMessage());
  }

  @Test
  void laterLineForTheSameIdWins() throws IOException {
    Triage t = Triage.load(file("id,status,note\nQD-1,dismissed,looks fine\nQD-1,confirmed,on second look no\n"));
    assertEquals(1, t.decisions().size());
    assertEquals("confirmed", t.decision("QD-1").status());
    assertEquals("on second look no", t.decision("QD-1").note());
    assertEquals(3, t.decision("QD-1").line());
  }

  @Test
  void bomBlankLinesCommentsCapitalsAndMissingTrailingColumnsAreTolerated() throws IOException {
    Triage t = Triage.load(file("\uFEFF# decisions for the Ohio desk\r\nID,Status,Note,Reviewer,Date\r\n\r\n"
        + "QD-1, Dismissed \r\n   \r\n# FC-2,confirmed\r\nSE-3,open,watch this one\r\n"));
    assertEquals(Set.of("QD-1", "SE-3"), t.decisions().keySet());
    assertEquals("dismissed", t.decision("QD-1").status());
    assertEquals(1, t.parseWarnings().size());
    assertEquals("", t.decision("QD-1").note());
    assertEquals(4, t.decision("QD-1").line());
    assertEquals(7, t.decision("SE-3").line());
  }

  @Test
  void columnsMayComeInAnyOrder() throws IOException {
    Triage t = Triage.load(file("reviewer,note,status,id\nana,checked,confirmed,QD-1\n"));
    assertEquals("confirmed", t.decision("QD-1").status());
    assertEquals("checked", t.decision("QD-1").note());
  }

  @Test
  void missingOrEmptyFileIsAnArgumentError() throws IOException {
    Path none = dir.resolve("nope.csv");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Triage.load(none)).getMessage()
        .contains("does not exist"));
    Path empty = file("# only a comment\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Triage.load(empty)).getMessage()
        .contains("is empty"));
  }

  @Test
  void applySetsStatusAndNoteOfDecidedFindingsInPlace() throws IOException {
    Triage t = Triage.load(file("id,status,note\nQD-1,dismissed,same quote, other translation\n"
        .replace("same quote, other translation", "\"same quote, other translation\"")));
    Finding decided = finding("QD-1", "open");
    Finding untouched = finding("QD-2", "open");
    List<Finding> in = List.of(decided, untouched);
    assertSame(in, t.apply(in));
    assertEquals("dismissed", decided.getStatus());
    assertEquals("same quote, other translation", decided.getNote());
    assertEquals("open", untouched.getStatus());
    assertEquals("", untouched.getNote());
    assertEquals(List.of(), t.unmatched(in));
    assertEquals(List.of("QD-1"), t.unmatched(List.of(untouched)).stream().map(Triage.Decision::id).toList());
  }

  @Test
  void emptyTriageChangesNothing() {
    Finding f = finding("QD-1", "open");
    Triage.empty().apply(List.of(f));
    assertEquals("open", f.getStatus());
    assertEquals("", Triage.empty().source());
  }

  @Test
  void compareCountsNewKnownDismissedAndResolved() {
    List<Finding> current = List.of(finding("A", "open"), finding("B", "dismissed"), finding("C", "confirmed"),
        finding("D", "dismissed"), finding("A", "open"));
    Triage.Counts c = Triage.compare(current, Set.of("B", "C", "X", "Y", "Z"));
    assertEquals(new Triage.Counts(2, 2, 2, 3), c, "new A,D; known B,C; dismissed B,D; resolved X,Y,Z");
    RunSummary run = new RunSummary();
    run.setTriageCounts(c);
    assertEquals(2, run.getFindingsNew());
    assertEquals(2, run.getFindingsKnown());
    assertEquals(2, run.getFindingsDismissed());
    assertEquals(3, run.getFindingsResolved());
  }

  @Test
  void withoutAPreviousRunEverythingIsNewAndNothingResolved() {
    Triage.Counts c = Triage.compare(List.of(finding("A", "open"), finding("B", "open")), Set.of());
    assertEquals(new Triage.Counts(2, 0, 0, 0), c);
  }

  @Test
  void carryFirstSeenKeepsThePreviousDateAndStampsNewIdsWithToday() {
    Finding known = finding("A", "open");
    Finding fresh = finding("B", "open");
    Finding old = finding("C", "open");
    Finding prevA = finding("A", "open");
    prevA.setFirstSeen("2026-11-20");
    Finding prevC = finding("C", "open");
    Triage.carryFirstSeen(List.of(known, fresh, old), List.of(prevA, prevC), "2026-11-25");
    assertEquals("2026-11-20", known.getFirstSeen());
    assertEquals("2026-11-25", fresh.getFirstSeen());
    assertEquals("", old.getFirstSeen(), "known from a file without first_seen: its first night is not on record");
  }

  @Test
  void carryFirstSeenRejectsADateThatIsNotIso() {
    assertThrows(IllegalArgumentException.class,
        () -> Triage.carryFirstSeen(List.of(finding("A", "open")), List.of(), "25/11/2026"));
  }

  @Test
  void previousRunIsReadFromItsFolderAndCarriesThroughTheCsv() throws IOException {
    Finding prev = finding("QD-1", "dismissed");
    prev.setFirstSeen("2026-11-01");
    StringWriter w = new StringWriter();
    CsvReports.writeDiscrepancies(w, List.of(prev).iterator());
    Path run = Files.createDirectories(dir.resolve("2026-11-24"));
    Files.writeString(run.resolve("discrepancies.csv"), w.toString(), StandardCharsets.UTF_8);
    List<Finding> previous = Triage.readPreviousRun(run);
    assertEquals(List.of("QD-1"), previous.stream().map(Finding::getId).toList());
    Finding today = finding("QD-1", "open");
    Triage.carryFirstSeen(List.of(today), previous, "2026-11-25");
    assertEquals("2026-11-01", today.getFirstSeen());
    assertEquals("open", today.getStatus(), "status comes from the triage file, not from last night's CSV");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Triage.readPreviousRun(dir.resolve("missing")));
    assertTrue(e.getMessage().contains("discrepancies.csv"), e.getMessage());
  }
}
