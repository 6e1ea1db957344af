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
    return read(path, fileLevelId, bytes, ReadLimits.unlimited());
  }

  /**
   * Reads the records; a record larger than the record limit is listed as {@code record too large} without reading
   * its block. In an uncompressed file each record's Content-Length is checked against where the record really ends
   * (the blank line and the next {@code WARC/} header): a length too small would otherwise pass as a page with its
   * text cut and hide the records after it; such a record is listed as {@code record too short} and reading resumes
   * at the next record.
   */
  static List<Article> read(String path, String fileLevelId, byte[] bytes, ReadLimits limits) {
    List<Article> out = new ArrayList<>();
    boolean plain = !(bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b);
    int records = 0;
    int from = 0;
    while (from >= 0) {
      int resume = -1;
      try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes, from, bytes.length - from))) {
        reader.setLenient(true);
        while (true) {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          records++;
          WarcRecord record = next.get();
          if (plain) {
            Framing f = framing(bytes, from + (int) reader.position(), record.body().size());
            if (f.problem != null) {
              out.add(Article.quarantined(recordId(record), path, FORMAT, f.problem));
              resume = f.nextRecord;
              break;
            }
          }
          if (record.body().size() > limits.maxRecordBytes()) {
            out.add(Article.quarantined(recordId(record), path, FORMAT,
                limits.recordTooLarge("WARC record", record.body().size())));
            continue;
          }
          Article a = toArticle(path, record, limits);
          if (a != null) {
            out.add(a);
          }
        }
      } catch (IOException | RuntimeException e) {
        out.add(Article.quarantined(fileLevelId + "#damaged", path, FORMAT, "truncated or corrupt WARC after "
            + records + " records: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
            + e.getMessage().replaceAll("\\s+", " "))));
      }
      from = resume;
    }
    if (records == 0 && out.isEmpty()) {
      out.add(Article.quarantined(fileLevelId, path, FORMAT, "WARC file with no records"));
    }
    return out;
  }

  /** Whether a record's declared length matches its framing; if not, why, and where the next record starts. */
  private static final class Framing {
    final String problem;
    final int nextRecord;

    Framing(String problem, int nextRecord) {
      this.problem = problem;
      this.nextRecord = nextRecord;
    }
  }

  private static final byte[] END = {'\r', '\n', '\r', '\n'};
  private static final byte[] NEXT = "\r\n\r\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** Checks the record starting at {@code start} of an uncompressed WARC whose block is {@code length} bytes. */
  static Framing framing(byte[] bytes, int start, long length) {
    int headerEnd = indexOf(bytes, END, start);
    if (headerEnd < 0) {
      return new Framing(null, -1);
    }
    long blockEnd = headerEnd + 4L + length;
    if (blockEnd + 4 <= bytes.length && indexOf(bytes, END, (int) blockEnd) == blockEnd) {
      return new Framing(null, -1);
    }
    if (blockEnd > bytes.length) {
      return new Framing("record truncated: Content-Length " + length + " runs past the end of the file", -1);
    }
    int next = indexOf(bytes, NEXT, headerEnd + 4);
    long real = (next < 0 ? bytes.length : next) - headerEnd - 4L;
    return new Framing("record too short: Content-Length " + length + " but the record's block has " + real
        + " bytes; its text would be cut", next < 0 ? -1 : next + 4);
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The article a record carries, a quarantined row for a capture that is not a page, or null for non-captures. */
  private static Article toArticle(String path, WarcRecord record, ReadLimits limits) throws IOException {
    String id = recordId(record);
    if (record instanceof WarcResponse) {
      WarcResponse r = (WarcResponse) record;
      if (!r.contentType().base().equals(MediaType.HTTP)) {
        return page(path, id, r.target(), r.contentType(), r.body().stream(), limits);
      }
      HttpResponse http = r.http();
      if (http.status() < 200 || http.status() >= 300) {
        return Article.quarantined(id, path, FORMAT, "not an article: HTTP status " + http.status()
            + " for " + r.target());
      }
      return page(path, id, r.target(), http.contentType(), http.bodyDecoded().stream(), limits);
    }
    if (record instanceof WarcResource) {
      WarcResource r = (WarcResource) record;
      return page(path, id, r.target(), r.contentType(), r.body().stream(), limits);
    }
    return null;
  }

  private static Article page(String path, String id, String url, MediaType type, InputStream body,
      ReadLimits limits) throws IOException {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    boolean text = base.equals("text/plain");
    if (!html && !text) {
      return Article.quarantined(id, path, FORMAT, "not an article: " + base + " for " + url);
    }
    // a gzip-encoded HTTP body inflates here: read one byte past the limit, never all of it
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxRecordBytes() + 1));
    if (bytes.length > limits.maxRecordBytes()) {
      return Article.quarantined(id, path, FORMAT, limits.recordTooLarge("WARC record", -1));
    }
    Article a = Article.quarantined(id, path, FORMAT, "");
    a.setUrl(url);
    try {
      if (bytes.length == 0) {
        throw new Decoding.Failure("empty page");
      }
      if (html) {
        HtmlReader.Page page = HtmlReader.parse(Decoding.decodeHtml(bytes), url);
        DocumentReader.checkLength(page.text().length(), limits);
        DocumentReader.fillFromHtml(a, page, limits);
      } else {
        String plain = DocumentReader.crlfToLf(Decoding.decodeUtf8(bytes));
        DocumentReader.checkLength(plain.length(), limits);
        DocumentReader.fillFromText(a, plain, limits);
      }
    } catch (Decoding.Failure f) {
      return Article.quarantined(id, path, FORMAT, f.reason());
    }
    return a;
  }

  /** WARC-Record-ID without the angle brackets of its syntax: {@code urn:uuid:...}. */
  private static String recordId(WarcRecord record) {
    String raw = record.headers().first("WARC-Record-ID").orElse(record.id().toString()).trim();
    String id = raw.startsWith("<") && raw.endsWith(">") ? raw.substring(1, raw.length() - 1) : raw;
    return io.crossfact.model.Invisibles.strip(id);
  }
}
