package io.crossfact.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {

  private static String plain(String expression) {
    BigDecimal v = NumberParser.parse(expression);
    return v == null ? null : NumberParser.plain(v);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "five hundred | 500",
      "one million four hundred thousand | 1400000",
      "three | 3",
      "a dozen | 12",
      "two dozen | 24",
      "1.4 million | 1400000",
      "$2.3bn | 2300000000",
      "$2.3 billion | 2300000000",
      "1,400 | 1400",
      "12.5% | 12.5",
      "twenty-five | 25",
      "one hundred and five | 105",
      "a hundred | 100",
      "40k | 40000",
      "\u00A35m | 5000000",
      "3 million 400 thousand | 3400000",
      "12.5 percent | 12.5",
      "1.400.000 | 1400000",
      "US$ 7 | 7",
      "zero | 0",
      "ninety-nine | 99",
      "seven hundred thousand | 700000",
  })
  void readsNumberExpressions(String expression, String expected) {
    assertEquals(expected, plain(expression));
  }

  @ParameterizedTest(name = "{0} is not a number")
  @CsvSource(delimiter = '|', value = {"hello", "five apples", "1,,400", "a", "twenty-eleven", "3 4", "1.2.3,4"})
  void rejectsWhatIsNotANumber(String expression) {
    assertNull(plain(expression));
  }

  @Test
  void nullAndEmptyAreNotNumbers() {
    assertNull(NumberParser.parse(null));
    assertNull(NumberParser.parse("   "));
    assertNull(NumberParser.parseParts(List.of()));
  }

  @Test
  void plainFormHasNoExponentNoSeparatorsAndNoTrailingZeros() {
    assertEquals("1400000", NumberParser.plain(new BigDecimal("1.4E+6")));
    assertEquals("12.5", NumberParser.plain(new BigDecimal("12.50")));
    assertEquals("0", NumberParser.plain(new BigDecimal("0.000")));
    assertEquals("450", NumberParser.plain(new BigDecimal("450")));
  }

  @Test
  void digitsWithSeparatorsAreExactNotBinaryFloats() {
    assertEquals(new BigDecimal("1400000.0"), NumberParser.parse("1.4 million").stripTrailingZeros()
        .setScale(1));
    assertEquals("0.3", NumberParser.plain(NumberParser.parseDigits("0.3")));
  }

  @Test
  void ordinalWordsHaveValuesAndFirstIsOne() {
    assertEquals(6, NumberParser.ordinalValue("sixth"));
    assertEquals(1, NumberParser.ordinalValue("first"));
    assertEquals(21, NumberParser.ordinalValue("twenty-first"));
    assertEquals(0, NumberParser.ordinalValue("sixteen"));
  }

  @Test
  void scaleSuffixesAreOnlyScalesWhenGlued() {
    assertEquals(new BigDecimal("1000000"), NumberParser.scaleSuffix("m"));
    assertNull(NumberParser.scaleWord("m"));
    assertEquals(new BigDecimal("1000000000"), NumberParser.scaleWord("bn"));
  }
}
