package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.crossfact.ingest.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's floor counts every document it reads (quarantined ones too) and the tokens of the texts as decoded:
 * boilerplate is not blanked, so its words count, and the count is the same however the files are split into tasks.
 */
class FloorStageTest {
  @TempDir
  Path dir;

  @Test
  void countsDocumentsAndTheTokensOfTheDecodedTexts() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Home \u00bb News\n\nThe council met on Monday. It voted twice.\n\n"
        + "Share this article\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"Three words here.\"}\n{broken\n"
        + "{\"id\":\"b2\",\"html\":\"<html><body><p>Two <b>words</b></p></body></html>\"}\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("c.txt"), new byte[0]);
    SparkSession spark = SparkTestSession.spark();
    List<InputFile> files = IngestStage.listInputs(spark, List.of(dir.toString()));
    // a.txt: Home, News, The council met on Monday, It voted twice, Share this article = 2 + 5 + 3 + 3 = 13;
    // b1: 3; b2: 2; the broken line and the empty file are read (documents) but have no tokens
    long[] expected = {5, 18};
    assertArrayEquals(expected, FloorStage.documentsAndTokens(spark, files, 1, ReadLimits.unlimited()));
    assertArrayEquals(expected, FloorStage.documentsAndTokens(spark, files, 4, ReadLimits.unlimited()));
  }
}
