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

/** What a figure counts: the noun and verb phrase after it, the subject before it, or the figure it is compared with. */
final class CountedRecognizer {
  private final FigureText x;
  private final FigureTokens t;
  private final Places places;
  private final Map<String, String> metrics;

  CountedRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.places = x.settings.places;
    this.metrics = x.settings.metrics;
  }

  /**
   * Finds the subject and metric of a figure from the words after it, else before it, else from the previous
   * figure of the sentence it is compared with. Returns the token to continue from (negative: skip to it).
   */
  int describe(Fig f, int k, int ts, int te, List<Fig> figs) {
    int j = k;
    if (j < te && t.type[j] == WORD && FigureLexicon.TIME_UNITS.contains(t.lower[j]) && !f.percent
        && f.currency.isEmpty()) {
      if (t.lower[j].equals("times") && hitBefore(f, ts)) {
        f.subject = "times hit"; // "hitting Gray eleven times": the hits, not a multiplier
        f.predicate = "hits";
        f.last = j;
        return j + 1;
      }
      return -(j + 1); // "three years", "five times": durations and multipliers
    }
    j = x.units.measureAfter(f, j, te);
    boolean measured = !f.unit.isEmpty() && !f.unit.equals(PEOPLE);
    // "$5 million a year on shelters": a rate between the number and what it counts
    if (j + 1 < te && (t.isWord(j, "a") || t.isWord(j, "per") || t.isWord(j, "each") || t.isWord(j, "every"))
        && (t.isWord(j + 1, "year") || t.isWord(j + 1, "month") || t.isWord(j + 1, "week") || t.isWord(j + 1, "day"))) {
      j += 2;
    } else if (j < te && (t.isWord(j, "annually") || t.isWord(j, "yearly") || t.isWord(j, "monthly")
        || t.isWord(j, "weekly") || t.isWord(j, "daily"))) {
      j++;
    }
    // "of the", "of all": 12% of voters, three of the victims, 5 tonnes of cocaine, thousands of people
    int np = j;
    String causer = "";
    if (np < te && t.isWord(np, "of")) {
      np++;
      while (np < te && t.type[np] == WORD && (t.lower[np].equals("the") || t.lower[np].equals("all")
          || t.lower[np].equals("its") || t.lower[np].equals("their") || t.lower[np].equals("those")
          || t.lower[np].equals("these") || t.lower[np].equals("his") || t.lower[np].equals("her"))) {
        np++;
      }
      if (np < te && t.type[np] == NUM) {
        return k; // "three of the 12 victims": the 12 carries the noun; this one is a part of it
      }
    } else if ((!f.currency.isEmpty() || measured) && np < te && (t.isWord(np, "in") || t.isWord(np, "for")
        || t.isWord(np, "on") || t.isWord(np, "worth"))) {
      int after = np + 1;
      while (after < te && (t.isWord(after, "the") || t.isWord(after, "a") || t.isWord(after, "an")
          || t.isWord(after, "its") || t.isWord(after, "their") || t.isWord(after, "new"))) {
        after++;
      }
      if (after < te && t.type[after] == WORD && !t.capital[after] && !FigureLexicon.STOP.contains(t.lower[after])) {
        np = after;
        causer = causer(f, ts);
      }
    }
    int[] phrase = nounPhrase(np, te);
    int subjectEnd = phrase[1];
    String verbPhrase = "";
    String verbBefore = "";
    if (phrase[1] > phrase[0] && f.qStart - 1 >= ts && t.type[f.qStart - 1] == WORD
        && x.metricKeys.isPersonLemma(Lemmatizer.lemma(t.lower[phrase[1] - 1]))) {
      String v = t.lower[f.qStart - 1];
      if (FigureLexicon.DONE_TO_PEOPLE.contains(v) || FigureLexicon.DEATH_VERBS.contains(Lemmatizer.lemma(v))) {
        verbBefore = v; // "has displaced more than 40,000 people", "killed 300 people"
      }
    }
    if (phrase[1] > phrase[0] && f.qStart - 1 >= ts && t.type[f.qStart - 1] == WORD
        && FigureLexicon.JOB_LOSS_VERBS.contains(t.lower[f.qStart - 1])
        && Lemmatizer.lemma(t.lower[phrase[1] - 1]).equals("job")) {
      verbBefore = "lost"; // "Arizona lost 18,832 jobs", "employers shed 4,000 jobs": the jobs lost
    }
    if (phrase[1] > phrase[0]) {
      // a participle or verb phrase saying what happened to those counted: people displaced, died from overdoses
      int[] vp = verbPhrase(phrase[1], te, Lemmatizer.lemma(t.lower[phrase[1] - 1]));
      if (vp[1] > vp[0]) {
        verbPhrase = x.join(vp[0], vp[1]);
        subjectEnd = vp[1];
      }
    }
    String head = phrase[1] > phrase[0] ? Lemmatizer.lemma(t.lower[phrase[1] - 1]) : "";
    if (!head.isEmpty() && (FigureLexicon.TIME_UNITS.contains(t.lower[phrase[1] - 1])) && phrase[1] - phrase[0] == 1) {
      return -(phrase[1]);
    }
    if (phrase[1] > phrase[0]) {
      String change = FigureLexicon.CHANGE_NOUNS.get(head);
      if (change != null && (f.percent || !f.currency.isEmpty() || f.unit.equals(PERCENTAGE_POINTS))) {
        f.changeDirection = change;
        int of = phrase[1];
        String metric = "";
        if (of + 1 < te && (t.isWord(of, "in") || t.isWord(of, "of"))) {
          int[] target = nounPhrase(of + 1, te);
          if (target[1] > target[0] && !x.scopes.isPlace(target[0], target[1])) {
            metric = x.metricKeys.metricKey(x.metricKeys.lemmas(target[0], target[1], ""));
            subjectEnd = target[1];
          }
        }
        f.subject = x.join(phrase[0], subjectEnd);
        f.predicate = metric.isEmpty() ? change : metric + "_" + change;
        return Math.max(k, f.last + 1);
      }
      f.subject = verbPhrase.isEmpty() ? x.join(phrase[0], phrase[1]) : x.join(phrase[0], phrase[1]) + " " + verbPhrase;
      f.nounEnd = subjectEnd;
      if (!f.compound.isEmpty()) {
        f.subject = f.compound + " " + f.subject;
        f.predicate = x.metricKeys.metricKey(x.metricKeys.lemmas(phrase[0], phrase[1], "")) + "_" + Lemmatizer.lemma(f.compound);
      } else if (!causer.isEmpty() && phrase[1] - phrase[0] == 1) {
        // "floods caused $1.1bn in damage": flood damage, as "flood damage totalled $1.9bn" says it
        f.subject = causer + " " + f.subject;
        List<String> words = new ArrayList<>();
        words.add(Lemmatizer.lemma(causer));
        words.addAll(x.metricKeys.lemmas(phrase[0], phrase[1], ""));
        f.predicate = x.metricKeys.metricKey(words);
      } else {
        f.predicate = x.metricKeys.metricKey(x.metricKeys.lemmas(phrase[0], phrase[1], verbPhrase.isEmpty() ? verbBefore : verbPhrase));
      }
      if (f.unit.isEmpty() && (FigureLexicon.PERSON_NOUNS.contains(head) || x.scopes.isDemonym(phrase[1] - 1)
          || FigureLexicon.DEATH_VERBS.contains(x.metricKeys.firstLemma(verbPhrase)) || x.metricKeys.countsPeople(f.predicate))) {
        f.unit = PEOPLE;
      }
      x.units.rate(f, subjectEnd, te);
      return Math.max(k, f.last + 1);
    }
    if (!f.compound.isEmpty()) {
      f.subject = f.compound;
      f.predicate = Lemmatizer.lemma(f.compound);
      return Math.max(k, f.last + 1);
    }
    if (f.qualifier.equals(VAGUE) || f.qualifier.equals(ORDINAL)) {
      return Math.max(k, f.last + 1);
    }
    leftSubject(f, ts, figs);
    if (f.predicate.isEmpty() && measured && t.type[f.last] == NUM && !t.suffix[f.last].isEmpty()) {
      // "falling about 60m from a ridge": the unit glued to the number is all that says what is measured
      f.subject = t.suffix[f.last];
      f.predicate = t.suffix[f.last];
    }
    if (f.predicate.isEmpty() && measured && t.type[f.last] == WORD) {
      // "burned more than 12,000 acres": what is measured is the area itself
      f.subject = t.raw(f.last);
      f.predicate = Lemmatizer.lemma(t.lower[f.last]);
      if (f.unit.equals("acres") || f.unit.equals("hectares") || f.unit.equals("square miles")
          || f.unit.equals("km2")) {
        // "wildfires burned 4.2 million acres", "6.3 million acres burned": the area burned, one metric however
        // the sentence turns it; other acres (farmland, a park) stay the bare area
        boolean before = f.qStart - 1 >= ts && t.type[f.qStart - 1] == WORD
            && FigureLexicon.FIRE_VERBS.contains(t.lower[f.qStart - 1]);
        int a = f.last + 1;
        while (a < te && (t.isWord(a, "were") || t.isWord(a, "was") || t.isWord(a, "have") || t.isWord(a, "had")
            || t.isWord(a, "has") || t.isWord(a, "been"))) {
          a++;
        }
        boolean after = a < te && t.type[a] == WORD && FigureLexicon.FIRE_VERBS.contains(t.lower[a]);
        if (before || after) {
          f.subject = t.raw(f.last) + " burned";
          f.predicate = "area_burned";
        }
      }
    }
    return Math.max(k, f.last + 1);
  }

  /** Words of a counted noun phrase starting at k: {@code [start, end)} token indexes, empty when none. */
  int[] nounPhrase(int k, int te) {
    int s = k;
    int words = 0;
    while (k < te && words < 4 && t.type[k] == WORD) {
      String w = t.lower[k];
      if (FigureLexicon.STOP.contains(w) || FigureLexicon.VERBS.contains(w) || FigureLexicon.TIME_WORDS.contains(w)
          || NumberParser.isNumberWord(w) || w.endsWith("ly") && words == 0 && !w.equals("family")
          && !w.equals("ally") || w.equals("percent") || NumberParser.ordinalValue(w) > 0) {
        break;
      }
      if (w.endsWith("ed") && w.length() > 3 && !w.equals("hundred") && !w.equals("need")) {
        boolean attributive = words == 0 && k + 1 < te && t.type[k + 1] == WORD && !FigureLexicon.STOP.contains(t.lower[k + 1])
            && !FigureLexicon.VERBS.contains(t.lower[k + 1]) && !t.lower[k + 1].endsWith("ed")
            && !FigureLexicon.TIME_WORDS.contains(t.lower[k + 1]);
        if (!attributive) {
          break;
        }
      }
      if (words > 0 && t.capital[k] && !t.capital[k - 1] && places.lookup(w) == null) {
        break; // a capitalized word after a common noun starts a name, not more of this phrase
      }
      k++;
      words++;
      if (k < te && t.isWord(k, "'s") || x.metricKeys.pluralNoun(w)) {
        break; // English compounds pluralize their head: "overdose deaths", then the clause goes on
      }
    }
    // a place name alone is not a counted noun ("in Kenya 300")
    if (k > s && x.scopes.isPlace(s, k)) {
      return new int[] {s, s};
    }
    return new int[] {s, k};
  }

  /**
   * After a counted noun: {@code displaced}, {@code were killed}, {@code died from opioid-related overdoses},
   * {@code lost their jobs}. Returns the token span of the phrase without auxiliaries; empty when there is none.
   */
  int[] verbPhrase(int k, int te, String headLemma) {
    int s = k;
    // "1,055 homicides were reported": reporting says how the count is known, not what is counted; kept in the
    // key it made "homicide_report" and "homicide" two metrics
    int r = k;
    while (r < te && t.type[r] == WORD && (t.lower[r].equals("were") || t.lower[r].equals("was")
        || t.lower[r].equals("have") || t.lower[r].equals("has") || t.lower[r].equals("been"))) {
      r++;
    }
    if (r < te && t.type[r] == WORD && FigureLexicon.REPORTING_PARTICIPLES.contains(t.lower[r])) {
      return new int[] {s, s};
    }
    if (k < te && t.type[k] == WORD && FigureLexicon.POST_PARTICIPLES.contains(t.lower[k])) {
      boolean persons = x.metricKeys.isPersonLemma(headLemma) || x.scopes.isDemonym(k - 1);
      return new int[] {k, persons ? objectEnd(k + 1, te, Lemmatizer.lemma(t.lower[k])) : k + 1};
    }
    boolean person = FigureLexicon.PERSON_NOUNS.contains(headLemma) || x.scopes.isDemonym(k - 1);
    int aux = k;
    while (aux < te && t.type[aux] == WORD && (t.lower[aux].equals("were") || t.lower[aux].equals("was")
        || t.lower[aux].equals("have") || t.lower[aux].equals("has") || t.lower[aux].equals("had")
        || t.lower[aux].equals("been") || t.lower[aux].equals("are") || t.lower[aux].equals("is")
        || t.lower[aux].endsWith("ly") && aux > k)) {
      aux++;
    }
    if (aux >= te || t.type[aux] != WORD) {
      return new int[] {s, s};
    }
    String v = t.lower[aux];
    String lemma = Lemmatizer.lemma(v);
    boolean death = FigureLexicon.DEATH_VERBS.contains(lemma);
    boolean participle = FigureLexicon.POST_PARTICIPLES.contains(v);
    if (!(person && (death || participle) || aux > k && participle)) {
      return new int[] {s, s};
    }
    int e = objectEnd(aux + 1, te, lemma);
    if (death && e + 1 < te && (t.isWord(e, "from") || t.isWord(e, "of"))) {
      int[] cause = nounPhrase(e + 1, te);
      if (cause[1] > cause[0]) {
        e = cause[1];
      }
    }
    return new int[] {aux, e};
  }

  /** End of the object of "lost their jobs" / "lost homes" when the verb is {@code lose}; else {@code e}. */
  int objectEnd(int e, int te, String verbLemma) {
    if (!verbLemma.equals("lose") || e >= te) {
      return e;
    }
    int s = e;
    if (t.isWord(s, "their") || t.isWord(s, "his") || t.isWord(s, "her")) {
      s++;
    }
    int[] object = nounPhrase(s, te);
    return object[1] > object[0] ? object[1] : e;
  }

  /**
   * The cause of a sum of damage: the noun right before a cause verb before the figure ({@code floods} in
   * {@code Floods caused $1.1bn in damage}); empty when there is none.
   */
  String causer(Fig f, int ts) {
    int v = f.qStart - 1;
    if (v - 1 < ts || t.type[v] != WORD || !FigureLexicon.CAUSE_VERBS.contains(t.lower[v])) {
      return "";
    }
    int n = v - 1;
    if (t.type[n] != WORD || FigureLexicon.STOP.contains(t.lower[n]) || FigureLexicon.VERBS.contains(t.lower[n])
        || x.scopes.isPlace(n, n + 1) || t.capital[n] && !x.scopes.isSentenceStart(n) && !x.isDash(n - 1)) {
      return "";
    }
    return t.lower[n];
  }

  /** Subject and metric from the words before the number: {@code the death toll rose to 1,400}. */
  void leftSubject(Fig f, int ts, List<Fig> figs) {
    int k = f.qStart - 1;
    // compared with an earlier figure of the sentence: "1,400, up from 1,200", "compared with 900"
    if (k >= ts && (t.isWord(k, "than") || t.isWord(k, "versus") || t.isWord(k, "vs")
        || t.isWord(k, "from") && k - 1 >= ts && (t.isWord(k - 1, "up") || t.isWord(k - 1, "down"))
        || (t.isWord(k, "with") || t.isWord(k, "to")) && k - 1 >= ts && t.isWord(k - 1, "compared"))) {
      inherit(f, figs, false);
      return;
    }
    String direction = "";
    boolean to = false;
    int steps = 0;
    int previousEnd = figs.isEmpty() ? -1 : figs.get(figs.size() - 1).last;
    while (k >= ts && steps < 6) {
      if (t.type[k] == NUM || k <= previousEnd) {
        // "rose 2 percentage points to 5.9%": the second number is the level of the first one's metric
        inherit(f, figs, to);
        return;
      }
      if (t.type[k] != WORD) {
        if (t.isSym(k, ':') && steps == 0) {
          k--;
          break;
        }
        if (!direction.isEmpty() && !to && !figs.isEmpty()) {
          // "grew to 30.5 million, up 1.6%": the change of the figure just stated
          inherit(f, figs, true);
          f.predicate = f.predicate + "_" + direction;
          f.changeDirection = direction;
        }
        return;
      }
      String w = t.lower[k];
      String d = FigureLexicon.CHAIN.get(w);
      if (d != null) {
        if (!d.isEmpty() && direction.isEmpty()) {
          direction = d;
        }
        if (w.equals("to") || w.equals("from")) {
          to = true; // "rose from 1,200 to 1,400": both are levels
        }
        k--;
        steps++;
        continue;
      }
      PlaceRecognizer.Mention place = x.scopes.placeEndingAt(k);
      int before = place == null ? -1 : place.first - 1;
      if (before >= ts && t.isWord(before, "the")) {
        before--; // "in the U.S."
      }
      if (place != null && before >= ts && (t.isWord(before, "in") || t.isWord(before, "across")
          || t.isWord(before, "for") || t.isWord(before, "of"))) {
        k = before - 1;
        steps++;
        continue;
      }
      if (w.endsWith("ly") && steps > 0) {
        k--;
        continue;
      }
      break;
    }
    if (steps == 0 && k >= ts && !f.currency.isEmpty() && FigureLexicon.MONEY_VERBS.contains(t.lower[k])) {
      moneyActor(f, k, ts);
      return;
    }
    if (steps == 0 || k < ts) {
      return;
    }
    int end = k + 1;
    int words = 0;
    // "the agency put flood damage at $1.8bn": the estimate verb ends what is estimated
    while (k >= ts && words < 4 && t.type[k] == WORD && !FigureLexicon.STOP.contains(t.lower[k])
        && !FigureLexicon.VERBS.contains(t.lower[k]) && !FigureLexicon.TIME_WORDS.contains(t.lower[k])
        && !(words > 0 && FigureLexicon.ESTIMATE_VERBS.contains(t.lower[k]))
        && !t.lower[k].endsWith("ly") && !NumberParser.isNumberWord(t.lower[k])) {
      k--;
      words++;
    }
    int start = k + 1;
    if (start >= end || x.scopes.isPlace(start, end)) {
      return;
    }
    String metric = x.metricKeys.metricKey(x.metricKeys.lemmas(start, end, ""));
    if (metric.isEmpty()) {
      // "while the national total hit 107,000": the same metric as the figure it is set against
      inherit(f, figs, true);
      return;
    }
    f.subject = x.join(start, end);
    boolean change = !direction.isEmpty() && !to;
    if (change) {
      f.changeDirection = direction;
      f.predicate = metric + "_" + direction;
    } else {
      f.predicate = metric;
      String head = Lemmatizer.lemma(t.lower[end - 1]);
      if (f.unit.isEmpty() && (FigureLexicon.PERSON_NOUNS.contains(head) || x.scopes.isDemonym(end - 1)
          || x.metricKeys.countsPeople(metric))) {
        f.unit = PEOPLE;
      }
    }
  }

  /**
   * {@code The Treasury borrowed £18.5bn}: a sum with no noun after it is what its actor did with money; the metric
   * joins both ({@code treasury_borrow}) so two actors' sums never meet.
   */
  void moneyActor(Fig f, int verb, int ts) {
    int k = verb - 1;
    while (k >= ts && t.type[k] == WORD && (t.lower[k].equals("has") || t.lower[k].equals("have")
        || t.lower[k].equals("had") || t.lower[k].equals("will") || t.lower[k].endsWith("ly"))) {
      k--;
    }
    int end = k + 1;
    int words = 0;
    while (k >= ts && words < 4 && t.type[k] == WORD && !FigureLexicon.STOP.contains(t.lower[k])
        && !FigureLexicon.VERBS.contains(t.lower[k]) && !FigureLexicon.TIME_WORDS.contains(t.lower[k])) {
      k--;
      words++;
    }
    if (words == 0) {
      return;
    }
    String actor = x.metricKeys.metricKey(x.metricKeys.lemmas(k + 1, end, ""));
    if (actor.isEmpty()) {
      return;
    }
    f.subject = x.join(k + 1, end) + " " + t.raw(verb);
    f.predicate = actor + "_" + Lemmatizer.lemma(t.lower[verb]);
  }

  /** Takes the subject and metric of the sentence's previous figure; {@code level}: drop its change direction. */
  void inherit(Fig f, List<Fig> figs, boolean level) {
    if (figs.isEmpty()) {
      return;
    }
    Fig prev = figs.get(figs.size() - 1);
    f.subject = prev.subject;
    f.predicate = prev.predicate;
    f.changeDirection = prev.changeDirection;
    boolean levelOfChange = level && !prev.changeDirection.isEmpty()
        && prev.predicate.endsWith("_" + prev.changeDirection);
    if (levelOfChange) {
      f.predicate = prev.predicate.substring(0, prev.predicate.length() - prev.changeDirection.length() - 1);
      f.changeDirection = "";
      if (f.predicate.isEmpty()) {
        f.predicate = prev.changeDirection;
      }
    }
    if (f.unit.isEmpty()) {
      boolean relative = prev.unit.equals(PERCENT) || prev.unit.equals(PERCENTAGE_POINTS);
      if (levelOfChange && relative) {
        // "fell 3% ... to about 107,500": the level is a count, not a percentage
        f.unit = x.metricKeys.countsPeople(f.predicate) ? PEOPLE : "";
      } else {
        f.unit = prev.unit;
      }
    }
  }

  /** A verb of hitting within three words before the figure, its object between ("hitting Gray eleven times"). */
  boolean hitBefore(Fig f, int ts) {
    for (int k = f.qStart - 1; k >= Math.max(ts, f.qStart - 4); k--) {
      if (t.isWord(k, "hitting") || t.isWord(k, "hit") || t.isWord(k, "struck") || t.isWord(k, "striking")) {
        return true;
      }
    }
    return false;
  }
}
