package io.crossfact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small crawl as a news site's archive delivers it: a page, its request, an image, a 404. */
class WarcFileReaderTest {
  private static final String PAGE = "<html><head><title>Clinic funding vote</title>"
      + "<meta property=\"og:site_name\" content=\"Valley Echo\">"
      + "<meta property=\"article:published_time\" content=\"2024-03-13T08:00:00Z\"></head><body><article>"
      + "<p>\u201CCongress will not cut funding for rural recovery centers this year,\u201D Holt said.</p>"
      + "</article></body></html>";

  static byte[] crawl(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://valleyecho.example/holt"))
          .body(new HttpRequest.Builder("GET", "/holt").build()).build());
      w.write(new WarcResponse.Builder(URI.create("https://valleyecho.example/holt"))
          .recordId(URI.create("urn:uuid:11111111-1111-1111-1111-111111111111"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8))
              .build()).build());
      w.write(new WarcResponse.Builder(URI.create("https://valleyecho.example/logo.png"))
          .recordId(URI.create("urn:uuid:22222222-2222-2222-2222-222222222222"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build())
          .build());
      w.write(new WarcResponse.Builder(URI.create("https://valleyecho.example/gone"))
          .recordId(URI.create("urn:uuid:33333333-3333-3333-3333-333333333333"))
          .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8, new byte[] {'x'}).build())
          .build());
    }
    return out.toByteArray();
  }

  @Test
  void eachCapturedPageIsAnArticleIdentifiedByItsRecordId() throws IOException {
    List<Article> out = DocumentReader.read("crawl-2024-03-13.warc", crawl(WarcCompression.NONE));
    assertEquals(3, out.size(), out.toString());
    Article page = out.get(0);
    assertEquals("urn:uuid:11111111-1111-1111-1111-111111111111", page.getArticleId());
    assertEquals(Article.OK, page.getStatus());
    assertEquals("https://valleyecho.example/holt", page.getUrl());
    assertEquals("Valley Echo", page.getSource());
    assertEquals("2024-03-13", page.getPublished());
    assertTrue(page.getText().contains("will not cut funding"), page.getText());
    assertEquals("not an article: image/png for https://valleyecho.example/logo.png", out.get(1).getReason());
    assertTrue(out.get(2).getReason().startsWith("not an article: HTTP status 404"), out.get(2).getReason());
  }

  @Test
  void gzippedWarcReadsTheSame() throws IOException {
    List<Article> out = DocumentReader.read("crawl.warc.gz", crawl(WarcCompression.GZIP));
    assertEquals(Article.OK, out.get(0).getStatus());
    assertEquals("urn:uuid:11111111-1111-1111-1111-111111111111", out.get(0).getArticleId());
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheDamageAndListsTheDamage() throws IOException {
    byte[] whole = crawl(WarcCompression.NONE);
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);
    List<Article> out = DocumentReader.read("crawl.warc", cut);
    assertEquals(Article.OK, out.get(0).getStatus());
    Article last = out.get(out.size() - 1);
    assertEquals(Article.QUARANTINED, last.getStatus());
    assertTrue(last.getReason().startsWith("record truncated: Content-Length"), last.getReason());
  }
}
