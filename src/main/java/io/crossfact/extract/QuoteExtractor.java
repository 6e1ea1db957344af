package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.normalize.OffsetMap;
import io.crossfact.normalize.Sentences;
import io.crossfact.normalize.TypographyRepair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Quotes with their speakers, and the roles the article gives people, from one article. Pure and stateless between
 * calls: one instance serves every article of a partition.
 *
 * <p>Steps: find quote spans by their marks ({@link QuoteScanner}); read the people and their roles
 * ({@link PersonExtractor}); attribute each quote ({@link Attributor}); add interview transcripts and dash-attributed
 * block quotes ({@link Transcripts}); drop what is no quote (scare-quoted terms without a cue, quoted titles,
 * markup debris).
 */
public final class QuoteExtractor {
  private static final Pattern MARKUP = Pattern.compile("=\\s*[\"\u201D\u201C]|</?[a-zA-Z][^\\s>]*[\\s>]|\\{|\\}");
  private static final int MAX_TERM_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 10;

  private final PersonExtractor personExtractor;
  private final Transcripts transcripts;
  private final NameCanonicalizer names;

  public QuoteExtractor(CrossfactConfig config) {
    names = new NameCanonicalizer(config.lexicons());
    this.personExtractor = new PersonExtractor(names);
    this.transcripts = new Transcripts(names);
  }

  /**
   * Quote assertions and role assertions of one article, in text order. Runs on {@link Article#getBody()} (same
   * length as the text, boilerplate blanked) after {@link TypographyRepair} (names and cues are read on the repaired
   * text); offsets and values are taken from {@link Article#getText()} as written, through the repair's
   * {@link OffsetMap}.
   */
  public List<Assertion> extract(Article article) {
    String text = article.getText();
    String body = article.getBody().length() == text.length() ? article.getBody() : text;
    return extract(article, TypographyRepair.plan(body));
  }

  /**
   * The same, with the typography repair of the article's body already planned ({@link ArticleExtractor} plans it
   * once for all extractors).
   */
  List<Assertion> extract(Article article, TypographyRepair.Repair repair) {
    String text = article.getText();
    String body = article.getBody().length() == text.length() ? article.getBody() : text;
    String repaired = repair.apply(body);
    OffsetMap map = repair.map();
    Tokens tokens = new Tokens(repaired);
    List<QuoteSpan> quotes = QuoteScanner.scan(repaired);
    List<RoleMention> roles = new ArrayList<>();
    People people = personExtractor.read(tokens, quotes, roles);
    List<int[]> sentences = Sentences.spans(body);
    Attributor attributor = new Attributor(tokens, people, quotes, names);

    List<Assertion> out = new ArrayList<>();
    Speaker previous = null;
    for (int qi = 0; qi < quotes.size(); qi++) {
      QuoteSpan q = quotes.get(qi);
      Speaker s = attributor.attribute(qi, previous);
      if (!isQuote(repaired, q, s)) {
        if (s != null && !s.subject.isEmpty()) {
          previous = s; // "X called it a "new low" and a "...": a dropped term still names who is talking
        }
        continue;
      }
      previous = s;
      out.add(quote(article, text, sentences, original(q, map), original(s, map)));
    }
    for (Transcripts.Turn turn : transcripts.read(repaired, tokens, people, quotes, roles)) {
      out.add(quote(article, text, sentences, original(turn.span, map), original(turn.speaker, map)));
    }
    for (RoleMention r : roles) {
      out.add(role(article, text, sentences, r, map));
    }
    out.sort(Comparator.comparingInt(Assertion::getStart).thenComparing(Assertion::getKind));
    return out;
  }

  /** A span found in the repaired text, as offsets of the original. */
  private static QuoteSpan original(QuoteSpan q, OffsetMap map) {
    if (map.isIdentity()) {
      return q;
    }
    List<int[]> segments = new ArrayList<>(q.segments.size());
    for (int[] seg : q.segments) {
      segments.add(new int[] {map.toOriginal(seg[0]), map.toOriginal(seg[1])});
    }
    return new QuoteSpan(map.toOriginal(q.open), q.close < 0 ? -1 : map.toOriginal(q.close), segments);
  }

  private static Speaker original(Speaker s, OffsetMap map) {
    if (s == null || map.isIdentity()) {
      return s;
    }
    return new Speaker(s.subject, s.kind, s.cue, s.lemma, s.explicit, map.toOriginal(s.from), map.toOriginal(s.to));
  }

  private static boolean isQuote(String body, QuoteSpan q, Speaker s) {
    int words = q.words(body);
    if (words == 0) {
      return false;
    }
    boolean cued = s != null && s.explicit;
    if (words <= MAX_TERM_WORDS && !cued) {
      return false; // a scare-quoted term: a "law and order" platform
    }
    String value = body.substring(q.start(), q.end());
    if (MARKUP.matcher(value).find()) {
      return false;
    }
    return cued || words > MAX_TITLE_WORDS || !isTitleCase(body, q);
  }

  /** A quoted title or headline: nearly every word capitalised ("State of the Union", "The Art of the Deal"). */
  private static boolean isTitleCase(String body, QuoteSpan q) {
    int words = 0;
    int caps = 0;
    boolean atWord = false;
    for (int i = q.start(); i < q.end(); i++) {
      char c = body.charAt(i);
      if (Character.isLetter(c) && !atWord) {
        words++;
        if (Character.isUpperCase(c)) {
          caps++;
        }
      }
      atWord = Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
    return words > 0 && caps * 10 >= words * 7;
  }

  private static Assertion quote(Article article, String text, List<int[]> sentences, QuoteSpan q, Speaker s) {
    Assertion a = new Assertion();
    a.setArticleId(article.getArticleId());
    a.setKind(Assertion.QUOTE);
    a.setValue(q.value(text));
    a.setStart(q.start());
    a.setEnd(q.end());
    int from = q.open;
    int to = q.after();
    if (s != null) {
      a.setSubject(s.subject);
      a.setPredicate(s.lemma);
      a.setCue(s.cue);
      a.setSpeakerKind(s.kind);
      from = Math.min(from, s.from);
      to = Math.max(to, s.to);
    }
    setContext(a, text, sentences, from, to);
    return a;
  }

  private static Assertion role(Article article, String text, List<int[]> sentences, RoleMention r, OffsetMap map) {
    Assertion a = new Assertion();
    a.setArticleId(article.getArticleId());
    a.setKind(Assertion.ROLE);
    a.setSubject(r.person.name());
    a.setValue(r.value);
    a.setQualifier(r.qualifier);
    int start = map.toOriginal(r.start);
    int end = map.toOriginal(r.end);
    a.setStart(start);
    a.setEnd(end);
    setContext(a, text, sentences, start, end);
    return a;
  }

  /** The sentences that hold [from, to): the text a reviewer reads the assertion in. */
  private static void setContext(Assertion a, String text, List<int[]> sentences, int from, int to) {
    int s = from;
    int e = to;
    int i = firstEndingAfter(sentences, from);
    if (i < sentences.size() && sentences.get(i)[0] <= from) {
      s = sentences.get(i)[0];
    }
    while (i < sentences.size() && sentences.get(i)[0] < to) {
      e = Math.max(e, sentences.get(i)[1]);
      i++;
    }
    a.setTextStart(s);
    a.setTextEnd(e);
    a.setText(text.substring(s, e));
  }

  private static int firstEndingAfter(List<int[]> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid)[1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
