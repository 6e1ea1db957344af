package io.crossfact.report;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writers and readers for the three contract CSV files: {@code discrepancies.csv}, {@code assertions.csv} and
 * {@code articles.csv}.
 *
 * <p>Format: {@link CSVFormat#RFC4180} as is, so records end with CRLF (as RFC 4180 specifies, and as Excel and
 * LibreOffice expect); fields are quoted only when they contain a comma, a double quote, CR or LF, and quotes inside
 * are doubled. Line breaks inside article text are kept verbatim inside the quoted field. The contract columns come
 * first in contract order; extension columns follow at the end, so readers that address columns by name or by
 * position in the contract both keep working.
 *
 * <p>Values are written exactly as they are in the beans. Cells are not defused against spreadsheet formula
 * injection (a quote beginning with {@code =}): prefixing them would corrupt the data for the scripts that read these
 * files, so spreadsheets should import them as text.
 *
 * <p>Rows are written in the order the iterator gives them: the caller sorts, with {@link #FINDING_ORDER},
 * {@link #ASSERTION_ORDER} or {@link #ARTICLE_ORDER}, so the bytes are the same on every run. The writers flush but
 * never close the {@link Writer}; it belongs to the caller.
 */
public final class CsvReports {
  private CsvReports() {}

  /** The contract columns of discrepancies.csv followed by the extension columns. */
  public static final List<String> DISCREPANCY_COLUMNS = List.of(
      "id", "type", "severity", "score", "subject", "key",
      "value_a", "article_a", "source_a", "published_a", "evidence_a",
      "value_b", "article_b", "source_b", "published_b", "evidence_b",
      "explanation",
      "start_a", "end_a", "start_b", "end_b", "url_a", "url_b", "signals",
      "status", "first_seen");

  /** The contract columns of assertions.csv followed by the extension columns. */
  public static final List<String> ASSERTION_COLUMNS = List.of(
      "article_id", "kind", "subject", "predicate", "value", "unit", "qualifier", "scope", "period", "text",
      "start", "end",
      "cue", "speaker_kind", "low", "high");

  /** The contract columns of articles.csv followed by the extension columns. */
  public static final List<String> ARTICLE_COLUMNS = List.of(
      "article_id", "source", "url", "published", "title", "status", "reason", "chars", "assertions",
      "path", "format", "cluster", "story");

  /** Type, then severity high to low, then score high to low, then id: the most serious findings of a type first. */
  public static final Comparator<Finding> FINDING_ORDER = new FindingOrder();

  /** Article, then position in the article; kind, end and value break ties between assertions at one offset. */
  public static final Comparator<Assertion> ASSERTION_ORDER = new AssertionOrder();

  /** By article id. */
  public static final Comparator<ArticleSummary> ARTICLE_ORDER = new ArticleOrder();

  // Named classes rather than composed lambdas: Spark ships comparators to executors (takeOrdered, sortBy), so they
  // must serialize, and Comparator.comparing(...) chains do not.
  private static final class FindingOrder implements Comparator<Finding>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Finding a, Finding b) {
      int c = a.getType().compareTo(b.getType());
      if (c == 0) {
        c = Integer.compare(severityRank(a.getSeverity()), severityRank(b.getSeverity()));
      }
      if (c == 0) {
        c = Double.compare(b.getScore(), a.getScore());
      }
      return c != 0 ? c : a.getId().compareTo(b.getId());
    }
  }

  private static final class AssertionOrder implements Comparator<Assertion>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Assertion a, Assertion b) {
      int c = a.getArticleId().compareTo(b.getArticleId());
      if (c == 0) {
        c = Integer.compare(a.getStart(), b.getStart());
      }
      if (c == 0) {
        c = a.getKind().compareTo(b.getKind());
      }
      if (c == 0) {
        c = Integer.compare(a.getEnd(), b.getEnd());
      }
      return c != 0 ? c : a.getValue().compareTo(b.getValue());
    }
  }

  private static final class ArticleOrder implements Comparator<ArticleSummary>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(ArticleSummary a, ArticleSummary b) {
      return a.getArticleId().compareTo(b.getArticleId());
    }
  }

  /** 0 for high, 1 for medium, 2 for low, 3 for anything else, so unknown severities sort last. */
  static int severityRank(String severity) {
    switch (severity) {
      case Finding.HIGH: return 0;
      case Finding.MEDIUM: return 1;
      case Finding.LOW: return 2;
      default: return 3;
    }
  }

  private static void print(CSVPrinter p, boolean raw, Object... values) throws IOException {
    if (!raw) {
      for (int i = 0; i < values.length; i++) {
        values[i] = CsvCells.escape(values[i]);
      }
    }
    p.printRecord(values);
  }

  private static CSVFormat format(List<String> columns) {
    return CSVFormat.RFC4180.builder().setHeader(columns.toArray(new String[0])).build();
  }

  /** Writes discrepancies.csv: the header, then one record per finding in iterator order. */
  public static void writeDiscrepancies(Writer w, Iterator<Finding> rows) throws IOException {
    writeDiscrepancies(w, rows, false);
  }

  /** As above; {@code raw}: cells as they are, without the apostrophe before a formula start (csv.rawCells). */
  public static void writeDiscrepancies(Writer w, Iterator<Finding> rows, boolean raw) throws IOException {
    CSVPrinter p = new CSVPrinter(w, format(DISCREPANCY_COLUMNS));
    while (rows.hasNext()) {
      Finding f = rows.next();
      print(p, raw,
          f.getId(), f.getType(), f.getSeverity(), score(f.getScore()), f.getSubject(), f.getKey(),
          f.getValueA(), f.getArticleA(), f.getSourceA(), f.getPublishedA(), f.getEvidenceA(),
          f.getValueB(), f.getArticleB(), f.getSourceB(), f.getPublishedB(), f.getEvidenceB(),
          f.getExplanation(),
          f.getStartA(), f.getEndA(), f.getStartB(), f.getEndB(), f.getUrlA(), f.getUrlB(), f.getSignals(),
          f.getStatus(), f.getFirstSeen());
    }
    p.flush();
  }

  /** Writes assertions.csv; {@code low} and {@code high} are filled for figures only. */
  public static void writeAssertions(Writer w, Iterator<Assertion> rows) throws IOException {
    writeAssertions(w, rows, false);
  }

  /** As above; {@code raw}: cells as they are, without the apostrophe before a formula start (csv.rawCells). */
  public static void writeAssertions(Writer w, Iterator<Assertion> rows, boolean raw) throws IOException {
    CSVPrinter p = new CSVPrinter(w, format(ASSERTION_COLUMNS));
    while (rows.hasNext()) {
      Assertion a = rows.next();
      boolean figure = Assertion.FIGURE.equals(a.getKind());
      print(p, raw,
          a.getArticleId(), a.getKind(), a.getSubject(), a.getPredicate(), a.getValue(), a.getUnit(),
          a.getQualifier(), a.getScope(), a.getPeriod(), a.getText(), a.getStart(), a.getEnd(),
          a.getCue(), a.getSpeakerKind(), figure ? plain(a.getLow()) : "", figure ? plain(a.getHigh()) : "");
    }
    p.flush();
  }

  /** Writes articles.csv. */
  public static void writeArticles(Writer w, Iterator<ArticleSummary> rows) throws IOException {
    writeArticles(w, rows, false);
  }

  /** As above; {@code raw}: cells as they are, without the apostrophe before a formula start (csv.rawCells). */
  public static void writeArticles(Writer w, Iterator<ArticleSummary> rows, boolean raw) throws IOException {
    CSVPrinter p = new CSVPrinter(w, format(ARTICLE_COLUMNS));
    while (rows.hasNext()) {
      ArticleSummary s = rows.next();
      print(p, raw,
          s.getArticleId(), s.getSource(), s.getUrl(), s.getPublished(), s.getTitle(), s.getStatus(),
          s.getReason(), s.getChars(), s.getAssertions(), s.getPath(), s.getFormat(), s.getCluster(),
          s.getStory());
    }
    p.flush();
  }

  /** A score as written in discrepancies.csv: three decimals, a dot, whatever the default locale. */
  public static String score(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }

  /**
   * A plain decimal without exponent or trailing zeros ({@code 1400000}, {@code 0.25}); infinities and NaN are
   * written the way {@link Double#parseDouble} reads them back.
   */
  static String plain(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (d == 0) {
      return "0";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * Reads a discrepancies.csv written by {@link #writeDiscrepancies} or by an earlier version: columns are matched
   * by header name, and extension columns a file lacks are left at their defaults (a file written before triage
   * existed reads with status {@code open} and an empty {@code first_seen}).
   *
   * @throws IllegalArgumentException when a contract column is missing or a number does not parse, naming the
   *     record and column
   * @throws UncheckedIOException when reading fails or the CSV syntax is broken (e.g. an unterminated quote;
   *     commons-csv reports both as I/O errors)
   */
  public static List<Finding> readDiscrepancies(Reader r) {
    List<Finding> out = new ArrayList<>();
    read(r, DISCREPANCY_COLUMNS.subList(0, 17), rec -> {
      Finding f = new Finding();
      f.setId(cell(rec, "id"));
      f.setType(cell(rec, "type"));
      f.setSeverity(cell(rec, "severity"));
      f.setScore(dbl(rec, "score"));
      f.setSubject(cell(rec, "subject"));
      f.setKey(cell(rec, "key"));
      f.setValueA(cell(rec, "value_a"));
      f.setArticleA(cell(rec, "article_a"));
      f.setSourceA(cell(rec, "source_a"));
      f.setPublishedA(cell(rec, "published_a"));
      f.setEvidenceA(cell(rec, "evidence_a"));
      f.setValueB(cell(rec, "value_b"));
      f.setArticleB(cell(rec, "article_b"));
      f.setSourceB(cell(rec, "source_b"));
      f.setPublishedB(cell(rec, "published_b"));
      f.setEvidenceB(cell(rec, "evidence_b"));
      f.setExplanation(cell(rec, "explanation"));
      f.setStartA(integer(rec, "start_a"));
      f.setEndA(integer(rec, "end_a"));
      f.setStartB(integer(rec, "start_b"));
      f.setEndB(integer(rec, "end_b"));
      f.setUrlA(opt(rec, "url_a"));
      f.setUrlB(opt(rec, "url_b"));
      f.setSignals(opt(rec, "signals"));
      f.setStatus(opt(rec, "status"));
      f.setFirstSeen(opt(rec, "first_seen"));
      out.add(f);
    });
    return out;
  }

  /** Reads an assertions.csv by header name; see {@link #readDiscrepancies} for the failure modes. */
  public static List<Assertion> readAssertions(Reader r) {
    List<Assertion> out = new ArrayList<>();
    read(r, ASSERTION_COLUMNS.subList(0, 12), rec -> {
      Assertion a = new Assertion();
      a.setArticleId(cell(rec, "article_id"));
      a.setKind(cell(rec, "kind"));
      a.setSubject(cell(rec, "subject"));
      a.setPredicate(cell(rec, "predicate"));
      a.setValue(cell(rec, "value"));
      a.setUnit(cell(rec, "unit"));
      a.setQualifier(cell(rec, "qualifier"));
      a.setScope(cell(rec, "scope"));
      a.setPeriod(cell(rec, "period"));
      a.setText(cell(rec, "text"));
      a.setStart(integer(rec, "start"));
      a.setEnd(integer(rec, "end"));
      a.setCue(opt(rec, "cue"));
      a.setSpeakerKind(opt(rec, "speaker_kind"));
      a.setLow(dbl(rec, "low"));
      a.setHigh(dbl(rec, "high"));
      out.add(a);
    });
    return out;
  }

  /** Reads an articles.csv by header name; see {@link #readDiscrepancies} for the failure modes. */
  public static List<ArticleSummary> readArticles(Reader r) {
    List<ArticleSummary> out = new ArrayList<>();
    read(r, ARTICLE_COLUMNS.subList(0, 9), rec -> {
      ArticleSummary s = new ArticleSummary();
      s.setArticleId(cell(rec, "article_id"));
      s.setSource(cell(rec, "source"));
      s.setUrl(cell(rec, "url"));
      s.setPublished(cell(rec, "published"));
      s.setTitle(cell(rec, "title"));
      s.setStatus(cell(rec, "status"));
      s.setReason(cell(rec, "reason"));
      s.setChars(integer(rec, "chars"));
      s.setAssertions((long) dbl(rec, "assertions"));
      s.setPath(opt(rec, "path"));
      s.setFormat(opt(rec, "format"));
      s.setCluster(opt(rec, "cluster"));
      s.setStory(opt(rec, "story"));
      out.add(s);
    });
    return out;
  }

  private interface RecordSink {
    void accept(CSVRecord rec);
  }

  private static void read(Reader r, List<String> required, RecordSink sink) {
    CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(r, fmt)) {
      Map<String, Integer> header = parser.getHeaderMap();
      List<String> missing = new ArrayList<>();
      for (String c : required) {
        if (!header.containsKey(c)) {
          missing.add(c);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("CSV header lacks column(s) " + String.join(", ", missing));
      }
      for (CSVRecord rec : parser) {
        if (!rec.isConsistent()) {
          throw new IllegalArgumentException("CSV record " + rec.getRecordNumber() + " has " + rec.size()
              + " fields, the header has " + header.size());
        }
        sink.accept(rec);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String opt(CSVRecord rec, String column) {
    return rec.isMapped(column) ? cell(rec, column) : "";
  }

  /** A cell's value, the apostrophe before a formula start (see {@link CsvCells}) removed. */
  private static String cell(CSVRecord rec, String column) {
    return CsvCells.unescape(rec.get(column));
  }

  private static int integer(CSVRecord rec, String column) {
    String v = opt(rec, column);
    if (v.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw badNumber(rec, column, v);
    }
  }

  private static double dbl(CSVRecord rec, String column) {
    String v = opt(rec, column);
    if (v.isEmpty()) {
      return 0;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw badNumber(rec, column, v);
    }
  }

  private static IllegalArgumentException badNumber(CSVRecord rec, String column, String v) {
    return new IllegalArgumentException("CSV record " + rec.getRecordNumber() + ": " + column + " = '" + v
        + "' is not a number");
  }
}
