package io.crossfact.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Bytes to text: gunzip, binary sniffing and strict charset decoding. Every failure is a {@link Failure} carrying
 * the quarantine reason, so callers never see an exception from bad content.
 */
final class Decoding {
  /** Share of control bytes above which content is not text (text files carry only tab, CR, LF, FF). */
  static final double MAX_CONTROL_SHARE = 0.05;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private Decoding() {}

  /** A problem that quarantines the document; {@code reason} is what lands in articles.csv. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String reason) {
      super(reason, null, false, false);
    }

    String reason() {
      return getMessage();
    }
  }

  /**
   * Inflates gzip data (all members), failing with a {@code truncated gzip: ...} reason on cut or corrupt input and
   * with {@code too large after decompression} past the limit (a gzip bomb stops there, before it fills the heap).
   */
  static byte[] gunzip(byte[] bytes, ReadLimits limits) throws Failure {
    if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
      throw new Failure(bytes.length == 0 ? "truncated gzip: empty file"
          : "truncated gzip: not gzip data (missing gzip header)");
    }
    long max = limits.maxDocumentBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, Math.max(64L, bytes.length * 4L)));
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes), buf.length)) {
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          throw new Failure(limits.tooLargeAfterDecompression());
        }
        out.write(buf, 0, n);
      }
    } catch (EOFException e) {
      throw new Failure("truncated gzip: unexpected end of compressed data after " + out.size()
          + " bytes of content");
    } catch (ZipException e) {
      throw new Failure("truncated gzip: corrupt compressed data (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new Failure("truncated gzip: " + e.getMessage());
    }
    return out.toByteArray();
  }

  /** True when the bytes are not text: any NUL byte, or too many control bytes. UTF-16 with a BOM is text. */
  static boolean isBinary(byte[] bytes) {
    return isBinary(bytes, bytes.length);
  }

  /**
   * Like {@link #isBinary(byte[])} but NUL bytes only count in the first {@code nulWindow} bytes: in a JSON lines
   * file a NUL further in breaks one record (the JSON parser rejects it), not the whole file.
   */
  static boolean isBinary(byte[] bytes, int nulWindow) {
    if (utf16Charset(bytes) != null) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0 && i < nulWindow) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        // NULs past the window count here, so a file of mostly NULs is still binary
        control++;
      }
    }
    return control > 0 && control > bytes.length * MAX_CONTROL_SHARE;
  }

  /**
   * JSON lines are split on byte 0x0A before decoding, which only works for UTF-8; a UTF-16 file (it has a BOM) is
   * converted first. Anything else is returned as is.
   */
  static byte[] utf16ToUtf8(byte[] bytes) throws Failure {
    return utf16Charset(bytes) == null ? bytes : decodeUtf8(bytes).getBytes(StandardCharsets.UTF_8);
  }

  /** Strict UTF-8 (a leading BOM dropped); UTF-16 when a UTF-16 BOM says so. */
  static String decodeUtf8(byte[] bytes) throws Failure {
    Charset utf16 = utf16Charset(bytes);
    if (utf16 != null) {
      return strict(bytes, 2, utf16, "UTF-16");
    }
    int skip = hasUtf8Bom(bytes) ? 3 : 0;
    return strict(bytes, skip, StandardCharsets.UTF_8, "UTF-8");
  }

  /**
   * Decodes an HTML page: valid UTF-8 wins (pages re-saved by scrapers often keep a stale legacy declaration, and
   * legacy text is almost never valid multi-byte UTF-8); otherwise the charset the page declares.
   */
  static String decodeHtml(byte[] bytes) throws Failure {
    Failure utf8Failure;
    try {
      return decodeUtf8(bytes);
    } catch (Failure f) {
      utf8Failure = f;
    }
    Charset declared = declaredCharset(bytes);
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      throw utf8Failure;
    }
    if (isSingleByteWestern(declared)) {
      // Browsers read every Latin-1 label as windows-1252 (WHATWG encoding standard); the five bytes it leaves
      // undefined become U+FFFD rather than failing a whole page.
      return lenient(bytes, Charset.forName("windows-1252"));
    }
    return strict(bytes, 0, declared, declared.name());
  }

  /** The charset a page declares in its first bytes ({@code <meta charset>}, http-equiv, XML declaration). */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    String label = m.find() ? m.group(1) : null;
    if (label == null) {
      Matcher x = XML_ENCODING.matcher(head);
      label = x.find() ? x.group(1) : null;
    }
    if (label == null) {
      return null;
    }
    String l = label.toLowerCase(Locale.ROOT);
    if (l.equals("latin1") || l.equals("latin-1") || l.equals("l1") || l.equals("ascii")) {
      l = "windows-1252";
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isSingleByteWestern(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii") || n.equals("iso-8859-15");
  }

  private static String strict(byte[] bytes, int skip, Charset cs, String label) throws Failure {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) ((bytes.length - skip) * (double) dec.maxCharsPerByte()) + 16));
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      throw new Failure("undecodable: not valid " + label + " at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }

  private static String lenient(byte[] bytes, Charset cs) throws Failure {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Failure("undecodable: " + cs.name() + " (" + e.getMessage() + ")");
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  static Charset utf16Charset(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }
}
