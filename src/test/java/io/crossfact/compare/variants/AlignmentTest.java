package io.crossfact.compare.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlignmentTest {
  private static Alignment align(String earlier, String later) {
    return Alignment.of(new QuoteText(earlier), new QuoteText(later));
  }

  @Test
  void wordsOnlyOneSideHasBeforeOrAfterAreExcerptEdges() {
    Alignment a = align("It was a long night. We kept the pumps running until dawn and nobody slept.",
        "We kept the pumps running until dawn and nobody slept");
    assertTrue(a.changes().isEmpty(), a.segments.toString());
    assertTrue(a.hasEdges());
  }

  @Test
  void aChangedOpeningOnBothSidesIsAChangeNotAnEdge() {
    Alignment a = align("If they do not pass this levy soon it will raise the risk of floods",
        "To pass this levy soon would raise the risk of floods");
    assertEquals(Alignment.Kind.CHANGE, a.segments.get(0).kind());
    assertEquals(0, a.segments.get(0).e0());
    assertEquals(0, a.segments.get(0).l0());
  }

  @Test
  void differentLeadInSentencesAreEdges() {
    Alignment a = align("We owe them that much. Whatever we call the war, we owe our soldiers our support.",
        "And you show it every day. Whatever we call the war, we owe our soldiers our support.");
    assertTrue(a.changes().isEmpty(), a.segments.toString());
  }

  @Test
  void anEarlyStrayMatchDoesNotPullTheAlignmentApart() {
    // "it is" also occurs early in the longer quote; the overlap alignment keeps the compact match
    Alignment a = align("It is not about you. It is not about your town. It is about some vague ideal.",
        "It is about some vague ideal.");
    assertTrue(a.changes().isEmpty(), a.segments.toString());
  }

  @Test
  void sameUtteranceNeedsTheSharedWordsToCoverMostOfTheShorterQuote() {
    Alignment one = align("The council will vote on the harbor plan next week, and I expect it to pass",
        "The council will vote on the harbor plan next week, and I expect it to fail");
    assertTrue(one.sameUtterance(6, 0.6));
    // seven shared words, but they are not most of the shorter quote: another sentence of the same meeting
    Alignment two = align("The council will vote on the plan, but first the residents of the east side must be heard",
        "Residents asked why the council will vote on the plan so soon");
    assertFalse(two.sameUtterance(6, 0.6));
  }
}
