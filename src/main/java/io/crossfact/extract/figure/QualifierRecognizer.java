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

/** Qualifiers of a figure (about, more than, at least, or more, -plus) and the interval each implies. */
final class QualifierRecognizer {
  private static final String[][] QUALIFIER_WORDS;
  private static final String[] QUALIFIER_VALUES;

  static {
    String[][] q = FigureLexicon.QUALIFIERS.clone();
    java.util.Arrays.sort(q, (a, b) -> Integer.compare(b[0].split(" ").length, a[0].split(" ").length));
    QUALIFIER_WORDS = new String[q.length][];
    QUALIFIER_VALUES = new String[q.length];
    for (int i = 0; i < q.length; i++) {
      QUALIFIER_WORDS[i] = q[i][0].split(" ");
      QUALIFIER_VALUES[i] = q[i][1];
    }
  }

  private final FigureText x;
  private final FigureTokens t;
  private final double approx;
  private final double open;

  QualifierRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.approx = x.settings.approx;
    this.open = x.settings.open;
  }

  /** Qualifier words right before the expression ({@code more than}, {@code an estimated}). */
  void qualifierBefore(Fig f, int ts) {
    if (!f.qualifier.isEmpty()) {
      return;
    }
    int end = f.qStart; // exclusive
    for (int q = 0; q < QUALIFIER_WORDS.length; q++) {
      String[] words = QUALIFIER_WORDS[q];
      int s = end - words.length;
      if (s < ts) {
        continue;
      }
      boolean match = true;
      for (int w = 0; w < words.length; w++) {
        if (!t.isWord(s + w, words[w])) {
          match = false;
          break;
        }
      }
      if (match) {
        if (words.length == 1 && words[0].equals("some") && f.spelled && f.value.compareTo(BigDecimal.TEN) < 0) {
          continue; // "some three" is rare; "some two" is not a phrase
        }
        f.qualifier = QUALIFIER_VALUES[q];
        f.qStart = s;
        return;
      }
    }
  }

  /** Qualifiers after the expression: {@code or more}, {@code 500-plus}, {@code 500+}, {@code or so}. */
  int qualifierAfter(Fig f, int k, int te) {
    if (!f.qualifier.isEmpty() && !f.qualifier.equals(ABOUT)) {
      return k;
    }
    if (k + 1 < te && t.isWord(k, "or") && (t.isWord(k + 1, "more") || t.isWord(k + 1, "higher")
        || t.isWord(k + 1, "greater"))) {
      f.qualifier = AT_LEAST;
      f.last = k + 1;
      return k + 2;
    }
    if (k + 1 < te && t.isWord(k, "or") && (t.isWord(k + 1, "fewer") || t.isWord(k + 1, "less"))) {
      f.qualifier = AT_MOST;
      f.last = k + 1;
      return k + 2;
    }
    if (k + 1 < te && t.isWord(k, "or") && t.isWord(k + 1, "so")) {
      f.qualifier = ABOUT;
      f.last = k + 1;
      return k + 2;
    }
    if (k < te && t.isSym(k, '+') && t.glued(k)) {
      f.qualifier = AT_LEAST;
      f.last = k;
      return k + 1;
    }
    if (k + 1 < te && t.isSym(k, '-') && t.glued(k) && t.isWord(k + 1, "plus") && t.glued(k + 1)) {
      f.qualifier = AT_LEAST;
      f.last = k + 1;
      return k + 2;
    }
    return k;
  }

  boolean isQualifierWord(String w) {
    for (String[] q : QUALIFIER_WORDS) {
      if (q[q.length - 1].equals(w) || q[0].equals(w)) {
        return true;
      }
    }
    return w.equals("between") || w.equals("from");
  }

  void interval(Fig f, Assertion a) {
    double v = f.value.doubleValue();
    double lo = v;
    double hi = v;
    switch (f.qualifier) {
      case ABOUT:
        lo = v * (1 - approx);
        hi = v * (1 + approx);
        break;
      case OVER:
      case AT_LEAST:
        hi = v * (1 + open);
        break;
      case UNDER:
      case AT_MOST:
        lo = v * (1 - Math.min(open, 1));
        break;
      case NEARLY:
        lo = v * (1 - approx);
        break;
      case RANGE:
        hi = f.high.doubleValue();
        break;
      case VAGUE:
        lo = f.vagueLow;
        hi = f.vagueHigh;
        break;
      default:
        break;
    }
    a.setLow(lo);
    a.setHigh(hi);
  }
}
