package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crossfact.normalize.NumberParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link NumberRecognizer} alone: the value (and upper bound of a range) of the first number of a sentence. */
class NumberRecognizerTest {
  static Stream<Arguments> cases() {
    return Specs.rows("number", 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheValueOfTheFirstNumber(String sentence, String value, String high, String why) {
    Specs.Read r = Specs.firstNumber(Specs.text(sentence, ""));
    if (value.equals("-")) {
      assertNull(r, () -> "no number expected in: " + sentence);
      return;
    }
    assertEquals(value, NumberParser.plain(r.fig().value), sentence);
    assertEquals(high, r.fig().high == null ? "" : NumberParser.plain(r.fig().high), sentence);
  }
}
