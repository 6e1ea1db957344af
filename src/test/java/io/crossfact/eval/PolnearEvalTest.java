package io.crossfact.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.extract.QuoteExtractor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PolnearEvalTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(CrossfactConfig.defaults());

  private static Path fixture() throws URISyntaxException {
    return Path.of(PolnearEvalTest.class.getResource("/quotes/polnear-mini").toURI());
  }

  @Test
  void scoresTheMiniCorpusQuoteByQuote() throws Exception {
    Result r = PolnearEval.evaluate(fixture(), EXTRACTOR);
    assertEquals(1, r.articles());
    assertEquals(4, r.gold());
    assertEquals(4, r.matched());
    assertEquals(4, r.extracted());
    assertEquals(1.0, r.precision(), 1e-9);
    assertEquals(1.0, r.recall(), 1e-9);
    assertEquals(1, r.speakerCount("named"));
    assertEquals(2, r.speakerCount("pronoun"));
    assertEquals(1.0, r.speakerAccuracy("pronoun"), 1e-9);
    assertEquals(1.0, r.speakerAccuracy("named"), 1e-9);
    // "The mayor called the plan ..." names nobody: the unnamed speaker "mayor" is in the description itself
    assertEquals(1, r.speakerCount("description"));
    assertEquals(1.0, r.speakerAccuracy("description"), 1e-9);
    assertTrue(!r.errors().containsKey("wrong-speaker-description-empty"));
    assertTrue(r.toString().contains("precision"));
  }

  @Test
  void onlyTheFirstAnnotatorByNameIsRead() throws Exception {
    assertEquals(List.of("harbour"), List.copyOf(PolnearEval.annotations(fixture()).keySet()));
    assertTrue(PolnearEval.annotations(fixture()).get("harbour").toString().endsWith("harbour_a1.ann"));
  }

  @Test
  void bratParserReadsDiscontinuousSpansAndEvents() {
    BratDocument d = BratDocument.parse("T1\tSource 0 3;4 9\tThe mayor\nT2\tCue 10 16\tcalled\n"
        + "E1\tAttribution:T3 Source:T1 Cue:T2\nA1\tNote T1\nbroken line\n");
    assertEquals(2, d.span("T1").ranges.size());
    assertEquals(4, d.span("T1").ranges.get(1)[0]);
    assertEquals("T1", d.events().get(0).roles.get("Source"));
    assertEquals(1, d.spansOfType("Cue").size());
  }

  @Test
  void goldSegmentsNeedFourWordsBetweenMarks() {
    String text = "He called it “a sham” and “a sham from start to finish” today.";
    List<int[]> segs = PolnearEval.markedSegments(text, 0, text.length());
    assertEquals(1, segs.size());
    assertEquals("a sham from start to finish", text.substring(segs.get(0)[0], segs.get(0)[1]));
  }

  @Test
  void wordsGluedByACommaStillCountAsTwo() {
    assertEquals(4, PolnearEval.words("Seriously,just stop lying."));
    assertEquals(4, PolnearEval.words("Seriously, just stop lying."));
    assertEquals(4, PolnearEval.words("It cost 1,000 dollars"));
    assertEquals(3, PolnearEval.words("The U.S. agreed"));
  }

  @Test
  void referenceWordsSplitAtAPeriodGluedToALetter() {
    assertEquals(List.of("dr", "ward", "stated"), PolnearEval.wordsOf("Dr.Ward stated"));
    assertEquals(List.of("sen", "robert", "p", "casey", "jr"), PolnearEval.wordsOf("Sen.Robert P.Casey Jr."));
  }

  @Test
  void sourceKindsTellNamesPronounsAndDescriptionsApart() {
    assertEquals("pronoun", PolnearEval.sourceKind("She"));
    assertEquals("named", PolnearEval.sourceKind("A top strategist, John Weaver,"));
    assertEquals("description", PolnearEval.sourceKind("the gambling tycoon"));
  }

  @Test
  void pronounReferenceSkipsNamesOfTheOtherGenderAndBodies() {
    // Sources: "Mara Lind" (0), "Tom Reyes" (30), "Reyes" (54), "The Tribune" (66); the pronoun sits at the end
    String text = "Mara Lind said yes on Monday. Tom Reyes said no. Then Reyes left. The Tribune wrote it. She said.";
    List<BratDocument.Span> sources = BratDocument.parse(
        "T1\tSource 0 9\tMara Lind\nT2\tSource 30 39\tTom Reyes\nT3\tSource 54 59\tReyes\n"
            + "T4\tSource 66 77\tThe Tribune\n").spansOfType("Source");
    int at = text.indexOf("She said");
    assertEquals("Mara Lind", PolnearEval.antecedent(text, at, sources, "she"));
    assertEquals("Reyes", PolnearEval.antecedent(text, at, sources, "he"));
    assertEquals("The Tribune", PolnearEval.antecedent(text, at, sources, ""));
    assertEquals("she", PolnearEval.pronounGender("She"));
    assertEquals("he", PolnearEval.impliedPronoun(text, "Reyes"));
    assertEquals("", PolnearEval.impliedPronoun("Donald Trump and Ivanka Trump came.", "Trump"));
  }

  @Test
  void relativeWhoRefersToTheNameRightBeforeIt() {
    String text = "Cruz won the backing of Sen. Mike Lee, who declared it was time. The mayor, who spoke, left.";
    assertEquals("Sen. Mike Lee", PolnearEval.relativeHead(text, text.indexOf("who declared")));
    assertEquals(null, PolnearEval.relativeHead(text, text.indexOf("who spoke")));
  }

  @Test
  void pronounSpeakersAreAlsoScoredAgainstHandCheckedReferents(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    // "she" (166) is Ana Ruiz; say "he" (277) is someone the article never names, so our "Paul Brandt" is wrong
    Path tsv = tmp.resolve("referents.tsv");
    Files.writeString(tsv, "article_id\tsource_offset\tpronoun\treferent\n"
        + "harbour\t166\tshe\tAna Ruiz\thigh\t\ttest\nharbour\t277\the\t-\nharbour\t113\tRuiz\t?\n");
    Result r = PolnearEval.evaluate(fixture(), EXTRACTOR, PolnearEval.readReferents(tsv));
    assertEquals(1, r.checkedPronounCount("test"));
    assertEquals(1.0, r.checkedPronounAccuracy("test"), 1e-9);
    assertEquals(1, r.checkedPronounCount("all"));
    assertEquals(0.0, r.checkedPronounAccuracy("all"), 1e-9);
    assertTrue(r.errors().containsKey("wrong-speaker-checked"));
    assertTrue(r.toString().contains("hand-checked referents (test)"));
    // one named Source right, two pronoun Sources at the test sample's rate 1.0: (1 + 2) / 3
    assertEquals(1.0, r.speakerAccuracyCheckedPronouns("test"), 1e-9);
    assertTrue(Double.isNaN(r.speakerAccuracyCheckedPronouns("dev")));
    assertTrue(Double.isNaN(PolnearEval.evaluate(fixture(), EXTRACTOR).checkedPronounAccuracy("test")));
  }

  /** The real corpus sits beside the project in ../shared; a plain clone has no copy, so this skips. */
  @Test
  void realPolnearTrainSetScoresAboveTheFloor() {
    Path dir = Path.of(System.getProperty("crossfact.repo", ".")).resolve("../shared/data/polnear-train")
        .normalize();
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("attributions")), "no PolNeAR copy at " + dir);
    Result r = PolnearEval.evaluate(dir, EXTRACTOR);
    System.out.println(r);
    assertEquals(840, r.articles());
    assertTrue(r.precision() > 0.9, "precision " + r.precision());
    assertTrue(r.recall() > 0.9, "recall " + r.recall());
    assertTrue(r.speakerAccuracy() > 0.7, "speaker accuracy " + r.speakerAccuracy());
    assertFalse(r.errors().isEmpty());
  }
}
