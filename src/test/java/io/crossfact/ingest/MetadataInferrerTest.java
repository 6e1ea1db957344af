package io.crossfact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataInferrerTest {

  private static MetadataInferrer.Inferred infer(String text) {
    return MetadataInferrer.infer(text, BoilerplateBlanker.blank(text).body());
  }

  @Test
  void isoDatesKeepTheLocalDateAsWritten() {
    assertEquals("2024-06-03", MetadataInferrer.isoDate("2024-06-03T23:40:00-04:00"));
    assertEquals("2024-06-03", MetadataInferrer.isoDate("Date:2024-06-03 09:15:00"));
    assertEquals("2024-06-03", MetadataInferrer.isoDate("2024/6/3"));
  }

  @Test
  void monthNameDatesParseInEnglishWhateverTheDefaultLocale() {
    assertEquals("2024-06-03", MetadataInferrer.isoDate("Published: June 3, 2024"));
    assertEquals("2024-06-03", MetadataInferrer.isoDate("3 June 2024"));
    assertEquals("2024-06-03", MetadataInferrer.isoDate("Jun. 3, 2024"));
    assertEquals("2024-06-03", MetadataInferrer.isoDate("Monday 3rd of June, 2024 09.15 BST"));
    assertEquals("2024-09-30", MetadataInferrer.isoDate("Sept 30, 2024"));
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertEquals("", MetadataInferrer.isoDate("February 30, 2024"));
    assertEquals("", MetadataInferrer.isoDate("2024-13-01"));
    assertEquals("2024-03-01", MetadataInferrer.isoDate("February 30, 2024, corrected to March 1, 2024"));
    assertEquals(Optional.empty(), MetadataInferrer.findDate("no date here, only 2024"));
  }

  @Test
  void numericDatesAreReadOnlyWhenDayAndMonthCannotBeConfused() {
    assertEquals("2024-06-23", MetadataInferrer.isoDate("Date: 23/06/2024"));
    assertEquals("2024-06-23", MetadataInferrer.isoDate("Date: 06/23/2024"));
    assertEquals("", MetadataInferrer.isoDate("Date: 03/06/2024"));
  }

  @Test
  void urlPathDateIsTheLastResort() {
    assertEquals("2024-06-03", MetadataInferrer.dateFromUrl("https://coastpost.example/2024/06/03/floods-worsen/"));
    assertEquals("", MetadataInferrer.dateFromUrl("https://coastpost.example/2024/13/03/x"));
    assertEquals("2024-06-03", infer("Floods worsen\nURL: https://coastpost.example/2024/06/03/floods\n\nRain fell.\n").published());
    assertEquals("2024-06-05", infer("Floods worsen\nURL: https://coastpost.example/2024/06/03/floods\nPublished: June 5, 2024\n\nRain fell.\n").published());
  }

  @Test
  void firstDateInTheStringWins() {
    assertEquals(Optional.of(LocalDate.of(2023, 5, 1)), MetadataInferrer.findDate("1 May 2023, updated 2024-06-03"));
  }

  @Test
  void agencyComesFromTheDateline() {
    assertEquals("Reuters", MetadataInferrer.agencyFromDateline("NAIROBI (Reuters) \u2014 Floods displaced thousands."));
    assertEquals("AP", MetadataInferrer.agencyFromDateline("NEW YORK (AP) -- Stocks fell."));
    assertEquals("AFP", MetadataInferrer.agencyFromDateline("DAR ES SALAAM, Tanzania (AFP) - Rains eased."));
    assertEquals("", MetadataInferrer.agencyFromDateline("Kenya's central bank (CBK) \u2014 which sets rates \u2014 met."));
    assertEquals("", MetadataInferrer.agencyFromDateline("NAIROBI (June 3) \u2014 Floods."));
  }

  @Test
  void datelineDateIsRead() {
    assertEquals("2024-06-03", MetadataInferrer.dateFromDateline("WASHINGTON, June 3, 2024 (AP) \u2014 The Senate voted."));
    assertEquals("2024-06-04", MetadataInferrer.dateFromDateline("KISUMU, Jun. 4, 2024 \u2014 The lake rose."));
    assertEquals("", MetadataInferrer.dateFromDateline("The lake rose by June 4, 2024 \u2014 officials said."));
  }

  @Test
  void hostDropsWwwAndCase() {
    assertEquals("dailymeridian.example", MetadataInferrer.hostOf("https://WWW.DailyMeridian.example/world?x=1"));
    assertEquals("coastpost.example", MetadataInferrer.hostOf("coastpost.example/news"));
    assertEquals("", MetadataInferrer.hostOf("not a url"));
  }

  @Test
  void labelledLinesWin() {
    MetadataInferrer.Inferred m = infer("Home \u00bb World\n\nTitle: Floods worsen\nPublisher: Coast Post\n"
        + "Link: https://coastpost.example/floods\nPublished: June 5, 2024\nUpdated: June 6, 2024\n\n"
        + "NAIROBI (Reuters) \u2014 Floods worsened on Monday, officials said.\n");
    assertEquals("Floods worsen", m.title());
    assertEquals("Coast Post", m.source());
    assertEquals("https://coastpost.example/floods", m.url());
    assertEquals("2024-06-05", m.published());
  }

  @Test
  void longScrapedMenuDoesNotPushTheDateLineOutOfTheHeader() {
    StringBuilder text = new StringBuilder();
    for (String item : new String[] {"Home \u00bb World", "Menu", "Search", "Log in", "Subscribe now", "Advertisement",
        "Skip to content", "Back to top", "Most read", "Election date set", "Fuel prices fall", "Rates held",
        "Share this article", "Tweet", "Email", "Print"}) {
      text.append(item).append('\n');
    }
    text.append("\nFloods worsen along the Tana\nDate: 2024-06-03\n\nRain fell again on Monday, officials said.\n");
    MetadataInferrer.Inferred m = infer(text.toString());
    assertEquals("2024-06-03", m.published());
    assertEquals("Floods worsen along the Tana", m.title());
  }

  @Test
  void sentenceOpeningWithPublishedIsNotADateLabel() {
    assertEquals("", infer("Study links floods to roads\n\nPublished in 2019, the study of June 3, 2020 floods "
        + "blamed roads.\n").published());
    assertEquals("2024-06-03", infer("Floods worsen\nPublished June 3, 2024\n\nRain fell.\n").published());
  }

  @Test
  void updatedLineIsUsedWhenNothingSaysPublished() {
    assertEquals("2024-06-06", infer("Floods worsen\n\nLast updated: 6 June 2024\n\nRain fell.\n").published());
  }

  @Test
  void headlineIsTheFirstShortLineThatIsNotBoilerplateBylineOrDate() {
    MetadataInferrer.Inferred m = infer("Home > News > Politics\nBy Jane Roe\nJune 3, 2024\n\n"
        + "Parliament passes the finance bill\n\nLawmakers voted 204 to 115 on Tuesday to pass the bill, which raises taxes on fuel.\n");
    assertEquals("Parliament passes the finance bill", m.title());
    assertEquals("2024-06-03", m.published(), "a date line near the top");
  }

  @Test
  void noHeadlineWhenTheBodyStartsAtOnce() {
    assertEquals("", infer("Lawmakers voted 204 to 115 on Tuesday to pass the finance bill, which raises taxes on fuel and "
        + "mobile money transfers.\n\nShort line after\n").title());
  }

  @Test
  void headlineThatMentionsADateIsNotTakenAsPublicationDate() {
    MetadataInferrer.Inferred m = infer("Elections set for June 3, 2025\n\nThe commission announced the date on Monday.\n");
    assertEquals("Elections set for June 3, 2025", m.title());
    assertEquals("", m.published());
  }

  @Test
  void bylineWithDateGivesThePublishedDate() {
    assertEquals("2024-06-03", infer("Rates held\nBy Jane Roe | Jun. 3, 2024\n\nThe bank held rates.\n").published());
  }

  @Test
  void sourceFallsBackFromDatelineToUrlHost() {
    assertEquals("AP", infer("Stocks fall\n\nNEW YORK (AP) \u2014 Stocks fell on Monday.\n").source());
    assertEquals("coastpost.example", infer("Stocks fall\nhttps://www.coastpost.example/markets/stocks\n\nStocks fell.\n").source());
  }
}
