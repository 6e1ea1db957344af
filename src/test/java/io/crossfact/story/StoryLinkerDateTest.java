package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** StoryLinker reads publication dates digit by digit; it must read exactly what {@code LocalDate.parse} reads. */
class StoryLinkerDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2013-07-02", "2013-07-02T10:15:00Z", "2024-02-29", "2023-02-29", "2013-13-01",
      "2013-00-10", "2013-7-02xx", "20130702xx", "2013/07/02", "abcd-ef-gh", "2013-07-0a", "0999-01-01",
      "2013-07-31", "2013-06-31", "2013-07-02 ", "", "2013-07"})
  void readsWhatTheIsoParserReads(String iso) {
    assertEquals(iso(iso), StoryLinker.date(iso), iso);
  }

  private static LocalDate iso(String s) {
    if (s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
