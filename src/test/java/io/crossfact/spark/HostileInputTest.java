package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Invisibles;
import io.crossfact.report.CsvReports;
import io.crossfact.report.CsvCells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@link HostileCorpus}: gzip bombs, a FIFO, a link to /dev/zero, an I/O error, an
 * unreadable file, an oversized JSON record, a short WARC record, a 30 MB article of one repeated quote, CSV
 * injection text) checked by {@code crossfact check} in a JVM of its own with a 2 GB heap at {@code local[8]}: the
 * run completes, every document is in articles.csv with the reason it was expected to get, and no CSV cell starts a
 * spreadsheet formula.
 */
class HostileInputTest {
  private static final Path REPO = Path.of(System.getProperty("crossfact.repo", ".")).toAbsolutePath();

  @TempDir
  static Path tmp;
  static Path corpus;
  static Map<String, String> expected;

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = tmp.resolve("corpus");
    expected = HostileCorpus.write(corpus, 30L << 20);
  }

  /**
   * At eight cores, the harder case of the two a user meets (eight gzip bombs decompressing at once against one
   * fixed heap; at two cores only two are); one run, since every whole run costs the default test time some 40 s
   * (a run at local[2] was dropped from this class for that reason: it met no limit the eight-core run does not).
   */
  @Test
  void everyHostileDocumentIsAccountedForAtEightCores() throws Exception {
    Path out = run("local[8]", tmp.resolve("out8"), "--format", "parquet,json");
    checkAccountedFor(out);
    assertTablesHoldRawText(out);
  }

  /** The tables hold the text as it is: the injection payload without the CSV's apostrophe. */
  private static void assertTablesHoldRawText(Path out) throws IOException {
    assertTrue(Files.isDirectory(out.resolve("articles.parquet")), "articles.parquet");
    List<String> titles = new ArrayList<>();
    try (var parts = Files.list(out.resolve("articles.json"))) {
      for (Path part : (Iterable<Path>) parts::iterator) {
        if (part.getFileName().toString().endsWith(".json")) {
          for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
            titles.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("title").asText());
          }
        }
      }
    }
    assertEquals(expected.size(), titles.size(), "one JSON line per document");
    assertTrue(titles.stream().anyMatch(t -> t.startsWith("=HYPERLINK")), titles.toString());
    assertFalse(titles.stream().anyMatch(t -> t.startsWith("'=")), "no spreadsheet apostrophe in the tables");
  }

  private static Path run(String master, Path out, String... extra) throws Exception {
    List<String> cmd = ChildCheck.command(REPO, out.resolveSibling(out.getFileName() + "-spark.log"));
    cmd.addAll(List.of("--input", corpus.toString(), "--out", out.toString(), "--master", master,
        "--conf", REPO.resolve("conf/crossfact.properties").toString(),
        "--set", "ingest.maxRecordBytes=" + HostileCorpus.MAX_RECORD_BYTES));
    cmd.addAll(List.of(extra));
    ChildCheck.runAndExpectSuccess(cmd, Map.of(), out.resolveSibling(out.getFileName() + ".stderr"), master);
    return out;
  }

  private static void checkAccountedFor(Path out) throws IOException {
    Map<String, CSVRecord> rows = new TreeMap<>();
    for (CSVRecord r : csv(out.resolve("articles.csv"))) {
      rows.put(CsvCells.unescape(r.get("article_id")), r);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      CSVRecord r = rows.get(e.getKey());
      if (r == null) {
        problems.add("missing: " + e.getKey());
        continue;
      }
      String want = e.getValue();
      String reason = r.get("reason");
      boolean ok = want.equals("*") || want.isEmpty() ? want.equals("*") || r.get("status").equals("ok")
          : r.get("status").equals("quarantined") && List.of(want.split("\\|")).stream().anyMatch(reason::startsWith);
      if (!ok) {
        problems.add(e.getKey() + ": expected '" + want + "', got " + r.get("status") + " '" + reason + "'");
      }
    }
    for (String id : rows.keySet()) {
      if (!expected.containsKey(id)) {
        problems.add("unexpected row: " + id + " " + rows.get(id).get("reason"));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertNoFormulaStarts(out);
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("\u202E"), "a right-to-left override reaches report.html as is");
  }

  /** Every cell of every CSV the run wrote: none starts with =, +, -, @, tab or CR unless it is a plain number. */
  static void assertNoFormulaStarts(Path out) throws IOException {
    int cells = 0;
    for (String name : List.of("articles.csv", "assertions.csv", "discrepancies.csv")) {
      for (CSVRecord r : csv(out.resolve(name))) {
        for (String cell : r) {
          cells++;
          assertFalse(CsvCells.formulaStart(cell), name + " line " + r.getRecordNumber() + ": " + cell);
        }
        if (name.equals("articles.csv")) {
          assertEquals(Invisibles.strip(r.get("article_id")), r.get("article_id"), "id with invisible characters");
        }
      }
    }
    assertTrue(cells > 100, "the scan saw " + cells + " cells");
    // the payloads did reach the CSVs, written as text
    String articles = Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8);
    assertTrue(articles.contains("'=HYPERLINK"), "the injection payload is missing from articles.csv");
    try (java.io.Reader r = Files.newBufferedReader(out.resolve("articles.csv"), StandardCharsets.UTF_8)) {
      assertTrue(CsvReports.readArticles(r).stream().anyMatch(s -> s.getTitle().startsWith("=HYPERLINK")),
          "read back, the title is the raw text again");
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
