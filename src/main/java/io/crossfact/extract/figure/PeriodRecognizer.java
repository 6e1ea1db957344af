package io.crossfact.extract.figure;

import static io.crossfact.extract.figure.FigureLexicon.ABOUT;
import static io.crossfact.extract.figure.FigureLexicon.AT_LEAST;
import static io.crossfact.extract.figure.FigureLexicon.AT_MOST;
import static io.crossfact.extract.figure.FigureLexicon.NEARLY;
import static io.crossfact.extract.figure.FigureLexicon.ORDINAL;
import static io.crossfact.extract.figure.FigureLexicon.OVER;
import static io.crossfact.extract.figure.FigureLexicon.RANGE;
import static io.crossfact.extract.figure.FigureLexicon.UNDER;
import static io.crossfact.extract.figure.FigureLexicon.VAGUE;
import static io.crossfact.extract.figure.FigureTokens.NUM;
import static io.crossfact.extract.figure.FigureTokens.SYM;
import static io.crossfact.extract.figure.FigureTokens.WORD;
import static io.crossfact.extract.figure.Fig.AGE;
import static io.crossfact.extract.figure.Fig.PEOPLE;
import static io.crossfact.extract.figure.Fig.PERCENT;
import static io.crossfact.extract.figure.Fig.PERCENTAGE_POINTS;
import static io.crossfact.extract.figure.Fig.YEARS;

import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.normalize.DateNormalizer;
import io.crossfact.normalize.Lemmatizer;
import io.crossfact.normalize.NumberParser;
import io.crossfact.normalize.Places;
import io.crossfact.normalize.Sentences;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The time a figure holds for: rates, years, spans, quarters, relative periods, dates of the sentence. */
final class PeriodRecognizer {
  private static final Pattern REPORTED = Pattern.compile(
      "\\b(?:said|says|told|announced|reported|wrote|according|stated|added|noted)\\b");

  /** Period expressions of a figure; {@code (?i)} so sentence-initial forms match. */
  private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?=[a-z0-9])(?:"
      + "(?:per|a|an|each|every|once\\s+a)\\s+(?<rateU>year|month|week|day|quarter)\\b"
      + "(?!\\s+(?:ago|earlier|later|before|after|prior|from|or|and\\s+a\\s+half))"
      + "|(?<rateW>annually|annual|yearly|monthly|weekly|daily|per\\s+annum|a-year|a-month|a-week|a-day)\\b"
      // "in its annual report": an adjective on a document dates the source, it is not a rate of the figure
      + "(?!\\s+(?:reports?|reviews?|surveys?|audits?|bulletins?|statements?|updates?|meetings?|conferences?"
      + "|summar(?:y|ies)|stud(?:y|ies)|assessments?|filings?|publications?))"
      + "|(?<yr1>(?:19|20)\\d{2})\\s*(?:-|\u2013|to|through|and)\\s*(?<yr2>(?:19|20)\\d{2})(?![\\d-])"
      + "|since\\s+(?<since>(?:19|20)\\d{2})(?![\\d-])"
      + "|by\\s+(?<by>(?:19|20)\\d{2})(?![\\d-])"
      + "|(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+of)?(?:\\s+(?<qy>(?:19|20)\\d{2}))?"
      + "|q(?<qn>[1-4])\\s+(?<qny>(?:19|20)\\d{2})"
      + "|(?:in|during|for|throughout|of|across|over|through|until|in\\s+fiscal|fiscal(?:\\s+year)?|calendar|end\\s+of"
      + "|the\\s+year)\\s+(?<year>(?:19|20)\\d{2})(?![\\d-])"
      + "|(?<yearAdj>(?:19|20)\\d{2})(?:'s|\u2019s|\\s+(?=total|figure|count|toll|number|level|rate|data|census|survey"
      + "|tally|estimate|average|season|election|elections|budget|census))"
      + "|the\\s+(?<dec>(?:19|20)\\d0)s\\b"
      + "|(?<ytd>so\\s+far\\s+this\\s+year|year\\s+to\\s+date|this\\s+year\\s+so\\s+far)\\b"
      + "|(?:the\\s+)?(?:past|last|previous|preceding)\\s+(?<pastN>\\w+)\\s+(?<pastU>years|months|weeks|days|decades)\\b"
      + "|(?<relP>last|this|past|previous|prior|next|coming)\\s+(?<relU>year|month|week|decade|quarter)\\b)");

  /** First words of the {@link #PERIOD} alternatives: the pattern is tried only at these. */
  private static final java.util.Set<String> PERIOD_TRIGGERS = java.util.Set.of("per", "a", "an", "each", "every",
      "once", "annually", "annual", "yearly", "monthly", "weekly", "daily", "a-year", "a-month", "a-week", "a-day",
      "since", "by", "first", "second", "third", "fourth", "q1", "q2", "q3", "q4", "in", "during", "for",
      "throughout", "of", "across", "over", "through", "until", "fiscal", "calendar", "end", "the", "so", "year",
      "this", "past", "last", "previous", "preceding", "prior", "next", "coming");

  private static final String PREVIOUS_YEAR = "\u0000previous year";

  private final FigureText x;
  private final FigureTokens t;
  private final String body;
  private final LocalDate published;
  private final List<DateNormalizer.Mention> dates;

  PeriodRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.body = x.body;
    this.published = x.published;
    this.dates = x.dates;
  }

  /** Period expressions of the sentence: {start, end, normalized, kind} with kind "rate" or "span". */
  List<String[]> periods(int s, int e, int ts, int te) {
    List<String[]> out = new ArrayList<>(2);
    Matcher m = PERIOD.matcher(body);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int k = ts;
    while (k < te) {
      boolean trigger = t.type[k] == WORD && PERIOD_TRIGGERS.contains(t.lower[k])
          || t.type[k] == NUM && x.nonFigures.isYearLike(t.lower[k]);
      if (trigger) {
        m.region(t.start[k], e);
        if (m.lookingAt()) {
          String v = periodValue(m);
          if (v != null) {
            boolean rate = m.group("rateU") != null || m.group("rateW") != null;
            out.add(new String[] {String.valueOf(m.start()), String.valueOf(m.end()), v, rate ? "rate" : "span"});
            while (k < te && t.start[k] < m.end()) {
              k++;
            }
            continue;
          }
        }
      }
      k++;
    }
    for (DateNormalizer.Mention d : dates) {
      if (d.start >= e) {
        break;
      }
      if (d.start >= s && !d.value.isEmpty() && (d.kind.equals(DateNormalizer.MONTH_ONLY) || d.hasDigits(body))) {
        boolean since = body.regionMatches(true, d.start, "since ", 0, 6);
        out.add(new String[] {String.valueOf(d.start), String.valueOf(d.end), since ? "since " + d.value : d.value,
            "span"});
      }
    }
    // "1,400 in 2023, up from 1,200 the previous year": the year before the one the sentence names
    for (String[] p : out) {
      if (p[2].equals(PREVIOUS_YEAR)) {
        String year = "";
        for (String[] q : out) {
          if (q[2].length() == 4 && Character.isDigit(q[2].charAt(0))) {
            year = q[2];
          }
        }
        p[2] = !year.isEmpty() ? String.valueOf(Integer.parseInt(year) - 1)
            : published != null ? String.valueOf(published.getYear() - 1) : "previous year";
      }
    }
    return out;
  }

  String periodValue(Matcher m) {
    if (m.group("rateU") != null) {
      int s = m.start();
      String before = wordBefore(s);
      if (before.equals("for") || before.equals("in") || before.equals("within") || before.equals("than")
          || before.equals("over") || before.equals("nearly") || before.equals("almost") || before.equals("about")
          || before.equals("past") || before.equals("last") || before.equals("next") || before.equals("half")) {
        return null;
      }
      return "per " + m.group("rateU").toLowerCase(java.util.Locale.ROOT);
    }
    if (m.group("rateW") != null) {
      String w = m.group("rateW").toLowerCase(java.util.Locale.ROOT);
      if (w.startsWith("annual") || w.startsWith("year") || w.contains("annum") || w.equals("a-year")) {
        return "per year";
      }
      if (w.startsWith("month") || w.equals("a-month")) {
        return "per month";
      }
      if (w.startsWith("week") || w.equals("a-week")) {
        return "per week";
      }
      return "per day";
    }
    if (m.group("yr1") != null) {
      return m.group("yr1") + ".." + m.group("yr2");
    }
    if (m.group("since") != null) {
      return "since " + m.group("since");
    }
    if (m.group("by") != null) {
      return "by " + m.group("by");
    }
    if (m.group("q") != null) {
      char c = m.group("q").toLowerCase(java.util.Locale.ROOT).charAt(0);
      int q = c == 'f' ? (m.group("q").toLowerCase(java.util.Locale.ROOT).startsWith("fi") ? 1 : 4)
          : c == 's' ? 2 : c == 't' ? 3 : c - '0';
      String y = m.group("qy");
      if (y == null && published != null) {
        y = String.valueOf(published.getYear());
      }
      return y == null ? "Q" + q : y + "-Q" + q;
    }
    if (m.group("qn") != null) {
      return m.group("qny") + "-Q" + m.group("qn");
    }
    if (m.group("year") != null) {
      return m.group("year");
    }
    if (m.group("yearAdj") != null) {
      return m.group("yearAdj");
    }
    if (m.group("dec") != null) {
      return m.group("dec") + "s";
    }
    if (m.group("ytd") != null) {
      return published == null ? "year to date" : published.getYear() + " to date";
    }
    if (m.group("pastN") != null) {
      BigDecimal n = NumberParser.parse(m.group("pastN"));
      if (n == null) {
        return null;
      }
      String unit = m.group("pastU").toLowerCase(java.util.Locale.ROOT);
      int count = n.intValue();
      if (unit.equals("months") && count == 12 || unit.equals("weeks") && count == 52) {
        return "past year";
      }
      return count == 1 ? "past " + unit.substring(0, unit.length() - 1) : "past " + count + " " + unit;
    }
    if (m.group("relP") != null) {
      String p = m.group("relP").toLowerCase(java.util.Locale.ROOT);
      String u = m.group("relU").toLowerCase(java.util.Locale.ROOT);
      if ((p.equals("previous") || p.equals("prior")) && u.equals("year")) {
        return PREVIOUS_YEAR; // settled against the sentence's own year in periods()
      }
      if (p.equals("past") || p.equals("previous") || p.equals("prior")) {
        return "past " + u;
      }
      if (published == null) {
        return p + " " + u;
      }
      int shift = p.equals("last") ? -1 : p.equals("this") ? 0 : 1;
      switch (u) {
        case "year":
          return String.valueOf(published.getYear() + shift);
        case "month":
          return java.time.YearMonth.from(published).plusMonths(shift).toString();
        case "quarter": {
          int q = (published.getMonthValue() - 1) / 3 + shift;
          int y = published.getYear();
          if (q < 0) {
            q += 4;
            y--;
          } else if (q > 3) {
            q -= 4;
            y++;
          }
          return y + "-Q" + (q + 1);
        }
        case "week": {
          LocalDate d = published.plusWeeks(shift);
          int week = d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          int year = d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
          return String.format(java.util.Locale.ROOT, "%d-W%02d", year, week);
        }
        default:
          return shift < 0 ? "past decade" : p + " decade";
      }
    }
    return null;
  }

  String wordBefore(int pos) {
    int e = pos;
    while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
      s--;
    }
    return body.substring(s, e).toLowerCase(java.util.Locale.ROOT);
  }

  String period(Fig f, List<String[]> periods, int ts, int te, int clause) {
    if (periods.isEmpty()) {
      return "";
    }
    int fs = t.start[f.qStart];
    int fe = t.end[f.last];
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    boolean bestRate = false;
    String fallback = null;
    int fallbackDist = Integer.MAX_VALUE;
    for (String[] p : periods) {
      int ps = Integer.parseInt(p[0]);
      int pe = Integer.parseInt(p[1]);
      if (ps < fe && pe > fs) {
        continue; // a period overlapping the figure is the figure's own number read as a year
      }
      int tok = tokenAt(ps, ts, te);
      int c = x.clauseOf[tok - ts];
      int dist = pe <= fs ? fs - pe : ps - fe;
      boolean rate = p[3].equals("rate");
      boolean couldWin = c == clause
          ? best == null || rate && !bestRate || rate == bestRate && dist < bestDist
          : !x.comparative[c] && dist < fallbackDist;
      if (!couldWin) {
        // Before the two checks below, which scan the text between figure and period: on a long article, doing
        // them for every period made extraction cubic in its length (2,000 sentences took minutes).
        continue;
      }
      if (p[2].length() == 10 && ps > fe && REPORTED.matcher(body).region(fe, ps).find()) {
        continue; // "..., the company said in a filing on Jan. 5": when it was said, not what was counted
      }
      if (ps >= fe && recalledBetween(fe, ps, ts, te)) {
        continue; // "killing five people in a region devastated by the tsunami of 2004": the tsunami's year
      }
      if (c == clause) {
        if (best == null || rate && !bestRate || rate == bestRate && dist < bestDist) {
          best = p[2];
          bestDist = dist;
          bestRate = rate;
        }
      } else if (!x.comparative[c] && dist < fallbackDist) {
        fallback = p[2];
        fallbackDist = dist;
      }
    }
    if (best != null) {
      return best;
    }
    return x.comparative[clause] || fallback == null ? "" : fallback;
  }

  int tokenAt(int offset, int ts, int te) {
    int lo = ts;
    int hi = te - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (t.start[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Whether a recalling word ({@link EventAnchorRecognizer#RECALLING}) stands between offsets s and e. */
  boolean recalledBetween(int s, int e, int ts, int te) {
    for (int k = tokenAt(s, ts, te); k < te && t.start[k] < e; k++) {
      if (t.start[k] >= s && t.type[k] == WORD && EventAnchorRecognizer.RECALLING.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }
}
