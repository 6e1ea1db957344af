package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the extraction tests: articles from literals, quotes and roles out of them. */
final class Fixtures {
  static final QuoteExtractor EXTRACTOR = new QuoteExtractor(CrossfactConfig.defaults());

  private Fixtures() {}

  static Article article(String text) {
    Article a = new Article();
    a.setArticleId("t1");
    a.setText(text);
    a.setBody(text);
    return a;
  }

  static List<Assertion> all(String text) {
    return EXTRACTOR.extract(article(text));
  }

  static List<Assertion> quotes(String text) {
    return ofKind(all(text), Assertion.QUOTE);
  }

  static List<Assertion> roles(String text) {
    return ofKind(all(text), Assertion.ROLE);
  }

  static List<Assertion> ofKind(List<Assertion> as, String kind) {
    List<Assertion> out = new ArrayList<>();
    for (Assertion a : as) {
      if (a.getKind().equals(kind)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The single quote of a text, failing loudly when there is not exactly one. */
  static Assertion onlyQuote(String text) {
    List<Assertion> q = quotes(text);
    if (q.size() != 1) {
      throw new AssertionError("expected one quote, got " + q);
    }
    return q.get(0);
  }
}
