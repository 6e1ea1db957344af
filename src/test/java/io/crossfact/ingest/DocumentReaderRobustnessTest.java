package io.crossfact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Damaged copies of every fixture: whatever the bytes, read() answers with well-formed articles. */
class DocumentReaderRobustnessTest {
  private static final String[] FIXTURES = {
      "txt-breadcrumbs-date-related-comments.txt", "txt-dateline-reuters-crlf.txt", "txt-html-debris.txt",
      "txt-interview-transcript.txt", "txt-content-farm-expert-roundup.txt", "html-news-page-with-widgets.html",
      "html-wordpress-sidebar-layout.html", "jsonl-good-and-broken-lines.jsonl",
      "txt-prose-that-resembles-boilerplate.txt"};

  private static void assertWellFormed(String path, List<Article> out) {
    for (Article a : out) {
      assertEquals(path, a.getPath());
      assertTrue(a.getStatus().equals(Article.OK) || a.getStatus().equals(Article.QUARANTINED), a::toString);
      assertEquals(a.isOk(), a.getReason().isEmpty(), a::toString);
      assertEquals(a.getText().length(), a.getBody().length(), a::toString);
      assertTrue(a.getPublished().isEmpty() || a.getPublished().matches("\\d{4}-\\d{2}-\\d{2}"), a::toString);
      if (a.isOk()) {
        assertFalse(a.getArticleId().isEmpty(), a::toString);
        assertTrue(BoilerplateBlanker.hasWords(a.getBody()), a::toString);
      }
    }
  }

  @Test
  void damagedFixturesNeverThrowAndKeepBodyAlignedWithText() {
    Random random = new Random(20240603L);
    for (String name : FIXTURES) {
      byte[] original = Fixtures.bytes(name);
      for (int round = 0; round < 25; round++) {
        byte[] damaged = damage(original, random);
        String path = "file:/in/" + name + (round % 5 == 0 ? ".gz" : "");
        byte[] input = round % 5 == 0 ? Fixtures.gzip(damaged) : damaged;
        if (round % 10 == 5) {
          input = Arrays.copyOf(Fixtures.gzip(damaged), Math.max(1, random.nextInt(damaged.length / 2 + 1)));
          path = "file:/in/" + name + ".gz";
        }
        assertWellFormed(path, DocumentReader.read(path, input));
      }
    }
  }

  @Test
  void readingIsDeterministic() {
    for (String name : FIXTURES) {
      List<Article> first = DocumentReader.read(name, Fixtures.bytes(name));
      List<Article> second = DocumentReader.read(name, Fixtures.bytes(name));
      assertEquals(first.size(), second.size());
      for (int i = 0; i < first.size(); i++) {
        assertEquals(describe(first.get(i)), describe(second.get(i)));
      }
    }
  }

  @Test
  void ingestCodeStaysFreeOfSpark() throws IOException {
    Path dir = Path.of(System.getProperty("crossfact.repo", "."), "src/main/java/io/crossfact/ingest");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String src = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(src.contains("org.apache.spark"), f + " must not depend on Spark");
      }
    }
  }

  private static String describe(Article a) {
    return String.join("|", a.getArticleId(), a.getStatus(), a.getReason(), a.getTitle(), a.getSource(), a.getUrl(),
        a.getPublished(), a.getMarkers(), a.getText(), a.getBody());
  }

  /** Cuts, splices in random bytes (NULs and invalid UTF-8 included), or duplicates a stretch. */
  private static byte[] damage(byte[] b, Random random) {
    byte[] out = Arrays.copyOf(b, b.length);
    int kind = random.nextInt(4);
    int at = random.nextInt(out.length);
    switch (kind) {
      case 0:
        return Arrays.copyOf(out, at);
      case 1:
        for (int i = 0; i < 1 + random.nextInt(8) && at + i < out.length; i++) {
          out[at + i] = (byte) random.nextInt(256);
        }
        return out;
      case 2:
        int from = random.nextInt(out.length);
        int len = Math.min(out.length - from, random.nextInt(400));
        byte[] dup = new byte[out.length + len];
        System.arraycopy(out, 0, dup, 0, at);
        System.arraycopy(out, from, dup, at, len);
        System.arraycopy(out, at, dup, at + len, out.length - at);
        return dup;
      default:
        byte[] swapped = new String(out, StandardCharsets.UTF_8).replace('"', '<').getBytes(StandardCharsets.UTF_8);
        return random.nextBoolean() ? swapped : out;
    }
  }
}
