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

/** Numbers that are not quantities: times, phone numbers, versions, dates, ids, years, addresses, scores; ages kept. */
final class NonFigureFilter {
  /**
   * Spans that look numeric but are not quantities: times, phone numbers, dotted version numbers, slashed dates and
   * fractions. Numbers inside web addresses need no pattern: they are glued to a slash and skipped as ids.
   */
  private static final Pattern NOISE = Pattern.compile(
      "(?=[0-9(+])(?:\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?"
      + "|\\b\\d{1,2}\\s?(?:[ap]\\.m\\.|[ap]m\\b|o'clock|o\u2019clock)"
      + "|(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\b\\d{3}[\\s.-])\\d{3}[.-]\\d{4}\\b"
      + "|\\b\\d+(?:\\.\\d+){2,}\\b"
      + "|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b)");

  /** Words before a year-like number that make it a year even when a plural follows ({@code the 2020 elections}). */
  private static final java.util.Set<String> YEAR_PREPOSITIONS = java.util.Set.of("the", "in", "of", "since", "by",
      "during", "from", "until", "before", "after", "its", "their", "this", "that", "for", "between", "through");

  private final FigureText x;
  private final FigureTokens t;
  private final Places places;

  NonFigureFilter(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.places = x.settings.places;
  }

  /** Marks dates, times, phone numbers, versions and slashed dates as {@link FigureText#blocked}. */
  void block() {
    for (DateNormalizer.Mention d : x.dates) {
      if (d.hasDigits(x.body)) {
        x.blocked.set(d.start, d.end);
      }
    }
    // only where a number starts: trying the pattern at every character costs more than everything else
    FigureTokens t = x.t;
    Matcher m = NOISE.matcher(x.body);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int n = x.body.length();
    for (int k = 0; k < t.size; k++) {
      boolean start = t.type[k] == NUM
          || t.type[k] == SYM && (t.lower[k].equals("(") || t.lower[k].equals("+")) && k + 1 < t.size
          && t.type[k + 1] == NUM;
      if (start && !x.blocked.get(t.start[k])) {
        m.region(t.start[k], n);
        if (m.lookingAt()) {
          x.blocked.set(m.start(), m.end());
        }
      }
    }
  }

  /** Context checks: true when the number is a quantity. Sets {@code age} for ages. */
  boolean notAFigure(Fig f, int ts, int te, int after) {
    int p = f.first - 1;
    FigureTokens tk = t;
    // list numbering: "1." or "2)" opening a line
    if (tk.lineStart[f.first] && f.first + 1 < tk.size && tk.glued(f.first + 1)
        && (tk.isSym(f.first + 1, '.') || tk.isSym(f.first + 1, ')'))) {
      return false;
    }
    // "Robert Buckley, 32, fell": a small number set off by commas right after a name is the person's age
    if (p - 1 >= ts && tk.isSym(p, ',') && tk.type[p - 1] == WORD && tk.capital[p - 1] && after < te
        && tk.isSym(after, ',') && tk.type[f.first] == NUM && f.last == f.first && tk.suffix[f.first].isEmpty()
        && f.currency.isEmpty() && !f.percent && tk.lower[f.first].length() <= 2 && f.qStart == f.first) {
      f.age = true;
      return true;
    }
    if (p >= ts) {
      String pw = tk.lower[p];
      if (tk.type[p] == SYM && (pw.equals("#") || pw.equals("/") && tk.glued(f.first) || pw.equals("-")
          && tk.glued(f.first) && p - 1 >= ts && tk.glued(p) && tk.type[p - 1] != SYM)) {
        return false; // #5, 24/7, 737-800, COVID - 19 style ids
      }
      if (tk.type[p] == SYM && pw.equals(".") && p - 1 >= ts && tk.isWord(p - 1, "no")) {
        return false;
      }
      if (tk.type[p] == WORD && FigureLexicon.REFERENCE_WORDS.contains(pw)) {
        if ((pw.equals("aged") || pw.equals("age") || pw.equals("ages")) && f.currency.isEmpty() && !f.percent) {
          if (!populationBound(after, te)) {
            f.age = true;
            f.qStart = Math.min(f.qStart, p);
            return true;
          }
        }
        return false;
      }
      if (tk.type[p] == WORD && tk.capital[p] && p != ts && !x.qualifiers.isQualifierWord(pw) && places.lookup(pw) == null
          && !FigureLexicon.TIME_WORDS.contains(pw) && !(p == ts + 1 && tk.type[ts] == SYM)
          && f.currency.isEmpty() && f.qStart == f.first) {
        return false; // "Boeing 737", "Title 42", "Apollo 11"
      }
      if (tk.isWord(p, "per") && !f.percent) {
        return false; // the denominator of a rate, read with its numerator
      }
      if ((tk.isWord(p, "in") || tk.isWord(p, "of") && p - 1 >= ts && tk.isWord(p - 1, "out")) && p - 1 >= ts
          && (tk.type[p - 1] == NUM || tk.isWord(p - 1, "out") && p - 2 >= ts && tk.type[p - 2] == NUM)) {
        return false; // "1 in 10", "12 out of 15": ratios
      }
    }
    if (f.first < tk.size && tk.type[f.first] == NUM && f.currency.isEmpty() && !f.percent && !f.hasScale
        && f.high == null) {
      String digits = tk.lower[f.first];
      if (digits.length() >= 8 && digits.indexOf(',') < 0 && digits.indexOf('.') < 0) {
        return false; // ids, phone numbers without separators
      }
      if (isYearLike(digits) && f.qStart == f.first && (!countNounFollows(after, te)
          || p >= ts && t.type[p] == WORD && YEAR_PREPOSITIONS.contains(t.lower[p]))) {
        return false;
      }
      // clock times without the dotted a.m./p.m. the noise pattern knows: "9 am", "10 GMT"
      if (after < te && tk.type[after] == WORD && FigureLexicon.TIME_UNITS.contains(tk.lower[after])
          && (tk.lower[after].equals("a.m.") || tk.lower[after].equals("p.m.") || tk.lower[after].equals("am")
          || tk.lower[after].equals("pm") || tk.lower[after].equals("gmt") || tk.lower[after].equals("et"))) {
        return false;
      }
      if (streetAddress(after, te)) {
        return false;
      }
    }
    // ratios "1 in 5", "12 out of 15" state shares, not counts: neither number is a figure
    if (after + 1 < te && (tk.isWord(after, "in") && tk.type[after + 1] == NUM && !isYearLike(tk.lower[after + 1])
        || tk.isWord(after, "out") && tk.isWord(after + 1, "of"))) {
      return false;
    }
    // compounds glued by a hyphen: "45-year-old", "10-day", "15-member"
    if (after + 1 < te && tk.isSym(after, '-') && tk.glued(after) && tk.glued(after + 1)
        && tk.type[after + 1] == WORD) {
      String c = tk.lower[after + 1];
      if (c.startsWith("year-old")) {
        f.age = f.currency.isEmpty() && !f.percent && f.high == null;
        f.last = after + 1;
        return f.age;
      }
      String head = c.indexOf('-') > 0 ? c.substring(0, c.indexOf('-')) : c;
      if (FigureLexicon.TIME_UNITS.contains(head) || FigureLexicon.TIME_UNITS.contains(head + "s")) {
        return false;
      }
      if (head.equals("percent")) {
        f.percent = true;
        f.unit = PERCENT;
        f.last = after + 1;
      } else if (FigureLexicon.MEASURES.containsKey(head)) {
        f.unit = FigureLexicon.MEASURES.get(head);
        f.last = after + 1;
      } else if (head.equals("strong")) {
        f.unit = PEOPLE;
        f.last = after + 1;
      } else if (!head.equals("plus")) {
        f.compound = head;
        f.last = after + 1;
      }
    }
    return true;
  }

  boolean isYearLike(String digits) {
    if (digits.length() != 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
        return false;
      }
    }
    int y = Integer.parseInt(digits);
    return y >= 1800 && y <= 2100;
  }

  boolean populationBound(int k, int te) {
    return k + 1 < te && (t.isWord(k, "and") || t.isWord(k, "or")) && (t.isWord(k + 1, "older")
        || t.isWord(k + 1, "over") || t.isWord(k + 1, "up") || t.isWord(k + 1, "above")
        || t.isWord(k + 1, "younger") || t.isWord(k + 1, "under") || t.isWord(k + 1, "below"))
        || k < te && (t.isWord(k, "to") || t.isWord(k, "through") || t.isWord(k, "and")) 
        || k < te && t.isSym(k, '-');
  }

  boolean countNounFollows(int k, int te) {
    if (k >= te || t.type[k] != WORD) {
      return false;
    }
    String w = t.lower[k];
    if (FigureLexicon.TIME_WORDS.contains(w) || FigureLexicon.STOP.contains(w) || t.capital[k]
        && places.lookup(w) == null) {
      return false;
    }
    return FigureLexicon.IRREGULAR_PLURALS.contains(w)
        || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
  }

  boolean streetAddress(int k, int te) {
    int caps = 0;
    while (k < te && caps < 4 && t.type[k] == WORD && t.capital[k]) {
      if (caps > 0 && FigureLexicon.STREET_SUFFIXES.contains(t.lower[k])) {
        return true;
      }
      caps++;
      k++;
    }
    return false;
  }
}
