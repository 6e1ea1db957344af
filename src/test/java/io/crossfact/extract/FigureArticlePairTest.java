package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two independent reports of the same story (fixtures written for this test): what comparison will see. The state
 * death counts disagree (245 vs 254) on the same key; the national count is kept apart by its scope; "roughly 93%"
 * and "around 93 percent" are the same interval; a monthly figure never shares a period with a yearly one.
 */
class FigureArticlePairTest {

  private static List<Assertion> read(String name, String published) throws IOException {
    try (InputStream in = FigureArticlePairTest.class.getResourceAsStream("/figures/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return FigureFixtures.figures(text, published);
    }
  }

  private static Optional<Assertion> find(List<Assertion> f, String predicate, String scope, String period) {
    return f.stream().filter(a -> a.getPredicate().equals(predicate) && a.getScope().equals(scope)
        && a.getPeriod().equals(period)).findFirst();
  }

  @Test
  void theSameStateCountMeetsOnOneKeyWithDifferentValues() throws IOException {
    List<Assertion> a = read("vermont-overdoses-a.txt", "2024-03-06");
    List<Assertion> b = read("vermont-overdoses-b.txt", "2024-03-07");
    Assertion stateA = find(a, "overdose_deaths", "Vermont", "2023").orElseThrow(() -> new AssertionError(FigureFixtures.summary(a)));
    Assertion stateB = find(b, "overdose_deaths", "Vermont", "2023").orElseThrow(() -> new AssertionError(FigureFixtures.summary(b)));
    assertEquals("245", stateA.getValue());
    assertEquals("254", stateB.getValue());
    assertEquals(stateA.getUnit(), stateB.getUnit());
  }

  @Test
  void theNationalCountIsScopedApartFromTheStateOne() throws IOException {
    List<Assertion> a = read("vermont-overdoses-a.txt", "2024-03-06");
    List<Assertion> b = read("vermont-overdoses-b.txt", "2024-03-07");
    Assertion nationalA = a.stream().filter(x -> x.getValue().equals("107500")).findFirst().orElseThrow();
    Assertion nationalB = b.stream().filter(x -> x.getValue().equals("107500")).findFirst().orElseThrow();
    assertEquals("United States", nationalA.getScope());
    assertEquals("United States", nationalB.getScope());
    assertEquals(nationalA.getPredicate(), nationalB.getPredicate());
    assertEquals("about", nationalA.getQualifier());
  }

  @Test
  void roughlyAndAroundTheSamePercentGiveTheSameInterval() throws IOException {
    Assertion a = read("vermont-overdoses-a.txt", "2024-03-06").stream().filter(x -> x.getUnit().equals("%"))
        .findFirst().orElseThrow();
    Assertion b = read("vermont-overdoses-b.txt", "2024-03-07").stream().filter(x -> x.getUnit().equals("%"))
        .findFirst().orElseThrow();
    assertEquals(a.getLow(), b.getLow(), 1e-9);
    assertEquals(a.getHigh(), b.getHigh(), 1e-9);
    assertEquals("about", a.getQualifier());
  }

  @Test
  void monthlyAndYearlyFiguresNeverShareAPeriod() throws IOException {
    List<Assertion> b = read("vermont-overdoses-b.txt", "2024-03-07");
    Assertion monthly = b.stream().filter(x -> x.getValue().equals("240")).findFirst().orElseThrow();
    assertEquals("per month", monthly.getPeriod());
    assertTrue(b.stream().filter(x -> x.getValue().equals("254")).allMatch(x -> x.getPeriod().equals("2023")));
  }

  @Test
  void datelinesAndHeadlinesAddNoFigures() throws IOException {
    List<Assertion> b = read("vermont-overdoses-b.txt", "2024-03-07");
    assertFalse(b.stream().anyMatch(x -> x.getValue().equals("2023") || x.getValue().equals("93") && x.getUnit().isEmpty()),
        FigureFixtures.summary(b));
    List<Assertion> a = read("vermont-overdoses-a.txt", "2024-03-06");
    Assertion er = a.stream().filter(x -> x.getValue().equals("2410")).findFirst().orElseThrow();
    assertEquals("2022", er.getPeriod());
    assertNotEquals("", er.getPredicate());
  }
}
