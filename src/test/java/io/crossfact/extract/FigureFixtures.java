package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.List;
import java.util.stream.Collectors;

/** Builds articles from literal text for figure and date tests. */
final class FigureFixtures {
  static final FigureExtractor EXTRACTOR = new FigureExtractor(CrossfactConfig.defaults());

  private FigureFixtures() {}

  static Article article(String body, String published) {
    Article a = new Article();
    a.setArticleId("t1");
    a.setSource("example.org");
    a.setPublished(published);
    a.setText(body);
    a.setBody(body);
    return a;
  }

  static List<Assertion> figures(String body) {
    return figures(body, "2024-06-03");
  }

  static List<Assertion> figures(String body, String published) {
    return EXTRACTOR.extract(article(body, published));
  }

  static String summary(List<Assertion> figures) {
    return figures.stream().map(Assertion::toString).collect(Collectors.joining("\n"));
  }
}
