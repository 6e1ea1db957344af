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

/**
 * The per-article state every recognizer reads: the tokens, the spans that are not figures, the places found, the
 * clauses of the current sentence, and the recognizers themselves (one set per article; not shared across threads).
 */
final class FigureText {
  final Article article;
  final String body;
  final String text;
  final FigureTokens t;
  final LocalDate published;
  final List<DateNormalizer.Mention> dates;
  final FigureSettings settings;
  /** Character offsets inside dates, times, phone numbers and versions: no figure starts there. */
  final BitSet blocked = new BitSet();
  final List<PlaceRecognizer.Mention> mentions = new ArrayList<>();
  /** Tokens inside a place name or an anaphor of one. */
  final BitSet placeTokens = new BitSet();
  /** Clause index of each token of the current sentence, and whether a clause is a comparison. */
  int[] clauseOf;
  boolean[] comparative;

  final NumberRecognizer numbers;
  final NonFigureFilter nonFigures;
  final UnitRecognizer units;
  final QualifierRecognizer qualifiers;
  final CountedRecognizer counted;
  final MetricKeys metricKeys;
  final PlaceRecognizer scopes;
  final PeriodRecognizer periods;
  final MetricClassRecognizer classes;
  final EventAnchorRecognizer events;
  final PersonTallyRecognizer tallies;
  final FigureScan scan;

  FigureText(Article article, String body, String text, FigureSettings settings) {
    this.article = article;
    this.body = body;
    this.text = text;
    this.settings = settings;
    this.t = FigureTokens.of(body);
    this.published = DateNormalizer.published(article.getPublished());
    this.dates = DateNormalizer.find(body, published);
    this.numbers = new NumberRecognizer(this);
    this.nonFigures = new NonFigureFilter(this);
    this.units = new UnitRecognizer(this);
    this.qualifiers = new QualifierRecognizer(this);
    this.counted = new CountedRecognizer(this);
    this.metricKeys = new MetricKeys(this);
    this.scopes = new PlaceRecognizer(this);
    this.periods = new PeriodRecognizer(this);
    this.classes = new MetricClassRecognizer(this);
    this.events = new EventAnchorRecognizer(this);
    this.tallies = new PersonTallyRecognizer(this);
    this.scan = new FigureScan(this);
    nonFigures.block();
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

  /** An em or en dash, or {@code --}, at token k (a dateline's end, a parenthesis). */
  boolean isDash(int k) {
    return t.isSym(k, '\u2014') || t.isSym(k, '\u2013') || t.isSym(k, '-') && t.isSym(k + 1, '-');
  }

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
}
