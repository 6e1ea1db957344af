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

/** Units of a figure: measures after the number, rates per a denominator. */
final class UnitRecognizer {
  private final FigureText x;
  private final FigureTokens t;

  UnitRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
  }

  /**
   * Percent, currency words, pounds, percentage and basis points right after the number at token k; sets
   * {@code unit} (a currency already read from a symbol becomes the unit). Returns the token after what it read.
   */
  int afterNumber(Fig f, int k, int te) {
    if (k < te && t.isSym(k, '%')) {
      f.percent = true;
      k++;
    } else if (k < te && (t.isWord(k, "percent") || t.isWord(k, "pct"))) {
      f.percent = true;
      k++;
    } else if (k + 1 < te && t.isWord(k, "per") && t.isWord(k + 1, "cent")) {
      f.percent = true;
      k += 2;
    } else if (k < te && t.type[k] == WORD && FigureLexicon.CURRENCY_WORDS.containsKey(t.lower[k])
        && f.currency.isEmpty()) {
      f.currency = FigureLexicon.CURRENCY_WORDS.get(t.lower[k]);
      k++;
    } else if (k < te && t.isWord(k, "pounds") && f.currency.isEmpty()) {
      if (f.hasScale) {
        f.currency = "GBP";
      } else {
        f.unit = "lb";
      }
      k++;
    }
    if (f.percent && k + 1 < te && t.isWord(k, "percentage") && (t.isWord(k + 1, "points")
        || t.isWord(k + 1, "point"))) {
      k += 2;
    }
    if (!f.percent && k + 1 < te && t.isWord(k, "percentage")
        && (t.isWord(k + 1, "points") || t.isWord(k + 1, "point"))) {
      f.unit = PERCENTAGE_POINTS;
      k += 2;
    } else if (!f.percent && k + 1 < te && t.isWord(k, "basis") && t.isWord(k + 1, "points")) {
      f.unit = "basis points";
      k += 2;
    }
    if (f.percent) {
      f.unit = PERCENT;
    } else if (!f.currency.isEmpty()) {
      f.unit = f.currency;
    }
    return k;
  }

  /** A measure word after the number ({@code 600 metres}, {@code km/h}); returns the token after it. */
  int measureAfter(Fig f, int j, int te) {
    if (f.unit.isEmpty() && j < te && t.type[j] == WORD) {
      for (String[] pair : FigureLexicon.MEASURE_PAIRS) {
        if (j + 1 < te && t.isWord(j, pair[0]) && t.isWord(j + 1, pair[1])) {
          f.unit = pair[2];
          f.last = j + 1;
          j += 2;
          break;
        }
      }
      if (f.unit.isEmpty() && FigureLexicon.MEASURES.containsKey(t.lower[j]) && !t.capital[j]) {
        f.unit = FigureLexicon.MEASURES.get(t.lower[j]);
        f.last = j;
        j++;
        if (j + 1 < te && t.isSym(j, '/') && t.glued(j) && t.isWord(j + 1, "h") && t.glued(j + 1)) {
          f.unit = f.unit + "/h";
          f.last = j + 1;
          j += 2;
        }
      }
    }
    return j;
  }

  /** {@code 12 deaths per 100,000 residents}: the unit becomes the denominator. */
  void rate(Fig f, int k, int te) {
    if (k + 1 < te && t.isWord(k, "per") && t.type[k + 1] == NUM) {
      BigDecimal d = NumberParser.parseDigits(t.lower[k + 1]);
      if (d != null) {
        int e = k + 2;
        if (e < te && t.type[e] == WORD && NumberParser.scaleWord(t.lower[e]) != null) {
          d = d.multiply(NumberParser.scaleWord(t.lower[e]));
        }
        f.unit = "per " + NumberParser.plain(d);
      }
    }
  }
}
