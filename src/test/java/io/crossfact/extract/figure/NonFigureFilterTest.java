package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link NonFigureFilter} alone: whether the first number a sentence reads is a quantity, an age, or neither. */
class NonFigureFilterTest {
  static Stream<Arguments> cases() {
    return Specs.rows("nonfigure", 3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tellsQuantitiesFromOtherNumbers(String sentence, String expected, String why) {
    FigureText x = Specs.text(sentence, "");
    Specs.Read r = Specs.firstNumber(x);
    String got;
    if (r == null) {
      got = "not";
    } else {
      boolean figure = x.nonFigures.notAFigure(r.fig(), 0, x.t.size, r.after());
      got = !figure ? "not" : r.fig().age ? "age" : "figure";
    }
    assertEquals(expected, got, () -> sentence + " (" + why + ")");
  }
}
