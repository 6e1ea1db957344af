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

/** The metric key of a counted phrase: lemmas mapped through the synonym lexicon. */
final class MetricKeys {
  private static final java.util.Set<String> POST_PARTICIPLE_LEMMAS = new java.util.HashSet<>();

  static {
    for (String p : FigureLexicon.POST_PARTICIPLES) {
      POST_PARTICIPLE_LEMMAS.add(Lemmatizer.lemma(p));
    }
  }

  private final FigureText x;
  private final FigureTokens t;
  private final BitSet placeTokens;
  private final Places places;
  private final Map<String, String> metrics;
  private final int maxMetricWords;

  MetricKeys(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.placeTokens = x.placeTokens;
    this.places = x.settings.places;
    this.metrics = x.settings.metrics;
    this.maxMetricWords = x.settings.maxMetricWords;
  }

  /** Whether a metric key counts persons: its last word is a person noun ({@code overdose_deaths}, {@code displaced_people}). */
  boolean countsPeople(String metric) {
    int u = metric.lastIndexOf('_');
    return FigureLexicon.PERSON_NOUNS.contains(Lemmatizer.lemma(u < 0 ? metric : metric.substring(u + 1)));
  }

  /** Lemmas of tokens [s, e) plus an optional verb phrase, degree words dropped. */
  List<String> lemmas(int s, int e, String verbPhrase) {
    List<String> out = new ArrayList<>(e - s + 4);
    for (int k = s; k < e; k++) {
      if (t.type[k] != WORD) {
        continue;
      }
      if (placeTokens.get(k) && !(x.scopes.isDemonym(k) && k == e - 1)) {
        continue; // "Vermont residents" counts residents; Vermont is the scope. "12,000 Vermonters" counts people.
      }
      String l = Lemmatizer.lemma(t.lower[k]);
      if (!FigureLexicon.METRIC_DROP.contains(l)) {
        out.add(l);
      }
    }
    if (!verbPhrase.isEmpty()) {
      for (String w : verbPhrase.split(" ")) {
        String l = Lemmatizer.lemma(w);
        if (!FigureLexicon.METRIC_DROP.contains(l) || l.equals("of")) {
          out.add(l);
        }
      }
    }
    return out;
  }

  String firstLemma(String phrase) {
    if (phrase.isEmpty()) {
      return "";
    }
    int sp = phrase.indexOf(' ');
    return Lemmatizer.lemma(sp < 0 ? phrase : phrase.substring(0, sp));
  }

  /**
   * The metric key of a lemmatized phrase: the whole phrase or its longest ending found in the synonym lexicon,
   * after rewriting "people die from X" as "X death" and person nouns before a participle as "people"; else the
   * phrase itself joined with {@code _}.
   */
  String metricKey(List<String> words) {
    if (words.isEmpty()) {
      return "";
    }
    String direct = metrics.get(String.join(" ", words));
    if (direct != null) {
      return direct;
    }
    List<String> w = words;
    for (int i = 0; i < w.size(); i++) {
      if (FigureLexicon.DEATH_VERBS.contains(w.get(i)) && i > 0) {
        List<String> r = new ArrayList<>();
        int c = i + 1;
        if (c < w.size() && (w.get(c).equals("from") || w.get(c).equals("of"))) {
          c++;
        }
        r.addAll(w.subList(c, w.size()));
        r.add("death");
        w = r;
        break;
      }
      if (i > 0 && w.get(i).equals("lose") && i + 1 < w.size() && isPersonLemma(w.get(i - 1))) {
        // "workers lost their jobs" -> "job lose", the form of "jobs lost"
        List<String> r = new ArrayList<>();
        for (String x : w.subList(i + 1, w.size())) {
          if (!x.equals("their") && !x.equals("his") && !x.equals("her")) {
            r.add(x);
          }
        }
        r.add("lose");
        w = r;
        break;
      }
      if (i > 0 && POST_PARTICIPLE_LEMMAS.contains(w.get(i)) && isPersonLemma(w.get(i - 1))) {
        List<String> r = new ArrayList<>(w);
        r.set(i - 1, "people");
        w = r;
        break;
      }
    }
    String whole = metrics.get(String.join(" ", w));
    if (whole != null) {
      return whole;
    }
    int n = w.size();
    for (int len = Math.min(n - 1, maxMetricWords); len >= 1; len--) {
      String key = metrics.get(String.join(" ", w.subList(n - len, n)));
      if (key != null) {
        if (len == 1) {
          // a generic head ("death", "job"): keep the modifiers that make it specific ("cholera deaths")
          return String.join("_", w.subList(0, n - 1)) + "_" + key;
        }
        return key;
      }
    }
    // a known metric inside the phrase that does not end it: "overdose death rate" stays itself
    return String.join("_", w);
  }

  /** A plural-looking noun: {@code deaths}, {@code people}, {@code migrants}; not {@code crisis} or {@code virus}. */
  boolean pluralNoun(String w) {
    if (FigureLexicon.IRREGULAR_PLURALS.contains(w)) {
      return true;
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("sis")
        && !w.endsWith("'s") && !FigureLexicon.STOP.contains(w) && !Lemmatizer.lemma(w).equals(w);
  }

  /** A lemma naming persons: a person noun or a demonym ({@code vermonter}, {@code kenyan}). */
  boolean isPersonLemma(String lemma) {
    if (FigureLexicon.PERSON_NOUNS.contains(lemma)) {
      return true;
    }
    Places.Place p = places.lookup(lemma + "s");
    if (p == null) {
      p = places.lookup(lemma);
    }
    return p != null && p.type.equals(Places.DEMONYM);
  }
}
