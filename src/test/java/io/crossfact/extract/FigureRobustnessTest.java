package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scraped text is hostile: no input may throw, and every offset must point into the text it came from. */
class FigureRobustnessTest {
  private static final String ALPHABET = "0123456789 ,.-\u2013%$\u20AC\u00A3:/()+#'\u2019\"\u201C\u201D\n\tabcAB"
      + "million bn m k percent between and to or about over under nearly at least up in the Vermont Kenyan "
      + "June 3 2024 Tuesday yesterday last year per year aged -year-old sixth people died from \u00E9\u4E2D\uD83D\uDE00";

  @Test
  void randomTextNeverThrowsAndOffsetsStayInTheText() {
    Random random = new Random(42);
    DateExtractor dates = new DateExtractor();
    String[] words = ALPHABET.split(" ");
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(300);
      while (b.length() < len) {
        if (random.nextBoolean()) {
          b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        } else {
          b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      String text = b.toString();
      Article a = FigureFixtures.article(text, random.nextBoolean() ? "2024-02-29" : "");
      check(text, FigureFixtures.EXTRACTOR.extract(a), true);
      check(text, dates.extract(a), false);
    }
  }

  @Test
  void veryLongArticlesAndRunsOfDigitsAreHandled() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("About ").append(i * 37).append(" people died in Kenya in 2023. ");
    }
    b.append("9".repeat(5000)).append(" and ").append("1,000,".repeat(500));
    String text = b.toString();
    List<Assertion> f = FigureFixtures.figures(text);
    assertEquals(2000, f.stream().filter(a -> a.getPredicate().equals("deaths")).count());
    check(text, f, true);
  }

  private static void check(String text, List<Assertion> assertions, boolean figures) {
    for (Assertion a : assertions) {
      if (a.getPredicate().equals("published")) {
        continue;
      }
      assertTrue(a.getStart() >= 0 && a.getStart() < a.getEnd() && a.getEnd() <= text.length(), a::toString);
      assertTrue(a.getTextStart() <= a.getStart() && a.getEnd() <= a.getTextEnd(), a::toString);
      assertEquals(text.substring(a.getTextStart(), a.getTextEnd()), a.getText());
      if (figures) {
        assertFalse(a.getPredicate().isEmpty(), a::toString);
        BigDecimal v = new BigDecimal(a.getValue());
        assertFalse(a.getValue().contains("E") || a.getValue().contains(","), a::toString);
        assertTrue(a.getLow() <= v.doubleValue() + 1e-6 || a.getQualifier().equals("over"), a::toString);
        assertTrue(a.getLow() <= a.getHigh(), a::toString);
      }
    }
  }
}
