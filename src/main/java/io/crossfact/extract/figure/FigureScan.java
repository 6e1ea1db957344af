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

/** The pipeline of one article: sentences, figures read in each, recognizers applied, assertions emitted. */
final class FigureScan {
  /** {@link #WORD_CLASS} bit: the word can open a figure (number, ordinal, vague magnitude, currency, "a"). */
  static final int STARTS_FIGURE = 1;
  /** {@link #WORD_CLASS} bit: the word can refer back to a place ({@code nationwide}, {@code the state}). */
  static final int ANAPHOR = 2;
  /** Every word the scan must look at twice, with what it may be; all other words cost one failed lookup. */
  static final Map<String, Integer> WORD_CLASS = new HashMap<>();

  static {
    List<String> openers = new ArrayList<>(List.of("a", "an", "hundred", "dozen", "thousand", "million", "billion",
        "trillion"));
    openers.addAll(FigureLexicon.VAGUE_STARTS);
    openers.addAll(FigureLexicon.CURRENCY_PREFIX_WORDS.keySet());
    openers.addAll(FigureLexicon.CURRENCY_CODES.keySet());
    for (String u : new String[] {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}) {
      openers.add(u);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] ords = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    openers.addAll(List.of(ords));
    for (String t : tens) {
      openers.add(t);
      openers.add(t.substring(0, t.length() - 1) + "ieth");
      for (String u : new String[] {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}) {
        openers.add(t + "-" + u);
      }
      for (String o : new String[] {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth"}) {
        openers.add(t + "-" + o);
      }
    }
    for (String w : openers) {
      WORD_CLASS.merge(w, STARTS_FIGURE, (x, y) -> x | y);
    }
    for (String w : new String[] {"nationwide", "nationally", "national", "statewide", "citywide", "country", "nation",
        "state", "city"}) {
      WORD_CLASS.merge(w, ANAPHOR, (x, y) -> x | y);
    }
  }

  private final FigureText x;
  private final FigureTokens t;
  private final String body;
  private final String text;
  private final Article article;

  FigureScan(FigureText x) {
    this.x = x;
    this.t = x.t;
    this.body = x.body;
    this.text = x.text;
    this.article = x.article;
  }

  void scan(List<Assertion> out) {
    x.scopes.findPlaces();
    List<int[]> sentences = Sentences.spans(body);
    int tok = 0;
    List<Fig> figs = new ArrayList<>();
    for (int[] span : sentences) {
      while (tok < t.size && t.start[tok] < span[0]) {
        tok++;
      }
      int ts = tok;
      int te = ts;
      while (te < t.size && t.start[te] < span[1]) {
        te++;
      }
      tok = te;
      if (te == ts) {
        continue;
      }
      figs.clear();
      x.clauseOf = null;
      int i = ts;
      while (i < te) {
        int next = read(i, ts, te, figs);
        i = Math.max(next, i + 1);
      }
      if (!figs.isEmpty()) {
        emit(figs, span, ts, te, out);
      }
    }
  }

  /** Reads a figure starting at token i; adds it to figs when it is one. Returns the next token to look at. */
  int read(int i, int ts, int te, List<Fig> figs) {
    byte ty = t.type[i];
    if (ty == WORD) {
      String w = t.lower[i];
      Integer cls = WORD_CLASS.get(w);
      if (w.equals("no") || w.equals("nobody")) {
        return x.numbers.readNone(i, ts, te, figs);
      }
      if (cls == null || (cls & STARTS_FIGURE) == 0) {
        return i + 1; // one lookup settles almost every word of the article
      }
      if (FigureLexicon.VAGUE_STARTS.contains(w)) {
        return x.numbers.readVague(i, ts, te, figs);
      }
      int ord = NumberParser.ordinalValue(w);
      if (ord > 1) {
        return x.numbers.readOrdinal(i, ord, ts, te, figs);
      }
      boolean article = (w.equals("a") || w.equals("an")) && i + 1 < te && t.type[i + 1] == WORD
          && (t.lower[i + 1].equals("hundred") || t.lower[i + 1].equals("dozen") || t.lower[i + 1].equals("thousand")
          || t.lower[i + 1].equals("million") || t.lower[i + 1].equals("billion"));
      boolean currencyPrefix = FigureLexicon.CURRENCY_PREFIX_WORDS.containsKey(w) && t.isSym(i + 1, '$')
          || FigureLexicon.CURRENCY_CODES.containsKey(w) && i + 1 < te && t.type[i + 1] == NUM;
      if (!article && !currencyPrefix && !NumberParser.isNumberWord(w)) {
        return i + 1;
      }
    } else if (ty == SYM && !FigureLexicon.CURRENCY_SYMBOLS.containsKey(t.lower[i])) {
      return i + 1;
    }
    Fig f = new Fig();
    int after = x.numbers.number(i, ts, te, f);
    if (after < 0) {
      return -after;
    }
    if (after == i) {
      return i + 1;
    }
    f.qStart = f.first;
    int tally = x.tallies.read(f, after, ts, te);
    if (tally > 0) {
      figs.add(f);
      return tally;
    }
    after = x.numbers.range(f, after, te);
    if (after < 0) {
      return -after;
    }
    x.qualifiers.qualifierBefore(f, ts);
    after = x.qualifiers.qualifierAfter(f, after, te);
    if (!x.nonFigures.notAFigure(f, ts, te, after)) {
      return after;
    }
    if (f.age) {
      f.subject = AGE;
      f.predicate = AGE;
      f.unit = YEARS;
      figs.add(f);
      return after;
    }
    int next = x.counted.describe(f, Math.max(after, f.last + 1), ts, te, figs);
    if (next < 0) {
      return -next;
    }
    if (!f.predicate.isEmpty()) {
      if (f.nounEnd > 0 && f.qualifier.isEmpty()) {
        int last = f.last;
        x.qualifiers.qualifierAfter(f, f.nounEnd, te); // "500 homes or more": the offsets stay on the number
        f.last = last;
      }
      figs.add(f);
    }
    return next;
  }

  void emit(List<Fig> figs, int[] span, int ts, int te, List<Assertion> out) {
    x.clauses(ts, te);
    List<String[]> periods = x.periods.periods(span[0], span[1], ts, te);
    String sentence = text.substring(span[0], span[1]);
    String attribution = AttributionRecognizer.source(sentence);
    for (Fig f : figs) {
      int clause = x.clauseOf[Math.max(0, Math.min(f.first, te - 1) - ts)];
      Assertion a = new Assertion();
      a.setArticleId(article.getArticleId());
      a.setKind(Assertion.FIGURE);
      a.setSource(article.getSource());
      a.setPublished(article.getPublished());
      a.setUrl(article.getUrl());
      a.setSubject(f.subject.strip());
      a.setPredicate(f.predicate);
      a.setValue(NumberParser.plain(f.value));
      a.setUnit(f.unit);
      a.setQualifier(f.qualifier);
      a.setScope(x.scopes.scope(f, ts, te, clause));
      a.setPeriod(x.periods.period(f, periods, ts, te, clause));
      a.setText(sentence);
      a.setStart(t.start[f.qStart]);
      a.setEnd(t.end[f.last]);
      a.setTextStart(span[0]);
      a.setTextEnd(span[1]);
      x.qualifiers.interval(f, a);
      String c = f.klass.isEmpty() ? x.classes.classOf(f, ts, te) : f.klass;
      a.setMetricClass(c);
      a.setAbout(c.isEmpty() ? "" : f.owner != null ? f.owner : x.classes.about(f, c, ts, te));
      a.setEvent(x.events.event(f, ts, te));
      a.setAttribution(attribution);
      out.add(a);
    }
  }
}
