package io.crossfact.compare;

import static io.crossfact.compare.Fx.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteComparerTest {
  /** The content ids are the ids of exactly the content words, each once, ascending. */
  @Test
  void contentIdsAreTheIdsOfTheContentWords() {
    List<String> words = List.of("we", "will", "not", "cut", "the", "budget", "and", "we", "will", "not", "cut", "jobs");
    java.util.Map<String, Integer> vocabulary = new java.util.HashMap<>();
    int[] ids = new int[words.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = vocabulary.computeIfAbsent(words.get(k), w -> vocabulary.size());
    }
    // not (2), cut (3), budget (5), jobs (7): function words and repeats left out
    assertEquals(List.of(2, 3, 5, 7), java.util.Arrays.stream(QuoteComparer.contentIds(words, ids)).boxed().toList());
  }

  /** The merge over sorted ids counts what the set version counts: the same value for any two sets. */
  @Test
  void jaccardOverSortedIdsEqualsTheSetJaccard() {
    java.util.Random r = new java.util.Random(7);
    for (int t = 0; t < 2000; t++) {
      java.util.TreeSet<Integer> a = new java.util.TreeSet<>();
      java.util.TreeSet<Integer> b = new java.util.TreeSet<>();
      int na = 1 + r.nextInt(12);
      int nb = 1 + r.nextInt(12);
      int range = 1 + r.nextInt(30);
      while (a.size() < Math.min(na, range)) {
        a.add(r.nextInt(range));
      }
      while (b.size() < Math.min(nb, range)) {
        b.add(r.nextInt(range));
      }
      java.util.Set<String> sa = new java.util.HashSet<>();
      java.util.Set<String> sb = new java.util.HashSet<>();
      a.forEach(x -> sa.add("w" + x));
      b.forEach(x -> sb.add("w" + x));
      int[] ia = a.stream().mapToInt(Integer::intValue).toArray();
      int[] ib = b.stream().mapToInt(Integer::intValue).toArray();
      assertEquals(MinHasher.jaccard(sa, sb), QuoteComparer.jaccard(ia, ib), 0.0, a + " " + b);
    }
  }

  private final QuoteComparer comparer = new QuoteComparer(Fx.defaults());

  private static Assertion early(String speaker, String words) {
    return quote("a1", "Courier", "2024-06-01", "c1", speaker, words);
  }

  private static Assertion late(String speaker, String words) {
    return quote("a2", "Daily Ledger", "2024-06-05", "c2", speaker, words);
  }

  private static Assertion lateCopy(String speaker, String words) {
    return quote("a3", "Daily Ledger", "2024-06-05", "c1", speaker, words);
  }

  @Test
  void curlyVsStraightQuotesIsNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We won\u2019t raise taxes \u2014 not this year, and that\u2019s final\u2026"),
        late("Jane Holt", "we won't raise taxes - not this year, and that's final..."))));
  }

  @Test
  void caseWhitespaceAndPunctuationOnlyIsNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year, period."),
        late("Jane Holt", "we  will not raise taxes this year period"))));
  }

  @Test
  void spelledOutContractionIsNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We don't and won't raise taxes, we're clear on that"),
        late("Jane Holt", "We do not and will not raise taxes, we are clear on that"))));
  }

  @Test
  void verbatimCopyIsNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        lateCopy("Jane Holt", "We will not raise taxes this year"))));
  }

  @Test
  void droppedNegationIsHighDriftWithLaterReportOnSideA() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        lateCopy("Jane Holt", "We will raise taxes this year")));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.QUOTE_DRIFT, f.getType());
    assertEquals(Finding.HIGH, f.getSeverity());
    assertEquals("a3", f.getArticleA());
    assertEquals("a1", f.getArticleB());
    assertEquals("We will raise taxes this year", f.getValueA());
    assertEquals("Jane Holt", f.getSubject());
    assertEquals(Finding.stableId(Finding.QUOTE_DRIFT, "Jane Holt", "a1", "a3"), f.getId());
    assertTrue(f.getSignals().startsWith("negation-changed="), f.getSignals());
    assertTrue(f.getExplanation().contains("'not' was dropped"), f.getExplanation());
    assertTrue(f.getExplanation().contains("negation changed"), f.getExplanation());
    assertTrue(f.getExplanation().contains("is a copy of the earlier one"), f.getExplanation());
    assertTrue(f.getExplanation().contains("2024-06-05, Daily Ledger"), f.getExplanation());
  }

  @Test
  void independentReportsSayIndependentNotCopy() {
    Finding f = comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        late("Jane Holt", "We will raise taxes this year"))).get(0);
    assertTrue(f.getExplanation().contains("independent reports"), f.getExplanation());
    assertTrue(!f.getExplanation().contains("copy"), f.getExplanation());
  }

  @Test
  void changedNumberIsHighDrift() {
    Finding f = comparer.compare(List.of(
        early("Jane Holt", "We hired 40 new teachers across the district"),
        late("Jane Holt", "We hired 400 new teachers across the district"))).get(0);
    assertEquals(Finding.HIGH, f.getSeverity());
    assertTrue(f.getSignals().startsWith("number-changed="), f.getSignals());
    assertTrue(f.getExplanation().contains("'40' became '400'"), f.getExplanation());
  }

  @Test
  void spelledOutNumberIsNotANumberChange() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "We hired five new teachers across the district"),
        late("Jane Holt", "We hired 5 new teachers across the district")));
    // a number in words and in digits is one number: a variant of the same words, no finding
    assertEquals(List.of(), fs);
  }

  @Test
  void droppedHedgeOutranksWordingChange() {
    Finding hedge = comparer.compare(List.of(
        early("Jane Holt", "The plan may cut emergency room waiting times"),
        late("Jane Holt", "The plan will cut emergency room waiting times"))).get(0);
    Finding wording = comparer.compare(List.of(
        early("Jane Holt", "The plan will cut emergency room waiting times"),
        late("Jane Holt", "The plan will cut hospital room waiting times"))).get(0);
    assertTrue(hedge.getSignals().startsWith("modality-changed"), hedge.getSignals());
    assertTrue(wording.getSignals().startsWith("content-word-changed"), wording.getSignals());
    assertTrue(hedge.getScore() > wording.getScore());
    assertTrue(!hedge.getSeverity().equals(Finding.LOW));
  }

  @Test
  void droppedApproximationBeforeANumberIsAHedge() {
    Finding f = comparer.compare(List.of(
        early("Jane Holt", "We lost about 300 jobs at the plant this spring"),
        late("Jane Holt", "We lost 300 jobs at the plant this spring"))).get(0);
    assertTrue(f.getSignals().startsWith("modality-changed"), f.getSignals());
  }

  @Test
  void aboutWithoutANumberIsNoHedge() {
    // "about" before no number is a preposition: "about"/"of" is a function-word variant, no finding
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We talked about the budget for the plant this spring"),
        late("Jane Holt", "We talked of the budget for the plant this spring"))));
  }

  @Test
  void verbChangeIsLabelled() {
    Finding f = comparer.compare(List.of(
        early("Jane Holt", "We support the new housing bill in its current form"),
        late("Jane Holt", "We oppose the new housing bill in its current form"))).get(0);
    assertTrue(f.getSignals().startsWith("content-word-changed"), f.getSignals());
    assertEquals(Finding.MEDIUM, f.getSeverity());
  }

  @Test
  void ellipsisCutIsNotDrift() {
    // a cut the report marks with an ellipsis is a choice of excerpt, not a change of what was said
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will fund the clinics, the schools and the roads this year"),
        late("Jane Holt", "We will fund the clinics \u2026 and the roads this year"))));
  }

  @Test
  void aQuoteNamingTheOtherSpeakerIsNoMisattribution() {
    // Real case: Trump's question about Obama, wrongly attributed to Obama by the extractor in one report.
    String words = "Is President Obama going to finally mention the words radical Islamic terrorism?";
    assertEquals(List.of(), comparer.compare(List.of(early("Donald Trump", words), late("Barack Obama", words))));
  }

  @Test
  void anAccentIsNoOtherPerson() {
    String words = "Mexican people, we are not going to pay any single cent for such a stupid wall.";
    assertEquals(List.of(), comparer.compare(List.of(early("Felipe Calder\u00F3n", words),
        late("Felipe Calderon", words))));
  }

  @Test
  void aTruncatedSurnameIsTheSamePerson() {
    String words = "It is going to be completely useless for the people of both countries.";
    assertEquals(List.of(), comparer.compare(List.of(early("Felipe Calder\u00F3n", words),
        late("Felipe Calde", words))));
  }

  @Test
  void prefixFragmentIsOnlyLowShortened() {
    QuoteComparer reporting = new QuoteComparer(Fx.with(Map.of("quote.reportShortened", "1")));
    List<Finding> fs = reporting.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year unless the deficit doubles"),
        late("Jane Holt", "We will not raise taxes this year")));
    assertEquals(1, fs.size());
    assertEquals(Finding.LOW, fs.get(0).getSeverity());
    assertTrue(fs.get(0).getScore() < Fx.defaults().getDouble(io.crossfact.config.CrossfactConfig.Key.SEVERITY_MEDIUM));
    assertEquals("shortened=0.20", fs.get(0).getSignals());
  }

  @Test
  void fragmentIsSilentWhenShortenedReportingIsOff() {
    QuoteComparer quiet = new QuoteComparer(Fx.with(Map.of("quote.reportShortened", "0")));
    assertEquals(List.of(), quiet.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year unless the deficit doubles"),
        late("Jane Holt", "not raise taxes this year unless the deficit doubles"))));
  }

  @Test
  void quotesBelowMinimumWordsAreNeverCompared() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "not a crisis"), late("Jane Holt", "a crisis"))));
  }

  @Test
  void dissimilarQuotesBySameSpeakerAreNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        late("Jane Holt", "The bridge repairs start in the spring and end by autumn"))));
  }

  @Test
  void statementsSharingOnlyTheirFrameAreNotDrift() {
    // "we will ... this year" is half the words of both, but the claims share nothing
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will raise taxes this year"),
        late("Jane Holt", "We will fund the clinics and the roads this year"))));
  }

  @Test
  void surnameOnlySpeakerIsTheSamePerson() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        late("Holt", "We will raise taxes this year")));
    assertEquals(1, fs.size());
    assertEquals(Finding.QUOTE_DRIFT, fs.get(0).getType());
    assertEquals("Jane Holt", fs.get(0).getKey());
  }

  @Test
  void sameWordsFromDifferentPeopleIsMisattribution() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes on working families this year"),
        late("Tom Reyes", "We will not raise taxes on working families this year")));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.QUOTE_MISATTRIBUTION, f.getType());
    assertEquals("a2", f.getArticleA());
    assertEquals("we will not raise taxes on working families", f.getKey());
    assertTrue(f.getExplanation().contains("attributed to Jane Holt in the earlier report"), f.getExplanation());
    assertEquals(Finding.HIGH, f.getSeverity());
  }

  @Test
  void onlyOneTypeGivesExactlyThatTypeOfTheFullComparison() throws Exception {
    Assertion third = quote("a4", "Evening Post", "2024-06-07", "c4", "Tom Reyes",
        "We will not raise taxes on working families this year");
    List<Assertion> group = List.of(
        early("Jane Holt", "We will not raise taxes on working families this year"),
        late("Jane Holt", "We will raise taxes on working families this year"),
        third,
        quote("a5", "Morning Star", "2024-06-08", "c5", "Tom Reyes",
            "We will never raise taxes on working families this year"));
    List<Finding> all = comparer.compare(group);
    List<Finding> drift = Fx.ofType(all, Finding.QUOTE_DRIFT);
    List<Finding> mis = Fx.ofType(all, Finding.QUOTE_MISATTRIBUTION);
    assertFalse(drift.isEmpty(), all::toString);
    assertFalse(mis.isEmpty(), all::toString);
    assertEquals(json(drift), json(comparer.compare(group, Finding.QUOTE_DRIFT)));
    assertEquals(json(mis), json(comparer.compare(group, Finding.QUOTE_MISATTRIBUTION)));
    assertEquals(json(all), json(comparer.compare(group, null)));
  }

  /** Every field of every finding (Finding has no equals). */
  private static String json(List<Finding> fs) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fs);
  }

  @Test
  void shortSharedPhraseIsNotMisattribution() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not back down"), late("Tom Reyes", "We will not back down"))));
  }

  @Test
  void organisationSpeakerIsNotMisattribution() {
    Assertion org = late("City Hall", "We will not raise taxes on working families this year");
    org.setSpeakerKind("organization");
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes on working families this year"), org)));
  }

  @Test
  void echoedQuoteIsNotMisattribution() {
    // the later article quotes both: Reyes repeating Holt's words is reporting, not a mistake
    assertEquals(List.of(), Fx.ofType(comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes on working families this year"),
        late("Tom Reyes", "We will not raise taxes on working families this year"),
        late("Jane Holt", "We will not raise taxes on working families this year"))),
        Finding.QUOTE_MISATTRIBUTION));
  }

  @Test
  void quoteFoundVerbatimInOtherArticleIsNotPairedWithAnotherQuote() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        late("Jane Holt", "We will not raise taxes this year"),
        late("Jane Holt", "We will not raise fees this year either"))));
  }

  @Test
  void oneFindingPerArticlePairAndSpeaker() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        early("Jane Holt", "The bridge repairs start in the spring and end by autumn"),
        late("Jane Holt", "We will raise taxes this year"),
        late("Jane Holt", "The bridge repairs start in the summer and end by autumn")));
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("negation-changed"), "keeps the strongest change");
  }

  @Test
  void emptySpeakerIsNeverCompared() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("", "We will not raise taxes this year"), late("", "We will raise taxes this year"))));
  }

  @Test
  void sameArticleIsNeverCompared() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "We will not raise taxes this year"), early("Jane Holt", "We will raise taxes this year"))));
  }

  @Test
  void shuffledInputGivesIdenticalFindings() {
    List<Assertion> in = new ArrayList<>(List.of(
        early("Jane Holt", "We will not raise taxes this year"),
        late("Jane Holt", "We will raise taxes this year"),
        lateCopy("Holt", "We will not raise taxes next year"),
        quote("a4", "Gazette", "2024-06-05", "c4", "Tom Reyes", "We will not raise taxes on working families"),
        quote("a5", "Herald", "2024-06-07", "c5", "Ann Lee", "We will not raise taxes on working families"),
        quote("a6", "Herald", "2024-06-05", "c6", "Jane Holt", "We will raise some taxes this year")));
    String expected = Fx.render(comparer.compare(in));
    assertTrue(expected.split("\n").length >= 3, expected);
    for (List<Assertion> s : Fx.shuffles(in)) {
      assertEquals(expected, Fx.render(comparer.compare(s)));
    }
  }

  @Test
  void similarityKeepsOneDroppedNotCloseAndASharedFrameFar() {
    double negation = QuoteComparer.similarity("We will not raise taxes this year", "We will raise taxes this year");
    double frame = QuoteComparer.similarity("We will raise taxes this year",
        "We will fund the clinics and the roads this year");
    assertEquals(0.75, negation, 1e-9); // content words {not, raise, taxes, year} vs {raise, taxes, year}
    assertTrue(frame < 0.2, "frame-only similarity " + frame);
    assertEquals(1.0, QuoteComparer.similarity("\u201CWe won\u2019t.\u201D", "\"we won't\""));
  }

  @Test
  void sameDayTieGoesToLargerArticleIdOnSideA() {
    Finding f = comparer.compare(List.of(
        quote("z9", "X", "2024-06-05", "c1", "Jane Holt", "We will not raise taxes this year"),
        quote("b1", "Y", "2024-06-05", "c2", "Jane Holt", "We will raise taxes this year"))).get(0);
    assertEquals("z9", f.getArticleA());
  }

  // --- rules from reading the PolNeAR-train findings (fixtures are invented) ---

  private static Assertion said(Assertion a, String sentence, String kind) {
    a.setText(sentence);
    a.setSpeakerKind(kind);
    return a;
  }

  @Test
  void twoExcerptsOfOneUtteranceCutAtDifferentPlacesAreNotDrift() {
    // one report starts earlier, the other runs on longer; the words they share are identical
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "Well, to be honest with you, I am not ready to endorse anyone at this point"),
        late("Jane Holt", "I am not ready to endorse anyone at this point. I am not there yet"))));
  }

  @Test
  void aChangeInsideTheSharedPassageIsStillDriftWhenTheEdgesDiffer() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "Well, to be honest with you, I am not ready to endorse anyone at this point"),
        late("Jane Holt", "I am ready to endorse anyone at this point. I am not there yet")));
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("negation-changed="), fs.get(0).getSignals());
    assertTrue(fs.get(0).getExplanation().contains("more words before or after"), fs.get(0).getExplanation());
  }

  @Test
  void bracketedEditorialWordsAreNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "The council has to figure out what is going on with the water bills"),
        late("Jane Holt", "The council has to figure out what the [heck] is going on with the water bills"))));
  }

  @Test
  void aRepeatedPhraseLeftOutIsNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "If the board gets to vote on the budget, nothing changes for parents"),
        late("Jane Holt", "If the board gets to vote, if the board gets to vote on the budget, nothing changes for "
            + "parents"))));
  }

  @Test
  void twoStatementsSharingOnlyAStockPhraseAreNotDrift() {
    assertEquals(List.of(), comparer.compare(List.of(
        early("Jane Holt", "was the best thing that's happened to the harbor"),
        late("Jane Holt", "the best thing that ever happened to this town"))));
  }

  @Test
  void wordsTheOtherArticleAlsoQuotesVerbatimAreNotDrift() {
    Assertion first = early("Jane Holt", "No, I meant she is the author of the whole plan");
    Assertion variant = late("Jane Holt", "No, I meant she is the author of the whole budget");
    // control: on their own the two wordings drift
    assertEquals(1, comparer.compare(List.of(first, variant)).size());
    // but the later article also has the first wording, inside a longer quote: two occasions, both quoted right
    assertEquals(List.of(), comparer.compare(List.of(first, variant,
        late("Jane Holt", "No, I meant she is the author of the whole plan. I do. She wrote every page"))));
  }

  @Test
  void wordsSpokenAfterTheOtherReportWasPublishedAreAnotherOccasion() {
    // early: Saturday 2024-06-01; late: Wednesday 2024-06-05, "on Tuesday" is 2024-06-04, after the early report
    Assertion before = early("Jane Holt", "We have come a long way in nine short months");
    String words = "We have come a long way in six short months";
    Assertion tuesday = late("Jane Holt", words);
    tuesday.setText("\u201C" + words + ",\u201D Holt told supporters in Dover on Tuesday morning.");
    assertEquals(List.of(), comparer.compare(List.of(before, tuesday)));
    // control: "on Friday" (2024-05-31) can be the occasion the early report quoted
    Assertion friday = late("Jane Holt", words);
    friday.setText("\u201C" + words + ",\u201D Holt told supporters in Dover on Friday morning.");
    assertEquals(1, comparer.compare(List.of(before, friday)).size());
  }

  @Test
  void utteranceDayResolvesTheWeekdayAgainstThePublishedDate() {
    Assertion a = late("Jane Holt", "We will win this county");
    a.setText("\u201CWe will win this county,\u201D Holt said Monday.");
    assertEquals(java.time.LocalDate.of(2024, 6, 3), QuoteComparer.utteranceDay(a));
    a.setText("\u201CWe will win this county,\u201D Holt said last Wednesday.");
    assertEquals(java.time.LocalDate.of(2024, 5, 29), QuoteComparer.utteranceDay(a));
    a.setText("\u201CWe will win this county,\u201D Holt said Monday, before Tuesday's vote.");
    assertEquals(null, QuoteComparer.utteranceDay(a));
  }

  private static final String WORDS = "We will not raise taxes on working families this year";

  @Test
  void aPronounResolvedSpeakerIsNoMisattribution() {
    assertEquals(List.of(), comparer.compare(List.of(early("Jane Holt", WORDS),
        said(late("Tom Reyes", WORDS), "\u201C" + WORDS + ",\u201D he said.", "pronoun"))));
  }

  @Test
  void aSpeakerTheSentenceDoesNotNameIsNoMisattribution() {
    // the extractor says "named" but the attribution is "he said": the name came from another sentence
    assertEquals(List.of(), comparer.compare(List.of(early("Jane Holt", WORDS),
        said(late("Tom Reyes", WORDS), "\u201C" + WORDS + "\u201D before the vote, he said.", "named"))));
  }

  @Test
  void aSentenceNamingBothSpeakersIsNoMisattribution() {
    // "Holt, at a meeting in Reyes County, said" read as Reyes speaking; and "Reyes said, quoting Holt"
    assertEquals(List.of(), comparer.compare(List.of(early("Jane Holt", WORDS),
        said(late("Reyes", WORDS), "Holt, at a meeting in Reyes County, said she was \u201C" + WORDS + "\u201D",
            "named"))));
    assertEquals(List.of(), comparer.compare(List.of(early("Jane Holt", WORDS),
        said(late("Tom Reyes", WORDS), "\u201C" + WORDS + ",\u201D Reyes said, quoting Holt.", "named"))));
  }

  @Test
  void aQuoteSplitAroundItsAttributionIsComparedWhole() {
    String sentence = "\u201CThe council did not approve the rezoning,\u201D Holt said, \u201Cand residents deserve "
        + "to hear that clearly.\u201D";
    Assertion first = early("Jane Holt", "The council did not approve the rezoning,");
    Assertion second = early("Jane Holt", "and residents deserve to hear that clearly.");
    for (Assertion half : List.of(first, second)) {
      half.setText(sentence);
      half.setTextStart(100);
      half.setStart(100 + sentence.indexOf(half.getValue()));
      half.setEnd(half.getStart() + half.getValue().length());
    }
    List<Finding> fs = comparer.compare(List.of(first, second,
        late("Jane Holt", "The council approved the rezoning, and residents deserve to hear that clearly.")));
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("negation-changed="), fs.get(0).getSignals());
    assertEquals(first.getStart(), fs.get(0).getStartB());
    assertEquals(second.getEnd(), fs.get(0).getEndB());
  }

  @Test
  void theSameChangeInsideALongerExcerptIsReportedOnce() {
    List<Finding> fs = comparer.compare(List.of(
        early("Jane Holt", "Though the river people, maybe there is a way, I do not know."),
        late("Jane Holt", "Though the river people, maybe there is no way, I do not know."),
        quote("a3", "Evening Star", "2024-06-07", "c3", "Jane Holt",
            "Though the river people, maybe there is no way, I do not know. But I will tell you what.")));
    assertEquals(1, fs.size(), fs.toString());
    assertEquals("a2", fs.get(0).getArticleA());
  }
}
