package io.crossfact.ingest;

import io.crossfact.model.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one input file into articles: the entry point the Spark stage calls once per file.
 *
 * <p>The format comes from the file name ({@code .txt}, {@code .html}/{@code .htm}, {@code .json}/{@code .jsonl}/
 * {@code .ndjson}, each optionally {@code .gz}). Nothing in a file's content makes this throw: an empty, binary,
 * undecodable, truncated or unsupported file, a broken JSON line or a page with no words becomes an article with
 * status {@code quarantined} and a reason, next to the good articles of the same file.
 */
public final class DocumentReader {
  static final String TXT = "txt";
  static final String HTML = "html";
  /** A compressed or binary file misnamed .jsonl shows NUL bytes at once; later ones are one bad record. */
  static final int JSON_NUL_WINDOW = 8192;

  private DocumentReader() {}

  /**
   * Reads one input file into zero or more Articles (a JSON lines file holds many). Never throws on bad content:
   * every problem becomes an Article with status "quarantined" and a clear reason.
   *
   * @param path a plain path or a URI ({@code file:/x/y/004_92ec4b.txt.gz}); its last segment names the file
   * @param bytes the file's bytes as stored (still compressed for {@code .gz})
   */
  public static List<Article> read(String path, byte[] bytes) {
    return read(path, bytes, ReadLimits.unlimited());
  }

  /** As {@link #read(String, byte[])}, within the limits (decompressed bytes, record bytes, characters). */
  public static List<Article> read(String path, byte[] bytes, ReadLimits limits) {
    String p = path == null ? "" : path;
    FileName name = FileName.of(p);
    try {
      return readChecked(p, name, bytes == null ? new byte[0] : bytes, limits);
    } catch (RuntimeException | StackOverflowError e) {
      // a safety net for the executor: one pathological file must not fail the whole job
      return List.of(Article.quarantined(name.fileLevelId(), p, name.format(), unreadable(e)));
    }
  }

  /** An uncompressed JSON-lines file: the one format that can be read in byte ranges (see JsonLinesReader#splittable). */
  public static boolean isPlainJsonLines(String path) {
    FileName name = FileName.of(path == null ? "" : path);
    return name.format().equals(JsonLinesReader.FORMAT) && !name.gzipped();
  }

  /** Whether a JSON-lines file with this head may be read in byte ranges (see JsonLinesReader#splittable). */
  public static boolean jsonLinesSplittable(byte[] head) {
    return JsonLinesReader.splittable(head);
  }

  /** The records of a run of whole lines cut from a splittable JSON-lines file (see JsonLinesReader#readChunk). */
  public static List<Article> readJsonLinesChunk(String path, byte[] chunk, long firstLineNo, long offset) {
    return readJsonLinesChunk(path, chunk, firstLineNo, offset, ReadLimits.unlimited());
  }

  /** As above, within the limits. */
  public static List<Article> readJsonLinesChunk(String path, byte[] chunk, long firstLineNo, long offset,
      ReadLimits limits) {
    try {
      return JsonLinesReader.readChunk(path, chunk, firstLineNo, offset, limits);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(Article.quarantined(FileName.of(path).fileLevelId() + "@" + offset, path, JsonLinesReader.FORMAT,
          unreadable(e)));
    }
  }

  /** The article id the contract gives a file-level document: the file name without its extensions. */
  public static String articleIdOf(String path) {
    return FileName.of(path == null ? "" : path).fileLevelId();
  }

  /** The reason for a failure nobody foresaw: one line, short, naming the exception. */
  static String unreadable(Throwable e) {
    String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").strip();
    String reason = "unreadable: " + e.getClass().getSimpleName() + m;
    return reason.length() > 200 ? reason.substring(0, 197) + "..." : reason;
  }

  /** The file name of a path or URI (its last segment, percent-decoded for a URI). */
  public static String fileNameOf(String path) {
    return FileName.of(path == null ? "" : path).fileName();
  }

  /** The quarantined row that stands for a whole file (id, path and format from its name). */
  public static Article quarantinedFile(String path, String reason) {
    FileName name = FileName.of(path == null ? "" : path);
    return Article.quarantined(name.fileLevelId(), path, name.format(), reason);
  }

  private static List<Article> readChecked(String path, FileName name, byte[] raw, ReadLimits limits) {
    if (name.format().isEmpty() || !name.supported()) {
      return List.of(Article.quarantined(name.fileLevelId(), path, name.format(), "unsupported format: "
          + (name.extension().isEmpty() ? "no file extension" : "." + name.extension())));
    }
    if (name.format().equals(WarcFileReader.FORMAT)) {
      // jwarc reads gzip members itself, record by record, so a damaged tail still yields the records before it
      return WarcFileReader.read(path, name.fileLevelId(), raw, limits);
    }
    byte[] bytes = raw;
    try {
      if (name.gzipped()) {
        bytes = Decoding.gunzip(raw, limits);
      } else if (raw.length > limits.maxDocumentBytes()) {
        throw new Decoding.Failure(limits.tooLarge(raw.length));
      }
      if (bytes.length == 0) {
        throw new Decoding.Failure("empty file");
      }
      boolean jsonLines = name.format().equals(JsonLinesReader.FORMAT);
      if (jsonLines ? Decoding.isBinary(bytes, JSON_NUL_WINDOW) : Decoding.isBinary(bytes)) {
        throw new Decoding.Failure("binary content");
      }
      if (jsonLines) {
        return JsonLinesReader.read(path, name.fileName(), Decoding.utf16ToUtf8(bytes), limits);
      }
      Article a = Article.quarantined(name.fileLevelId(), path, name.format(), "");
      if (name.format().equals(HTML)) {
        String html = Decoding.decodeHtml(bytes);
        if (html.isBlank()) {
          throw new Decoding.Failure("whitespace only");
        }
        HtmlReader.Page page = HtmlReader.parse(html, "");
        checkLength(page.text().length(), limits);
        fillFromHtml(a, page, limits);
      } else {
        String text = crlfToLf(Decoding.decodeUtf8(bytes));
        if (text.isBlank()) {
          throw new Decoding.Failure("whitespace only");
        }
        checkLength(text.length(), limits);
        fillFromText(a, text, limits);
      }
      return List.of(a);
    } catch (Decoding.Failure f) {
      return List.of(Article.quarantined(name.fileLevelId(), path, name.format(), f.reason()));
    }
  }

  /** The per-document character budget: a longer text is quarantined before cleaning and extraction see it. */
  static void checkLength(long chars, ReadLimits limits) throws Decoding.Failure {
    if (chars > limits.maxChars()) {
      throw new Decoding.Failure(limits.tooLong(chars));
    }
  }

  /**
   * Sets text, body, markers and the metadata the text states where the article has none yet; sets the status.
   * With {@link ReadLimits#decodeOnly} limits, the body is the text as decoded and nothing is inferred.
   */
  static void fillFromText(Article a, String text, ReadLimits limits) {
    if (!limits.cleans()) {
      decodedOnly(a, text);
      return;
    }
    BoilerplateBlanker.Result cleaned = BoilerplateBlanker.blank(text);
    a.setText(text);
    a.setBody(cleaned.body());
    a.setMarkers(cleaned.markerString());
    applyInferred(a, MetadataInferrer.infer(text, cleaned.body()));
    settle(a);
  }

  /** Like {@link #fillFromText} for a rendered page; the page's own meta tags come before what its text says. */
  static void fillFromHtml(Article a, HtmlReader.Page page, ReadLimits limits) {
    if (!limits.cleans()) {
      decodedOnly(a, page.text());
      return;
    }
    BoilerplateBlanker.Result cleaned = BoilerplateBlanker.blank(page.text());
    a.setText(page.text());
    a.setBody(cleaned.body());
    List<String> markers = new ArrayList<>(cleaned.markers());
    markers.addAll(page.markers());
    a.setMarkers(BoilerplateBlanker.joinMarkers(markers));
    if (a.getUrl().isEmpty()) {
      a.setUrl(page.url());
    }
    if (a.getTitle().isEmpty()) {
      a.setTitle(page.title());
    }
    if (a.getSource().isEmpty()) {
      a.setSource(page.source());
    }
    if (a.getPublished().isEmpty()) {
      a.setPublished(page.published());
    }
    MetadataInferrer.Inferred inferred = MetadataInferrer.infer(page.text(), cleaned.body());
    if (a.getSource().isEmpty() && !a.getUrl().isEmpty()) {
      a.setSource(MetadataInferrer.hostOf(a.getUrl()));
    }
    applyInferred(a, inferred);
    settle(a);
  }

  private static void decodedOnly(Article a, String text) {
    a.setText(text);
    a.setBody(text);
    a.setMarkers("");
    settle(a);
  }

  private static void applyInferred(Article a, MetadataInferrer.Inferred inferred) {
    if (a.getTitle().isEmpty()) {
      a.setTitle(inferred.title());
    }
    if (a.getUrl().isEmpty()) {
      a.setUrl(inferred.url());
    }
    if (a.getPublished().isEmpty()) {
      a.setPublished(inferred.published());
    }
    if (a.getSource().isEmpty()) {
      a.setSource(inferred.source());
    }
    if (a.getSource().isEmpty() && !a.getUrl().isEmpty()) {
      a.setSource(MetadataInferrer.hostOf(a.getUrl()));
    }
    if (a.getPublished().isEmpty()) {
      a.setPublished(MetadataInferrer.dateFromUrl(a.getUrl()));
    }
  }

  private static void settle(Article a) {
    if (a.getText().isBlank()) {
      a.setStatus(Article.QUARANTINED);
      a.setReason(a.getFormat().equals(HTML) ? "no words after cleaning: the page has no visible text"
          : "whitespace only");
    } else if (!BoilerplateBlanker.hasWords(a.getBody())) {
      a.setStatus(Article.QUARANTINED);
      a.setReason("no words after cleaning");
    } else {
      a.setStatus(Article.OK);
      a.setReason("");
    }
  }

  static String crlfToLf(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n");
  }

  /** What the file name says: format, compression, and the ids derived from it. */
  record FileName(String fileName, String stem, String extension, boolean gzipped) {
    /** Two letters at least, so a Windows drive ({@code C:\\data}) is not taken for a scheme. */
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    static FileName of(String path) {
      String p = path;
      int cut = indexOfAny(p, '?', '#');
      boolean uri = URI_SCHEME.matcher(p).lookingAt();
      if (uri && cut >= 0) {
        p = p.substring(0, cut);
      }
      while (p.endsWith("/") || p.endsWith("\\")) {
        p = p.substring(0, p.length() - 1);
      }
      String name = p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
      if (uri) {
        name = percentDecode(name);
      }
      String lower = name.toLowerCase(Locale.ROOT);
      boolean gz = lower.endsWith(".gz") && lower.length() > 3;
      String inner = gz ? name.substring(0, name.length() - 3) : name;
      int dot = inner.lastIndexOf('.');
      String ext = dot > 0 ? inner.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
      String stem = dot > 0 ? inner.substring(0, dot) : inner;
      return new FileName(name, stem, ext, gz);
    }

    String format() {
      switch (extension) {
        case "txt":
          return TXT;
        case "html":
        case "htm":
          return HTML;
        case "json":
        case "jsonl":
        case "ndjson":
          return JsonLinesReader.FORMAT;
        default:
          return extension;
      }
    }

    boolean supported() {
      String f = format();
      return f.equals(TXT) || f.equals(HTML) || f.equals(JsonLinesReader.FORMAT) || f.equals(WarcFileReader.FORMAT);
    }

    /**
     * The id of an article that stands for the whole file: the name without its extensions for txt and html (the
     * contract's rule), the full file name for a JSON lines file (the prefix of its records' fallback ids).
     */
    String fileLevelId() {
      return io.crossfact.model.Invisibles.strip(format().equals(JsonLinesReader.FORMAT) ? fileName : stem);
    }

    private static int indexOfAny(String s, char a, char b) {
      int i = s.indexOf(a);
      int j = s.indexOf(b);
      return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String percentDecode(String s) {
      if (s.indexOf('%') < 0) {
        return s;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int i = 0;
      while (i < s.length()) {
        if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 3;
        } else {
          int cp = s.codePointAt(i);
          byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
          out.write(b, 0, b.length);
          i += Character.charCount(cp);
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
      return Character.digit(c, 16) >= 0;
    }
  }
}
