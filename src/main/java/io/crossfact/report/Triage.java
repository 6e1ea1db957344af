package io.crossfact.report;

import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reviewers' decisions carried from night to night, and the comparison of one run's findings with the previous
 * run's.
 *
 * <p>The triage file is a CSV with the header {@code id,status,note,reviewer,date} (column order free, names
 * matched without regard to case; only {@code id} and {@code status} are required), one decision per line, status
 * {@code confirmed}, {@code dismissed} or {@code open}. Reviewers append to it in a spreadsheet or an editor, so
 * loading is forgiving where nothing can be lost (a byte order mark, blank lines, {@code #} comment lines, missing
 * trailing columns, a later line for the same id overriding an earlier one) and strict where a decision would
 * otherwise be misread: an empty id, or more fields than the header (a note with an unquoted comma) stop the load
 * with the file, the line and the value in the message.
 *
 * <p>Nothing is dropped silently. Statuses are the three lower-case words; one written in other case
 * ({@code Dismissed}) is read as its lower-case form and warned about; one that is not a status at all
 * ({@code wontfix}) is left out and warned about; a decision on an id the run does not report is warned about by
 * {@link #warnings(Collection)}. The run lists these warnings in run.json ({@code triageWarnings}) and on the console.
 */
public final class Triage {
  public static final String OPEN = "open";
  public static final String CONFIRMED = "confirmed";
  public static final String DISMISSED = "dismissed";
  /** Accepted statuses, in the order the report lists them. */
  public static final List<String> STATUSES = List.of(OPEN, CONFIRMED, DISMISSED);
  /** The triage file's columns, in the order reviewers are told to write them. */
  public static final List<String> COLUMNS = List.of("id", "status", "note", "reviewer", "date");

  /** One reviewer's decision on a finding; {@code line} is where it stands in the triage file (1-based). */
  public record Decision(String id, String status, String note, String reviewer, String date, int line) {}

  /**
   * How this run's findings relate to the previous run's: {@code findingsNew} + {@code findingsKnown} is the number
   * of distinct ids of this run; {@code findingsDismissed} counts this run's findings a reviewer dismissed, whether
   * new or known; {@code findingsResolved} counts the previous run's ids this run no longer reports.
   */
  public record Counts(long findingsNew, long findingsKnown, long findingsDismissed, long findingsResolved) {}

  private final String source;
  private final Map<String, Decision> decisions;
  private final List<String> parseWarnings;

  private Triage(String source, Map<String, Decision> decisions, List<String> parseWarnings) {
    this.source = source;
    this.decisions = Collections.unmodifiableMap(decisions);
    this.parseWarnings = List.copyOf(parseWarnings);
  }

  /** No decisions: the run without a triage file. */
  public static Triage empty() {
    return new Triage("", new TreeMap<>(), List.of());
  }

  /**
   * Where the nightly job finds reviewers' decisions when neither {@code --triage} nor {@code triage.file} names a
   * file: {@code triage.csv} (the name report.html's export downloads) in the newest night folder of
   * {@code reports} before {@code night} that has one. Null when there is none.
   */
  public static Path previousNightFile(Path reports, String night) {
    if (reports == null || !Files.isDirectory(reports)) {
      return null;
    }
    try (java.util.stream.Stream<Path> dirs = Files.list(reports)) {
      return dirs.filter(d -> NIGHT.matcher(d.getFileName().toString()).matches())
          .filter(d -> d.getFileName().toString().compareTo(night) < 0)
          .sorted(java.util.Comparator.comparing((Path d) -> d.getFileName().toString()).reversed())
          .map(d -> d.resolve(FILE_NAME))
          .filter(Files::isRegularFile)
          .findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + reports, e);
    }
  }

  /** The file name the report's export downloads and the nightly job looks for. */
  public static final String FILE_NAME = "triage.csv";
  private static final java.util.regex.Pattern NIGHT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Reads a triage file (UTF-8).
   *
   * @throws IllegalArgumentException when the file is missing, is not UTF-8, lacks the {@code id} or {@code status}
   *     column, or a line has an unknown status, an empty id or too many fields; the message names the file, the
   *     line and the offending value
   * @throws UncheckedIOException when reading fails otherwise
   */
  public static Triage load(Path csv) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(csv);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("triage file " + csv + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("triage file " + csv + " is not UTF-8 text; save it as CSV UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read triage file " + csv, e);
    }
    return parse(csv.toString(), text);
  }

  /** Parses triage CSV text; {@code source} names it in error messages. See {@link #load}. */
  static Triage parse(String source, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat fmt = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true).build();
    Map<String, Decision> out = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), fmt)) {
      Map<String, Integer> columns = null;
      for (CSVRecord rec : parser) {
        if (blank(rec)) {
          continue;
        }
        int line = lineOf(text, rec.getCharacterPosition());
        if (columns == null) {
          columns = header(source, rec, line);
          continue;
        }
        if (rec.size() > columns.size()) {
          throw new IllegalArgumentException(where(source, line) + "has " + rec.size() + " fields, the header has "
              + columns.size() + " (quote a note that contains a comma): " + String.join(",", rec.toList()));
        }
        String id = field(rec, columns, "id").strip();
        if (id.isEmpty()) {
          throw new IllegalArgumentException(where(source, line) + "has an empty id");
        }
        String raw = field(rec, columns, "status");
        String status = raw.strip();
        if (!STATUSES.contains(status)) {
          String lower = status.toLowerCase(Locale.ROOT);
          if (STATUSES.contains(lower)) {
            warnings.add(where(source, line) + "status '" + raw + "' of " + id + " read as '" + lower
                + "' (statuses are lower case)");
            status = lower;
          } else {
            warnings.add(where(source, line) + "status '" + raw + "' of " + id + " is not one of "
                + String.join(", ", STATUSES) + "; this decision is ignored");
            continue;
          }
        }
        // A TreeMap keyed by id: the later line replaces the earlier one, as a reviewer revising a verdict expects.
        out.put(id, new Decision(id, status, field(rec, columns, "note").strip(),
            field(rec, columns, "reviewer").strip(), field(rec, columns, "date").strip(), line));
      }
      if (columns == null) {
        throw new IllegalArgumentException("triage file " + source + " is empty: it needs the header "
            + String.join(",", COLUMNS));
      }
    } catch (IOException e) {
      // commons-csv reports broken syntax (an unterminated quote) as an I/O error on an in-memory reader.
      throw new IllegalArgumentException("triage file " + source + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("triage file " + source + ": " + e.getCause().getMessage(), e);
    }
    return new Triage(source, out, warnings);
  }

  private static Map<String, Integer> header(String source, CSVRecord rec, int line) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < rec.size(); i++) {
      columns.putIfAbsent(rec.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("id", "status")) {
      if (!columns.containsKey(required)) {
        throw new IllegalArgumentException(where(source, line) + "the header '" + String.join(",", rec.toList())
            + "' lacks the " + required + " column; expected " + String.join(",", COLUMNS));
      }
    }
    return columns;
  }

  private static String where(String source, int line) {
    return "triage file " + source + " line " + line + ": ";
  }

  private static boolean blank(CSVRecord rec) {
    for (String v : rec) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String field(CSVRecord rec, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null || i >= rec.size() ? "" : rec.get(i);
  }

  /**
   * The 1-based line a record starts on. commons-csv gives the position where it started reading the record, which
   * is before any comment or blank lines it skipped, so those are stepped over first.
   */
  static int lineOf(String text, long position) {
    int p = (int) Math.min(position, text.length());
    while (p < text.length()) {
      int end = p;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(p, end);
      if (!line.isBlank() && !line.startsWith("#")) {
        break;
      }
      p = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
          && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    int line = 1;
    for (int i = 0; i < p && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The file the decisions came from, empty for {@link #empty()}. */
  public String source() {
    return source;
  }

  /** The decisions by finding id, the last line for each id. */
  public Map<String, Decision> decisions() {
    return decisions;
  }

  /** The decision on a finding, or null when no reviewer has recorded one. */
  public Decision decision(String id) {
    return decisions.get(id);
  }

  /**
   * Sets the status and note of each finding a decision names; findings without a decision keep their status and
   * note. Mutates the findings in place (they are the driver's collected beans, written right after) and returns
   * the same list.
   */
  public List<Finding> apply(List<Finding> findings) {
    for (Finding f : findings) {
      Decision d = decisions.get(f.getId());
      if (d != null) {
        f.setStatus(d.status());
        f.setNote(d.note());
      }
    }
    return findings;
  }

  /** Decisions on ids none of these findings has (resolved findings, or typos in the triage file), by id. */
  public List<Decision> unmatched(Collection<Finding> findings) {
    Set<String> ids = ids(findings);
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions.values()) {
      if (!ids.contains(d.id())) {
        out.add(d);
      }
    }
    return out;
  }

  /** What loading the file found wrong but could read past: statuses not in lower case, unknown statuses. */
  public List<String> parseWarnings() {
    return parseWarnings;
  }

  /**
   * Everything about the decisions a reviewer should fix: {@link #parseWarnings()}, then each decision whose id none
   * of the run's findings has (a typo, or a finding the run no longer reports), by id.
   */
  public List<String> warnings(Collection<Finding> findings) {
    List<String> out = new ArrayList<>(parseWarnings);
    for (Decision d : unmatched(findings)) {
      out.add(where(source, d.line()) + "id " + d.id() + " (" + d.status() + ") matches no finding of this run");
    }
    return out;
  }

  /** The distinct ids of some findings, in their order. */
  public static Set<String> ids(Collection<Finding> findings) {
    Set<String> out = new LinkedHashSet<>();
    for (Finding f : findings) {
      out.add(f.getId());
    }
    return out;
  }

  /**
   * Compares this run's findings with the previous run's ids. Ids are counted once each even if a finding repeats.
   * With no previous run ({@code previousIds} empty) every finding is new and none is resolved.
   */
  public static Counts compare(List<Finding> current, Set<String> previousIds) {
    Set<String> seen = new LinkedHashSet<>();
    long fresh = 0;
    long known = 0;
    long dismissed = 0;
    for (Finding f : current) {
      if (!seen.add(f.getId())) {
        continue;
      }
      if (previousIds.contains(f.getId())) {
        known++;
      } else {
        fresh++;
      }
      if (DISMISSED.equals(f.getStatus())) {
        dismissed++;
      }
    }
    long resolved = 0;
    for (String id : previousIds) {
      if (!seen.contains(id)) {
        resolved++;
      }
    }
    return new Counts(fresh, known, dismissed, resolved);
  }

  /**
   * Fills {@code firstSeen} of this run's findings: the previous run's date for an id it reported, {@code today}
   * for an id it did not. A finding the previous run reported without a date (a file from before first_seen was
   * written) keeps an empty {@code firstSeen}: it is known, and its first night is not on record.
   *
   * @param previous the previous run's findings ({@link #readPreviousRun}); empty when there was none
   * @param today this run's night as an ISO date ({@code 2026-11-25})
   * @throws IllegalArgumentException when {@code today} is not an ISO date
   */
  public static void carryFirstSeen(List<Finding> current, List<Finding> previous, String today) {
    try {
      LocalDate.parse(today);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("run date '" + today + "' is not an ISO date (yyyy-mm-dd)", e);
    }
    Map<String, String> before = new HashMap<>();
    for (Finding p : previous) {
      // Of two previous rows with one id, the earlier date wins: first seen means first.
      before.merge(p.getId(), p.getFirstSeen(), Triage::earlier);
    }
    for (Finding f : current) {
      String prior = before.get(f.getId());
      f.setFirstSeen(prior == null ? today : prior);
    }
  }

  private static String earlier(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return "";
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Reads the previous run's findings from its output folder (its {@code discrepancies.csv}) or from that file
   * itself. Older files without the status and first_seen columns are read with their defaults.
   *
   * @throws IllegalArgumentException when there is no discrepancies.csv there or it is not a discrepancies file
   */
  public static List<Finding> readPreviousRun(Path dirOrCsv) {
    Path csv = Files.isDirectory(dirOrCsv) ? dirOrCsv.resolve("discrepancies.csv") : dirOrCsv;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CsvReports.readDiscrepancies(r);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("previous run has no discrepancies.csv: " + csv, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("previous run " + csv + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the previous run's " + csv, e);
    }
  }
}
