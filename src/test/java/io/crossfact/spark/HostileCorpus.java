package io.crossfact.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile inputs at test time (nothing binary is committed): gzip bombs, a FIFO, a link to
 * {@code /dev/zero}, a file whose read fails with an I/O error, an unreadable file, an oversized JSON record, a WARC
 * record whose Content-Length is too small, a long article of one repeated quote, CSV-injection text, and ordinary
 * articles beside them. {@link #expected} names, per article id, the start of the reason each must be quarantined
 * with ("" for ok, alternatives split by "|"). Run {@code main DIR} to write one by hand.
 */
final class HostileCorpus {
  /** The decompressed size of the big bomb (450 MB, as in issue 21); the eight ordinary ones hold 160 MB each. */
  static final long BIG_BOMB_BYTES = 450L * 1024 * 1024;
  static final long BOMB_BYTES = 160L * 1024 * 1024;
  static final int ORDINARY_BOMBS = 8;
  /** Config the corpus assumes: a 1 MB record limit (so the oversized record need not be 300 MB). */
  static final int MAX_RECORD_BYTES = 1024 * 1024;

  private HostileCorpus() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> expected = write(Path.of(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 30L << 20);
    expected.forEach((k, v) -> System.out.println(k + "\t" + v));
  }

  /**
   * Writes the corpus; returns article id to expected reason prefix ("" = ok, "*" = either, depends on the user:
   * a root test run reads a chmod 000 file).
   */
  static Map<String, String> write(Path dir, long quoteArticleBytes) throws IOException {
    Files.createDirectories(dir);
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 1; i <= 3; i++) {
      Files.writeString(dir.resolve("good-" + i + ".txt"), ordinaryArticle(i), StandardCharsets.UTF_8);
      expected.put("good-" + i, "");
    }
    bomb(dir.resolve("big-bomb.txt.gz"), BIG_BOMB_BYTES);
    expected.put("big-bomb", "too large after decompression");
    Path first = dir.resolve("bomb-1.txt.gz");
    bomb(first, BOMB_BYTES);
    expected.put("bomb-1", "too large after decompression");
    for (int i = 2; i <= ORDINARY_BOMBS; i++) {
      Files.copy(first, dir.resolve("bomb-" + i + ".txt.gz"));
      expected.put("bomb-" + i, "too large after decompression");
    }
    run("mkfifo", dir.resolve("fifo.txt").toString());
    expected.put("fifo", "not a regular file");
    Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
    expected.put("zero", "not a regular file");
    // Reading /proc/self/mem from offset 0 fails with EIO on Linux, for root too: a real I/O error, which Hadoop's
    // local file system raises as FSError (an Error, not an exception).
    if (Files.exists(Path.of("/proc/self/mem"))) {
      Files.createSymbolicLink(dir.resolve("eio.txt"), Path.of("/proc/self/mem"));
      expected.put("eio", "read error");
    }
    Path locked = dir.resolve("locked.txt");
    Files.writeString(locked, ordinaryArticle(4), StandardCharsets.UTF_8);
    run("chmod", "000", locked.toString());
    expected.put("locked", "*");

    StringBuilder jsonl = new StringBuilder();
    jsonl.append(jsonRecord("json-before", ordinaryArticle(5))).append('\n');
    jsonl.append(jsonRecord("json-huge", "Word ".repeat(MAX_RECORD_BYTES / 5 * 3))).append('\n');
    jsonl.append(jsonRecord("json-after", ordinaryArticle(6))).append('\n');
    Files.writeString(dir.resolve("feed.jsonl"), jsonl, StandardCharsets.UTF_8);
    expected.put("json-before", "");
    expected.put("feed.jsonl:2", "record too large");
    expected.put("json-after", "");

    Files.write(dir.resolve("crawl.warc"), shortWarc());
    expected.put("urn:uuid:00000000-0000-0000-0000-000000000001", "record too short");
    expected.put("urn:uuid:00000000-0000-0000-0000-000000000002", "");

    quoteArticle(dir.resolve("quotes.txt"), quoteArticleBytes);
    // over the character budget; at 8 tasks in 2 GB also over one task's share of the heap, which is checked first
    expected.put("quotes", "too long|too large");

    Files.writeString(dir.resolve("inject.jsonl"), injectionRecords(), StandardCharsets.UTF_8);
    expected.put("=HYPERLINK(\"http://evil.example/exe.txt\")", ""); // the override stripped from the id
    expected.put("+cmd-1", "");
    expected.put("@SUM(1+1)", "");
    return expected;
  }

  static String ordinaryArticle(int i) {
    return String.format(Locale.ROOT, "Harbor council approves budget %d%n%nThe harbor council approved a budget of "
        + "%d million dollars on Tuesday. \u201cWe have waited three years for this repair plan,\u201d said Mara "
        + "Lindqvist, the council chair. The vote was %d to 2.%n", i, 40 + i, 5 + i);
  }

  private static String jsonRecord(String id, String text) {
    return "{\"id\":\"" + id + "\",\"source\":\"harbor.example\",\"published\":\"2024-03-0" + 1
        + "\",\"title\":\"Record " + id + "\",\"text\":\"" + text.replace("\n", "\\n").replace("\"", "\\\"") + "\"}";
  }

  /** Text cells that start like a formula, with bidirectional and zero-width controls in ids and titles. */
  private static String injectionRecords() {
    String body = "The port authority said on Monday that 1,200 containers were delayed. \u201c=cmd|' /C calc'!A0 "
        + "is what the sign said today,\u201d said Mara Lindqvist, the council chair.\n\n"
        + "\u201c@SUM(1+1) and other strange words appear here,\u201d said Mara Lindqvist.";
    return "{\"id\":\"=HYPERLINK(\\\"http://evil.example/\u202Eexe.txt\\\")\",\"source\":\"=cmd|' /C calc'!A0\","
        + "\"url\":\"-2+3\",\"published\":\"2024-03-02\",\"title\":\"=HYPERLINK(\\\"http://evil.example\\\")\","
        + "\"text\":\"" + body.replace("\n", "\\n") + "\"}\n"
        + "{\"id\":\"+cmd-\u200B1\",\"source\":\"\\tharbor.example\",\"published\":\"2024-03-03\","
        + "\"title\":\"\\rCarriage title \u202Egnp.exe\",\"text\":\"" + body.replace("\n", "\\n") + "\"}\n"
        + "{\"id\":\"@SUM(1+1)\",\"source\":\"-harbor\",\"published\":\"2024-03-04\",\"title\":\"+1 title\","
        + "\"text\":\"" + body.replace("\n", "\\n") + "\"}\n";
  }

  /** {@code bytes} of ordinary text, gzipped: a repeated paragraph deflates about a thousand to one. */
  static void bomb(Path file, long bytes) throws IOException {
    byte[] block = ("The council met again and nothing happened at all. ".repeat(1300))
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      long left = bytes;
      while (left > 0) {
        int n = (int) Math.min(block.length, left);
        out.write(block, 0, n);
        left -= n;
      }
    }
  }

  /** One speaker's quote repeated until the article has {@code bytes} bytes. */
  static void quoteArticle(Path file, long bytes) throws IOException {
    String para = "\u201cWe will keep the harbor open through the winter storms,\u201d said Mara Lindqvist, the "
        + "council chair. She added that 300 boats had registered.\n\n";
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("Harbor council keeps port open\n\n".getBytes(StandardCharsets.UTF_8));
      byte[] b = para.getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < bytes; written += b.length) {
        out.write(b);
      }
    }
  }

  /** Two WARC resource records; the first's Content-Length is 40 bytes short of its block. */
  static byte[] shortWarc() {
    StringBuilder b = new StringBuilder();
    String page1 = ordinaryArticle(7);
    String page2 = ordinaryArticle(8);
    b.append(resource("00000000-0000-0000-0000-000000000001", "http://harbor.example/a",
        page1.getBytes(StandardCharsets.UTF_8).length - 40, page1));
    b.append(resource("00000000-0000-0000-0000-000000000002", "http://harbor.example/b",
        page2.getBytes(StandardCharsets.UTF_8).length, page2));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String uuid, String uri, int declaredLength, String body) {
    return "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:" + uuid + ">\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Type: text/plain\r\nContent-Length: " + declaredLength
        + "\r\n\r\n" + body + "\r\n\r\n";
  }

  private static void run(String... command) throws IOException {
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
