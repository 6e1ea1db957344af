package io.crossfact.extract;

import static io.crossfact.extract.FigureFixtures.figures;
import static io.crossfact.extract.FigureFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

  private static Assertion only(String body) {
    List<Assertion> f = figures(body);
    assertEquals(1, f.size(), () -> "expected one figure in: " + body + "\n" + summary(f));
    return f.get(0);
  }

  private static Assertion withValue(List<Assertion> figures, String value) {
    return figures.stream().filter(a -> a.getValue().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + value + " in\n" + summary(figures)));
  }

  // ---------------------------------------------------------------- forms of numbers

  @Test
  void digitsWithThousandsSeparatorsBecomePlainDecimals() {
    Assertion a = only("Officials counted 1,400 overdose deaths in Vermont in 2023.");
    assertEquals(Assertion.FIGURE, a.getKind());
    assertEquals("1400", a.getValue());
    assertEquals("people", a.getUnit());
    assertEquals("", a.getQualifier());
    assertEquals("overdose deaths", a.getSubject());
    assertEquals("overdose_deaths", a.getPredicate());
    assertEquals("Vermont", a.getScope());
    assertEquals("2023", a.getPeriod());
    assertEquals(1400d, a.getLow());
    assertEquals(1400d, a.getHigh());
  }

  @Test
  void aCountyIsTheScopeEvenUnderAStateDateline() {
    Assertion a = only("COLUMBUS, Ohio \u2014 Franklin County recorded 412 overdose deaths in 2023, the coroner said.");
    assertEquals("Franklin County", a.getScope());
  }

  @Test
  void aPlaceInTheClauseIsTheScopeRatherThanTheDatelineCity() {
    Assertion a = only("MONTPELIER \u2014 There were 1,096 overdose deaths in Vermont in 2023, officials said.");
    assertEquals("Vermont", a.getScope());
    // without another place the dateline city still scopes the figure
    assertEquals("Montpelier",
        only("MONTPELIER \u2014 The city recorded 96 overdose deaths in 2023, officials said.").getScope());
  }

  @Test
  void aSpelledNumberRightAfterADatelineOpensTheSentence() {
    Assertion a = only("LILONGWE \u2014 Four hundred cholera deaths were recorded in Malawi in 2023.");
    assertEquals("400", a.getValue());
    assertEquals("Malawi", a.getScope());
    // a capitalized number word inside a sentence is still a name
    assertEquals(List.of(), figures("Residents near Three Mile Island were evacuated in 1979."));
  }

  @Test
  void jobsAfterAPastLossVerbAreJobsLostButAPlannedCutIsNot() {
    assertEquals("jobs_lost", only("Arizona lost 18,832 jobs in 2022, according to the Department of Labor.")
        .getPredicate());
    assertEquals("jobs_lost", only("Employers in Ohio shed 4,100 jobs in March.").getPredicate());
    assertEquals("jobs_lost", only("Job losses in Arizona reached 31,387 in 2022.").getPredicate());
    assertEquals("jobs", only("The company will cut 1,200 jobs next year.").getPredicate());
  }

  @Test
  void acresWithAFireVerbAreTheAreaBurnedOtherAcresStayAnArea() {
    Assertion before = only("Wildfires burned 4.2 million acres in Idaho in 2022, the forestry agency said.");
    assertEquals("area_burned", before.getPredicate());
    assertEquals("acres", before.getUnit());
    assertEquals("4200000", before.getValue());
    assertEquals("area_burned", only("The agency estimated that 6.3 million acres burned in Idaho in 2022.")
        .getPredicate());
    assertEquals("area_burned", only("Fires scorched 310,000 acres across Oregon in 2021.").getPredicate());
    assertEquals("acre", only("The farm covers 1,200 acres near the river.").getPredicate());
  }

  @Test
  void damageCausedBySomethingIsThatThingsDamage() {
    Assertion caused = only("DENVER, Colorado \u2014 Floods caused $1.1bn in damage in Colorado last year.");
    assertEquals("flood_damage", caused.getPredicate());
    assertEquals("USD", caused.getUnit());
    assertEquals("flood_damage", only("Flood damage in Colorado totalled $1.9bn in 2023.").getPredicate());
    assertEquals("storm_damage", only("The storm caused $40 million in damage in Maine.").getPredicate());
    assertEquals("damage", only("It caused $2bn in damage in 2023.").getPredicate()); // no cause named
  }

  @Test
  void anEstimateVerbEndsTheEstimatedNoun() {
    Assertion a = only("The agency put flood damage in Oregon at $1.8bn in 2022.");
    assertEquals("flood_damage", a.getPredicate());
    assertEquals("flood damage", a.getSubject());
  }

  @Test
  void anAnnualReportIsNotAPerYearRate() {
    Assertion a = only("Kansas counted 1,310 measles cases in 2022, the health department said in its annual report.");
    assertEquals("2022", a.getPeriod());
  }

  @Test
  void reportingIsNotPartOfTheMetric() {
    Assertion a = only("In 2022, 1,055 homicides were reported in Oregon, according to the state police.");
    assertEquals("homicides", a.getPredicate());
  }

  @Test
  void decimalsKeepTheirFractionAndRatesKeepTheirDenominator() {
    Assertion a = only("The county reported 12.5 deaths per 100,000 residents.");
    assertEquals("12.5", a.getValue());
    assertEquals("per 100000", a.getUnit());
    assertEquals("deaths", a.getPredicate());
  }

  @Test
  void scaleWordsMultiply() {
    Assertion a = only("A total of 1.4 million people were displaced by the floods.");
    assertEquals("1400000", a.getValue());
    assertEquals("people", a.getUnit());
    assertEquals("displaced_people", a.getPredicate());
    assertEquals("people displaced", a.getSubject());
  }

  @Test
  void dollarBillionsInBothSpellingsGiveTheSameValueInUsd() {
    List<Assertion> f = figures("The company paid $2.3bn for the startup. Rivals had offered $2.3 billion for the startup.");
    assertEquals(2, f.size(), summary(f));
    for (Assertion a : f) {
      assertEquals("2300000000", a.getValue());
      assertEquals("USD", a.getUnit());
      assertEquals("startup", a.getPredicate());
    }
  }

  @Test
  void otherCurrenciesByCodeSymbolAndWord() {
    Assertion euros = withValue(figures("The club spent \u20AC40m on transfers for two players."), "40000000");
    assertEquals("EUR", euros.getUnit());
    assertEquals("transfer", euros.getPredicate());
    assertEquals("GBP", only("The council saved \u00A312 million in wages.").getUnit());
    assertEquals("GBP", only("The council saved 12 million pounds in wages.").getUnit());
    assertEquals("KES", only("Farmers received KSh 500 in aid.").getUnit());
  }

  @Test
  void spelledNumbersAreRead() {
    assertEquals("500", only("Five hundred protesters gathered outside.").getValue());
    assertEquals("1400000", only("One million four hundred thousand people watched the debate.").getValue());
    assertEquals("12", only("A dozen homes were destroyed.").getValue());
    assertEquals("25", only("Twenty-five students were sent home.").getValue());
  }

  @Test
  void twoCountsJoinedByAndAreTwoFigures() {
    List<Assertion> f = figures("The panel has three Democrats and three Republicans.");
    assertEquals(2, f.size(), summary(f));
    assertEquals("3", f.get(0).getValue());
    assertEquals("Democrats", f.get(0).getSubject());
    assertEquals("democrat", f.get(0).getPredicate());
    assertEquals("3", f.get(1).getValue());
    assertEquals("Republicans", f.get(1).getSubject());
    assertEquals("people", f.get(1).getUnit());
    assertTrue(f.get(0).getStart() < f.get(1).getStart());
  }

  @Test
  void percentagesAndPercentageChanges() {
    Assertion a = only("Officials reported a 450% increase in overdose deaths.");
    assertEquals("450", a.getValue());
    assertEquals("%", a.getUnit());
    assertEquals("increase in overdose deaths", a.getSubject());
    assertEquals("overdose_deaths_increase", a.getPredicate());

    Assertion b = only("The unemployment rate fell to 3.9 percent.");
    assertEquals("3.9", b.getValue());
    assertEquals("%", b.getUnit());
    assertEquals("unemployment_rate", b.getPredicate());
  }

  @Test
  void percentagePointsAreTheirOwnUnitAndTheLevelAfterThemKeepsTheMetric() {
    List<Assertion> f = figures("Unemployment rose 2 percentage points to 5.9% last month.");
    assertEquals(2, f.size(), summary(f));
    assertEquals("percentage points", f.get(0).getUnit());
    assertEquals("unemployment_increase", f.get(0).getPredicate());
    assertEquals("5.9", f.get(1).getValue());
    assertEquals("%", f.get(1).getUnit());
    assertEquals("unemployment", f.get(1).getPredicate());
    assertEquals("2024-05", f.get(1).getPeriod());
  }

  @Test
  void rangesInThreeWritingsGiveLowValueAndBothBounds() {
    for (String s : new String[] {"Between 60,000 and 70,000 people attended the rally.",
        "Police said 60,000 to 70,000 people attended the rally.",
        "Organizers counted 60,000-70,000 people at the rally."}) {
      Assertion a = only(s);
      assertEquals("60000", a.getValue(), s);
      assertEquals("range", a.getQualifier(), s);
      assertEquals(60000d, a.getLow(), s);
      assertEquals(70000d, a.getHigh(), s);
      assertEquals("people", a.getUnit(), s);
    }
  }

  @Test
  void aScaleAfterTheSecondBoundAppliesToTheFirst() {
    Assertion a = only("The project will cost between $5 and $6 million for the bridge.");
    assertEquals("5000000", a.getValue());
    assertEquals(6000000d, a.getHigh());
    assertEquals("USD", a.getUnit());
  }

  @Test
  void vagueMagnitudesGetTheirConventionalIntervals() {
    List<Assertion> f = figures("Tens of thousands of people fled, hundreds of homes burned and dozens of schools closed.");
    assertEquals(3, f.size(), summary(f));
    assertEquals("vague", f.get(0).getQualifier());
    assertEquals(10000d, f.get(0).getLow());
    assertEquals(99999d, f.get(0).getHigh());
    assertEquals("10000", f.get(0).getValue());
    assertEquals(100d, f.get(1).getLow());
    assertEquals(999d, f.get(1).getHigh());
    assertEquals("home", f.get(1).getPredicate());
    assertEquals(24d, f.get(2).getLow());
    assertEquals(99d, f.get(2).getHigh());
  }

  @Test
  void qualifiersSetTheIntervalFromTheConfiguredTolerances() {
    List<Assertion> f = figures("About 500 people died. More than 300 people were injured. Fewer than 20 students"
        + " passed. Nearly 1,000 jobs were lost. At least 12 people were killed. Up to 40 homes were destroyed.");
    assertEquals(6, f.size(), summary(f));
    assertEquals("about", f.get(0).getQualifier());
    assertEquals(450d, f.get(0).getLow(), 1e-9);
    assertEquals(550d, f.get(0).getHigh(), 1e-9);
    assertEquals("over", f.get(1).getQualifier());
    assertEquals(300d, f.get(1).getLow(), 1e-9);
    assertEquals(450d, f.get(1).getHigh(), 1e-9);
    assertEquals("under", f.get(2).getQualifier());
    assertEquals(10d, f.get(2).getLow(), 1e-9);
    assertEquals(20d, f.get(2).getHigh(), 1e-9);
    assertEquals("nearly", f.get(3).getQualifier());
    assertEquals(900d, f.get(3).getLow(), 1e-9);
    assertEquals(1000d, f.get(3).getHigh(), 1e-9);
    assertEquals("at least", f.get(4).getQualifier());
    assertEquals(12d, f.get(4).getLow(), 1e-9);
    assertEquals(18d, f.get(4).getHigh(), 1e-9);
    assertEquals("at most", f.get(5).getQualifier());
    assertEquals(20d, f.get(5).getLow(), 1e-9);
    assertEquals(40d, f.get(5).getHigh(), 1e-9);
  }

  @Test
  void qualifierWordsAreInsideTheOffsets() {
    String s = "Officials said roughly 2,000 families were evacuated.";
    Assertion a = only(s);
    assertEquals("roughly 2,000", s.substring(a.getStart(), a.getEnd()));
    assertEquals(s, a.getText());
    assertEquals(0, a.getTextStart());
    assertEquals(s.length(), a.getTextEnd());
  }

  @Test
  void trailingQualifiersCount() {
    assertEquals("at least", only("The fire destroyed 500 homes or more.").getQualifier());
    assertEquals("at least", only("The fire destroyed 500-plus homes.").getQualifier());
    assertEquals("about", only("The fire destroyed 500 or so homes.").getQualifier());
  }

  @Test
  void toleranceComesFromTheConfig() {
    FigureExtractor wide = new FigureExtractor(CrossfactConfig.load(null,
        Map.of("figure.tolerance.approx", "0.2", "figure.tolerance.open", "1.0")));
    List<Assertion> f = wide.extract(FigureFixtures.article("About 500 people died and over 100 homes burned.", ""));
    assertEquals(400d, f.get(0).getLow(), 1e-9);
    assertEquals(600d, f.get(0).getHigh(), 1e-9);
    assertEquals(200d, f.get(1).getHigh(), 1e-9);
  }

  // ---------------------------------------------------------------- not figures

  @Test
  void yearsAndDatesAreNotFigures() {
    assertEquals(List.of(), figures("In 2023, the law changed. It was amended in 2019 and again on June 3, 2024."));
    assertEquals(List.of(), figures("The report, dated 2024-06-03, covers 3 June 2024 and 6/13/2024."));
    assertEquals(List.of(), figures("The 2020 elections were contested."));
  }

  @Test
  void timesAreNotFigures() {
    assertEquals(List.of(), figures("The meeting starts at 9:15 and ends at 3 p.m. on the dot."));
  }

  @Test
  void digitOrdinalsAndDecadesAreNotFigures() {
    assertEquals(List.of(), figures("It was the 21st century, and she finished 1st in the 1990s."));
  }

  @Test
  void spelledOrdinalCountsOccurrences() {
    Assertion a = only("It was his sixth visit to the region since 2019.");
    assertEquals("6", a.getValue());
    assertEquals("ordinal", a.getQualifier());
    assertEquals("visit", a.getSubject());
    assertEquals("visits", a.getPredicate());
    assertEquals("since 2019", a.getPeriod());
  }

  @Test
  void ordinalsThatRankOrDivideAreNotCounts() {
    assertEquals(List.of(), figures("The second half began late, and the first lady won third place."));
  }

  @Test
  void phoneNumbersReferencesAndModelNumbersAreNotFigures() {
    assertEquals(List.of(), figures("Call 555-123-4567 about Section 230 and Article 5; the Boeing 737 landed."));
    assertEquals(List.of(), figures("See No. 5 and #12 under Title 42 of the code."));
  }

  @Test
  void listNumberingIsNotAFigure() {
    assertEquals(List.of(), figures("1. Bring water\n2. Bring food"));
  }

  @Test
  void streetNumbersScoresAndDurationsAreNotFigures() {
    assertEquals(List.of(), figures("They marched to 1600 Pennsylvania Avenue."));
    assertEquals(List.of(), figures("The Senate voted 51-49 after three years of debate."));
    assertEquals(List.of(), figures("The sentence was 12 years, served three times over."));
  }

  @Test
  void idsAndProductNamesWithDigitsAreNotFigures() {
    assertEquals(List.of(), figures("The H5N1 strain and COVID-19 spread; the F-35 and 5G rollout stalled."));
  }

  @Test
  void agesAreKeptAsAgeButPopulationBoundsAreNot() {
    Assertion a = only("A man aged 45 was arrested near the station.");
    assertEquals("age", a.getPredicate());
    assertEquals("45", a.getValue());
    assertEquals("years", a.getUnit());
    Assertion b = only("A 45-year-old man was arrested.");
    assertEquals("age", b.getPredicate());
    Assertion c = only("About 1,200 residents aged 65 and older were vaccinated.");
    assertEquals("1200", c.getValue());
  }

  @Test
  void numbersInsideQuotesAreKept() {
    Assertion a = only("\u201CWe lost 12 firefighters,\u201D the chief said.");
    assertEquals("12", a.getValue());
    assertEquals("firefighters", a.getSubject());
    assertEquals("people", a.getUnit());
  }

  @Test
  void aBareNumberWithNothingCountedIsDropped() {
    assertEquals(List.of(), figures("He said it was 12, then 15, then nothing."));
  }

  // ---------------------------------------------------------------- metrics

  @Test
  void synonymousOverdosePhrasesMeetOnOneMetric() {
    String[] sentences = {
        "In 2023, 1,400 people died from opioid-related overdoses in Vermont.",
        "Vermont recorded 1,400 overdose deaths in 2023.",
        "Fatal overdoses numbered 1,400 in Vermont in 2023."};
    for (String s : sentences) {
      Assertion a = only(s);
      assertEquals("overdose_deaths", a.getPredicate(), s);
      assertEquals("Vermont", a.getScope(), s);
      assertEquals("2023", a.getPeriod(), s);
      assertEquals("people", a.getUnit(), s);
    }
  }

  @Test
  void deathsOfACauseKeepTheCause() {
    assertEquals("cholera_deaths", only("Some 300 people died of cholera.").getPredicate());
    assertEquals("cholera_deaths", only("There were 300 cholera deaths.").getPredicate());
  }

  @Test
  void personNounsWithAParticipleMeetTheSynonym() {
    assertEquals("displaced_people", only("About 3,000 residents were displaced by the fire.").getPredicate());
    assertEquals("jobs_lost", only("Last year 4.2 million workers lost their jobs.").getPredicate());
    assertEquals("jobs_lost", only("The plant closure meant 1,200 jobs lost.").getPredicate());
  }

  @Test
  void theMetricComesFromBeforeTheNumberWhenNothingFollowsIt() {
    Assertion a = only("The death toll rose to 1,400 on Tuesday.");
    assertEquals("death toll", a.getSubject());
    assertEquals("deaths", a.getPredicate());
    assertEquals("people", a.getUnit());
  }

  @Test
  void aComparedFigureInheritsTheMetricAndTakesItsOwnPeriod() {
    List<Assertion> f = figures("Vermont recorded 250 overdose deaths in 2023, up from 200 in 2022.");
    assertEquals(2, f.size(), summary(f));
    assertEquals("overdose_deaths", f.get(1).getPredicate());
    assertEquals("2022", f.get(1).getPeriod());
    assertEquals("2023", f.get(0).getPeriod());
    assertEquals("Vermont", f.get(1).getScope());
  }

  @Test
  void aChangeAfterALevelIsTheChangeOfThatMetric() {
    List<Assertion> f = figures("The population of Texas grew to 30.5 million, up 1.6%, in 2023.");
    assertEquals(2, f.size(), summary(f));
    assertEquals("population", f.get(0).getPredicate());
    assertEquals("Texas", f.get(0).getScope());
    assertEquals("population_increase", f.get(1).getPredicate());
  }

  @Test
  void aSumWithNothingAfterItIsWhatItsActorDid() {
    Assertion a = only("The Treasury borrowed \u00A318.5bn in May.");
    assertEquals("treasury_borrow", a.getPredicate());
    assertEquals("Treasury borrowed", a.getSubject());
    assertEquals("GBP", a.getUnit());
    assertEquals("2024-05", a.getPeriod());
    assertEquals("company_raise", only("The company has raised $40 million.").getPredicate());
  }

  // ---------------------------------------------------------------- scope

  @Test
  void demonymsGiveTheirCountry() {
    Assertion a = only("Kenyan officials said 300 people died in the floods.");
    assertEquals("Kenya", a.getScope());
  }

  @Test
  void nationalAnaphorResolvesToTheCountryOfTheLastPlaceNamed() {
    List<Assertion> f = figures("Vermont recorded 250 overdose deaths, while the national total hit 107,000.");
    assertEquals(2, f.size(), summary(f));
    assertEquals("Vermont", f.get(0).getScope());
    assertEquals("United States", f.get(1).getScope());
    assertEquals("overdose_deaths", f.get(1).getPredicate());
  }

  @Test
  void nationwideWithNoCountryNamedStaysUnscoped() {
    Assertion a = only("Nationwide, 107,000 people died of overdoses.");
    assertEquals("", a.getScope());
  }

  @Test
  void aStreetNamedAfterAStateIsNotTheState() {
    assertEquals("", only("A man aged 45 was arrested on Pennsylvania Avenue.").getScope());
  }

  @Test
  void placeNamesAreNotPartOfTheMetric() {
    Assertion a = only("About 12,000 Vermont residents were unemployed.");
    assertEquals("Vermont", a.getScope());
    assertEquals("unemployed_people", a.getPredicate());
  }

  // ---------------------------------------------------------------- period

  @Test
  void ratesAreNormalized() {
    assertEquals("per year", only("The city spends $5 million a year on shelters.").getPeriod());
    assertEquals("per year", only("Some 2,000 migrants arrive annually.").getPeriod());
    assertEquals("per month", only("The clinic sees 300 patients each month.").getPeriod());
    assertEquals("per day", only("The plant makes 40 tonnes of steel per day.").getPeriod());
  }

  @Test
  void relativePeriodsResolveAgainstThePublicationDate() {
    assertEquals("2024-05", only("Exports reached $3 billion for cars last month.").getPeriod());
    assertEquals("2023", only("Some 1,400 people died of overdoses last year.").getPeriod());
    assertEquals("past year", only("About 900 people died of overdoses in the past 12 months.").getPeriod());
    assertEquals("2024-03", only("The agency said 4.2 million Americans had lost their jobs since March.").getPeriod()
        .replace("since ", ""));
  }

  @Test
  void relativePeriodsStayWordsWithoutAPublicationDate() {
    List<Assertion> f = figures("Some 1,400 people died of overdoses last year.", "");
    assertEquals("last year", f.get(0).getPeriod());
  }

  @Test
  void quartersWeeksAndRangesOfYearsAreNormalized() {
    assertEquals("2024-Q1", only("Sales of electric cars rose to 9,000 vehicles in the first quarter.").getPeriod());
    assertEquals("2023-Q4", only("Sales reached 9,000 vehicles in the fourth quarter of 2023.").getPeriod());
    assertEquals("2024-W23", only("Prices hit $5.20 for gasoline this week.").getPeriod());
    assertEquals("2019..2023", only("The state lost 40,000 jobs between 2019 and 2023.").getPeriod());
    assertEquals("1990s", only("In the 1990s, about 2,000 families left.").getPeriod());
  }

  @Test
  void thePreviousYearIsTheYearBeforeTheOneNamed() {
    List<Assertion> f = figures("Vermont recorded 250 overdose deaths in 2021, up from 200 the previous year.");
    assertEquals("2021", f.get(0).getPeriod());
    assertEquals("2020", f.get(1).getPeriod());
  }

  @Test
  void aYearAgoIsNotARate() {
    assertEquals("", only("A year ago, 300 people lived there.").getPeriod());
  }

  @Test
  void aDateAfterASpeechVerbIsNotThePeriod() {
    assertEquals("", only("The firm cut 1,200 jobs, the company said in a filing on Jan. 5.").getPeriod());
  }

  // ---------------------------------------------------------------- offsets and order

  @Test
  void offsetsAreIntoTheTextAndBoilerplateIsNotRead() {
    String text = "MENU Home 500 links | Sports\nAbout 1,200 people were evacuated in Kenya.";
    String body = " ".repeat(28) + text.substring(28);
    Article a = FigureFixtures.article(text, "2024-06-03");
    a.setBody(body);
    List<Assertion> f = FigureFixtures.EXTRACTOR.extract(a);
    assertEquals(1, f.size(), summary(f));
    assertEquals("About 1,200", text.substring(f.get(0).getStart(), f.get(0).getEnd()));
    assertEquals("About 1,200 people were evacuated in Kenya.", f.get(0).getText());
    assertEquals("Kenya", f.get(0).getScope());
  }

  @Test
  void figuresComeInTextOrderAndRepeatRunsAgree() {
    String s = "In 2023, 250 people died. Officials counted 12 fires and 3,000 homes destroyed. About 40% were rebuilt.";
    List<Assertion> first = figures(s);
    List<Assertion> second = figures(s);
    assertEquals(summary(first), summary(second));
    for (int i = 1; i < first.size(); i++) {
      assertTrue(first.get(i - 1).getStart() < first.get(i).getStart(), summary(first));
    }
    assertEquals(List.of("250", "12", "3000"), first.stream().map(Assertion::getValue).limit(3).toList());
  }

  @Test
  void articleFieldsAreCopied() {
    Assertion a = only("Some 300 people died of cholera.");
    assertEquals("t1", a.getArticleId());
    assertEquals("example.org", a.getSource());
    assertEquals("2024-06-03", a.getPublished());
  }

  @Test
  void emptyBodyGivesNothing() {
    assertEquals(List.of(), figures(""));
  }
}
