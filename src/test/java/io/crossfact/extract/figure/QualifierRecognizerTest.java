package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.model.Assertion;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link QualifierRecognizer} alone: the qualifier around the first number and the interval it implies. */
class QualifierRecognizerTest {
  static Stream<Arguments> cases() {
    return Specs.rows("qualifier", 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheQualifierAndItsBounds(String sentence, String qualifier, String bounds, String why) {
    FigureText x = Specs.text(sentence, "");
    Specs.Read r = Specs.firstNumber(x);
    Fig f = r.fig();
    x.qualifiers.qualifierBefore(f, 0);
    x.qualifiers.qualifierAfter(f, r.after(), x.t.size);
    assertEquals(qualifier.equals("exact") ? "" : qualifier, f.qualifier, sentence);
    Assertion a = new Assertion();
    x.qualifiers.interval(f, a);
    assertEquals(bounds, String.format(java.util.Locale.ROOT, "%.0f..%.0f", a.getLow(), a.getHigh()), sentence);
  }
}
