package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken files next to good ones: the good ones come through, each bad one is listed with its reason. */
class DeadLetterStageTest {
  @TempDir
  Path dir;

  @Test
  void everyInputFileEndsOkOrQuarantinedAndTheRunGoesOn() throws IOException {
    write("good-report.txt", "Sen. Jane Holt, a Vermont Democrat, spoke on Tuesday.\n\n"
        + "\u201CWe will keep the clinics open,\u201D Holt said.\n");
    write("empty-upload.txt", "");
    Files.write(dir.resolve("scan-0001.txt"), new byte[] {0x50, 0x4b, 0, 0, 0, 1, 2, 3, 0, 0});
    Files.write(dir.resolve("cut.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
    write("_draft-hidden.txt", "Officials said 40 people were displaced in the flood on Monday.\n");
    write("notes.docx", "not a format we read");
    write("feed.jsonl", "{\"id\":\"j1\",\"text\":\"The mayor said the bridge will reopen in May.\"}\n"
        + "{\"id\":\"j2\",\"text\": broken\n"
        + "{\"id\":\"j3\",\"text\":\"A second good record with enough words to count.\"}\n");

    List<InputFile> files = IngestStage.listInputs(SparkTestSession.spark(), List.of(dir.toString()));
    assertEquals(7, files.size(), "hidden and odd files are listed too");
    Dataset<Article> articles = IngestStage.read(SparkTestSession.spark(), files, 2);
    Map<String, String> statusById = new TreeMap<>();
    for (Article a : articles.collectAsList()) {
      statusById.put(a.getArticleId(), a.getStatus() + (a.getReason().isEmpty() ? "" : ": " + a.getReason()));
    }
    assertEquals("ok", statusById.get("good-report"));
    assertEquals("ok", statusById.get("_draft-hidden"));
    assertEquals("ok", statusById.get("j1"));
    assertEquals("ok", statusById.get("j3"));
    assertTrue(statusById.get("empty-upload").startsWith("quarantined: empty"), statusById.toString());
    assertTrue(statusById.get("scan-0001").startsWith("quarantined: binary"), statusById.toString());
    assertTrue(statusById.get("cut").startsWith("quarantined: truncated gzip"), statusById.toString());
    assertTrue(statusById.get("notes").startsWith("quarantined: unsupported format"), statusById.toString());
    assertTrue(statusById.get("feed.jsonl:2").startsWith("quarantined: broken JSON"), statusById.toString());
    assertEquals(9, statusById.size(), statusById.toString());
  }

  @Test
  void twoDocumentsWithOneIdKeepTheFirstPathAndQuarantineTheOther() throws IOException {
    write("a/story.txt", "The council said the road will close for repairs next week.\n");
    write("b/story.html", "<html><body><article><p>The council said the road will close for repairs next week."
        + "</p></article></body></html>");
    List<InputFile> files = IngestStage.listInputs(SparkTestSession.spark(), List.of(dir.toString()));
    List<Article> out = IngestStage.quarantineDuplicateIds(IngestStage.read(SparkTestSession.spark(), files, 2))
        .orderBy("path").collectAsList();
    assertEquals(2, out.size());
    assertEquals(Article.OK, out.get(0).getStatus());
    assertEquals(Article.QUARANTINED, out.get(1).getStatus());
    assertTrue(out.get(1).getReason().startsWith("duplicate article_id: also in "), out.get(1).getReason());
  }

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
