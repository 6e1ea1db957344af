package io.crossfact.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication metadata read off the article text itself: labelled lines ({@code Date:}, {@code Source:},
 * {@code URL:}, {@code Title:}), datelines ({@code NAIROBI (Reuters) —}) and the headline line. Pure functions;
 * explicit metadata (JSON fields, HTML meta tags) is applied by the readers and always wins over what is found here.
 *
 * <p>Dates are the local date as written: {@code 2024-06-03T23:30:00-05:00} is 2024-06-03, never shifted to UTC,
 * because the article's own calendar day is what a fact-checker compares.
 */
public final class MetadataInferrer {
  /**
   * The header ends after this many lines of content; blanked boilerplate (a long menu scraped into the text) does
   * not count, so a Date: line below thirty menu entries is still found.
   */
  private static final int HEADER_LINES = 12;
  private static final int HEADER_CHARS = 8000;
  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2100;

  private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
      + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
  /** Day and month in either order; only used when one of them is over 12, so the reading is unambiguous. */
  private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/.])");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Pattern DATE_LABEL = Pattern.compile(
      "^\\s*(date|dated|published(?: on| at)?|publish(?:ed)? date|publication date|posted(?: on| at)?"
      + "|first published(?: on)?|pubdate|updated(?: on| at)?|last updated(?: on| at)?|last modified)\\s*([:\\-\u2013]?)\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE_LABEL = Pattern.compile(
      "^\\s*(?:source|publisher|publication|published by)\\s*:\\s*(.{1,120}?)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_LABEL = Pattern.compile(
      "^\\s*(?:url|link|canonical(?: url)?|original url|source url|permalink)\\s*:\\s*(https?://\\S+)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_ALONE = Pattern.compile("^\\s*(https?://[^\\s<>\"]+)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_LABEL = Pattern.compile("^\\s*(?:title|headline)\\s*:\\s*(.+?)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A dateline: a capitalised place, optionally ", Country" or ", June 3, 2024", then an agency in parentheses
   * and a dash: {@code NAIROBI (Reuters) —}, {@code WASHINGTON, June 3, 2024 (AP) --}.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:[A-Z][A-Z.'\u2019-]+(?:\\s+[A-Z][A-Z.'\u2019-]*){0,3})([^()\\n]{0,60}?)\\s*"
      + "\\(([A-Z][A-Za-z.&'\u2019-]*(?:\\s+[A-Za-z.&'\u2019-]+){0,4})\\)\\s*(?:[-\u2013\u2014]{1,2}|:)");
  private static final Pattern DATELINE_NO_AGENCY = Pattern.compile(
      "^\\s*(?:[A-Z][A-Z.'\u2019-]+(?:\\s+[A-Z][A-Z.'\u2019-]*){0,3}),([^\\n]{4,60}?)\\s*(?:\u2014|\u2013|--|\\s-\\s)");
  private static final java.util.Set<String> DATE_LINE_WORDS = java.util.Set.of("by", "on", "at", "am", "pm", "a.m",
      "p.m", "updated", "published", "posted", "last", "first", "and", "utc", "gmt", "et", "edt", "est", "bst", "cet",
      "cest", "eat", "pt", "pdt", "pst", "ist", "of", "modified");

  private static final Pattern MONTH_WORD = Pattern.compile("(?i)\\b" + MONTH + "\\b\\.?");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|urday)?\\b\\.?");
  private static final Pattern NUMBERS_AND_SEPARATORS = Pattern.compile(
      "[\\d:/.,|\u2022\u00B7()\\-\u2013\u2014]+(?:st|nd|rd|th|h)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CLOSERS_AT_END = Pattern.compile("[\"'\u201D\u2019)\\s]+$");
  private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://");
  private static final Pattern HTTP = Pattern.compile("(?i)^https?://.*");
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\S.*");
  private static final Pattern NOT_AGENCY = Pattern.compile("(?i).*\\d.*|updated|update|file|photo|video|live");

  private MetadataInferrer() {}

  /** What the text says about itself; empty strings where it says nothing. */
  public record Inferred(String title, String source, String url, String published) {}

  /**
   * Reads title, source, url and published date from an article's text. {@code body} is the blanked body of the
   * same text (see {@link BoilerplateBlanker}); the headline is looked for there so a breadcrumb is never the title.
   */
  public static Inferred infer(String text, String body) {
    int headerEnd = headerEnd(body.length() == text.length() ? body : text);
    List<String> textLines = lines(text.substring(0, headerEnd));
    List<String> bodyLines = lines(body.substring(0, Math.min(headerEnd, body.length())));
    String title = "";
    String source = "";
    String url = "";
    String published = "";
    String updated = "";
    for (String line : textLines) {
      Matcher m;
      if (title.isEmpty() && (m = TITLE_LABEL.matcher(line)).matches()) {
        title = clean(m.group(1));
      }
      if (source.isEmpty() && (m = SOURCE_LABEL.matcher(line)).matches()) {
        String v = m.group(1).strip();
        source = HTTP.matcher(v).matches() ? hostOf(v) : v;
      }
      if (url.isEmpty() && (m = URL_LABEL.matcher(line)).matches()) {
        url = m.group(1);
      }
      // "Published: June 3, 2024" or a bare date line; never "Published in 2019, the study of June 3, 2020 ..."
      if (line.length() <= 150 && (m = DATE_LABEL.matcher(line)).matches()
          && (!m.group(2).isEmpty() || isDateLine(line.strip()))) {
        String date = isoDate(m.group(3));
        String label = m.group(1).toLowerCase(Locale.ROOT);
        boolean update = label.contains("updated") || label.contains("modified");
        if (!date.isEmpty() && update && updated.isEmpty()) {
          updated = date;
        } else if (!date.isEmpty() && !update && published.isEmpty()) {
          published = date;
        }
      }
    }
    if (url.isEmpty()) {
      for (String line : textLines) {
        Matcher m = URL_ALONE.matcher(line);
        if (m.matches()) {
          url = m.group(1);
          break;
        }
      }
    }
    if (title.isEmpty()) {
      title = headline(bodyLines);
    }
    String datelineAgency = "";
    String datelineDate = "";
    for (String line : bodyLines) {
      if (datelineAgency.isEmpty()) {
        datelineAgency = agencyFromDateline(line);
      }
      if (datelineDate.isEmpty()) {
        datelineDate = dateFromDateline(line);
      }
    }
    if (published.isEmpty()) {
      published = updated;
    }
    if (published.isEmpty()) {
      published = datelineDate;
    }
    if (published.isEmpty()) {
      published = dateFromDateLine(bodyLines, title);
    }
    if (source.isEmpty()) {
      source = datelineAgency;
    }
    if (source.isEmpty() && !url.isEmpty()) {
      source = hostOf(url);
    }
    if (published.isEmpty()) {
      published = dateFromUrl(url);
    }
    return new Inferred(title, source, url, published);
  }

  /** The first date written in {@code s}: ISO ({@code 2024-06-03}, also with a time), "June 3, 2024", "3 June 2024". */
  public static Optional<LocalDate> findDate(String s) {
    if (s == null || s.isEmpty()) {
      return Optional.empty();
    }
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = ISO.matcher(s);
    while (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = DAY_MONTH_YEAR.matcher(s);
    while (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = NUMERIC_DMY.matcher(s);
    while (m.find() && m.start() < bestAt) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      // 03/06/2024 is June 3 in Nairobi and March 6 in New York: without a day over 12 we cannot tell
      LocalDate d = a > 12 && b <= 12 ? date(m.group(3), m.group(2), m.group(1))
          : b > 12 && a <= 12 ? date(m.group(3), m.group(1), m.group(2)) : null;
      if (d != null) {
        best = d;
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The date in a URL path such as {@code /2024/06/03/floods}, a common CMS pattern; "" when there is none. */
  public static String dateFromUrl(String url) {
    if (url == null) {
      return "";
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return "";
    }
    LocalDate d = date(m.group(1), m.group(2), m.group(3));
    return d == null ? "" : d.toString();
  }

  /** {@link #findDate} as {@code yyyy-MM-dd}, or "" when there is no valid date. */
  public static String isoDate(String s) {
    return findDate(s).map(LocalDate::toString).orElse("");
  }

  /** The agency named in a dateline ({@code NAIROBI (Reuters) —} gives {@code Reuters}), or "". */
  public static String agencyFromDateline(String line) {
    Matcher m = DATELINE.matcher(line);
    if (!m.find()) {
      return "";
    }
    String agency = m.group(2).strip();
    // "(June 3)" or "(Updated)" are not agencies
    if (findDate(agency).isPresent() || NOT_AGENCY.matcher(agency).matches()) {
      return "";
    }
    return agency;
  }

  /** The date inside a dateline's place part ({@code WASHINGTON, June 3, 2024 (AP) —}), or "". */
  public static String dateFromDateline(String line) {
    Matcher m = DATELINE.matcher(line);
    if (m.find()) {
      String d = isoDate(m.group(1));
      if (!d.isEmpty()) {
        return d;
      }
      d = isoDate(m.group(2));
      if (!d.isEmpty()) {
        return d;
      }
    }
    m = DATELINE_NO_AGENCY.matcher(line);
    return m.find() ? isoDate(m.group(1)) : "";
  }

  /** Host of a URL without {@code www.}, lower case; "" when it is not a URL. */
  public static String hostOf(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String u = url.strip();
    if (!SCHEME.matcher(u).lookingAt()) {
      u = "http://" + u;
    }
    try {
      String host = new URI(u.replace(" ", "%20")).getHost();
      if (host == null || host.indexOf('.') < 0) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * The headline: the first short line before the body starts (under 150 characters, two words or more, no
   * closing period, not a byline, URL, dateline or date line).
   */
  static String headline(List<String> bodyLines) {
    for (String raw : bodyLines) {
      String line = clean(raw.replaceFirst("^#+\\s*", ""));
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() >= 150 || endsWithPeriod(line) && SPACES.split(line).length >= 8) {
        return ""; // the body began before any headline
      }
      if (isHeadlineCandidate(line)) {
        return line;
      }
    }
    return "";
  }

  private static boolean isHeadlineCandidate(String line) {
    if (endsWithPeriod(line) || SPACES.split(line).length < 2 || !line.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    if (BYLINE.matcher(line).matches() || URL_ALONE.matcher(line).matches() || !agencyFromDateline(line).isEmpty()
        || !dateFromDateline(line).isEmpty()) {
      return false;
    }
    return !isDateLine(line);
  }

  /** A byline or date line near the top: "June 3, 2024", "By Jane Roe | Monday 3 June 2024 09.15 BST". */
  static String dateFromDateLine(List<String> bodyLines, String title) {
    for (String raw : bodyLines) {
      String line = raw.strip();
      if (line.isEmpty() || line.equals(title) || line.length() > 100) {
        continue;
      }
      if (isDateLine(line)) {
        return isoDate(line);
      }
    }
    return "";
  }

  /** True when a line is a date with at most a label, weekday, time or byline around it; not a sentence. */
  static boolean isDateLine(String line) {
    Optional<LocalDate> d = findDate(line);
    if (d.isEmpty()) {
      return false;
    }
    String rest = MONTH_WORD.matcher(line).replaceAll(" ");
    rest = WEEKDAY.matcher(rest).replaceAll(" ");
    rest = NUMBERS_AND_SEPARATORS.matcher(rest).replaceAll(" ");
    for (String w : SPACES.split(rest.strip())) {
      if (w.isEmpty()) {
        continue;
      }
      // after "By", capitalised words are the author; any other lower-case word makes it a sentence
      if (Character.isLowerCase(w.codePointAt(0)) && !DATE_LINE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (!Character.isLetter(w.codePointAt(0)) && !DATE_LINE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithPeriod(String s) {
    String x = CLOSERS_AT_END.matcher(s).replaceFirst("");
    return x.endsWith(".") && !x.endsWith("...");
  }

  /** Offset where the header part of the text ends: after {@link #HEADER_LINES} lines with content in the body. */
  private static int headerEnd(String body) {
    int limit = Math.min(body.length(), HEADER_CHARS);
    int nonBlank = 0;
    int start = 0;
    while (start < limit) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? body.length() : nl;
      if (!body.substring(start, end).isBlank() && ++nonBlank >= HEADER_LINES) {
        return Math.min(end, limit);
      }
      start = end + 1;
    }
    return limit;
  }

  private static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    for (String line : s.split("\n", -1)) {
      out.add(line.replace("\r", ""));
    }
    return out;
  }

  private static String clean(String s) {
    return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < MIN_YEAR || year > MAX_YEAR) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
