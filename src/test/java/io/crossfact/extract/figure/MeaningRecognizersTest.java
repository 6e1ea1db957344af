package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.extract.FigureExtractor;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MetricClassRecognizer} (class and subject), {@link EventAnchorRecognizer} (background events) and
 * {@link AttributionRecognizer} on the figure of a given value, read by the whole scan (they need the figure read).
 */
class MeaningRecognizersTest {
  private static final FigureExtractor EXTRACTOR = new FigureExtractor(CrossfactConfig.defaults());

  static Stream<Arguments> cases() {
    return Specs.rows("meaning", 8);
  }

  @ParameterizedTest(name = "{0} [{2}]")
  @MethodSource("cases")
  void givesTheFigureItsMeaning(String sentence, String published, String value, String metricClass, String about,
      String event, String attribution, String why) {
    Article a = new Article();
    a.setArticleId("spec");
    a.setPublished(published);
    a.setText(sentence);
    a.setBody(sentence);
    List<Assertion> figures = EXTRACTOR.extract(a);
    Assertion f = figures.stream().filter(x -> x.getValue().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + value + " in " + sentence + ": " + figures));
    assertEquals(metricClass, f.getMetricClass(), sentence);
    assertEquals(about, f.getAbout(), sentence);
    assertEquals(event, f.getEvent(), sentence);
    assertEquals(attribution, f.getAttribution(), sentence);
  }

  @org.junit.jupiter.api.Test
  void severalDozenIsAVagueCrowdNotZero() {
    Article a = new Article();
    a.setArticleId("spec");
    a.setPublished("2021-03-02");
    String text = "Several dozen people were wounded in the square, medics said.";
    a.setText(text);
    a.setBody(text);
    List<Assertion> figures = EXTRACTOR.extract(a);
    org.junit.jupiter.api.Assertions.assertTrue(figures.stream().noneMatch(f -> f.getValue().equals("0")),
        figures.toString());
  }
}
