package io.crossfact.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.crossfact.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON lines: one article per line, each line read on its own so a broken or undecodable line costs only that
 * record. A {@code .json} file holding one pretty-printed object or an array of objects is read whole; its records
 * are numbered by the line they start on, so {@code <file name>:<line number>} ids still point at the record.
 */
final class JsonLinesReader {
  static final String FORMAT = "jsonl";
  private static final int MAX_MESSAGE = 120;
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** For reading records one after another from a whole document, where more tokens must follow. */
  private static final JsonMapper STREAMING = JsonMapper.builder().build();

  private JsonLinesReader() {}

  static List<Article> read(String path, String fileName, byte[] bytes) {
    return read(path, fileName, bytes, ReadLimits.unlimited());
  }

  static List<Article> read(String path, String fileName, byte[] bytes, ReadLimits limits) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    int first = skip;
    while (first < bytes.length && isSpace(bytes[first])) {
      first++;
    }
    int firstEnd = first;
    while (firstEnd < bytes.length && bytes[firstEnd] != '\n') {
      firstEnd++;
    }
    if (firstEnd - first > limits.maxRecordBytes()) {
      return readLines(path, fileName, bytes, skip, 0, 0, limits); // the first line is itself a record too large
    }
    if (first < bytes.length && bytes[first] == '[' && (!firstLineIsComplete(bytes, first) || !hasSecondLine(bytes, first))) {
      return readWhole(path, fileName, bytes, skip, limits); // a JSON array document, pretty-printed or on one line
    }
    if (first < bytes.length && bytes[first] == '{' && !firstLineIsComplete(bytes, first)) {
      // Either one pretty-printed object, or JSON lines whose first line is cut: whichever reading explains
      // the file better wins, so a cut first line does not hide the good lines after it.
      List<Article> whole = readWhole(path, fileName, bytes, skip, limits);
      if (!whole.isEmpty() && whole.get(whole.size() - 1).isOk()) {
        return whole;
      }
      List<Article> lines = readLines(path, fileName, bytes, skip, 0, 0, limits);
      return lines.stream().allMatch(a -> a.getReason().startsWith("broken JSON")) ? whole : lines;
    }
    return readLines(path, fileName, bytes, skip, 0, 0, limits);
  }

  /**
   * Whether a JSON-lines file may be read in byte ranges, judged from its head (its first bytes, which must hold the
   * whole first line): UTF-8 (no UTF-16 BOM, no NUL), and its first record a complete one-line object. A JSON array,
   * a pretty-printed object or a file whose first line is cut must be read whole, as {@link #read} does.
   */
  public static boolean splittable(byte[] head) {
    if (Decoding.isBinary(head, head.length) || Decoding.utf16Charset(head) != null) {
      return false;
    }
    int first = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf
        ? 3 : 0;
    while (first < head.length && isSpace(head[first]) && head[first] != '\n') {
      first++;
    }
    if (first >= head.length || head[first] != '{') {
      return false;
    }
    int nl = first;
    while (nl < head.length && head[nl] != '\n') {
      nl++;
    }
    return nl < head.length && firstLineIsComplete(head, first);
  }

  /**
   * Reads the JSON lines in {@code chunk}, a run of whole lines cut from a splittable file: {@code firstLineNo} is the
   * number of its first line in the file and {@code offset} the chunk's byte offset, so ids and reasons name the
   * same lines and bytes as reading the whole file would.
   */
  public static List<Article> readChunk(String path, byte[] chunk, long firstLineNo, long offset, ReadLimits limits) {
    String fileName = DocumentReader.FileName.of(path).fileName();
    int skip = offset == 0 && chunk.length >= 3 && (chunk[0] & 0xff) == 0xef && (chunk[1] & 0xff) == 0xbb
        && (chunk[2] & 0xff) == 0xbf ? 3 : 0;
    return readLines(path, fileName, chunk, skip, (int) firstLineNo - 1, offset, limits);
  }

  private static List<Article> readLines(String path, String fileName, byte[] bytes, int skip, int linesBefore,
      long offset, ReadLimits limits) {
    List<Article> out = new ArrayList<>();
    int lineNo = linesBefore;
    int start = skip;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      if (stop - start > limits.maxRecordBytes()) {
        // too large is not broken: say so, and do not hand a 300 MB line to the JSON parser
        out.add(Article.quarantined(fileName + ":" + lineNo, path, FORMAT,
            limits.recordTooLarge("line " + lineNo, stop - start)));
      } else if (!isBlank(bytes, start, stop)) {
        out.add(readLine(path, fileName, bytes, start, stop, lineNo, offset, limits));
      }
      if (end >= bytes.length) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  private static Article readLine(String path, String fileName, byte[] bytes, int start, int stop, int lineNo,
      long offset, ReadLimits limits) {
    String defaultId = fileName + ":" + lineNo;
    byte[] line = java.util.Arrays.copyOfRange(bytes, start, stop);
    String json;
    try {
      json = Decoding.decodeUtf8(line);
    } catch (Decoding.Failure f) {
      // report the offset in the file, not in the line
      String reason = f.reason();
      int at = reason.lastIndexOf(" at byte ");
      if (at >= 0) {
        long rel = Long.parseLong(reason.substring(at + 9));
        reason = reason.substring(0, at) + " at byte " + (offset + start + rel) + " (line " + lineNo + ")";
      }
      return Article.quarantined(defaultId, path, FORMAT, reason);
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return Article.quarantined(defaultId, path, FORMAT, "broken JSON at line " + lineNo + ": " + shortMessage(e));
    }
    return toArticle(node, defaultId, path, lineNo, limits);
  }

  private static List<Article> readWhole(String path, String fileName, byte[] bytes, int skip, ReadLimits limits) {
    List<Article> out = new ArrayList<>();
    String json;
    try {
      json = Decoding.decodeUtf8(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    } catch (Decoding.Failure f) {
      String reason = f.reason();
      int at = reason.lastIndexOf(" at byte ");
      if (at >= 0) {
        reason = reason.substring(0, at) + " at byte " + (skip + Long.parseLong(reason.substring(at + 9)));
      }
      out.add(Article.quarantined(fileName, path, FORMAT, reason));
      return out;
    }
    int line = 1;
    try (JsonParser p = STREAMING.getFactory().createParser(json)) {
      JsonToken t = p.nextToken();
      boolean array = t == JsonToken.START_ARRAY;
      if (array) {
        t = p.nextToken();
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        line = p.currentTokenLocation().getLineNr();
        JsonNode node = STREAMING.readTree(p);
        out.add(toArticle(node, fileName + ":" + line, path, line, limits));
        if (!array) {
          break;
        }
        t = p.nextToken();
      }
      if (p.nextToken() != null) {
        line = p.currentTokenLocation().getLineNr();
        out.add(Article.quarantined(fileName + ":" + line, path, FORMAT,
            "broken JSON at line " + line + ": unexpected content after the end of the document"));
      }
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      out.add(Article.quarantined(fileName + ":" + at, path, FORMAT,
          "broken JSON at line " + at + ": " + shortMessage(e)));
    } catch (IOException e) {
      out.add(Article.quarantined(fileName, path, FORMAT, "broken JSON: " + e.getMessage()));
    }
    return out;
  }

  /** One record to an article; a failure nobody foresaw costs that record only, never its neighbours. */
  static Article toArticle(JsonNode node, String defaultId, String path, int lineNo, ReadLimits limits) {
    try {
      return recordToArticle(node, defaultId, path, lineNo, limits);
    } catch (RuntimeException | StackOverflowError e) {
      String id = scalar(node, "id").strip();
      return Article.quarantined(id.isEmpty() ? defaultId : id, path, FORMAT, DocumentReader.unreadable(e));
    }
  }

  /** Explicit fields win over what the text or HTML says about itself. */
  private static Article recordToArticle(JsonNode node, String defaultId, String path, int lineNo,
      ReadLimits limits) {
    if (!node.isObject()) {
      return Article.quarantined(defaultId, path, FORMAT, "broken JSON at line " + lineNo + ": expected an object, found "
          + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String id = scalar(node, "id");
    String url = scalar(node, "url");
    String source = scalar(node, "source");
    String published = MetadataInferrer.isoDate(scalar(node, "published"));
    String title = scalar(node, "title").strip();
    String cleanId = io.crossfact.model.Invisibles.strip(id).strip();
    Article a = Article.quarantined(cleanId.isEmpty() ? defaultId : cleanId, path, FORMAT, "");
    a.setUrl(url.strip());
    a.setSource(source.strip());
    a.setPublished(published);
    a.setTitle(title);
    JsonNode textNode = node.get("text");
    JsonNode htmlNode = node.get("html");
    boolean hasText = textNode != null && !textNode.isNull();
    boolean hasHtml = htmlNode != null && !htmlNode.isNull();
    if (!hasText && !hasHtml) {
      a.setReason("no text or html field");
      return a;
    }
    if (hasText && !textNode.isValueNode() || !hasText && !htmlNode.isValueNode()) {
      a.setReason((hasText ? "text" : "html") + " field is not a string");
      return a;
    }
    String text = hasText ? textNode.asText() : "";
    if (text.isBlank() && hasHtml && htmlNode.isValueNode() && !htmlNode.asText().isBlank()) {
      HtmlReader.Page page = HtmlReader.parse(htmlNode.asText(), a.getUrl());
      if (page.text().length() > limits.maxChars()) {
        a.setReason(limits.tooLong(page.text().length()));
        return a;
      }
      DocumentReader.fillFromHtml(a, page, limits);
      return a;
    }
    if (text.isBlank()) {
      a.setReason("whitespace only");
      return a;
    }
    if (text.length() > limits.maxChars()) {
      a.setReason(limits.tooLong(text.length()));
      return a;
    }
    DocumentReader.fillFromText(a, text, limits);
    return a;
  }

  private static String scalar(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText("");
  }

  private static boolean firstLineIsComplete(byte[] bytes, int first) {
    int end = first;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    try {
      MAPPER.readTree(new String(bytes, first, end - first, StandardCharsets.UTF_8));
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean hasSecondLine(byte[] bytes, int first) {
    int nl = first;
    while (nl < bytes.length && bytes[nl] != '\n') {
      nl++;
    }
    return nl < bytes.length && !isBlank(bytes, nl, bytes.length);
  }

  private static String shortMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    m = m.strip();
    return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE - 3) + "..." : m;
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
  }
}
