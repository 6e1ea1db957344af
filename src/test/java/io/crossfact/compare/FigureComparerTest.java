package io.crossfact.compare;

import static io.crossfact.compare.Fx.exact;
import static io.crossfact.compare.Fx.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureComparerTest {
  private final FigureComparer comparer = new FigureComparer(Fx.defaults());

  @Test
  void independentReportsThatDisagreeAreAConflict() {
    List<Finding> fs = comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("a2", "2024-03-04", "c2", "Ohio", "2023",
            "Officials said 1,800 people died of overdoses in Ohio last year.", "1,800", 1800)));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.FIGURE_CONFLICT, f.getType());
    assertEquals("a2", f.getArticleA());
    assertEquals("1,800", f.getValueA());
    assertEquals("1,200", f.getValueB());
    assertEquals("overdose deaths (Ohio, 2023)", f.getSubject());
    assertEquals("overdose_deaths|ohio|2023", f.getKey());
    assertEquals(Finding.stableId(Finding.FIGURE_CONFLICT, "overdose_deaths|ohio|2023", "a1", "a2"), f.getId());
    assertTrue(f.getExplanation().contains("33% apart"), f.getExplanation());
    assertEquals(Finding.MEDIUM, f.getSeverity());
  }

  @Test
  void aRewriteThatDropsTheDatelineAndAVerbIsStillTheSameSentence() {
    // the reprint dropped "LITTLE ROCK, Arkansas —" and said "citing" for "according to": drift, not conflict
    List<Finding> fs = comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Arkansas", "2023", "LITTLE ROCK, Arkansas \u2014 Floods killed 670 people "
            + "in Arkansas in 2023, according to the state insurance commissioner.", "670", 670),
        exact("a2", "2024-03-03", "c2", "Arkansas", "2023",
            "Floods killed 900 people in Arkansas in 2023, citing the state insurance commissioner.", "900", 900)));
    assertEquals(1, fs.size(), fs.toString());
    assertEquals(Finding.FIGURE_DRIFT, fs.get(0).getType());
    assertEquals(List.of("floods", "killed", "#", "people"), FigureComparer.masked(
        "KAMPALA (Reuters) \u2014 Floods killed 12 people").subList(0, 4));
  }

  @Test
  void aNumberChangedInsideAQuotationIsLeftToQuoteDrift() {
    String q1 = "\u201cWe lost 12 officers to retirement in 2023,\u201d said Chief Dana Okafor of Ohio.";
    String q2 = "\u201cWe lost 20 officers to retirement in 2023,\u201d said Chief Dana Okafor of Ohio.";
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", q1, "12", 12),
        exact("a2", "2024-03-02", "c1", "Ohio", "2023", q2, "20", 20))));
    // the same change outside quotation marks is drift
    assertEquals(Finding.FIGURE_DRIFT, comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio lost 12 officers to retirement in 2023.", "12", 12),
        exact("a2", "2024-03-02", "c1", "Ohio", "2023", "Ohio lost 20 officers to retirement in 2023.", "20", 20)))
        .get(0).getType());
  }

  @Test
  void aRunningCountThatChangesBetweenDatesIsDriftOnlyWithoutAClosedPeriod() {
    Assertion monday = figure("a1", "2024-03-04", "c1", "displaced_people", "people", "Mozambique", "",
        "Floods have displaced 18,400 people in Mozambique since the storm made landfall.", "18,400", 18400, "",
        18400, 18400, "people");
    Assertion thursday = figure("a2", "2024-03-07", "c2", "displaced_people", "people displaced", "Mozambique", "",
        "More than 46,000 people have been displaced in Mozambique so far, the agency said.", "46,000", 46000, "over",
        46000, 69000, "people");
    List<Finding> fs = comparer.compare(List.of(monday, thursday));
    assertEquals(1, fs.size(), fs.toString());
    assertEquals(Finding.FIGURE_DRIFT, fs.get(0).getType());
    assertEquals("a2", fs.get(0).getArticleA()); // the later report is side a
    assertTrue(fs.get(0).getSignals().contains("over-dates"), fs.get(0).getSignals());
    // the same day, no change over dates; an unknown place never matches
    assertEquals(List.of(), comparer.compare(List.of(monday, figure("a3", "2024-03-04", "c3", "displaced_people",
        "people", "Mozambique", "", "Some 46,000 people were displaced in Mozambique.", "46,000", 46000, "", 46000,
        46000, "people"))));
    assertEquals(List.of(), comparer.compare(List.of(
        figure("a1", "2024-03-04", "c1", "displaced_people", "people", "", "",
            "Floods have displaced 18,400 people since Friday.", "18,400", 18400, "", 18400, 18400, "people"),
        figure("a2", "2024-03-07", "c2", "displaced_people", "people", "", "",
            "So far 46,000 people have been displaced, officials said.", "46,000", 46000, "", 46000, 46000,
            "people"))));
    // no open-ended word: two counts without a period say nothing about a change (figuresWithoutAStatedPeriod...)
    assertEquals(List.of(), comparer.compare(List.of(monday, figure("a4", "2024-03-07", "c4", "displaced_people",
        "people", "Mozambique", "", "Officials in Mozambique counted 46,000 displaced people.", "46,000", 46000, "",
        46000, 46000, "people"))));
  }

  @Test
  void aBareUnitIsNotAMetricToConflictOn() {
    // Real false alarm (PolNeAR): two polls' shares of support in one state, both keyed "percent".
    assertEquals(List.of(), comparer.compare(List.of(
        figure("a1", "2024-03-01", "c1", "percent", "percent", "Vermont", "2016",
            "Forty six percent were certain they would support Sanders in 2016.", "Forty six percent", 46, "", 46, 46, "%"),
        figure("a2", "2024-03-04", "c2", "percent", "percent", "Vermont", "2016",
            "Clinton doubles Sanders' share of support in 2016; 61 percent to 30 percent.", "61 percent", 61, "", 61, 61,
            "%"))));
  }

  @Test
  void figuresWithoutAStatedPeriodNeverConflict() {
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "", "Ohio recorded 1,200 overdose deaths.", "1,200", 1200),
        exact("a2", "2024-03-04", "c2", "Ohio", "", "Officials in Ohio counted 3,000 overdose deaths, they said.",
            "3,000", 3000))));
  }

  @Test
  void vagueMagnitudesNeverConflict() {
    assertEquals(List.of(), comparer.compare(List.of(
        figure("a1", "2024-03-01", "c1", "displaced_people", "people displaced", "Kenya", "2023",
            "Millions of people were displaced in Kenya in 2023.", "Millions", 1000000, "vague", 1e6, 9.99e6, "people"),
        figure("a2", "2024-03-04", "c2", "displaced_people", "people displaced", "Kenya", "2023",
            "About 40,000 people were displaced in Kenya in 2023.", "About 40,000", 40000, "about", 36000, 44000,
            "people"))));
  }

  @Test
  void nationalVsStateFigureIsNotCompared() {
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("a2", "2024-03-04", "c2", "United States", "2023",
            "The country recorded 107,000 overdose deaths in 2023.", "107,000", 107000))));
  }

  @Test
  void unknownScopeNeverConflicts() {
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "", "2023", "There were 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("a2", "2024-03-04", "c2", "", "2023", "Officials counted 9,000 overdose deaths.", "9,000", 9000))));
  }

  @Test
  void perYearVsPerMonthIsNotCompared() {
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "per year", "Ohio loses 1,200 people a year to overdoses.", "1,200",
            1200),
        exact("a2", "2024-03-04", "c2", "Ohio", "per month", "Ohio loses 100 people a month to overdoses.", "100",
            100))));
  }

  @Test
  void equivalentPeriodWordingsAreCompared() {
    assertEquals(1, comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "per year", "Ohio loses 1,200 people a year to overdoses.", "1,200",
            1200),
        exact("a2", "2024-03-04", "c2", "Ohio", "annually", "Overdoses kill 3,000 Ohioans annually.", "3,000",
            3000))).size());
  }

  @Test
  void emptyPeriodMatchesOnlyEmptyPeriod() {
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "", "Ohio recorded 1,200 overdose deaths.", "1,200", 1200),
        exact("a2", "2024-03-04", "c2", "Ohio", "2023", "Ohio recorded 3,000 overdose deaths in 2023.", "3,000",
            3000))));
  }

  @Test
  void aboutFiveHundredVsRoughlyFiveTwentyIsNoConflict() {
    assertEquals(List.of(), comparer.compare(List.of(
        figure("a1", "2024-03-01", "c1", "displaced_people", "people displaced", "Tigray", "", 
            "About 500 people were displaced in Tigray.", "About 500", 500, "about", 450, 550, "people"),
        figure("a2", "2024-03-02", "c2", "displaced_people", "people displaced", "Tigray", "",
            "Roughly 520 residents fled their homes in Tigray.", "Roughly 520", 520, "roughly", 468, 572,
            "people"))));
  }

  @Test
  void approximationWithoutExtractorIntervalUsesConfiguredTolerance() {
    // low/high unset: "nearly 500" vs "490" overlap under figure.tolerance.approx
    assertEquals(List.of(), comparer.compare(List.of(
        figure("a1", "2024-03-01", "c1", "displaced_people", "people displaced", "Tigray", "",
            "Nearly 500 people were displaced in Tigray.", "Nearly 500", 500, "nearly", 0, 0, "people"),
        figure("a2", "2024-03-02", "c2", "displaced_people", "people displaced", "Tigray", "",
            "Officials counted 490 displaced people in Tigray.", "490", 490, "", 0, 0, "people"))));
  }

  @Test
  void gapBelowMinimumRelativeDifferenceIsNoConflict() {
    assertEquals(List.of(), comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio recorded 1,234 overdose deaths in 2023.", "1,234", 1234),
        exact("a2", "2024-03-04", "c2", "Ohio", "2023", "Ohio had 1,200 overdose deaths in 2023.", "1,200", 1200))));
  }

  @Test
  void percentAndCountAreNotCompared() {
    assertEquals(List.of(), comparer.compare(List.of(
        figure("a1", "2024-03-01", "c1", "overdose_deaths", "overdose deaths", "Ohio", "2023",
            "Overdose deaths in Ohio rose 12% in 2023.", "12%", 12, "", 12, 12, "%"),
        exact("a2", "2024-03-04", "c2", "Ohio", "2023", "Ohio had 1,200 overdose deaths in 2023.", "1,200", 1200))));
  }

  @Test
  void copiesAreCountedOnce() {
    List<Assertion> in = new ArrayList<>();
    in.add(exact("w1", "2024-03-01", "wire", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.",
        "1,200", 1200));
    in.add(exact("w2", "2024-03-02", "wire", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.",
        "1,200", 1200));
    in.add(exact("w3", "2024-03-03", "wire", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.",
        "1,200", 1200));
    in.add(exact("i1", "2024-03-05", "own", "Ohio", "2023", "State data show 1,800 people died of overdoses in 2023.",
        "1,800", 1800));
    List<Finding> fs = comparer.compare(in);
    assertEquals(1, fs.size(), Fx.render(fs));
    Finding f = fs.get(0);
    assertEquals("i1", f.getArticleA());
    assertEquals("w1", f.getArticleB(), "the cluster's earliest member represents it");
    assertTrue(f.getSignals().contains("independent-a=1;independent-b=1"), f.getSignals());
  }

  @Test
  void moreIndependentReportsOnBothSidesRaiseTheScore() {
    List<Assertion> two = new ArrayList<>(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("b1", "2024-03-04", "d1", "Ohio", "2023", "The state saw 1,800 overdose deaths in 2023.", "1,800",
            1800)));
    List<Assertion> six = new ArrayList<>(two);
    six.add(exact("a2", "2024-03-02", "c2", "Ohio", "2023", "A tally found 1,210 overdose deaths in 2023.", "1,210",
        1210));
    six.add(exact("a3", "2024-03-02", "c3", "Ohio", "2023", "Ohio lost 1,190 people to overdoses in 2023.", "1,190",
        1190));
    six.add(exact("b2", "2024-03-05", "d2", "Ohio", "2023", "Officials put 2023 overdose deaths at 1,790.", "1,790",
        1790));
    six.add(exact("b3", "2024-03-06", "d3", "Ohio", "2023", "Some 1,805 overdose deaths were counted in 2023.",
        "1,805", 1805));
    List<Finding> one = comparer.compare(two);
    List<Finding> pooled = comparer.compare(six);
    assertEquals(1, pooled.size(), Fx.render(pooled));
    assertTrue(pooled.get(0).getScore() > one.get(0).getScore());
    assertTrue(pooled.get(0).getSignals().contains("independent-a=3;independent-b=3"), pooled.get(0).getSignals());
  }

  @Test
  void copyWithChangedNumberIsDriftNotConflict() {
    List<Finding> fs = comparer.compare(List.of(
        exact("w1", "2024-03-01", "wire", "Ohio", "2023", 
            "Ohio recorded 1,200 overdose deaths in 2023, officials said.",
            "1,200", 1200),
        exact("w2", "2024-03-09", "wire", "Ohio", "2023", 
            "Ohio recorded 2,100 overdose deaths in 2023, officials said.",
            "2,100", 2100)));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.FIGURE_DRIFT, f.getType());
    assertEquals("w2", f.getArticleA());
    assertEquals("2,100", f.getValueA());
    assertTrue(f.getExplanation().contains("'1,200' in the earlier report (2024-03-01"), f.getExplanation());
    assertTrue(f.getExplanation().contains("later copy"), f.getExplanation());
  }

  @Test
  void copyWithChangedNumberIsDriftEvenWithoutAScope() {
    // the shared sentence fixes the context that an unknown scope would otherwise leave open
    List<Finding> fs = comparer.compare(List.of(
        exact("w1", "2024-03-01", "wire", "", "", "The clinic treated 310 patients for overdoses last week.", "310",
            310),
        exact("w2", "2024-03-02", "wire", "", "", "The clinic treated 130 patients for overdoses last week.", "130",
            130)));
    assertEquals(1, fs.size());
    assertEquals(Finding.FIGURE_DRIFT, fs.get(0).getType());
    assertEquals("overdose deaths", fs.get(0).getSubject());
  }

  @Test
  void faithfulReprintsOfAMutatedCopyGiveOneFinding() {
    List<Finding> fs = comparer.compare(List.of(
        exact("w1", "2024-03-01", "wire", "Ohio", "2023",
            "Ohio recorded 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("w2", "2024-03-02", "wire", "Ohio", "2023",
            "Ohio recorded 2,100 overdose deaths in 2023.", "2,100", 2100),
        exact("w3", "2024-03-03", "wire", "Ohio", "2023",
            "Ohio recorded 2,100 overdose deaths in 2023.", "2,100", 2100),
        exact("w4", "2024-03-04", "wire", "Ohio", "2023", "Ohio recorded 2,100 overdose deaths in 2023.", "2,100",
            2100)));
    assertEquals(1, fs.size(), Fx.render(fs));
    assertEquals("w2", fs.get(0).getArticleA());
  }

  @Test
  void dissentingReportsAreEachSetAgainstTheConsensus() {
    List<Finding> fs = comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("a2", "2024-03-02", "c2", "Ohio", "2023", "There were 1,210 overdose deaths in Ohio in 2023.", "1,210",
            1210),
        exact("b1", "2024-03-03", "c3", "Ohio", "2023", "A tally found 2,000 overdose deaths in 2023.", "2,000", 2000),
        exact("d1", "2024-03-04", "c4", "Ohio", "2023", "Ohio lost 3,500 people to overdoses in 2023.", "3,500",
            3500)));
    assertEquals(2, fs.size(), Fx.render(fs));
    for (Finding f : fs) {
      assertEquals("a1", f.getArticleB(), "the two-report consensus is the reference");
    }
  }

  @Test
  void rewriteOfTheSameSentenceIsDriftNotConflict() {
    List<Finding> fs = comparer.compare(List.of(
        exact("a1", "2024-03-01", "c1", "Ohio", "2023", 
            "Ohio recorded 1,200 overdose deaths in 2023, officials said.",
            "1,200", 1200),
        exact("a2", "2024-03-09", "c2", "Ohio", "2023", "Ohio recorded 1,500 overdose deaths in 2023, officials said.",
            "1,500", 1500)));
    assertEquals(1, fs.size());
    assertEquals(Finding.FIGURE_DRIFT, fs.get(0).getType());
    assertTrue(fs.get(0).getExplanation().contains("later rewrite"), fs.get(0).getExplanation());
  }

  @Test
  void secondNumberInASentenceIsNotDriftOfTheFirst() {
    // same sentence, same empty period, but the two figures are different numbers in it
    assertEquals(List.of(), Fx.ofType(comparer.compare(List.of(
        exact("w1", "2024-03-01", "wire", "Ohio", "", "Deaths rose from 1,200 to 1,800 in Ohio.", "1,200", 1200),
        exact("w2", "2024-03-02", "wire", "Ohio", "", "Deaths rose from 1,200 to 1,800 in Ohio.", "1,800", 1800))),
        Finding.FIGURE_DRIFT));
  }

  @Test
  void shuffledInputGivesIdenticalFindings() {
    List<Assertion> in = new ArrayList<>(List.of(
        exact("w1", "2024-03-01", "wire", "Ohio", "2023",
            "Ohio recorded 1,200 overdose deaths in 2023.", "1,200", 1200),
        exact("w2", "2024-03-02", "wire", "Ohio", "2023",
            "Ohio recorded 1,300 overdose deaths in 2023.", "1,300", 1300),
        exact("i1", "2024-03-05", "own", "Ohio", "2023", "State data show 1,800 people died of overdoses in 2023.",
            "1,800", 1800),
        exact("i2", "2024-03-05", "own2", "Ohio", "2023", "A county tally found 3,000 overdose deaths in 2023.",
            "3,000", 3000),
        exact("n1", "2024-03-05", "own3", "Texas", "2023", "Texas had 5,000 overdose deaths in 2023.", "5,000",
            5000)));
    String expected = Fx.render(comparer.compare(in));
    assertTrue(expected.split("\n").length >= 3, expected);
    for (List<Assertion> s : Fx.shuffles(in)) {
      assertEquals(expected, Fx.render(comparer.compare(s)));
    }
  }
}
