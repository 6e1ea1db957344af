package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test fixtures: assertions with article context, configs, and shuffling for order-independence checks. */
final class Fx {
  private Fx() {}

  static CrossfactConfig defaults() {
    return CrossfactConfig.defaults();
  }

  static CrossfactConfig with(Map<String, String> overrides) {
    return CrossfactConfig.load(null, overrides);
  }

  static CrossfactConfig withRoster() {
    try {
      Path p = Path.of(Fx.class.getResource("/compare/with-roster.properties").toURI());
      return CrossfactConfig.load(p, Map.of());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Assertion article(Assertion a, String articleId, String source, String published, String cluster) {
    a.setArticleId(articleId);
    a.setSource(source);
    a.setPublished(published);
    a.setUrl("https://example.org/" + articleId);
    a.setCluster(cluster);
    return a;
  }

  /** A quote whose sentence is built around the words, with offsets that fit. */
  static Assertion quote(String articleId, String source, String published, String cluster, String speaker,
      String words) {
    Assertion a = new Assertion();
    a.setKind(Assertion.QUOTE);
    a.setSubject(speaker);
    a.setValue(words);
    String sentence = "\u201C" + words + "\u201D " + (speaker.isEmpty() ? "a source" : speaker) + " said.";
    a.setText(sentence);
    a.setTextStart(100);
    a.setTextEnd(100 + sentence.length());
    a.setStart(101);
    a.setEnd(101 + words.length());
    a.setSpeakerKind(speaker.isEmpty() ? "" : "named");
    a.setPredicate("say");
    return article(a, articleId, source, published, cluster);
  }

  /**
   * A figure stated in a sentence: {@code stated} must occur in {@code sentence}; value, interval and qualifier are
   * given as an extractor would.
   */
  static Assertion figure(String articleId, String published, String cluster, String predicate, String subject,
      String scope, String period, String sentence, String stated, double value, String qualifier, double low,
      double high, String unit) {
    Assertion a = new Assertion();
    a.setKind(Assertion.FIGURE);
    a.setPredicate(predicate);
    a.setSubject(subject);
    a.setScope(scope);
    a.setPeriod(period);
    a.setText(sentence);
    a.setTextStart(50);
    a.setTextEnd(50 + sentence.length());
    int at = sentence.indexOf(stated);
    if (at < 0) {
      throw new IllegalArgumentException("'" + stated + "' is not in '" + sentence + "'");
    }
    a.setStart(50 + at);
    a.setEnd(50 + at + stated.length());
    a.setValue(plain(value));
    a.setQualifier(qualifier);
    a.setLow(low);
    a.setHigh(high);
    a.setUnit(unit);
    return article(a, articleId, "Source " + articleId, published, cluster);
  }

  static Assertion exact(String articleId, String published, String cluster, String scope, String period,
      String sentence, String stated, double value) {
    return figure(articleId, published, cluster, "overdose_deaths", "overdose deaths", scope, period, sentence,
        stated, value, "", value, value, "people");
  }

  static Assertion role(String articleId, String published, String person, String role) {
    Assertion a = new Assertion();
    a.setKind(Assertion.ROLE);
    a.setSubject(person);
    a.setValue(role);
    a.setText(role + " " + person + " spoke on Tuesday.");
    a.setTextStart(10);
    a.setStart(10);
    a.setEnd(10 + role.length());
    if (role.toLowerCase(java.util.Locale.ROOT).startsWith("former")) {
      a.setQualifier("former");
    }
    return article(a, articleId, "Source " + articleId, published, "c-" + articleId);
  }

  static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** Several fixed-seed shuffles of the input (the test must not depend on luck, only on order). */
  static <T> List<List<T>> shuffles(List<T> in) {
    List<List<T>> out = new ArrayList<>();
    List<T> rev = new ArrayList<>(in);
    Collections.reverse(rev);
    out.add(rev);
    for (long seed = 1; seed <= 5; seed++) {
      List<T> s = new ArrayList<>(in);
      Collections.shuffle(s, new Random(seed));
      out.add(s);
    }
    return out;
  }

  /** Everything a reviewer or a nightly diff sees of a finding, for equality checks. */
  static String render(List<Finding> fs) {
    StringBuilder b = new StringBuilder();
    for (Finding f : fs) {
      b.append(f.getId()).append('|').append(f.getType()).append('|').append(f.getSeverity()).append('|')
          .append(f.getScore()).append('|').append(f.getSubject()).append('|').append(f.getKey()).append('|')
          .append(f.getValueA()).append('|').append(f.getArticleA()).append('|').append(f.getValueB()).append('|')
          .append(f.getArticleB()).append('|').append(f.getSignals()).append('|').append(f.getExplanation())
          .append('\n');
    }
    return b.toString();
  }

  static List<Finding> ofType(List<Finding> fs, String type) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : fs) {
      if (f.getType().equals(type)) {
        out.add(f);
      }
    }
    return out;
  }
}
