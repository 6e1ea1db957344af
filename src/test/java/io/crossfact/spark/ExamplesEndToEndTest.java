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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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

  @TempDir
  static Path tablesDir;

  /** Where the tables go: a Hadoop file system URI (file:///...), not the --out folder, as s3a:// or hdfs:// would. */
  static String tables;

  /**
   * The README's command, plus what a pipeline adds (tested below, in the same run to keep the suite fast): Parquet
   * and JSON tables to a {@code file://} URI, {@code --fail-on high}, and a Spark setting for run.json.
   */
  @BeforeAll
  static void runCheckOnTheExamples() {
    SparkTestSession.spark();
    tables = tablesDir.toUri().toString() + "run-1";
    int code = Main.execute("check", "--input", REPO.resolve("examples/articles").toString(),
        "--out", out.toString(), "--conf", REPO.resolve("conf/crossfact.properties").toString(),
        "--format", "csv,parquet,json", "--tables", tables, "--fail-on", "high",
        "--conf", "spark.executor.memory=1g");
    assertEquals(Main.NEW_FINDINGS, code, "the examples hold new high-severity findings: --fail-on high trips");
  }

  /**
   * A run in a session it did not create (tests, an embedding application) leaves nothing cached in it: leaked
   * blocks hold storage memory that later runs in the same JVM cannot take back (CI once failed that way, exit 52).
   */
  @Test
  void leavesNothingCachedInTheSessionItBorrowed() {
    SparkSession spark = SparkTestSession.spark();
    assertTrue(spark.sparkContext().getPersistentRDDs().isEmpty(),
        "persisted RDDs left after the run: " + spark.sparkContext().getPersistentRDDs().size());
    assertTrue(spark.sharedState().cacheManager().isEmpty(), "cached Datasets left after the run");
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

  /** The Parquet findings table, read back by a plain Spark SQL query, holds the CSV's rows, typed. */
  @Test
  void theParquetFindingsTableHoldsTheCsvRows() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    Dataset<Row> table = spark.read().parquet(tables + "/discrepancies.parquet");
    StructType schema = table.schema();
    assertEquals(DataTypes.DoubleType, schema.apply("score").dataType());
    assertEquals(DataTypes.DateType, schema.apply("published_a").dataType());
    assertEquals(DataTypes.DateType, schema.apply("first_seen").dataType());
    assertEquals(DataTypes.IntegerType, schema.apply("start_a").dataType());
    // Parquet reads every column back as nullable; the key and value types are what a query relies on.
    org.apache.spark.sql.types.MapType signals = (org.apache.spark.sql.types.MapType) schema.apply("signals").dataType();
    assertEquals(DataTypes.StringType, signals.keyType());
    assertEquals(DataTypes.DoubleType, signals.valueType());
    List<String> csvColumns = new java.util.ArrayList<>(io.crossfact.report.CsvReports.DISCREPANCY_COLUMNS);
    csvColumns.add("signals_text");
    assertEquals(csvColumns, List.of(table.columns()), "the CSV's columns, in its order, then signals_text");

    table.createOrReplaceTempView("findings");
    List<Row> rows = spark.sql("SELECT * FROM findings").collectAsList();
    List<CSVRecord> csv = csv("discrepancies.csv");
    assertEquals(csv.size(), rows.size());
    assertTrue(csv.size() >= 7, "findings of every type");
    for (int i = 0; i < csv.size(); i++) {
      CSVRecord c = csv.get(i);
      Row r = rows.get(i);
      String id = c.get("id");
      assertEquals(id, r.getAs("id"), "row " + i + ": the CSV's order");
      for (String col : io.crossfact.report.CsvReports.DISCREPANCY_COLUMNS) {
        Object v = r.getAs(col);
        String expected = io.crossfact.report.CsvCells.unescape(c.get(col));
        String actual;
        if (col.equals("score")) {
          actual = io.crossfact.report.CsvReports.score((Double) v);
        } else if (col.equals("signals")) {
          assertEquals(io.crossfact.report.Signals.numeric(expected), r.getJavaMap(r.fieldIndex("signals")), id);
          assertEquals(io.crossfact.report.Signals.text(expected), r.getJavaMap(r.fieldIndex("signals_text")), id);
          continue;
        } else {
          actual = v == null ? "" : v.toString(); // a DATE prints as yyyy-MM-dd; an unknown one is null
        }
        assertEquals(expected, actual, id + " " + col);
      }
    }
    long highWithDiff = csv.stream().filter(c -> c.get("severity").equals("high")
        && io.crossfact.report.Signals.numeric(c.get("signals")).getOrDefault("relative-diff", 0.0) > 0.5).count();
    assertEquals(highWithDiff, spark.sql("SELECT count(*) FROM findings WHERE severity = 'high' "
        + "AND signals['relative-diff'] > 0.5").first().getLong(0), "typed columns in a query");
    assertEquals(csv.stream().filter(c -> !c.get("published_a").isEmpty() && !c.get("published_b").isEmpty()
        && c.get("published_b").compareTo(
        c.get("published_a")) > 0).count(), spark.sql("SELECT count(*) FROM findings WHERE published_b > published_a")
        .first().getLong(0), "dates compare as dates");
  }

  /** Assertions, articles and stories as Parquet and every table as JSON lines: the CSVs' rows, typed. */
  @Test
  void theOtherTablesAndTheJsonLinesHoldTheCsvRows() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    for (String name : List.of("discrepancies", "assertions", "articles", "stories")) {
      long rows = csv(name + ".csv").size();
      assertEquals(rows, spark.read().parquet(tables + "/" + name + ".parquet").count(), name + ".parquet");
      assertEquals(rows, spark.read().json(tables + "/" + name + ".json").count(), name + ".json");
    }
    Dataset<Row> articles = spark.read().parquet(tables + "/articles.parquet");
    assertEquals(DataTypes.DateType, articles.schema().apply("published").dataType());
    assertEquals(DataTypes.LongType, articles.schema().apply("assertions").dataType());
    List<String> ids = new java.util.ArrayList<>();
    csv("articles.csv").forEach(r -> ids.add(r.get("article_id")));
    assertEquals(ids, articles.select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList(),
        "rows in the CSV's order");
    Dataset<Row> assertions = spark.read().parquet(tables + "/assertions.parquet");
    assertEquals(csv("assertions.csv").stream().filter(r -> r.get("low").isEmpty()).count(),
        assertions.filter("low IS NULL").count(), "low is null where the CSV leaves it empty (not a figure)");
    Row story = spark.read().parquet(tables + "/stories.parquet").filter("story = 'ke-drought-reuters'").first();
    CSVRecord storyCsv = csv("stories.csv").stream().filter(r -> r.get("story").equals("ke-drought-reuters"))
        .findFirst().orElseThrow();
    assertEquals(List.of(storyCsv.get("article_ids").split(" ")), story.getList(story.fieldIndex("article_ids")));
    assertTrue(story.getList(story.fieldIndex("article_ids")).contains("ke-drought-reprint"));
    assertEquals(DataTypes.DateType, story.schema().apply("first").dataType());
    Path jsonPart;
    try (var parts = Files.list(Path.of(java.net.URI.create(tables + "/discrepancies.json")))) {
      jsonPart = parts.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
    }
    String line = Files.readAllLines(jsonPart, StandardCharsets.UTF_8).get(0);
    JsonNode first = new ObjectMapper().readTree(line);
    assertEquals(csv("discrepancies.csv").get(0).get("id"), first.get("id").asText());
    assertTrue(first.get("signals").isObject() && first.get("published_a").asText().matches("\\d{4}-\\d{2}-\\d{2}"),
        line);
  }

  /** run.json: the --conf Spark setting in the effective config, the new findings per severity --fail-on read. */
  @Test
  void runJsonShowsTheSparkSettingAndTheNewFindingsBySeverity() throws IOException {
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("1g", run.get("config").get("spark.executor.memory").asText());
    long high = csv("discrepancies.csv").stream().filter(r -> r.get("severity").equals("high")).count();
    assertTrue(high > 0);
    assertEquals(high, run.get("newBySeverity").get("high").asLong(), "no previous run: every finding is new");
    assertTrue(run.get("secondsPerStage").has("write-tables"), run.toString());
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    try (CSVParser p = CSVParser.parse(out.resolve(name), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
