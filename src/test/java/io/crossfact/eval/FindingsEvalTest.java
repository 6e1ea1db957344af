package io.crossfact.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsEvalTest {
  private static Map<String, String> finding(String id, String type, String subject, String a, String b,
      String evA, String evB) {
    Map<String, String> f = new HashMap<>();
    f.put("id", id);
    f.put("type", type);
    f.put("subject", subject);
    f.put("key", subject);
    f.put("article_a", a);
    f.put("article_b", b);
    f.put("evidence_a", evA);
    f.put("evidence_b", evB);
    return f;
  }

  @Test
  void auditGivesPrecisionPerTypeRecallTrapsAndUnjudged() {
    FindingLabels labels = FindingLabels.ofVerdicts("town", List.of(
        new FindingLabels.Verdict("QD-1", "quote_drift", true, "not dropped"),
        new FindingLabels.Verdict("QD-2", "quote_drift", false, "spelling only"),
        new FindingLabels.Verdict("QD-9", "quote_drift", true, "found by an older run"),
        new FindingLabels.Verdict("RC-1", "role_conflict", false, "career")));
    List<Map<String, String>> run = List.of(
        finding("QD-1", "quote_drift", "Ann Vole", "a1", "a2", "", ""),
        finding("QD-2", "quote_drift", "Ann Vole", "a1", "a3", "", ""),
        finding("QD-3", "quote_drift", "Bo Hart", "a4", "a5", "", ""),
        finding("RC-1", "role_conflict", "Cy Moss", "a6", "a7", "", ""));
    FindingsEval.Report r = FindingsEval.evaluate(run, labels);
    assertEquals(0.5, r.precision("quote_drift"), 1e-9);
    assertEquals(0.0, r.precision("role_conflict"), 1e-9);
    assertEquals(1 / 3.0, r.precision(), 1e-9);
    assertEquals(1, r.realFound());
    assertEquals(2, r.realLabelled());
    assertEquals(List.of("QD-9"), r.missedReal());
    assertEquals(2, r.trapsFlagged());
    assertEquals(List.of("QD-3"), r.unjudged());
    String text = r.toString();
    assertTrue(text.endsWith(r.summary()), text);
    assertTrue(r.summary().startsWith("town: findings=4 real=1 false=2 unjudged=1 | recall=1/2 traps=2/2"),
        r.summary());
  }

  @Test
  void goldMatchesByTypeFamilySubjectAndArticleSidesInEitherOrder() {
    GoldEntry must = new GoldEntry("toll", GoldEntry.Kind.MUST, "figure_conflict", "dead|killed",
        List.of(List.of("x1"), List.of("x2", "x3")), "");
    assertTrue(must.matches(finding("F1", "figure_drift", "people killed", "x3", "x1", "", "")));
    assertTrue(!must.matches(finding("F2", "figure_conflict", "people injured", "x1", "x2", "", "")));
    assertTrue(!must.matches(finding("F3", "figure_conflict", "people killed", "x2", "x3", "", "")));
    assertTrue(!must.matches(finding("F4", "quote_drift", "people killed", "x1", "x2", "", "")));
    // a one-article finding only needs its article on either side
    assertTrue(must.matches(finding("F5", "figure_conflict", "dead", "x2", "", "", "")));
  }

  @Test
  void goldTieBetweenARealEntryAndATrapGoesToTheBetterEvidence() {
    GoldEntry real = new GoldEntry("lake-level", GoldEntry.Kind.MUST, "figure_conflict", "",
        List.of(List.of("p"), List.of("q")),
        "[p | a.com, 2020-01-01] \"The lake rose four metres overnight.\" || [q | b.com, 2020-01-01] "
            + "\"The lake rose six metres overnight.\"");
    GoldEntry trap = new GoldEntry("old-flood", GoldEntry.Kind.TRAP, "figure_conflict", "",
        List.of(List.of("p"), List.of("q")),
        "[p | a.com, 2020-01-01] \"In 1990 the river flooded nine towns.\" || [q | b.com, 2020-01-01] "
            + "\"The river flooded nine towns in 1990 and two in 2004.\"");
    FindingLabels labels = FindingLabels.ofGold("lakes", List.of(real, trap));
    List<Map<String, String>> run = List.of(
        finding("FC-1", "figure_conflict", "lake level", "p", "q", "The lake rose four metres overnight.",
            "The lake rose six metres overnight."),
        finding("FC-2", "figure_conflict", "towns flooded", "q", "p", "The river flooded nine towns in 1990.",
            "In 1990 the river flooded nine towns."),
        finding("QD-7", "quote_drift", "Di Rowe", "p", "q", "", ""));
    FindingsEval.Report r = FindingsEval.evaluate(run, labels);
    assertEquals(1, r.mustFound());
    assertEquals(1, r.trapsFlagged());
    assertEquals(List.of("QD-7"), r.unjudged());
    assertTrue(r.toString().contains("AMBIGUOUS FC-1 -> real"), r.toString());
    assertTrue(r.toString().contains("AMBIGUOUS FC-2 -> false"), r.toString());
    assertTrue(r.summary().startsWith("lakes: must=1/1 bonus=0/0 wrongly=1/1 | findings=3 matched_real=1 "
        + "known_false=1 unmatched=1"), r.summary());
  }

  @Test
  void readsTheAuditTsvAndTheGoldJsonShapes(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("mini-findings.tsv");
    Files.writeString(tsv, "id\ttype\tverdict\treason\nQD-1\tquote_drift\treal\t\"not\" dropped, a \"quoted\" reason\n"
        + "RC-2\trole_conflict\tfalse\tcareer\n", StandardCharsets.UTF_8);
    FindingLabels t = FindingLabels.read(tsv);
    assertEquals("mini-findings", t.name());
    assertTrue(t.verdicts().get("QD-1").real());
    Path sub = Files.createDirectories(dir.resolve("towns"));
    Path json = sub.resolve("gold.json");
    Files.writeString(json, "{\"discrepancies\": {\"must_flag\": [{\"id\": \"m\", \"type\": \"quote_drift\", "
        + "\"articles\": [[\"a\"], [\"b\"]]}], \"must_not_flag\": [{\"id\": \"t\", \"type\": \"role_conflict\"}]}}",
        StandardCharsets.UTF_8);
    FindingLabels g = FindingLabels.read(json);
    assertEquals("towns", g.name());
    assertEquals(2, g.gold().size());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "id\ttype\tverdict\treason\nQD-1\tquote_drift\tmaybe\t?\n", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> FindingLabels.read(bad));
  }
}
