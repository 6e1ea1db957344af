package io.crossfact.normalize;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in news prose, found in one pass and normalized to ISO: explicit dates ({@code June 3, 2024},
 * {@code 3 June 2024}, {@code 2024-06-03}, {@code 6/3/2024} when unambiguous), months ({@code June 2024}, {@code in
 * June}), weekdays ({@code on Tuesday}, {@code last Friday}) and {@code yesterday}/{@code tomorrow}. Forms without a
 * year are resolved against the publication date; without one they are found but left unresolved.
 *
 * <p>Month and weekday names must be capitalized: {@code may} is a verb, {@code May} a month.
 */
public final class DateNormalizer {
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])";
  private static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December)(?![A-Za-z])";
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String YEAR = "(?:19|20)\\d{2}(?![\\d-])";

  /**
   * All date forms, earliest alternative first where two could start at one position. Every alternative starts at
   * a digit, a capital or {@code yesterday}/{@code tomorrow}, and the leading look-ahead says so: most positions of a
   * text are lower-case letters and fail there without entering the alternatives. Prepositions before a bare month
   * or weekday ({@code in June}, {@code last Friday}) are read from the text before the match.
   */
  public static final Pattern DATE = Pattern.compile(
      "(?=[0-9A-Z]|[Yy]esterday|[Tt]omorrow)\\b(?:"
      + "(?<isoY>(?:19|20)\\d{2})-(?<isoM>0[1-9]|1[0-2])-(?<isoD>0[1-9]|[12]\\d|3[01])(?!\\d)"
      + "|(?<nA>\\d{1,2})/(?<nB>\\d{1,2})/(?<nY>(?:19|20)\\d{2})(?!\\d)"
      + "|(?:" + WEEKDAY + ",?\\s+)?(?<mdyM>" + MONTH + ")\\s+(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d)(?!\\d)"
      + "(?:\\s*[-\u2013]\\s*\\d{1,2}(?!\\d))?(?:,?\\s+(?<mdyY>" + YEAR + "))?"
      + "|(?<dmyD>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmyM>" + MONTH + ")(?:,?\\s+(?<dmyY>" + YEAR + "))?"
      + "|(?<myM>" + MONTH + "),?\\s+(?<myY>" + YEAR + ")"
      + "|(?<moM>" + FULL_MONTH + ")(?!\\.?,?\\s*\\d)"
      + "|(?<wd>" + WEEKDAY + ")(?!,?\\s+" + MONTH + ")"
      + "|(?<rel>[Yy]esterday|[Tt]omorrow)\\b)");

  /** Words before a bare month that make it a date ({@code in June}); other bare months are names or noise. */
  private static final java.util.Set<String> MONTH_PREPOSITIONS = java.util.Set.of("in", "since", "until", "by",
      "during", "early", "late", "last", "this", "next", "from", "through", "mid");
  /** Words before a weekday that change which one it is, or confirm it is a date. */
  private static final java.util.Set<String> WEEKDAY_MODIFIERS = java.util.Set.of("last", "next", "this", "on",
      "since", "until", "by", "early", "late");

  /** Kinds of {@link Mention}. */
  public static final String DAY = "day";
  public static final String MONTH_ONLY = "month";

  /** One date found in text. {@code value} is ISO ({@code yyyy-MM-dd} or {@code yyyy-MM}), empty if unresolvable. */
  public static final class Mention {
    public final int start;
    public final int end;
    public final String value;
    public final String kind;
    /** The year, day or month was inferred from the publication date rather than written. */
    public final boolean resolved;

    Mention(int start, int end, String value, String kind, boolean resolved) {
      this.start = start;
      this.end = end;
      this.value = value;
      this.kind = kind;
      this.resolved = resolved;
    }

    /** Whether the written form contains digits (so its numbers must not be read as figures). */
    public boolean hasDigits(CharSequence text) {
      for (int i = start; i < end; i++) {
        if (Character.isDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return value + "@" + start + "-" + end + (resolved ? " resolved" : "");
    }
  }

  private DateNormalizer() {}

  /** A publication date ({@code yyyy-MM-dd} or an ISO date-time) as a date, or {@code null}. */
  public static LocalDate published(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Every date in {@code text}, in text order. The pattern is tried only where a date can start (a digit, or a word
   * opening with a month or weekday name, {@code yesterday}, {@code tomorrow}): a plain {@code find()} would try it
   * at every character, which on long articles costs more than all the rest of date extraction.
   */
  public static List<Mention> find(CharSequence text, LocalDate published) {
    // figures and dates both read the dates of one article's body: the second call of a thread on the same String
    // (the same instance, so the same text) and publication date reuses the first's mentions (immutable), copied
    if (text instanceof String) {
      Object[] last = LAST.get();
      if (last[0] == text && java.util.Objects.equals(last[1], published)) {
        @SuppressWarnings("unchecked")
        List<Mention> found = (List<Mention>) last[2];
        return new ArrayList<>(found);
      }
      List<Mention> found = scan(text, published);
      last[0] = text;
      last[1] = published;
      last[2] = List.copyOf(found);
      return found;
    }
    return scan(text, published);
  }

  /** The last {@link #find} of this thread on a String: text, publication date, mentions. */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

  private static List<Mention> scan(CharSequence text, LocalDate published) {
    List<Mention> out = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      if (wordStart && (c >= '0' && c <= '9' || mayStartDateWord(text, i, c))) {
        m.region(i, n);
        if (m.lookingAt()) {
          Mention d = mention(m, text, published);
          if (d != null) {
            out.add(d);
          }
          i = Math.max(m.end(), i + 1);
          continue;
        }
      }
      i++;
    }
    return out;
  }

  private static boolean mayStartDateWord(CharSequence text, int i, char c) {
    if (i + 3 > text.length()) {
      return false;
    }
    if (c == 'y' || c == 'Y' || c == 't' || c == 'T') {
      char d = Character.toLowerCase(text.charAt(i + 1));
      if (c == 'y' || c == 'Y' ? d == 'e' : d == 'o' || d == 'u' && c == 'T') {
        return true;
      }
      if (c == 't' || c == 'y') {
        return false;
      }
    }
    if (c < 'A' || c > 'Z') {
      return false;
    }
    // a capital starts a month or weekday name only with its second letter (the names are case-sensitive)
    char d = text.charAt(i + 1);
    switch (c) {
      case 'J': return d == 'a' || d == 'u';
      case 'F': return d == 'e' || d == 'r';
      case 'M': return d == 'a' || d == 'o';
      case 'A': return d == 'p' || d == 'u';
      case 'S': return d == 'e' || d == 'a' || d == 'u';
      case 'O': return d == 'c';
      case 'N': return d == 'o';
      case 'D': return d == 'e';
      case 'T': return d == 'u' || d == 'h';
      case 'W': return d == 'e';
      default:
        return false;
    }
  }

  private static Mention mention(Matcher m, CharSequence text, LocalDate pub) {
    int s = m.start();
    int e = m.end();
    if (m.group("isoY") != null) {
      return day(s, e, num(m.group("isoY")), num(m.group("isoM")), num(m.group("isoD")), false);
    }
    if (m.group("nA") != null) {
      int a = num(m.group("nA"));
      int b = num(m.group("nB"));
      int y = num(m.group("nY"));
      // US month/day order unless the first part cannot be a month; both <= 12 and different is ambiguous
      if (a > 12 && b <= 12) {
        return day(s, e, y, b, a, false);
      }
      if (a <= 12 && (b > 12 || a == b)) {
        return day(s, e, y, a, b, false);
      }
      return new Mention(s, e, "", DAY, false);
    }
    if (m.group("mdyM") != null) {
      return dayMaybeYear(s, e, m.group("mdyY"), month(m.group("mdyM")), num(m.group("mdyD")), pub);
    }
    if (m.group("dmyM") != null) {
      return dayMaybeYear(s, e, m.group("dmyY"), month(m.group("dmyM")), num(m.group("dmyD")), pub);
    }
    if (m.group("myM") != null) {
      return new Mention(s, e, YearMonth.of(num(m.group("myY")), month(m.group("myM"))).toString(), MONTH_ONLY, false);
    }
    if (m.group("moM") != null) {
      int month = month(m.group("moM"));
      String p = wordBefore(text, s);
      if (!MONTH_PREPOSITIONS.contains(p)) {
        return null;
      }
      int start = s - p.length() - spacesBefore(text, s);
      if (pub == null) {
        return new Mention(start, e, "", MONTH_ONLY, true);
      }
      YearMonth now = YearMonth.from(pub);
      YearMonth ym = YearMonth.of(pub.getYear(), month);
      switch (p) {
        case "this":
          break;
        case "next":
        case "until":
        case "by":
          if (!ym.isAfter(now)) {
            ym = ym.plusYears(1);
          }
          break;
        case "last":
          if (!ym.isBefore(now)) {
            ym = ym.minusYears(1);
          }
          break;
        default:
          if (ym.isAfter(now)) {
            ym = ym.minusYears(1);
          }
          break;
      }
      return new Mention(start, e, ym.toString(), MONTH_ONLY, true);
    }
    if (m.group("wd") != null) {
      if (pub == null) {
        return new Mention(s, e, "", DAY, true);
      }
      DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      String p = wordBefore(text, s);
      if (!WEEKDAY_MODIFIERS.contains(p)) {
        p = "";
      }
      int back = (pub.getDayOfWeek().getValue() - wd.getValue() + 7) % 7;
      LocalDate d;
      if (p.equals("next") || p.equals("until") || p.equals("by")) {
        int ahead = (wd.getValue() - pub.getDayOfWeek().getValue() + 7) % 7;
        d = pub.plusDays(ahead == 0 ? 7 : ahead);
      } else if (p.equals("last")) {
        d = pub.minusDays(back == 0 ? 7 : back);
      } else {
        // news refers to the past week: "said Tuesday" in a Wednesday story is the day before
        d = pub.minusDays(back);
      }
      int start = p.isEmpty() ? s : s - p.length() - spacesBefore(text, s);
      return new Mention(start, e, d.toString(), DAY, true);
    }
    if (m.group("rel") != null) {
      if (pub == null) {
        return new Mention(s, e, "", DAY, true);
      }
      boolean yesterday = Character.toLowerCase(m.group("rel").charAt(0)) == 'y';
      return new Mention(s, e, (yesterday ? pub.minusDays(1) : pub.plusDays(1)).toString(), DAY, true);
    }
    return null;
  }

  /** The lower-cased word right before {@code pos}, skipping spaces; empty at the start or after punctuation. */
  private static String wordBefore(CharSequence text, int pos) {
    int e = pos - spacesBefore(text, pos);
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    if (b > 0 && text.charAt(b - 1) == '-') {
      b--; // "mid-June"
    }
    String w = text.subSequence(b, e).toString().toLowerCase(Locale.ROOT);
    return w.startsWith("-") ? w.substring(1) : w.endsWith("-") ? w.substring(0, w.length() - 1) : w;
  }

  private static int spacesBefore(CharSequence text, int pos) {
    int n = 0;
    while (pos - n > 0 && (text.charAt(pos - n - 1) == ' ' || text.charAt(pos - n - 1) == '-')) {
      n++;
    }
    return n;
  }

  private static Mention dayMaybeYear(int s, int e, String year, int month, int day, LocalDate pub) {
    if (year != null) {
      return day(s, e, num(year), month, day, false);
    }
    if (pub == null) {
      return validDay(2000, month, day) ? new Mention(s, e, "", DAY, true) : null;
    }
    // the year that puts the date closest to publication: a December story's "Jan. 5" is next January
    LocalDate best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      if (!validDay(y, month, day)) {
        continue;
      }
      LocalDate c = LocalDate.of(y, month, day);
      if (best == null || Math.abs(c.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
        best = c;
      }
    }
    return best == null ? null : new Mention(s, e, best.toString(), DAY, true);
  }

  private static Mention day(int s, int e, int y, int month, int day, boolean resolved) {
    if (!validDay(y, month, day)) {
      return null;
    }
    return new Mention(s, e, LocalDate.of(y, month, day).toString(), DAY, resolved);
  }

  private static boolean validDay(int y, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(y, month).lengthOfMonth();
  }

  /** Month number of an English month name or abbreviation ({@code June}, {@code Sept.}, {@code jan}), or 0. */
  public static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return 0;
    }
    switch (n.substring(0, 3)) {
      case "jan": return 1;
      case "feb": return 2;
      case "mar": return 3;
      case "apr": return 4;
      case "may": return 5;
      case "jun": return 6;
      case "jul": return 7;
      case "aug": return 8;
      case "sep": return 9;
      case "oct": return 10;
      case "nov": return 11;
      case "dec": return 12;
      default: return 0;
    }
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
