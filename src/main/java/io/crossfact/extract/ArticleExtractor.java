package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
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
    out.addAll(quotes.extract(article));
    out.addAll(figures.extract(article));
    out.addAll(dates.extract(article));
    out.sort(TEXT_ORDER);
    return out;
  }
}
