package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big JSON-lines dump read in byte ranges by several tasks gives exactly what reading it whole gives. */
class JsonLinesRangesTest {
  @TempDir
  Path dir;

  /** 400 records: ids, one without an id (named by its line), a broken line, CRLF endings, blank lines, non-ASCII. */
  private Path dump() throws IOException {
    StringBuilder b = new StringBuilder("\uFEFF");
    for (int i = 1; i <= 400; i++) {
      if (i == 57) {
        b.append("{\"id\": \"broken-57\", \"text\": \"cut off\n");
        continue;
      }
      if (i == 120) {
        b.append("\r\n");
        continue;
      }
      String id = i == 233 ? "" : String.format(Locale.ROOT, "\"id\": \"rec-%03d\", ", i);
      b.append("{").append(id).append("\"published\": \"2024-02-0").append(1 + i % 9)
          .append("\", \"text\": \"Record ").append(i).append(" says the Zürich council counted ").append(i * 7)
          .append(" claims \\u201cfor the record\\u201d. ").append("Padding words ".repeat(i % 23)).append("\"}")
          .append(i % 5 == 0 ? "\r\n" : "\n");
    }
    Path f = dir.resolve("dump.jsonl");
    Files.write(f, b.toString().getBytes(StandardCharsets.UTF_8));
    return f;
  }

  private static List<String> rows(List<Article> articles) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(a.getArticleId() + "|" + a.getStatus() + "|" + a.getReason() + "|" + a.getPublished() + "|" + a.getText());
    }
    out.sort(String::compareTo);
    return out;
  }

  @Test
  void aDumpReadInSmallRangesEqualsTheDumpReadWhole() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    Path f = dump();
    List<InputFile> files = IngestStage.listInputs(spark, List.of(f.toString()));
    List<String> whole = rows(IngestStage.read(spark, files, 4, Long.MAX_VALUE / 4).collectAsList());
    List<ReadUnit> units = IngestStage.plan(spark, files, 64, IngestStage.hadoopConf(spark), 1000);
    assertTrue(units.size() > 10 && units.stream().noneMatch(ReadUnit::isWhole), units.size() + " units");
    List<String> ranged = rows(IngestStage.read(spark, files, 64, 1000).collectAsList());
    assertEquals(399, whole.size(), "399 non-blank lines");
    assertTrue(whole.stream().anyMatch(r -> r.startsWith("dump.jsonl:233|ok")), "a record without id is named by its line");
    assertTrue(whole.stream().anyMatch(r -> r.contains("broken JSON at line 57")), "the broken line is quarantined");
    assertEquals(whole, ranged);
  }

  @Test
  void aJsonArrayNamedJsonlIsReadWholeEvenWhenBig() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < 200; i++) {
      b.append(i == 0 ? "" : ",\n").append("  {\"id\": \"a-").append(i).append("\", \"text\": \"Item ").append(i)
          .append(" of an array that someone saved as JSON lines, with enough words to count.\"}");
    }
    b.append("\n]\n");
    Path f = dir.resolve("array.jsonl");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    List<InputFile> files = IngestStage.listInputs(spark, List.of(f.toString()));
    assertEquals(1, IngestStage.plan(spark, files, 4, IngestStage.hadoopConf(spark), 1000).size(), "read whole");
    List<String> ranged = rows(IngestStage.read(spark, files, 4, 1000).collectAsList());
    assertEquals(200, ranged.size());
    assertTrue(ranged.stream().allMatch(r -> r.contains("|ok|")), ranged.get(0));
  }

  /** A line over the record limit is "record too large" (not "broken JSON"), read whole or in ranges alike. */
  @Test
  void aRecordOverTheLimitIsTooLargeWholeOrInRanges() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      String text = i == 31 ? "Long words ".repeat(3000) : "Record " + i + " of the harbor board minutes.";
      b.append("{\"id\": \"r-").append(i).append("\", \"text\": \"").append(text).append("\"}\n");
    }
    Path f = dir.resolve("big-line.jsonl");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    List<InputFile> files = IngestStage.listInputs(spark, List.of(f.toString()));
    io.crossfact.ingest.ReadLimits limits = new io.crossfact.ingest.ReadLimits(1L << 30, 20_000, 2_000_000, 0);
    List<String> whole = rows(IngestStage.read(spark, files, 2, Long.MAX_VALUE / 4, limits).collectAsList());
    List<String> ranged = rows(IngestStage.read(spark, files, 16, 500, limits).collectAsList());
    assertEquals(60, whole.size());
    assertTrue(whole.stream().anyMatch(r -> r.startsWith("big-line.jsonl:31|quarantined|record too large: line 31 has")),
        String.join("\n", whole));
    assertEquals(whole, ranged);
  }
}
