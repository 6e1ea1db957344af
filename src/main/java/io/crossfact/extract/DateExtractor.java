package io.crossfact.extract;

import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.normalize.DateNormalizer;
import io.crossfact.normalize.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Date assertions of one article: its publication date ({@code predicate = published}) and the dates its body
 * states ({@code predicate = event}).
 *
 * <p>Event dates are explicit dates ({@code June 3, 2024}, {@code 3 June 2024}, {@code 2024-06-03}, {@code 6/13/2024}),
 * months ({@code June 2024} → {@code 2024-06}) and, when the article has a publication date, forms resolved against
 * it: a day without a year, {@code in June}, {@code on Tuesday}, {@code last Friday}, {@code yesterday}. Resolved
 * dates carry {@code qualifier = resolved}; explicit ones an empty qualifier. Bare years ({@code in 2019}) are periods,
 * not dates, and are left to figures.
 */
public final class DateExtractor {
  public static final String PUBLISHED = "published";
  public static final String EVENT = "event";
  public static final String RESOLVED = "resolved";

  public DateExtractor() {}

  /** The published date (when known, first) and the event dates in text order. */
  public List<Assertion> extract(Article article) {
    List<Assertion> out = new ArrayList<>();
    LocalDate published = DateNormalizer.published(article.getPublished());
    String publishedValue = published != null ? published.toString() : monthOnly(article.getPublished());
    if (!publishedValue.isEmpty()) {
      Assertion a = base(article);
      a.setPredicate(PUBLISHED);
      a.setValue(publishedValue);
      out.add(a);
    }
    String body = article.getBody();
    if (body.isEmpty()) {
      return out;
    }
    String text = article.getText().length() == body.length() ? article.getText() : body;
    List<int[]> sentences = null;
    int sentence = 0;
    for (DateNormalizer.Mention m : DateNormalizer.find(body, published)) {
      if (m.value.isEmpty()) {
        continue;
      }
      if (sentences == null) {
        sentences = Sentences.spans(body);
      }
      while (sentence < sentences.size() - 1 && sentences.get(sentence)[1] <= m.start) {
        sentence++;
      }
      int[] found = sentences.isEmpty() ? new int[] {m.start, m.end} : sentences.get(sentence);
      // a date broken across a line the splitter ended a sentence at still gets text that contains it
      int[] span = {Math.min(found[0], m.start), Math.max(found[1], m.end)};
      if (m.start >= found[1]) {
        span = new int[] {m.start, m.end};
      }
      Assertion a = base(article);
      a.setPredicate(EVENT);
      a.setValue(m.value);
      a.setQualifier(m.resolved ? RESOLVED : "");
      a.setStart(m.start);
      a.setEnd(m.end);
      a.setTextStart(span[0]);
      a.setTextEnd(span[1]);
      a.setText(text.substring(span[0], span[1]));
      out.add(a);
    }
    return out;
  }

  private static Assertion base(Article article) {
    Assertion a = new Assertion();
    a.setArticleId(article.getArticleId());
    a.setKind(Assertion.DATE);
    a.setSource(article.getSource());
    a.setPublished(article.getPublished());
    a.setUrl(article.getUrl());
    return a;
  }

  /** A {@code yyyy-MM} publication month as given, else empty: never invent a day. */
  private static String monthOnly(String published) {
    if (published.length() == 7 && published.charAt(4) == '-' && Character.isDigit(published.charAt(0))
        && Character.isDigit(published.charAt(5)) && Character.isDigit(published.charAt(6))) {
      return published;
    }
    return "";
  }
}
