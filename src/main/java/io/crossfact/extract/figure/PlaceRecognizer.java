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

/** Places named in the article, their anaphors, and the scope of a figure within its sentence. */
final class PlaceRecognizer {
  /** A place mention: token span, resolved canonical name. */
  static final class Mention {
    final int first;
    final int last;
    final String name;
    /** People of a place ({@code Kenyans}): scope only when the clause names no place itself. */
    final boolean demonym;

    Mention(int first, int last, String name, boolean demonym) {
      this.first = first;
      this.last = last;
      this.name = name;
      this.demonym = demonym;
    }
  }

  private final FigureText x;
  private final FigureTokens t;
  private final String body;
  private final List<PlaceRecognizer.Mention> mentions;
  private final BitSet placeTokens;
  private final Places places;

  PlaceRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.body = x.body;
    this.mentions = x.mentions;
    this.placeTokens = x.placeTokens;
    this.places = x.settings.places;
  }

  /** Last token of "Franklin County" / "St. Tammany Parish" starting at i (capitalized words), or -1. */
  int countyEnd(int i) {
    for (int k = i + 1; k < t.size && k <= i + 3; k++) {
      if (t.type[k] != WORD || !t.capital[k]) {
        return -1;
      }
      String w = t.lower[k];
      if (w.equals("county") || w.equals("parish") || w.equals("borough")) {
        return k;
      }
    }
    return -1;
  }

  void findPlaces() {
    String lastCountry = "";
    String lastState = "";
    String lastCity = "";
    int max = places.maxTokens();
    StringBuilder key = new StringBuilder(32);
    for (int i = 0; i < t.size; i++) {
      if (t.type[i] != WORD) {
        continue;
      }
      String w = t.lower[i];
      if (!t.capital[i] || isSentenceStart(i) && !places.mayStart(w)) {
        Integer cls = FigureScan.WORD_CLASS.get(w);
        if (cls == null || (cls & FigureScan.ANAPHOR) == 0) {
          continue;
        }
        // "National Guard" mid-sentence is a name; "Nationwide, ..." opening a sentence is the anaphor
        String anaphor = anaphor(i, lastCountry, lastState, lastCity);
        if (anaphor != null && !anaphor.isEmpty()) {
          mentions.add(new Mention(i, i, anaphor, false));
          placeTokens.set(i);
        }
        continue;
      }
      int county = countyEnd(i);
      if (county > i) {
        // "Franklin County recorded 412": a county is a scope of its own, nearer than the state of a dateline
        StringBuilder name = new StringBuilder();
        for (int k = i; k <= county; k++) {
          name.append(k > i ? " " : "").append(Character.toUpperCase(t.lower[k].charAt(0)))
              .append(t.lower[k].substring(1));
        }
        mentions.add(new Mention(i, county, name.toString(), false));
        placeTokens.set(i, county + 1);
        i = county;
        continue;
      }
      if (!places.mayStart(w)) {
        continue;
      }
      Places.Place best = null;
      int bestEnd = -1;
      key.setLength(0);
      for (int k = i; k < t.size && k < i + max; k++) {
        if (k > i) {
          if (t.spaced[k]) {
            key.append(' ');
          }
        }
        key.append(t.lower[k]);
        Places.Place p = places.lookup(key.toString());
        if (p != null) {
          best = p;
          bestEnd = k;
        }
        if (k + 1 < t.size && t.type[k + 1] == SYM && !t.lower[k + 1].equals(".") && !t.lower[k + 1].equals(",")) {
          break;
        }
      }
      if (best == null) {
        continue;
      }
      if (best.ambiguous && (i > 0 && t.type[i - 1] == WORD && t.capital[i - 1] && !isSentenceStart(i - 1)
          || bestEnd + 1 < t.size && t.type[bestEnd + 1] == WORD && t.capital[bestEnd + 1])) {
        continue;
      }
      if (bestEnd + 1 < t.size && t.type[bestEnd + 1] == WORD && t.capital[bestEnd + 1]
          && (FigureLexicon.STREET_SUFFIXES.contains(t.lower[bestEnd + 1]) || t.lower[bestEnd + 1].equals("university")
          || t.lower[bestEnd + 1].equals("college"))) {
        continue; // "Pennsylvania Avenue", "Kenya University"
      }
      mentions.add(new Mention(i, bestEnd, best.name, best.type.equals(Places.DEMONYM)));
      placeTokens.set(i, bestEnd + 1);
      switch (best.type) {
        case Places.STATE:
          lastState = best.name;
          lastCountry = best.country;
          break;
        case Places.CITY:
          lastCity = best.name;
          lastCountry = best.country;
          break;
        default:
          lastCountry = best.country;
          break;
      }
      i = bestEnd;
    }
  }

  boolean isSentenceStart(int i) {
    return i == 0 || t.type[i - 1] == SYM && (t.lower[i - 1].equals(".") || t.lower[i - 1].equals("\"")
        || t.lower[i - 1].equals("\u201C")) || t.lineStart[i];
  }

  /** {@code nationwide}, {@code the country}, {@code the state's}: the last country, state or city named. */
  String anaphor(int i, String country, String state, String city) {
    String w = t.lower[i];
    switch (w) {
      case "nationwide":
      case "nationally":
      case "national":
        return country;
      case "statewide":
        return state;
      case "citywide":
        return city;
      case "country":
      case "nation":
        return determined(i) ? country : null;
      case "state":
        return determined(i) && !(i + 1 < t.size && t.capital[i + 1]) ? state : null;
      case "city":
        return determined(i) ? city : null;
      default:
        return null;
    }
  }

  boolean determined(int i) {
    return i > 0 && t.type[i - 1] == WORD && FigureLexicon.ANAPHOR_DETERMINERS.contains(t.lower[i - 1]);
  }

  /** Whether every token of [s, e) belongs to a place name. */
  boolean isPlace(int s, int e) {
    return e > s && placeTokens.nextClearBit(s) >= e && !isDemonym(e - 1);
  }

  boolean isDemonym(int k) {
    if (k < 0 || t.type[k] != WORD || !t.capital[k]) {
      return false;
    }
    Places.Place p = places.lookup(t.lower[k]);
    return p != null && p.type.equals(Places.DEMONYM);
  }

  Mention placeEndingAt(int k) {
    for (Mention m : mentions) {
      if (m.last == k) {
        return m;
      }
      if (m.first > k) {
        break;
      }
    }
    return null;
  }

  String scope(Fig f, int ts, int te, int clause) {
    String best = "";
    int bestRank = Integer.MAX_VALUE;
    int bestDist = Integer.MAX_VALUE;
    int dateline = datelineEnd(ts, te);
    for (Mention m : mentions) {
      if (m.last < ts) {
        continue;
      }
      if (m.first >= te) {
        break;
      }
      boolean same = x.clauseOf[Math.max(m.first, ts) - ts] == clause;
      // same clause before other clauses; a named place before a demonym or a dateline's city (where the
      // reporter filed from, not what the figure counts); then the nearest
      int rank = (same ? 0 : 2) + (m.demonym ? 1 : 0) + (m.last < dateline ? 1 : 0);
      int dist = m.last < f.first ? f.first - m.last : m.first > f.last ? m.first - f.last : 0;
      if (rank < bestRank || rank == bestRank && dist < bestDist) {
        best = m.name;
        bestRank = rank;
        bestDist = dist;
      }
    }
    return best;
  }

  /**
   * The dash ending a dateline that opens the sentence ("MONTPELIER, Vt. — ..."): an all-capitals word first and a
   * dash within nine tokens; -1 when the sentence has no dateline.
   */
  int datelineEnd(int ts, int te) {
    if (ts >= te || t.type[ts] != WORD || !allCaps(ts)) {
      return -1;
    }
    for (int k = ts + 1; k < Math.min(te, ts + 10); k++) {
      if (x.isDash(k)) {
        return k;
      }
    }
    return -1;
  }

  private boolean allCaps(int k) {
    String w = body.substring(t.start[k], t.end[k]);
    boolean letters = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && w.length() >= 2;
  }
}
