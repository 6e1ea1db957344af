package io.crossfact.ingest;

import io.crossfact.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (crawls of news sites), plain or gzipped: one article per captured HTML or text page, id = the record's
 * WARC-Record-ID, url = its WARC-Target-URI. Request, metadata and warcinfo records are not documents and are
 * skipped; a captured response that is not a page (an image, a script, an error status) is listed as quarantined;
 * a truncated or corrupt file keeps the records read before the damage and lists the damage.
 */
final class WarcFileReader {
  static final String FORMAT = "warc";

  private WarcFileReader() {}

  static List<Article> read(String path, String fileLevelId, byte[] bytes) {
    List<Article> out = new ArrayList<>();
    int records = 0;
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        records++;
        Article a = toArticle(path, next.get());
        if (a != null) {
          out.add(a);
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(Article.quarantined(fileLevelId + "#damaged", path, FORMAT, "truncated or corrupt WARC after "
          + records + " records: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
          + e.getMessage().replaceAll("\\s+", " "))));
    }
    if (records == 0 && out.isEmpty()) {
      out.add(Article.quarantined(fileLevelId, path, FORMAT, "WARC file with no records"));
    }
    return out;
  }

  /** The article a record carries, a quarantined row for a capture that is not a page, or null for non-captures. */
  private static Article toArticle(String path, WarcRecord record) throws IOException {
    String id = recordId(record);
    if (record instanceof WarcResponse) {
      WarcResponse r = (WarcResponse) record;
      if (!r.contentType().base().equals(MediaType.HTTP)) {
        return page(path, id, r.target(), r.contentType(), r.body().stream());
      }
      HttpResponse http = r.http();
      if (http.status() < 200 || http.status() >= 300) {
        return Article.quarantined(id, path, FORMAT, "not an article: HTTP status " + http.status()
            + " for " + r.target());
      }
      return page(path, id, r.target(), http.contentType(), http.bodyDecoded().stream());
    }
    if (record instanceof WarcResource) {
      WarcResource r = (WarcResource) record;
      return page(path, id, r.target(), r.contentType(), r.body().stream());
    }
    return null;
  }

  private static Article page(String path, String id, String url, MediaType type, InputStream body)
      throws IOException {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    boolean text = base.equals("text/plain");
    if (!html && !text) {
      return Article.quarantined(id, path, FORMAT, "not an article: " + base + " for " + url);
    }
    byte[] bytes = body.readAllBytes();
    Article a = Article.quarantined(id, path, FORMAT, "");
    a.setUrl(url);
    try {
      if (bytes.length == 0) {
        throw new Decoding.Failure("empty page");
      }
      if (html) {
        DocumentReader.fillFromHtml(a, HtmlReader.parse(Decoding.decodeHtml(bytes), url));
      } else {
        DocumentReader.fillFromText(a, DocumentReader.crlfToLf(Decoding.decodeUtf8(bytes)));
      }
    } catch (Decoding.Failure f) {
      return Article.quarantined(id, path, FORMAT, f.reason());
    }
    return a;
  }

  /** WARC-Record-ID without the angle brackets of its syntax: {@code urn:uuid:...}. */
  private static String recordId(WarcRecord record) {
    String raw = record.headers().first("WARC-Record-ID").orElse(record.id().toString()).trim();
    return raw.startsWith("<") && raw.endsWith(">") ? raw.substring(1, raw.length() - 1) : raw;
  }
}
