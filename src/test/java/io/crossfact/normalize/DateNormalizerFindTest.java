package io.crossfact.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** find() reuses the mentions of its last call on the same text and date, and never hands out a shared list. */
class DateNormalizerFindTest {
  private static List<String> values(List<DateNormalizer.Mention> ms) {
    return ms.stream().map(DateNormalizer.Mention::toString).toList();
  }

  @Test
  void aRepeatedCallGivesTheSameMentionsInAFreshList() {
    String body = "The bridge closed on Tuesday and reopened March 3, 2024. Work began in June, crews said.";
    LocalDate pub = LocalDate.of(2024, 3, 8);
    List<DateNormalizer.Mention> first = DateNormalizer.find(body, pub);
    List<DateNormalizer.Mention> second = DateNormalizer.find(body, pub);
    assertEquals(values(first), values(second));
    assertNotSame(first, second);
    second.clear(); // the caller's list is its own
    assertEquals(values(first), values(DateNormalizer.find(body, pub)));
    assertEquals(values(first), values(DateNormalizer.find(new StringBuilder(body), pub)));
  }

  @Test
  void anotherDateOrTextIsReadAgain() {
    String body = "Crews returned on Friday.";
    List<String> march = values(DateNormalizer.find(body, LocalDate.of(2024, 3, 8)));
    List<String> april = values(DateNormalizer.find(body, LocalDate.of(2024, 4, 12)));
    assertNotEquals(march, april);
    assertEquals(march, values(DateNormalizer.find(body, LocalDate.of(2024, 3, 8))));
    assertEquals(List.of(), values(DateNormalizer.find("No dates here.", LocalDate.of(2024, 3, 8))));
  }

  @Test
  void capitalsThatStartNoMonthOrWeekdayAreNoDates() {
    LocalDate pub = LocalDate.of(2024, 3, 8);
    assertEquals(List.of(), values(DateNormalizer.find("Jolly Mayors and Dentists met Westerners.", pub)));
    assertEquals(1, DateNormalizer.find("They met Thursday.", pub).size());
    assertEquals(1, DateNormalizer.find("It opened in Sept. 2021.", pub).size());
  }
}
