package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link UnitRecognizer} alone: the unit of the first number (signs and words after it, then a measure word). */
class UnitRecognizerTest {
  static Stream<Arguments> cases() {
    return Specs.rows("unit", 3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheUnit(String sentence, String unit, String why) {
    FigureText x = Specs.text(sentence, "");
    Specs.Read r = Specs.firstNumber(x);
    Fig f = r.fig();
    x.units.measureAfter(f, r.after(), x.t.size);
    assertEquals(unit, f.unit, sentence);
  }
}
