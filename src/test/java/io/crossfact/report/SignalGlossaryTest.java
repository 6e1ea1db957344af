package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalGlossaryTest {

  private static List<String> values(String type, String raw) {
    return ReportView.signals(type, raw).stream().map(ReportView.Signal::value).toList();
  }

  @Test
  void unlikeSignalsAreWrittenInTheirOwnUnitsAndNeverSummed() {
    assertEquals(List.of("440 days", "92%"), values(Finding.STALE_REPUBLICATION, "age-days=440;similarity=0.92"));
    assertEquals("", SignalGlossary.sum(Finding.STALE_REPUBLICATION, "age-days=440;similarity=0.92"));
    assertEquals(List.of("yes", "64% apart", "1 report", "2 reports", "+0.05"), values(Finding.FIGURE_CONFLICT,
        "story=1;relative-diff=0.64;independent-a=1;independent-b=2;both-exact=0.05"));
    assertEquals(List.of("caption", "2022-03-03", "942 days", "yes"), values(Finding.STALE_REPUBLICATION,
        "evidence=caption;evidence-date=2022-03-03;age-days=942;in-copy=1"));
  }

  @Test
  void aSuspectExpertsWeightsAddUpToItsScoreSoOnlyTheyHaveASum() {
    String raw = "unseen=0.20;generic-name=0.30;vague-institution=0.25";
    assertEquals(List.of("+0.20", "+0.30", "+0.25"), values(Finding.SUSPECT_EXPERT, raw));
    assertEquals("0.75", SignalGlossary.sum(Finding.SUSPECT_EXPERT, raw));
    assertTrue(SignalGlossary.recipe(Finding.SUSPECT_EXPERT, raw).contains("sum"));
  }

  @Test
  void aQuoteRuleWeightIsShownAsTheBaseItIsNotAnAddition() {
    List<ReportView.Signal> s = ReportView.signals(Finding.QUOTE_DRIFT, "negation-changed=0.92");
    assertEquals("0.92", s.get(0).value());
    assertEquals("weight of this kind of change (negation changed)", s.get(0).meaning());
  }

  @Test
  void everyTypeSaysHowItsScoreIsMadeAndTheRecipeFollowsTheSignals() {
    for (String type : RunSummary.TYPES) {
      assertTrue(SignalGlossary.recipe(type, "").startsWith("Score = "), type);
    }
    assertTrue(SignalGlossary.recipe(Finding.FIGURE_DRIFT, "story=1;relative-diff=0.2").startsWith("Score = 0.30"));
    assertTrue(SignalGlossary.recipe(Finding.FIGURE_DRIFT, "relative-diff=0.2").startsWith("Score = 0.45"));
    assertTrue(SignalGlossary.recipe(Finding.STALE_REPUBLICATION, "event-age-days=900").startsWith("Score = 0.30"));
  }

  @Test
  void aSignalWithoutAValueKeepsItsText() {
    List<ReportView.Signal> s = ReportView.signals(Finding.FIGURE_DRIFT, "drift=growing;odd");
    assertEquals("growing", s.get(0).value());
    assertEquals("odd", s.get(1).name());
    assertEquals("", s.get(1).value());
  }
}
