package io.crossfact.story;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an undated report's text suggests: the latest year it writes of the past or present, at the latest full
 * date it writes in that year ("Dec. 12, 2008", "12 December 2008"), else the middle of its month ("December 2008")
 * or of the year ("in 2008", "the 2008 season"). A scraped page without a date still writes when things happened.
 *
 * <p>A year in a sentence about the future ("will debut in 2010", "by 2020", "until the 2009 season") is not the
 * report's time but bounds it from above: a text that writes only such years is dated to the middle of the year
 * before the first of them. A year in a product's name ("Windows 2000", "Server 2008") counts as any other year: a
 * text that names it was written that year or later. Not a year at all: one inside a code ("CVE-2013-3893"), an
 * amount ("$2000").
 * The estimate is weak evidence: a report of a new event may write only the year of an older one ("the 2004
 * tsunami"), so it is a lower bound more than a date, and the splitter ({@link StorySplitter}) reads it only
 * against reports that carry a publication date, over several reports at once.
 */
public final class StoryTime {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
      Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
      Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6),
      Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
      + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  /** "Dec. 12, 2008", "December 12th 2008". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? "
      + YEAR + "(?![\\w])");
  /** "12 December 2008". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\w])(\\d{1,2}) " + MONTH + ",? " + YEAR
      + "(?![\\w])");
  /** "December 2008". */
  private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d )\\b" + MONTH + ",? " + YEAR + "(?![\\w])");
  /** Any year-like number on its own (not inside a longer number or a code). */
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\w$£€.,-])" + YEAR + "(?![\\w%]|[.,]\\d|-\\d{3})");
  /** Words of a sentence about the future. */
  private static final Pattern FUTURE = Pattern.compile("\\b(will|won't|shall|'ll|upcoming|next|scheduled|"
      + "expected|plans?|planned|aims?|due to|is to|are to|going to|forecasts?|projected|target)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Prepositions of a deadline. */
  private static final Pattern DEADLINE = Pattern.compile("\\b(by|until|till|through|before)( the| early| late| "
      + "mid| the end of| the start of)? $", Pattern.CASE_INSENSITIVE);
  private StoryTime() {}

  /** The ISO date (yyyy-MM-dd) the text suggests, or "" when it writes no year of the past or present. */
  public static String estimate(String title, String body) {
    String text = (title == null ? "" : title + "\n") + (body == null ? "" : body);
    int best = 0;
    LocalDate bestDate = null;
    int firstFuture = Integer.MAX_VALUE;
    // full and month dates first: they are the precise estimates of their year
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        LocalDate d = date(p, m);
        if (d == null) {
          continue;
        }
        if (future(text, m.start())) {
          firstFuture = Math.min(firstFuture, d.getYear());
          continue;
        }
        if (d.getYear() > best || d.getYear() == best && bestDate != null && d.isAfter(bestDate)
            || d.getYear() == best && bestDate == null) {
          best = d.getYear();
          bestDate = d;
        }
      }
    }
    Matcher m = BARE_YEAR.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (future(text, m.start())) {
        firstFuture = Math.min(firstFuture, y);
        continue;
      }
      if (y <= best) {
        continue;
      }
      best = y;
      bestDate = LocalDate.of(y, 7, 1);
    }
    if (bestDate == null && firstFuture < Integer.MAX_VALUE) {
      // only the future: the report was written before the first year it looks forward to
      bestDate = LocalDate.of(firstFuture - 1, 7, 1);
    }
    return bestDate == null ? "" : bestDate.toString();
  }

  private static LocalDate date(Pattern p, Matcher m) {
    try {
      if (p == MONTH_DAY_YEAR) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (p == DAY_MONTH_YEAR) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      return LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 15);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /**
   * Whether the year at {@code at} is about the future: a deadline word before it, or a future word in its sentence
   * before the end of its clause ("will debut in 2010", not "elected in 2007, he will retire").
   */
  static boolean future(String text, int at) {
    int from = sentenceStart(text, at);
    int to = sentenceEnd(text, at);
    for (int i = at; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':') {
        to = i;
        break;
      }
    }
    String before = text.substring(Math.max(from, at - 30), at);
    return DEADLINE.matcher(before).find() || FUTURE.matcher(text.substring(from, to)).find();
  }

  /**
   * How far a year's sentence is read on either side: a text without sentence ends (a scraped table, a hostile
   * input) must not make each year read the whole text (work stays linear in the text's length).
   */
  static final int SENTENCE_REACH = 400;

  /** Index after the last sentence end before {@code at} (a line break, or . ! ? and a space, not "Dec." "Mr."). */
  private static int sentenceStart(String text, int at) {
    int floor = Math.max(0, at - SENTENCE_REACH);
    for (int i = at - 1; i > floor; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (Character.isWhitespace(c) && (text.charAt(i - 1) == '!' || text.charAt(i - 1) == '?'
          || text.charAt(i - 1) == '.' && !abbreviation(text, i - 1))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static int sentenceEnd(String text, int at) {
    int ceiling = Math.min(text.length(), at + SENTENCE_REACH);
    for (int i = at; i < ceiling; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '!' || c == '?' || c == '.' && !abbreviation(text, i))
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i;
      }
    }
    return ceiling;
  }

  /** "Dec." "Mr." "U.S.": a capitalized word of at most four letters, or single letters, before the dot. */
  private static boolean abbreviation(String text, int dot) {
    int k = dot - 1;
    while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
      k--;
    }
    String w = text.substring(k + 1, dot);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (w.length() <= 4 || w.indexOf('.') > 0);
  }
}
