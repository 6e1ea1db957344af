package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossfact.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code check} on the bundled examples exactly as the README does, and holds discrepancies.csv to a golden
 * file. After an intended change, regenerate it with {@code mvn test -Dtest=ExamplesEndToEndTest
 * -Dcrossfact.updateGolden=true} and review the diff like code.
 */
class ExamplesEndToEndTest {
  private static final Path REPO = Path.of(System.getProperty("crossfact.repo", "."));
  private static final Path GOLDEN = REPO.resolve("src/test/resources/golden/examples-discrepancies.csv");

  @TempDir
  static Path out;

  @BeforeAll
  static void runCheckOnTheExamples() {
    SparkTestSession.spark();
    int code = Main.execute("check", "--input", REPO.resolve("examples/articles").toString(),
        "--out", out.toString(), "--conf", REPO.resolve("conf/crossfact.properties").toString());
    assertEquals(Main.OK, code);
  }

  @Test
  void writesAllFiveContractFiles() {
    for (String f : List.of("discrepancies.csv", "assertions.csv", "articles.csv", "report.html", "run.json")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
  }

  /** Byte for byte, but for first_seen: without --previous every finding is first seen on the day of the run. */
  @Test
  void discrepanciesMatchTheGoldenFile() throws IOException {
    String actual = withoutFirstSeen(Files.readString(out.resolve("discrepancies.csv"), StandardCharsets.UTF_8));
    if (Boolean.getBoolean("crossfact.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  static String withoutFirstSeen(String csv) throws IOException {
    StringBuilder b = new StringBuilder();
    try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().build());
        org.apache.commons.csv.CSVPrinter w = new org.apache.commons.csv.CSVPrinter(b, CSVFormat.RFC4180.builder()
            .setHeader(p.getHeaderNames().toArray(new String[0])).build())) {
      int col = p.getHeaderNames().indexOf("first_seen");
      for (CSVRecord r : p) {
        List<String> values = new java.util.ArrayList<>(r.toList());
        if (col >= 0) {
          values.set(col, "");
        }
        w.printRecord(values);
      }
    }
    return b.toString();
  }

  @Test
  void everyDiscrepancyTypeIsPresent() throws IOException {
    TreeSet<String> types = new TreeSet<>();
    for (CSVRecord r : csv("discrepancies.csv")) {
      types.add(r.get("type"));
    }
    assertEquals(new TreeSet<>(List.of("figure_conflict", "figure_drift", "quote_drift", "quote_misattribution",
        "role_conflict", "stale_republication", "suspect_expert")), types);
  }

  @Test
  void everyInputDocumentIsListedOkOrQuarantined() throws IOException {
    List<CSVRecord> rows = csv("articles.csv");
    long quarantined = rows.stream().filter(r -> r.get("status").equals("quarantined")).count();
    assertEquals(23, rows.size());
    assertEquals(3, quarantined);
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(23, run.get("documentsSeen").asInt());
    assertEquals(3, run.get("documentsQuarantined").asInt());
  }

  @Test
  void reportsOfOneEventShareAStoryNamedByTheEarliest() throws IOException {
    java.util.Map<String, String> story = new java.util.TreeMap<>();
    for (CSVRecord r : csv("articles.csv")) {
      story.put(r.get("article_id"), r.get("story"));
    }
    // the Kenya drought: the wire report, an independent observer piece and a reprint
    assertEquals("ke-drought-reuters", story.get("ke-drought-observer"));
    assertEquals("ke-drought-reuters", story.get("ke-drought-reprint"));
    assertEquals("", story.get("empty-upload"), "a quarantined document has no story");
    java.util.Set<String> listed = new java.util.TreeSet<>();
    for (CSVRecord r : csv("stories.csv")) {
      listed.add(r.get("story"));
    }
    java.util.Set<String> used = new java.util.TreeSet<>(story.values());
    used.remove("");
    assertEquals(used, listed);
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    try (CSVParser p = CSVParser.parse(out.resolve(name), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
