package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.normalize.OffsetMap;
import io.crossfact.normalize.TypographyRepair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All assertions of one article: quotes and roles, figures, dates, in text order. Built once per partition (the
 * extractors precompile their patterns and load their lexicons in their constructors) and reused for every article.
 */
public final class ArticleExtractor {
  /** Text order; at one offset, a stable kind order so output never depends on extractor order. */
  static final Comparator<Assertion> TEXT_ORDER = Comparator.comparingInt(Assertion::getStart)
      .thenComparing(Assertion::getKind).thenComparingInt(Assertion::getEnd).thenComparing(Assertion::getValue);

  private final QuoteExtractor quotes;
  private final FigureExtractor figures;
  private final DateExtractor dates;

  public ArticleExtractor(CrossfactConfig config) {
    this.quotes = new QuoteExtractor(config);
    this.figures = new FigureExtractor(config);
    this.dates = new DateExtractor();
  }

  public List<Assertion> extract(Article article) {
    List<Assertion> out = new ArrayList<>();
    String text = article.getText();
    String body = article.getBody().length() == text.length() ? article.getBody() : text;
    TypographyRepair.Repair repair = TypographyRepair.plan(body); // planned once, for the quotes too
    out.addAll(quotes.extract(article, repair));
    if (repair.isEmpty()) {
      out.addAll(figures.extract(article));
      out.addAll(dates.extract(article));
    } else {
      Article repaired = repaired(article, repair.apply(text), repair.apply(body));
      out.addAll(original(figures.extract(repaired), text, repair.map()));
      out.addAll(original(dates.extract(repaired), text, repair.map()));
    }
    out.sort(TEXT_ORDER);
    return out;
  }

  /** The article as extraction reads it: text and body repaired alike, metadata as is. */
  private static Article repaired(Article article, String text, String body) {
    Article a = new Article();
    a.setArticleId(article.getArticleId());
    a.setSource(article.getSource());
    a.setUrl(article.getUrl());
    a.setPublished(article.getPublished());
    a.setTitle(article.getTitle());
    a.setFormat(article.getFormat());
    a.setPath(article.getPath());
    a.setMarkers(article.getMarkers());
    a.setText(text);
    a.setBody(body);
    return a;
  }

  /** Offsets found in the repaired text mapped back to the text as written; the context re-read from it. */
  private static List<Assertion> original(List<Assertion> found, String text, OffsetMap map) {
    for (Assertion a : found) {
      a.setStart(map.toOriginal(a.getStart()));
      a.setEnd(map.toOriginal(a.getEnd()));
      if (a.getTextEnd() > a.getTextStart()) {
        a.setTextStart(map.toOriginal(a.getTextStart()));
        a.setTextEnd(map.toOriginal(a.getTextEnd()));
        a.setText(text.substring(a.getTextStart(), a.getTextEnd()));
      }
    }
    return found;
  }
}
