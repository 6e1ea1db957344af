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

/** Number expressions: digits, words, scales, currency and percent signs, ranges, vague magnitudes, ordinals. */
final class NumberRecognizer {
  private final FigureText x;
  private final FigureTokens t;
  private final Article article;
  private final BitSet blocked;

  NumberRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.article = x.article;
    this.blocked = x.blocked;
  }

  /**
   * Reads the number itself with currency, scale and percent. Returns the token after it, {@code i} when there
   * is no number here, or a negative token index to skip to when the number is something else (a date, an id).
   */
  int number(int i, int ts, int te, Fig f) {
    int k = i;
    String cur = "";
    byte ty = t.type[k];
    if (ty == SYM) {
      cur = FigureLexicon.CURRENCY_SYMBOLS.getOrDefault(t.lower[k], "");
      if (cur.equals("USD") && k + 2 < te && t.type[k + 1] == WORD && t.glued(k + 1) && t.type[k + 2] == NUM
          && t.glued(k + 2) && FigureLexicon.CURRENCY_PREFIX_WORDS.containsKey(t.lower[k + 1])) {
        cur = FigureLexicon.CURRENCY_PREFIX_WORDS.get(t.lower[k + 1]); // "$US1 million", "$A40"
        k++;
      }
      if (cur.isEmpty() || k + 1 >= te || t.type[k + 1] != NUM) {
        return i;
      }
      k++;
    } else if (ty == WORD && FigureLexicon.CURRENCY_PREFIX_WORDS.containsKey(t.lower[k]) && k + 2 < te
        && t.isSym(k + 1, '$') && t.glued(k + 1) && t.type[k + 2] == NUM) {
      cur = FigureLexicon.CURRENCY_PREFIX_WORDS.get(t.lower[k]);
      k += 2;
    } else if (ty == WORD && FigureLexicon.CURRENCY_CODES.containsKey(t.lower[k]) && k + 1 < te
        && t.type[k + 1] == NUM && t.capital[k]) {
      cur = FigureLexicon.CURRENCY_CODES.get(t.lower[k]);
      k++;
    }
    f.first = i;
    f.currency = cur;
    if (t.type[k] == NUM) {
      if (blocked.get(t.start[k])) {
        return -(k + 1);
      }
      String suf = t.suffix[k];
      BigDecimal v = NumberParser.parseDigits(t.lower[k]);
      if (v == null) {
        return -(k + 1);
      }
      if (!suf.isEmpty()) {
        BigDecimal sc = NumberParser.scaleSuffix(suf);
        if (suf.equals("m") && cur.isEmpty() && !nextIsCountNoun(k + 1, te)) {
          sc = null;
        }
        if (sc != null) {
          v = v.multiply(sc);
          f.hasScale = true;
        } else if (FigureLexicon.MEASURES.containsKey(suf)) {
          f.unit = FigureLexicon.MEASURES.get(suf);
        } else {
          return -(k + 1); // 21st, 1990s, 5G, 3x: ordinals, decades, ids and multipliers
        }
      }
      k++;
      if (!f.hasScale && k < te && t.type[k] == WORD && NumberParser.scaleWord(t.lower[k]) != null) {
        v = v.multiply(NumberParser.scaleWord(t.lower[k]));
        f.hasScale = true;
        k++;
      }
      f.value = v;
    } else if (t.type[k] == WORD) {
      int s = k;
      List<String> parts = new ArrayList<>(4);
      while (k < te && t.type[k] == WORD) {
        String w = t.lower[k];
        boolean article = (w.equals("a") || w.equals("an")) && k == s && k + 1 < te
            && (t.isWord(k + 1, "hundred") || t.isWord(k + 1, "dozen") || t.isWord(k + 1, "thousand")
            || t.isWord(k + 1, "million") || t.isWord(k + 1, "billion"));
        boolean and = w.equals("and") && k > s && k + 1 < te && t.type[k + 1] == WORD
            && NumberParser.wordValue(t.lower[k + 1]) != null && (t.isWord(k - 1, "hundred")
            || t.isWord(k - 1, "thousand") || t.isWord(k - 1, "million"));
        if (!article && !and && !NumberParser.isNumberWord(w)) {
          break;
        }
        if (NumberParser.scaleWord(w) != null && !w.equals("thousand") && !w.equals("million")
            && !w.equals("billion") && !w.equals("trillion")) {
          break; // "bn"/"mn" spelled as words only follow digits
        }
        parts.add(w);
        k++;
      }
      if (parts.isEmpty()) {
        return i;
      }
      BigDecimal v = NumberParser.parseParts(parts);
      if (v == null) {
        return -k;
      }
      if (t.capital[s] && s != ts && !(s == ts + 1 && t.type[ts] == SYM) && !x.isDash(s - 1)) {
        return -k; // "Three Mile Island", "the Big Three": names; "LILONGWE — Four hundred deaths" opens a sentence
      }
      if (parts.size() == 1 && v.compareTo(BigDecimal.ONE) == 0 && !nextIsPersonOrUnit(k, te)) {
        return -k; // "one of", "one day": a pronoun or idiom far more often than a count
      }
      f.spelled = true;
      f.hasScale = parts.size() > 1;
      f.value = v;
    } else {
      return i;
    }
    k = x.units.afterNumber(f, k, te);
    f.last = k - 1;
    return k;
  }

  boolean nextIsCountNoun(int k, int te) {
    if (k >= te || t.type[k] != WORD) {
      return false;
    }
    String w = t.lower[k];
    return FigureLexicon.IRREGULAR_PLURALS.contains(w) || w.endsWith("s") && w.length() > 3 && !w.endsWith("ss");
  }

  boolean nextIsPersonOrUnit(int k, int te) {
    if (k >= te || t.type[k] != WORD) {
      return false;
    }
    String w = t.lower[k];
    return FigureLexicon.PERSON_NOUNS.contains(Lemmatizer.lemma(w)) || FigureLexicon.MEASURES.containsKey(w)
        || NumberParser.scaleWord(w) != null || w.equals("percent");
  }

  /** Joins a second number into a range; returns the token after, or a negative skip for scores and tallies. */
  int range(Fig f, int after, int te) {
    if (after >= te) {
      return after;
    }
    int k = after;
    boolean dash = t.type[k] == SYM && (t.lower[k].equals("-") || t.lower[k].equals("\u2013")
        || t.lower[k].equals("\u2014"));
    boolean between = f.first >= 1 && t.isWord(f.first - 1, "between");
    boolean word = t.isWord(k, "to") || t.isWord(k, "through") || t.isWord(k, "or")
        || between && t.isWord(k, "and");
    if (!dash && !word) {
      return after;
    }
    if (t.isWord(k, "to") && f.first >= 2 && t.isWord(f.first - 1, "from") && t.type[f.first - 2] == WORD
        && FigureLexicon.CHAIN.containsKey(t.lower[f.first - 2])
        && !FigureLexicon.CHAIN.get(t.lower[f.first - 2]).isEmpty()) {
      return after; // "rose from 1,200 to 1,400" is two values, not a range
    }
    if (k + 1 >= te) {
      return after;
    }
    Fig b = new Fig();
    int end = number(k + 1, 0, te, b);
    if (end <= k + 1) {
      if (dash && t.type[k + 1] == NUM && t.glued(k) && t.glued(k + 1)) {
        return -(k + 2); // "737-800", "2019-20": ids and seasons
      }
      return after;
    }
    if (!f.unit.isEmpty() && !f.unit.equals(b.unit)) {
      return after; // "rose 5% to 1,400": a change and a level, not a range
    }
    if (f.currency.isEmpty() && f.unit.isEmpty() && f.value != null && b.currency.isEmpty() && b.unit.isEmpty()
        && !f.hasScale && !b.hasScale && x.nonFigures.isYearLike(t.lower[f.first]) && x.nonFigures.isYearLike(t.lower[b.first])) {
      return -end; // "between 2019 and 2023" is a period
    }
    BigDecimal low = f.value;
    if (!f.hasScale && b.hasScale) {
      BigDecimal scale = scaleOf(b);
      if (scale != null && low.multiply(scale).compareTo(b.value) <= 0) {
        low = low.multiply(scale);
      }
    }
    if (b.value.compareTo(low) <= 0) {
      if (dash) {
        return -end; // "51-49", "3-1": tallies and scores
      }
      return after;
    }
    if (f.unit.isEmpty()) {
      f.unit = b.unit;
      f.percent = b.percent;
      f.currency = b.currency;
    }
    f.value = low;
    f.high = b.value;
    f.qualifier = RANGE;
    f.last = b.last;
    if (between) {
      f.qStart = f.first - 1;
    } else if (f.first >= 1 && t.isWord(f.first - 1, "from")) {
      f.qStart = f.first - 1;
    }
    return end;
  }

  /** The scale word or suffix inside a read number ({@code million} in {@code 6 million}), or {@code null}. */
  BigDecimal scaleOf(Fig b) {
    for (int k = b.first; k <= b.last; k++) {
      if (t.type[k] == NUM && !t.suffix[k].isEmpty() && NumberParser.scaleSuffix(t.suffix[k]) != null) {
        return NumberParser.scaleSuffix(t.suffix[k]);
      }
      if (t.type[k] == WORD && NumberParser.scaleWord(t.lower[k]) != null) {
        return NumberParser.scaleWord(t.lower[k]);
      }
    }
    return null;
  }

  /** A vague magnitude: {@code tens of thousands of people}. */
  int readVague(int i, int ts, int te, List<Fig> figs) {
    for (Object[] form : FigureLexicon.VAGUE_FORMS) {
      String[] words = (String[]) form[0];
      if (i + words.length > te) {
        continue;
      }
      boolean match = true;
      for (int w = 0; w < words.length; w++) {
        if (!t.isWord(i + w, words[w])) {
          match = false;
          break;
        }
      }
      if (!match) {
        continue;
      }
      Fig f = new Fig();
      f.first = i;
      f.qStart = i;
      f.last = i + words.length - 1;
      f.qualifier = VAGUE;
      f.vagueLow = (Double) form[1];
      f.vagueHigh = (Double) form[2];
      f.value = BigDecimal.valueOf(f.vagueLow);
      int after = f.last + 1;
      if (after < te && t.isWord(after, "more")) {
        after++;
      }
      if (after + 1 < te && t.isWord(after, "of") && t.type[after + 1] == WORD) {
        after++;
      } else {
        return f.last + 1;
      }
      int next = x.counted.describe(f, after, ts, te, figs);
      if (next < 0) {
        return -next;
      }
      if (!f.predicate.isEmpty()) {
        figs.add(f);
      }
      return Math.max(next, f.last + 1);
    }
    return i + 1;
  }

  /** {@code his sixth visit}: a count of occurrences, kept with qualifier {@code ordinal}. */
  int readOrdinal(int i, int value, int ts, int te, List<Fig> figs) {
    if (i == ts || t.capital[i] || !(t.type[i - 1] == WORD && FigureLexicon.ORDINAL_DETERMINERS.contains(t.lower[i - 1])
        || t.isWord(i - 1, "'s"))) {
      return i + 1;
    }
    if (i + 1 >= te || t.type[i + 1] != WORD || t.capital[i + 1]
        || FigureLexicon.ORDINAL_EXCLUDED.contains(t.lower[i + 1]) || FigureLexicon.STOP.contains(t.lower[i + 1])
        || FigureLexicon.TIME_UNITS.contains(t.lower[i + 1])) {
      return i + 1;
    }
    Fig f = new Fig();
    f.first = i;
    f.qStart = i;
    f.last = i;
    f.value = BigDecimal.valueOf(value);
    f.qualifier = ORDINAL;
    int next = x.counted.describe(f, i + 1, ts, te, figs);
    if (next < 0) {
      return -next;
    }
    if (!f.predicate.isEmpty()) {
      figs.add(f);
    }
    return Math.max(next, i + 1);
  }

  /** Participles that make "no one was killed" a count of zero, with the metric each gives. */
  private static final Map<String, String> NONE_OF = Map.of("killed", "deaths", "died", "deaths", "injured",
      "injuries", "hurt", "injuries", "wounded", "injuries", "arrested", "arrests");

  /** {@code no one was killed}, {@code nobody was hurt}: a count of zero. Returns the next token to look at. */
  int readNone(int i, int ts, int te, List<Fig> figs) {
    int k = i + (t.lower[i].equals("no") ? 1 : 0);
    if (k == i + 1 && !(k < te && (t.isWord(k, "one") || t.isWord(k, "people")))) {
      return i + 1;
    }
    int v = k + 1;
    while (v < te && v <= k + 3 && t.type[v] == WORD && (t.lower[v].equals("was") || t.lower[v].equals("were")
        || t.lower[v].equals("has") || t.lower[v].equals("have") || t.lower[v].equals("been")
        || t.lower[v].equals("had"))) {
      v++;
    }
    if (v >= te || t.type[v] != WORD || !NONE_OF.containsKey(t.lower[v])) {
      return i + 1;
    }
    Fig f = new Fig();
    f.first = i;
    f.qStart = i;
    f.last = k;
    f.value = BigDecimal.ZERO;
    f.unit = PEOPLE;
    f.subject = x.join(i, v + 1);
    f.predicate = NONE_OF.get(t.lower[v]);
    figs.add(f);
    return v + 1;
  }
}
