package io.crossfact.extract;

import static io.crossfact.extract.FigureLexicon.ABOUT;
import static io.crossfact.extract.FigureLexicon.AT_LEAST;
import static io.crossfact.extract.FigureLexicon.AT_MOST;
import static io.crossfact.extract.FigureLexicon.NEARLY;
import static io.crossfact.extract.FigureLexicon.ORDINAL;
import static io.crossfact.extract.FigureLexicon.OVER;
import static io.crossfact.extract.FigureLexicon.RANGE;
import static io.crossfact.extract.FigureLexicon.UNDER;
import static io.crossfact.extract.FigureLexicon.VAGUE;
import static io.crossfact.extract.FigureTokens.NUM;
import static io.crossfact.extract.FigureTokens.SYM;
import static io.crossfact.extract.FigureTokens.WORD;

import io.crossfact.config.CrossfactConfig;
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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure assertions: the numbers an article states, with what they count, where and when.
 *
 * <p>For each number expression in the body ({@code 1,400}, {@code 1.4 million}, {@code $2.3bn}, {@code five
 * hundred}, {@code 12.5%}, {@code between 60,000 and 70,000}, {@code tens of thousands}, {@code his sixth visit}) it
 * emits {@code value} (plain decimal), {@code unit} ({@code people}, {@code %}, {@code percentage points}, a currency
 * code, a measure such as {@code km}; else empty), {@code qualifier} and the interval {@code low}/{@code high} it
 * implies, {@code subject} (the counted phrase as written), {@code predicate} (the metric key: the phrase lemmatized and
 * mapped through {@code metric-synonyms.csv}, so {@code died from opioid-related overdoses}, {@code overdose deaths}
 * and {@code fatal overdoses} all give {@code overdose_deaths}), {@code scope} (place named in the clause, national and
 * state anaphors resolved to the last place named; empty when none) and {@code period} ({@code per year}, {@code 2023},
 * {@code 2024-05}, {@code since 2019}, {@code past year}; relative forms resolved against the publication date).
 *
 * <p>Qualifier intervals, with a = {@code figure.tolerance.approx} and o = {@code figure.tolerance.open}:
 * exact (empty qualifier) [v, v]; {@code about} (about, around, roughly, some, an estimated) [v(1-a), v(1+a)];
 * {@code over} (more than, above, exceeding) (v, v(1+o)]; {@code under} (fewer/less than, below) [v(1-o), v);
 * {@code nearly} (almost, just under, close to) [v(1-a), v]; {@code at least} (no fewer than, or more, 500-plus)
 * [v, v(1+o)]; {@code at most} (up to, as many as, no more than) [v(1-o), v]; {@code range} (between A and B, A to B,
 * A-B) [A, B] with value A; {@code vague} (dozens [24, 99], hundreds [100, 999], thousands, tens of thousands [10000,
 * 99999], ...) with value = low; {@code ordinal} [v, v]. Open ends are stored as their closed bound.
 *
 * <p>Not figures: years and dates, times, digit ordinals ({@code 21st}), decades, phone numbers, references
 * ({@code Section 230}, {@code Article 5}, {@code No. 5}), list numbering, model and product numbers, street
 * addresses, ids, scores ({@code 51-49}), durations ({@code three years}), multipliers ({@code three times}) and
 * numbers with nothing to say what they count. Ages ({@code aged 45}, {@code a 45-year-old}) are kept with
 * predicate {@code age} and unit {@code years}. Figures inside quotations are kept.
 *
 * <p>One instance per partition: construction compiles the lexicons; {@link #extract} is thread-safe.
 */
public final class FigureExtractor {
  public static final String PEOPLE = "people";
  public static final String PERCENT = "%";
  public static final String PERCENTAGE_POINTS = "percentage points";
  public static final String AGE = "age";
  public static final String YEARS = "years";

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

  /** Words before a year-like number that make it a year even when a plural follows ({@code the 2020 elections}). */
  private static final java.util.Set<String> YEAR_PREPOSITIONS = java.util.Set.of("the", "in", "of", "since", "by",
      "during", "from", "until", "before", "after", "its", "their", "this", "that", "for", "between", "through");

  private static final java.util.Set<String> POST_PARTICIPLE_LEMMAS = new java.util.HashSet<>();

  static {
    for (String p : FigureLexicon.POST_PARTICIPLES) {
      POST_PARTICIPLE_LEMMAS.add(Lemmatizer.lemma(p));
    }
  }

  /** First words of the {@link #PERIOD} alternatives: the pattern is tried only at these. */
  private static final java.util.Set<String> PERIOD_TRIGGERS = java.util.Set.of("per", "a", "an", "each", "every",
      "once", "annually", "annual", "yearly", "monthly", "weekly", "daily", "a-year", "a-month", "a-week", "a-day",
      "since", "by", "first", "second", "third", "fourth", "q1", "q2", "q3", "q4", "in", "during", "for",
      "throughout", "of", "across", "over", "through", "until", "fiscal", "calendar", "end", "the", "so", "year",
      "this", "past", "last", "previous", "preceding", "prior", "next", "coming");

  /** {@link #WORD_CLASS} bit: the word can open a figure (number, ordinal, vague magnitude, currency, "a"). */
  private static final int STARTS_FIGURE = 1;
  /** {@link #WORD_CLASS} bit: the word can refer back to a place ({@code nationwide}, {@code the state}). */
  private static final int ANAPHOR = 2;
  /** Every word the scan must look at twice, with what it may be; all other words cost one failed lookup. */
  private static final Map<String, Integer> WORD_CLASS = new HashMap<>();

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

  private static final String PREVIOUS_YEAR = "\u0000previous year";

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

  private final double approx;
  private final double open;
  /** Lemmatized synonym phrase to metric key. */
  private final Map<String, String> metrics;
  private final int maxMetricWords;
  private final Places places;

  public FigureExtractor(CrossfactConfig config) {
    this.approx = config.getDouble(CrossfactConfig.Key.FIGURE_TOLERANCE_APPROX);
    this.open = config.getDouble(CrossfactConfig.Key.FIGURE_TOLERANCE_OPEN);
    Map<String, String> m = new HashMap<>();
    int max = 1;
    for (Map.Entry<String, String> e : config.lexicons().metricSynonyms().entrySet()) {
      String lemmas = Lemmatizer.phrase(e.getKey());
      m.putIfAbsent(lemmas, e.getValue());
      max = Math.max(max, lemmas.split(" ").length);
    }
    this.metrics = m;
    this.maxMetricWords = max;
    this.places = Places.defaults();
  }

  /**
   * Figure assertions of one article, in text order. Runs on {@link Article#getBody()}; offsets are valid in
   * {@link Article#getText()}. Uses {@link Article#getPublished()} to resolve relative periods.
   */
  public List<Assertion> extract(Article article) {
    String body = article.getBody();
    List<Assertion> out = new ArrayList<>();
    if (body.isEmpty()) {
      return out;
    }
    String text = article.getText().length() == body.length() ? article.getText() : body;
    Run run = new Run(article, body, text);
    run.scan(out);
    return out;
  }

  /** One number expression being read. Token indexes are inclusive. */
  private static final class Fig {
    int qStart;
    int first;
    int last;
    BigDecimal value;
    BigDecimal high;
    double vagueLow;
    double vagueHigh;
    String qualifier = "";
    String unit = "";
    String currency = "";
    boolean percent;
    boolean hasScale;
    boolean spelled;
    boolean age;
    String compound = "";
    String subject = "";
    String predicate = "";
    String changeDirection = "";
    /** Token after the counted noun phrase, when one follows the number. */
    int nounEnd;
  }

  /** A place mention: token span, resolved canonical name. */
  private static final class Mention {
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

  /** The per-article state of one {@link #extract} call. */
  private final class Run {
    final Article article;
    final String body;
    final String text;
    final FigureTokens t;
    final LocalDate published;
    final List<DateNormalizer.Mention> dates;
    final BitSet blocked = new BitSet();
    final List<Mention> mentions = new ArrayList<>();
    /** Tokens inside a place name or an anaphor of one. */
    final BitSet placeTokens = new BitSet();
    int[] clauseOf;
    boolean[] comparative;

    Run(Article article, String body, String text) {
      this.article = article;
      this.body = body;
      this.text = text;
      this.t = FigureTokens.of(body);
      this.published = DateNormalizer.published(article.getPublished());
      this.dates = DateNormalizer.find(body, published);
      for (DateNormalizer.Mention d : dates) {
        if (d.hasDigits(body)) {
          blocked.set(d.start, d.end);
        }
      }
      // only where a number starts: trying the pattern at every character costs more than everything else
      Matcher m = NOISE.matcher(body);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      int n = body.length();
      for (int k = 0; k < t.size; k++) {
        boolean start = t.type[k] == NUM
            || t.type[k] == SYM && (t.lower[k].equals("(") || t.lower[k].equals("+")) && k + 1 < t.size
            && t.type[k + 1] == NUM;
        if (start && !blocked.get(t.start[k])) {
          m.region(t.start[k], n);
          if (m.lookingAt()) {
            blocked.set(m.start(), m.end());
          }
        }
      }
    }

    void scan(List<Assertion> out) {
      findPlaces();
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
        clauseOf = null;
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

    // ---------------------------------------------------------------- number expressions

    /** Reads a figure starting at token i; adds it to figs when it is one. Returns the next token to look at. */
    int read(int i, int ts, int te, List<Fig> figs) {
      byte ty = t.type[i];
      if (ty == WORD) {
        String w = t.lower[i];
        Integer cls = WORD_CLASS.get(w);
        if (cls == null || (cls & STARTS_FIGURE) == 0) {
          return i + 1; // one lookup settles almost every word of the article
        }
        if (FigureLexicon.VAGUE_STARTS.contains(w)) {
          return readVague(i, ts, te, figs);
        }
        int ord = NumberParser.ordinalValue(w);
        if (ord > 1) {
          return readOrdinal(i, ord, ts, te, figs);
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
      int after = number(i, ts, te, f);
      if (after < 0) {
        return -after;
      }
      if (after == i) {
        return i + 1;
      }
      f.qStart = f.first;
      after = range(f, after, te);
      if (after < 0) {
        return -after;
      }
      qualifierBefore(f, ts);
      after = qualifierAfter(f, after, te);
      if (!notAFigure(f, ts, te, after)) {
        return after;
      }
      if (f.age) {
        f.subject = AGE;
        f.predicate = AGE;
        f.unit = YEARS;
        figs.add(f);
        return after;
      }
      int next = describe(f, Math.max(after, f.last + 1), ts, te, figs);
      if (next < 0) {
        return -next;
      }
      if (!f.predicate.isEmpty()) {
        if (f.nounEnd > 0 && f.qualifier.isEmpty()) {
          int last = f.last;
          qualifierAfter(f, f.nounEnd, te); // "500 homes or more": the offsets stay on the number
          f.last = last;
        }
        figs.add(f);
      }
      return next;
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
        if (t.capital[s] && s != ts && !(s == ts + 1 && t.type[ts] == SYM) && !isDash(s - 1)) {
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
      // currency or percent after the number
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
          && !f.hasScale && !b.hasScale && isYearLike(t.lower[f.first]) && isYearLike(t.lower[b.first])) {
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
        int next = describe(f, after, ts, te, figs);
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
      int next = describe(f, i + 1, ts, te, figs);
      if (next < 0) {
        return -next;
      }
      if (!f.predicate.isEmpty()) {
        figs.add(f);
      }
      return Math.max(next, i + 1);
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

    /** Context checks: true when the number is a quantity. Sets {@code age} for ages. */
    boolean notAFigure(Fig f, int ts, int te, int after) {
      int p = f.first - 1;
      FigureTokens tk = t;
      // list numbering: "1." or "2)" opening a line
      if (tk.lineStart[f.first] && f.first + 1 < tk.size && tk.glued(f.first + 1)
          && (tk.isSym(f.first + 1, '.') || tk.isSym(f.first + 1, ')'))) {
        return false;
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
        if (tk.type[p] == WORD && tk.capital[p] && p != ts && !isQualifierWord(pw) && places.lookup(pw) == null
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

    boolean isQualifierWord(String w) {
      for (String[] q : QUALIFIER_WORDS) {
        if (q[q.length - 1].equals(w) || q[0].equals(w)) {
          return true;
        }
      }
      return w.equals("between") || w.equals("from");
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

    // ---------------------------------------------------------------- what is counted

    /**
     * Finds the subject and metric of a figure from the words after it, else before it, else from the previous
     * figure of the sentence it is compared with. Returns the token to continue from (negative: skip to it).
     */
    int describe(Fig f, int k, int ts, int te, List<Fig> figs) {
      int j = k;
      if (j < te && t.type[j] == WORD && FigureLexicon.TIME_UNITS.contains(t.lower[j]) && !f.percent
          && f.currency.isEmpty()) {
        return -(j + 1); // "three years", "five times": durations and multipliers
      }
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
          && isPersonLemma(Lemmatizer.lemma(t.lower[phrase[1] - 1]))) {
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
          verbPhrase = join(vp[0], vp[1]);
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
            if (target[1] > target[0] && !isPlace(target[0], target[1])) {
              metric = metricKey(lemmas(target[0], target[1], ""));
              subjectEnd = target[1];
            }
          }
          f.subject = join(phrase[0], subjectEnd);
          f.predicate = metric.isEmpty() ? change : metric + "_" + change;
          return Math.max(k, f.last + 1);
        }
        f.subject = verbPhrase.isEmpty() ? join(phrase[0], phrase[1]) : join(phrase[0], phrase[1]) + " " + verbPhrase;
        f.nounEnd = subjectEnd;
        if (!f.compound.isEmpty()) {
          f.subject = f.compound + " " + f.subject;
          f.predicate = metricKey(lemmas(phrase[0], phrase[1], "")) + "_" + Lemmatizer.lemma(f.compound);
        } else if (!causer.isEmpty() && phrase[1] - phrase[0] == 1) {
          // "floods caused $1.1bn in damage": flood damage, as "flood damage totalled $1.9bn" says it
          f.subject = causer + " " + f.subject;
          List<String> words = new ArrayList<>();
          words.add(Lemmatizer.lemma(causer));
          words.addAll(lemmas(phrase[0], phrase[1], ""));
          f.predicate = metricKey(words);
        } else {
          f.predicate = metricKey(lemmas(phrase[0], phrase[1], verbPhrase.isEmpty() ? verbBefore : verbPhrase));
        }
        if (f.unit.isEmpty() && (FigureLexicon.PERSON_NOUNS.contains(head) || isDemonym(phrase[1] - 1)
            || FigureLexicon.DEATH_VERBS.contains(firstLemma(verbPhrase)) || countsPeople(f.predicate))) {
          f.unit = PEOPLE;
        }
        rate(f, subjectEnd, te);
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
        if (k < te && t.isWord(k, "'s") || pluralNoun(w)) {
          break; // English compounds pluralize their head: "overdose deaths", then the clause goes on
        }
      }
      // a place name alone is not a counted noun ("in Kenya 300")
      if (k > s && isPlace(s, k)) {
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
        boolean persons = isPersonLemma(headLemma) || isDemonym(k - 1);
        return new int[] {k, persons ? objectEnd(k + 1, te, Lemmatizer.lemma(t.lower[k])) : k + 1};
      }
      boolean person = FigureLexicon.PERSON_NOUNS.contains(headLemma) || isDemonym(k - 1);
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
          || isPlace(n, n + 1) || t.capital[n] && !isSentenceStart(n) && !isDash(n - 1)) {
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
        Mention place = placeEndingAt(k);
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
      if (start >= end || isPlace(start, end)) {
        return;
      }
      String metric = metricKey(lemmas(start, end, ""));
      if (metric.isEmpty()) {
        // "while the national total hit 107,000": the same metric as the figure it is set against
        inherit(f, figs, true);
        return;
      }
      f.subject = join(start, end);
      boolean change = !direction.isEmpty() && !to;
      if (change) {
        f.changeDirection = direction;
        f.predicate = metric + "_" + direction;
      } else {
        f.predicate = metric;
        String head = Lemmatizer.lemma(t.lower[end - 1]);
        if (f.unit.isEmpty() && (FigureLexicon.PERSON_NOUNS.contains(head) || isDemonym(end - 1)
            || countsPeople(metric))) {
          f.unit = PEOPLE;
        }
      }
    }

    /** Whether a metric key counts persons: its last word is a person noun ({@code overdose_deaths}, {@code displaced_people}). */
    boolean countsPeople(String metric) {
      int u = metric.lastIndexOf('_');
      return FigureLexicon.PERSON_NOUNS.contains(Lemmatizer.lemma(u < 0 ? metric : metric.substring(u + 1)));
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
      String actor = metricKey(lemmas(k + 1, end, ""));
      if (actor.isEmpty()) {
        return;
      }
      f.subject = join(k + 1, end) + " " + t.raw(verb);
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
          f.unit = countsPeople(f.predicate) ? PEOPLE : "";
        } else {
          f.unit = prev.unit;
        }
      }
    }

    // ---------------------------------------------------------------- metric keys

    /** Lemmas of tokens [s, e) plus an optional verb phrase, degree words dropped. */
    List<String> lemmas(int s, int e, String verbPhrase) {
      List<String> out = new ArrayList<>(e - s + 4);
      for (int k = s; k < e; k++) {
        if (t.type[k] != WORD) {
          continue;
        }
        if (placeTokens.get(k) && !(isDemonym(k) && k == e - 1)) {
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

    String join(int s, int e) {
      StringBuilder b = new StringBuilder();
      for (int k = s; k < e; k++) {
        if (b.length() > 0 && t.spaced[k]) {
          b.append(' ');
        }
        b.append(body, t.start[k], t.end[k]);
      }
      return b.toString();
    }

    // ---------------------------------------------------------------- places

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
          Integer cls = WORD_CLASS.get(w);
          if (cls == null || (cls & ANAPHOR) == 0) {
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

    // ---------------------------------------------------------------- sentence context and output

    void clauses(int ts, int te) {
      clauseOf = new int[te - ts];
      comparative = new boolean[te - ts + 1];
      int c = 0;
      for (int k = ts; k < te; k++) {
        boolean brk = false;
        boolean cmp = false;
        if (t.isSym(k, ';')) {
          brk = true;
        } else if (t.type[k] == WORD) {
          String w = t.lower[k];
          if (w.equals("while") || w.equals("whereas") || w.equals("although") || w.equals("though")
              || w.equals("but") && k > ts && t.isSym(k - 1, ',')) {
            brk = true;
          } else if (w.equals("compared") || w.equals("versus") || w.equals("vs") || w.equals("than")
              || (w.equals("up") || w.equals("down")) && t.isWord(k + 1, "from")) {
            brk = true;
            cmp = true;
          }
        }
        if (brk && k > ts) {
          c++;
          comparative[c] = cmp;
        }
        clauseOf[k - ts] = c;
      }
    }

    void emit(List<Fig> figs, int[] span, int ts, int te, List<Assertion> out) {
      clauses(ts, te);
      List<String[]> periods = periods(span[0], span[1], ts, te);
      String sentence = text.substring(span[0], span[1]);
      for (Fig f : figs) {
        int clause = clauseOf[Math.max(0, Math.min(f.first, te - 1) - ts)];
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
        a.setScope(scope(f, ts, te, clause));
        a.setPeriod(period(f, periods, ts, te, clause));
        a.setText(sentence);
        a.setStart(t.start[f.qStart]);
        a.setEnd(t.end[f.last]);
        a.setTextStart(span[0]);
        a.setTextEnd(span[1]);
        interval(f, a);
        out.add(a);
      }
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
        boolean same = clauseOf[Math.max(m.first, ts) - ts] == clause;
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
        if (isDash(k)) {
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

    /** An em or en dash, or {@code --}, at token k (a dateline's end, a parenthesis). */
    boolean isDash(int k) {
      return t.isSym(k, '\u2014') || t.isSym(k, '\u2013') || t.isSym(k, '-') && t.isSym(k + 1, '-');
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
            || t.type[k] == NUM && isYearLike(t.lower[k]);
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
        if (p[2].length() == 10 && ps > fe && REPORTED.matcher(body).region(fe, ps).find()) {
          continue; // "..., the company said in a filing on Jan. 5": when it was said, not what was counted
        }
        int tok = tokenAt(ps, ts, te);
        int c = clauseOf[tok - ts];
        int dist = pe <= fs ? fs - pe : ps - fe;
        boolean rate = p[3].equals("rate");
        if (c == clause) {
          if (best == null || rate && !bestRate || rate == bestRate && dist < bestDist) {
            best = p[2];
            bestDist = dist;
            bestRate = rate;
          }
        } else if (!comparative[c] && dist < fallbackDist) {
          fallback = p[2];
          fallbackDist = dist;
        }
      }
      if (best != null) {
        return best;
      }
      return comparative[clause] || fallback == null ? "" : fallback;
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
  }
}
