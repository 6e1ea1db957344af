package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.report.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small input's check after the pass on the driver ({@link LocalCheck}) writes the same files as the distributed
 * stages: the CSV files byte for byte and run.json but for times and the output folder.
 */
class LocalCheckTest {
  private static final Path REPO = Path.of(System.getProperty("crossfact.repo", "."));
  private static final String DATE = "2026-12-06";

  @TempDir
  Path tmp;

  @Test
  void theExamplesGiveTheSameFilesOnTheDriverAsOnSpark() throws IOException {
    Path input = REPO.resolve("examples/articles");
    assertNotNull(local(input, tmp.resolve("local")), "the examples are small: the driver's path runs");
    distributed(input, tmp.resolve("spark"));
    assertSameFiles(tmp.resolve("spark"), tmp.resolve("local"));
    assertTrue(Files.readString(tmp.resolve("local/discrepancies.csv")).lines().count() > 10,
        "the examples hold findings of every type, so the comparison is exercised");
  }

  /** One id in two files: the smaller path keeps it and the other is quarantined, on either path. */
  @Test
  void anIdInTwoFilesIsQuarantinedAlikeAndTheFindingsAgree() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    write(input.resolve("a.jsonl"), line("twin", "Harbour Daily", "2024-05-02", FLOOD_A),
        line("mill-a", "Harbour Daily", "2024-05-03", MILL_A));
    write(input.resolve("b.jsonl"), line("twin", "Valley Post", "2024-05-02", FLOOD_B),
        line("mill-b", "Valley Post", "2024-05-04", MILL_B), line("flood-c", "Coast Wire", "2024-05-02", FLOOD_B));
    assertNotNull(local(input, tmp.resolve("local")));
    distributed(input, tmp.resolve("spark"));
    assertSameFiles(tmp.resolve("spark"), tmp.resolve("local"));
    String articles = Files.readString(tmp.resolve("local/articles.csv"));
    assertTrue(articles.contains("duplicate article_id: also in"), articles);
  }

  /** Two ok rows of one id in one file: the driver's path steps aside and the distributed stages run. */
  @Test
  void twoOkRowsOfOneIdInOneFileTakeTheDistributedPath() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    write(input.resolve("same.jsonl"), line("same", "Harbour Daily", "2024-05-02", FLOOD_A),
        line("same", "Valley Post", "2024-05-02", FLOOD_B), line("mill-a", "Harbour Daily", "2024-05-03", MILL_A));
    assertNull(local(input, tmp.resolve("local")), "ids repeated in one file: no driver's path");
    assertFalse(Files.exists(tmp.resolve("local/articles.csv")), "nothing written when it steps aside");
    SparkSession spark = SparkTestSession.spark();
    CrossfactConfig config = config();
    CheckJob.run(spark, options(input, tmp.resolve("auto")), config, Review.none(DATE), true);
    distributed(input, tmp.resolve("spark"));
    assertSameFiles(tmp.resolve("spark"), tmp.resolve("auto"));
  }

  /**
   * Stored bytes under the gate can decode to far more text (gzip): past the budget of decoded text the pass's tasks
   * stop, the driver's path steps aside and the distributed stages write the files.
   */
  @Test
  void moreDecodedTextThanTheBudgetTakesTheDistributedPath() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    write(input.resolve("a.jsonl"), line("flood-a", "Harbour Daily", "2024-05-02", FLOOD_A),
        line("flood-b", "Valley Post", "2024-05-02", FLOOD_B), line("mill-a", "Harbour Daily", "2024-05-03", MILL_A));
    assertNull(local(input, tmp.resolve("local"), 200), "three articles of ~300 characters each, a budget of 200");
    assertFalse(Files.exists(tmp.resolve("local/articles.csv")));
    assertNotNull(local(input, tmp.resolve("roomy"), LocalCheck.MAX_TEXT_CHARS));
    distributed(input, tmp.resolve("spark"));
    assertSameFiles(tmp.resolve("spark"), tmp.resolve("roomy"));
  }

  @Test
  void onlySmallInputsWithCsvOutputRunOnTheDriver() {
    CheckOptions csv = new CheckOptions(List.of("x"), tmp, "");
    CheckOptions parquet = new CheckOptions(List.of("x"), tmp, "", Set.of(TableStage.CSV, "parquet"), null);
    List<InputFile> small = List.of(new InputFile("a.jsonl", InputSizing.SMALL_INPUT_BYTES, 0L));
    List<InputFile> large = List.of(new InputFile("a.jsonl", InputSizing.SMALL_INPUT_BYTES, 0L),
        new InputFile("b.jsonl", 1L, 0L));
    assertTrue(LocalCheck.applies(small, csv));
    assertFalse(LocalCheck.applies(large, csv), "one byte over 8 MB keeps the distributed stages");
    assertFalse(LocalCheck.applies(small, parquet), "Parquet and JSON tables come from Spark's writers");
  }

  @Test
  void stringsSortAsSparkSortsThemByCodePoint() {
    // U+FF21 (fullwidth A) is one UTF-16 unit above a surrogate pair's first unit, but below its code point
    String bmp = "\uFF21";
    String astral = new String(Character.toChars(0x1F600));
    assertTrue(bmp.compareTo(astral) > 0, "String.compareTo orders by UTF-16 unit");
    assertTrue(LocalCheck.bySparkOrder(bmp, astral) < 0, "Spark orders by code point");
  }

  private static final String FLOOD_A = "The river rose through the night and the flood displaced 4,200 people in "
      + "Marlow County, the county emergency office said on Thursday. \"We have never seen water this high on Quay "
      + "Street,\" said Mayor Petra Vance, who toured the shelters at the school. Crews were still pumping the "
      + "basements of the old mill district by the afternoon.";
  private static final String FLOOD_B = "Flood water displaced 6,900 people in Marlow County, the county emergency "
      + "office said on Thursday after a night of rain. \"We have never seen the water this high on Quay Street,\" "
      + "said Mayor Petra Vance as she visited shelters. Pumping crews worked through the afternoon in the mill "
      + "district and the roads north of town stayed closed.";
  private static final String MILL_A = "The paper mill on the east bank will close in June and 310 workers will "
      + "lose their jobs, the owner told staff on Friday. Union steward Omar Field said the news came without "
      + "warning and that talks on severance would start next week at the town hall on Birch Road.";
  private static final String MILL_B = "The owner of the paper mill on the east bank told staff on Friday that it "
      + "will close in June, and 130 workers will lose their jobs. Union steward Omar Field said talks on "
      + "severance would begin next week, and that the town had been given no warning at all.";

  private static String line(String id, String source, String date, String text) {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("id", id).put("url", "https://example.org/" + id).put("source", source).put("published", date)
        .put("title", id + " report").put("text", text);
    return n.toString();
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static CrossfactConfig config() {
    return CrossfactConfig.load(REPO.resolve("conf/crossfact.properties"), Map.of());
  }

  private static CheckOptions options(Path input, Path out) {
    return new CheckOptions(List.of(input.toString()), out, "");
  }

  /** The driver's path alone, as CheckJob runs it for a small input: its summary, or null when it steps aside. */
  private static RunSummary local(Path input, Path out) throws IOException {
    return local(input, out, LocalCheck.MAX_TEXT_CHARS);
  }

  private static RunSummary local(Path input, Path out, long maxChars) throws IOException {
    SparkSession spark = SparkTestSession.spark();
    CrossfactConfig config = config();
    CheckOptions o = options(input, out);
    List<InputFile> files = IngestStage.listInputs(spark, o.inputs);
    assertTrue(LocalCheck.applies(files, o));
    try (InputSizing s = InputSizing.apply(spark, config, InputSizing.bytes(files))) {
      return LocalCheck.run(spark, files, SparkSessions.broadcast(spark, config), config, o, Review.none(DATE),
          new StageTimer(), DATE + "T00:00:00Z", maxChars);
    }
  }

  private static void distributed(Path input, Path out) throws IOException {
    CheckJob.run(SparkTestSession.spark(), options(input, out), config(), Review.none(DATE), false);
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String f : List.of("discrepancies.csv", "assertions.csv", "articles.csv", "stories.csv")) {
      assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f);
    }
    assertEquals(runJson(expected), runJson(actual), "run.json but for times and the output folder");
  }

  private static ObjectNode runJson(Path dir) throws IOException {
    ObjectNode n = (ObjectNode) new ObjectMapper().readTree(dir.resolve("run.json").toFile());
    n.remove(List.of("startedAt", "finishedAt", "out", "secondsPerStage"));
    return n;
  }
}
