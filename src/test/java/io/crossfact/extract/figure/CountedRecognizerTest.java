package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CountedRecognizer} (with {@link MetricKeys}): the subject and metric key of the first figure of a sentence,
 * read by the scan's number step; {@code -} when the number counts nothing.
 */
class CountedRecognizerTest {
  static Stream<Arguments> cases() {
    return Specs.rows("counted", 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatIsCounted(String sentence, String subject, String predicate, String why) {
    FigureText x = Specs.text(sentence, "");
    x.scopes.findPlaces();
    List<Fig> figs = new ArrayList<>();
    int i = 0;
    while (i < x.t.size && figs.isEmpty()) {
      i = Math.max(x.scan.read(i, 0, x.t.size, figs), i + 1);
    }
    if (predicate.equals("-")) {
      assertEquals(0, figs.size(), sentence);
      return;
    }
    assertEquals(subject, figs.get(0).subject.strip(), sentence);
    assertEquals(predicate, figs.get(0).predicate, sentence);
  }
}
