package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
  private final DateExtractor extractor = new DateExtractor();

  private List<Assertion> dates(String body, String published) {
    return extractor.extract(FigureFixtures.article(body, published));
  }

  private List<String> events(String body, String published) {
    return dates(body, published).stream().filter(a -> a.getPredicate().equals("event"))
        .map(Assertion::getValue).collect(Collectors.toList());
  }

  @Test
  void publishedDateComesFirstWithNoTextOrOffsets() {
    List<Assertion> d = dates("Nothing dated here.", "2024-06-05T14:30:00Z");
    assertEquals(1, d.size());
    Assertion p = d.get(0);
    assertEquals(Assertion.DATE, p.getKind());
    assertEquals("published", p.getPredicate());
    assertEquals("2024-06-05", p.getValue());
    assertEquals("", p.getText());
    assertEquals(0, p.getStart());
    assertEquals(0, p.getEnd());
  }

  @Test
  void noPublishedDateGivesNoPublishedAssertion() {
    assertEquals(List.of(), dates("Nothing dated here.", ""));
    assertEquals(List.of(), dates("Nothing dated here.", "not a date"));
  }

  @Test
  void explicitDatesInEveryCommonWriting() {
    assertEquals(List.of("2024-06-03", "2024-06-03", "2024-06-03", "2024-06-13", "2023-09-11"),
        events("It began June 3, 2024. Others say 3 June 2024, or 2024-06-03. The filing is dated 6/13/2024;"
            + " the hearing was on Sept. 11, 2023.", ""));
  }

  @Test
  void weekdayBeforeAnExplicitDateIsPartOfIt() {
    List<Assertion> d = dates("The vote was held on Tuesday, June 4, 2024, in the capital.", "2024-06-10");
    List<Assertion> ev = d.stream().filter(a -> a.getPredicate().equals("event")).collect(Collectors.toList());
    assertEquals(1, ev.size());
    assertEquals("2024-06-04", ev.get(0).getValue());
    assertEquals("", ev.get(0).getQualifier());
    String text = "The vote was held on Tuesday, June 4, 2024, in the capital.";
    assertEquals("Tuesday, June 4, 2024", text.substring(ev.get(0).getStart(), ev.get(0).getEnd()));
  }

  @Test
  void monthAndYearGivesAMonth() {
    assertEquals(List.of("2023-11"), events("Prices peaked in November 2023.", ""));
  }

  @Test
  void dayWithoutYearTakesTheYearClosestToPublication() {
    assertEquals(List.of("2024-06-01"), events("The fire started June 1.", "2024-06-05"));
    assertEquals(List.of("2025-01-05"), events("The hearing is set for Jan. 5.", "2024-12-20"));
    assertEquals(List.of("2023-12-28"), events("It began Dec. 28.", "2024-01-04"));
  }

  @Test
  void relativeDatesResolveAgainstPublicationAndAreMarked() {
    // 2024-06-05 is a Wednesday
    List<Assertion> d = dates("The mayor said on Tuesday that the plan, announced yesterday, starts next Monday."
        + " Last Friday the council met.", "2024-06-05");
    List<String> ev = d.stream().filter(a -> a.getPredicate().equals("event")).map(Assertion::getValue)
        .collect(Collectors.toList());
    assertEquals(List.of("2024-06-04", "2024-06-04", "2024-06-10", "2024-05-31"), ev);
    assertTrue(d.stream().filter(a -> a.getPredicate().equals("event"))
        .allMatch(a -> a.getQualifier().equals("resolved")));
  }

  @Test
  void monthAloneResolvesToTheLatestSuchMonthNotAfterPublication() {
    assertEquals(List.of("2024-03"), events("Sales fell in March.", "2024-06-05"));
    assertEquals(List.of("2023-09"), events("Sales fell in September.", "2024-06-05"));
  }

  @Test
  void relativeFormsWithoutPublicationAreLeftOut() {
    assertEquals(List.of(), events("He spoke on Tuesday and yesterday, in March, on June 3.", ""));
  }

  @Test
  void impossibleDatesAreLeftOut() {
    assertEquals(List.of(), events("The memo was dated February 30, 2023 and 2023-02-30.", ""));
  }

  @Test
  void ambiguousNumericDatesAreLeftOut() {
    assertEquals(List.of(), events("The form is dated 04/05/2023.", ""));
  }

  @Test
  void lowerCaseMonthWordsAreNotDates() {
    assertEquals(List.of(), events("Officials may 3 times review it and march 5 miles.", ""));
  }

  @Test
  void bareYearsAreNotDates() {
    assertEquals(List.of(), events("In 2019 and since 2020 the program grew.", "2024-06-05"));
  }

  @Test
  void eventDatesCarryTheirSentenceAndOffsets() {
    String text = "First line. The quake struck on March 3, 2024, at dawn.";
    Assertion e = dates(text, "").get(0);
    assertEquals("March 3, 2024", text.substring(e.getStart(), e.getEnd()));
    assertEquals("The quake struck on March 3, 2024, at dawn.", e.getText());
    assertEquals(12, e.getTextStart());
    assertEquals(text.length(), e.getTextEnd());
    assertEquals("t1", e.getArticleId());
  }
}
