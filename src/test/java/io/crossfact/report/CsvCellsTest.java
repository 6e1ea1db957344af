package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Invisibles;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void formulaStartsGetAnApostropheAndNumbersDoNot() {
    assertEquals("'=HYPERLINK(\"http://x.example\")", CsvCells.escape("=HYPERLINK(\"http://x.example\")"));
    assertEquals("'=cmd|' /C calc'!A0", CsvCells.escape("=cmd|' /C calc'!A0"));
    assertEquals("'@SUM(1+1)", CsvCells.escape("@SUM(1+1)"));
    assertEquals("'+cmd", CsvCells.escape("+cmd"));
    assertEquals("'-2+3", CsvCells.escape("-2+3"));
    assertEquals("'\tx", CsvCells.escape("\tx"));
    assertEquals("'\rx", CsvCells.escape("\rx"));
    for (String number : List.of("-12.5", "+3", "-0.25", "-1e5", "-.5", "42")) {
      assertEquals(number, CsvCells.escape(number));
    }
    assertEquals("plain text", CsvCells.escape("plain text"));
    assertEquals("", CsvCells.escape(""));
  }

  @Test
  void escapedCellsReadBackAsWritten() {
    for (String v : List.of("=1+1", "'=1+1", "''=1+1", "'quoted'", "-3", "@here", "'", "normal", "-", "=")) {
      String cell = CsvCells.escape(v);
      assertFalse(CsvCells.formulaStart(cell), cell);
      assertEquals(v, CsvCells.unescape(cell), v);
    }
  }

  @Test
  void invisiblesAreStrippedFromIdsAndShownInTheReport() {
    assertEquals("invoicegnp.exe", Invisibles.strip("invoice\u202Egnp.exe"));
    assertEquals("a1", Invisibles.strip("a\u200B1"));
    assertEquals("invoice\u27E8U+202E\u27E9gnp.exe", Invisibles.visible("invoice\u202Egnp.exe"));
    assertTrue(Invisibles.is(0x2066) && Invisibles.is(0xFEFF) && !Invisibles.is('a'));
  }

  @Test
  void reportShowsBidiControlsVisibly() throws java.io.IOException {
    io.crossfact.model.Finding f = ReportFixtures.quoteDrift();
    f.setSubject("Mara \u202ELindqvist\u200B");
    java.io.StringWriter w = new java.io.StringWriter();
    HtmlReport.write(w, ReportFixtures.run(), List.of(f), ReportFixtures.articles());
    String html = w.toString();
    assertTrue(html.contains("Mara \u27E8U+202E\u27E9Lindqvist\u27E8U+200B\u27E9"), "controls shown visibly");
    assertFalse(html.contains("\u202E"), "no raw right-to-left override in the page");
  }
}
