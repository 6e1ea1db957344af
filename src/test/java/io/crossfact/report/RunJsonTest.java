package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunJsonTest {

  private static String json(RunSummary r) throws IOException {
    StringWriter w = new StringWriter();
    RunJson.write(w, r);
    return w.toString();
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void topLevelKeysAreTheDocumentedOnesInAFixedOrder() throws IOException {
    JsonNode n = new ObjectMapper().readTree(json(ReportFixtures.run()));
    assertEquals(List.of("startedAt", "finishedAt", "inputs", "out", "master", "documentsSeen", "documentsOk",
        "documentsQuarantined", "quarantineReasons", "assertionsByKind", "discrepanciesByType",
        "discrepanciesBySeverity", "secondsPerStage", "versions", "config", "runDate", "previousRun", "triageFile",
        "findingsNew", "findingsKnown", "findingsDismissed", "findingsResolved", "triageWarnings", "newBySeverity"),
        keys(n));
    assertEquals(5, n.get("documentsSeen").asLong());
    assertEquals("data/extra.jsonl", n.get("inputs").get(1).asText());
  }

  @Test
  void allSevenTypesAndThreeSeveritiesArePresentWithZeros() throws IOException {
    RunSummary r = new RunSummary();
    r.setDiscrepanciesByType(Map.of(Finding.QUOTE_DRIFT, 4L));
    JsonNode n = new ObjectMapper().readTree(json(r));
    assertEquals(List.of("figure_conflict", "figure_drift", "quote_drift", "quote_misattribution", "role_conflict",
        "stale_republication", "suspect_expert"), keys(n.get("discrepanciesByType")));
    assertEquals(4, n.get("discrepanciesByType").get("quote_drift").asLong());
    assertEquals(0, n.get("discrepanciesByType").get("role_conflict").asLong());
    assertEquals(List.of("high", "low", "medium"), keys(n.get("discrepanciesBySeverity")));
  }

  @Test
  void countFindingAddsToTypeAndSeverity() {
    RunSummary r = new RunSummary();
    r.countFinding(ReportFixtures.quoteDrift());
    r.countFinding(ReportFixtures.quoteDrift());
    r.countFinding(ReportFixtures.suspectExpert());
    assertEquals(2L, r.getDiscrepanciesByType().get(Finding.QUOTE_DRIFT));
    assertEquals(1L, r.getDiscrepanciesBySeverity().get(Finding.LOW));
    assertEquals(0L, r.getDiscrepanciesByType().get(Finding.FIGURE_DRIFT));
  }

  @Test
  void stagesKeepTheOrderTheyRanWithThreeDecimals() throws IOException {
    RunSummary r = new RunSummary();
    r.addStageSeconds("ingest", 1.23456);
    r.addStageSeconds("extract", 2);
    r.addStageSeconds("compare", 0.0004);
    r.addStageSeconds("extract", 0.5);
    String s = json(r);
    assertTrue(s.contains("\"secondsPerStage\" : {\n    \"ingest\" : 1.235,\n    \"extract\" : 2.500,\n"
        + "    \"compare\" : 0.000\n  }"), s);
  }

  @Test
  void unorderedMapsAreWrittenSortedByKey() throws IOException {
    RunSummary r = new RunSummary();
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.logLevel", "WARN");
    conf.put("copies.bands", "16");
    conf.put("expert.threshold", "0.6");
    r.setConfig(conf);
    Map<String, Long> kinds = new LinkedHashMap<>();
    kinds.put("role", 1L);
    kinds.put("date", 2L);
    r.setAssertionsByKind(kinds);
    JsonNode n = new ObjectMapper().readTree(json(r));
    assertEquals(List.of("copies.bands", "expert.threshold", "spark.logLevel"), keys(n.get("config")));
    assertEquals(List.of("date", "role"), keys(n.get("assertionsByKind")));
  }

  @Test
  void outputUsesLfLineEndsAndEndsWithANewline() throws IOException {
    String s = json(ReportFixtures.run());
    assertFalse(s.contains("\r"));
    assertTrue(s.endsWith("}\n"));
    assertTrue(s.startsWith("{\n  \"startedAt\" : \"2026-11-25T08:00:00Z\",\n"), s);
  }

  @Test
  void sameSummaryGivesTheSameBytesAndReadsBack() throws IOException {
    String s = json(ReportFixtures.run());
    assertEquals(s, json(ReportFixtures.run()));
    RunSummary back = RunJson.read(new StringReader(s));
    assertEquals(4, back.getDocumentsOk());
    assertEquals(List.of("ingest", "extract"), new ArrayList<>(back.getSecondsPerStage().keySet()));
    assertEquals("3.5.7", back.getVersions().get("spark"));
    assertEquals(s, json(back));
  }

  @Test
  void nightToNightFieldsAreWrittenLastAndReadBack() throws IOException {
    String s = json(ReportFixtures.triageRun());
    assertTrue(s.endsWith("  \"runDate\" : \"2026-11-25\",\n  \"previousRun\" : \"out/2026-11-24\",\n"
        + "  \"triageFile\" : \"triage/decisions.csv\",\n  \"findingsNew\" : 1,\n  \"findingsKnown\" : 3,\n"
        + "  \"findingsDismissed\" : 1,\n  \"findingsResolved\" : 2,\n  \"triageWarnings\" : [ ],\n"
        + "  \"newBySeverity\" : {\n    \"high\" : 0,\n    \"low\" : 0,\n    \"medium\" : 0\n  }\n}\n"), s);
    RunSummary back = RunJson.read(new StringReader(s));
    assertEquals("out/2026-11-24", back.getPreviousRun());
    assertEquals(3, back.getFindingsKnown());
    assertEquals(2, back.getFindingsResolved());
    assertEquals(s, json(back));
  }

  @Test
  void runJsonFromBeforeTriageReadsWithEmptyNightToNightFields() throws IOException {
    RunSummary back = RunJson.read(new StringReader("{\"startedAt\" : \"2026-11-24T08:00:00Z\", \"documentsOk\" : 2}"));
    assertEquals("", back.getPreviousRun());
    assertEquals(0, back.getFindingsNew());
    assertEquals("", back.getRunDate());
  }

  @Test
  void isoUtcFormatsInstantsWithZ() {
    assertEquals("2026-11-25T08:00:42.123Z", RunSummary.isoUtc(java.time.Instant.parse("2026-11-25T08:00:42.123Z")));
  }

  @Test
  void quarantineReasonsGroupByTheTextBeforeTheColon() {
    RunSummary r = new RunSummary();
    r.countQuarantineReason("unreadable: bad gzip in a.txt.gz");
    r.countQuarantineReason("unreadable: truncated");
    r.countQuarantineReason("unknown-format");
    r.countQuarantineReason("  ");
    assertEquals(Map.of("unreadable", 2L, "unknown-format", 1L, "unknown", 1L), r.getQuarantineReasons());
    assertEquals(List.of("unknown", "unknown-format", "unreadable"), new ArrayList<>(r.getQuarantineReasons().keySet()));
  }
}
