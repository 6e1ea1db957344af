package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PeriodRecognizer} alone: the period expressions of a sentence, normalized against its publication date. */
class PeriodRecognizerTest {
  static Stream<Arguments> cases() {
    return Specs.rows("period", 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalizesThePeriods(String sentence, String published, String periods, String why) {
    FigureText x = Specs.text(sentence, published);
    x.clauses(0, x.t.size);
    String got = x.periods.periods(0, sentence.length(), 0, x.t.size).stream().map(p -> p[2])
        .collect(Collectors.joining("|"));
    assertEquals(periods, got, sentence);
  }
}
