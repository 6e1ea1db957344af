package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
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

  /** The gap is the days between the two dates as parsed, 0 when either is undated or not a date. */
  @ParameterizedTest
  @ValueSource(strings = {"2013-07-02|2013-07-02", "2013-07-02|2013-07-03", "2024-02-28|2024-03-01",
      "2023-12-31|2024-01-01", "2016-03-01|2012-03-01", "0999-01-01|2013-07-02T10:00:00Z", "2013-07-02|",
      "|2013-07-02", "2023-02-29|2023-03-01", "2013-07-02|notadate"})
  void gapDaysAreTheDaysBetweenTheParsedDates(String pair) {
    String[] p = pair.split("\\|", -1);
    LocalDate a = iso(p[0]);
    LocalDate b = iso(p[1]);
    long expected = a == null || b == null ? 0 : Math.abs(ChronoUnit.DAYS.between(a, b));
    assertEquals(expected, StoryLinker.gapDays(vector(p[0]), vector(p[1])), pair);
  }

  @Test
  void aNewPublicationDateIsReadAgain() {
    StoryVector a = vector("2013-07-02");
    StoryVector b = vector("2013-07-12");
    assertEquals(10, StoryLinker.gapDays(a, b));
    b.setPublished("2013-08-01");
    assertEquals(30, StoryLinker.gapDays(a, b));
    b.setPublished("");
    assertEquals(0, StoryLinker.gapDays(a, b));
  }

  @Test
  void aSerialisedVectorReadsItsDateAgain() throws Exception {
    StoryVector a = vector("2013-07-02");
    StoryVector b = vector("2013-07-12");
    assertEquals(10, StoryLinker.gapDays(a, b));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(b);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(10, StoryLinker.gapDays(a, (StoryVector) in.readObject()));
    }
  }

  private static StoryVector vector(String published) {
    StoryVector v = new StoryVector();
    v.setPublished(published);
    return v;
  }
}
