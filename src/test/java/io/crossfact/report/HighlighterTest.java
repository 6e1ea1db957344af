package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

  private static String marked(String evidence, String value, boolean figure) {
    int[] at = Highlighter.locate(evidence, value, figure);
    return at == null ? null : evidence.substring(at[0], at[1]);
  }

  @Test
  void quoteIsFoundDespiteCurlyApostrophesCaseAndSpacing() {
    String ev = "\u201CWe\u2019ll   REBUILD\u00A0every home,\u201D she said.";
    assertEquals("We\u2019ll   REBUILD\u00A0every home", marked(ev, "we'll rebuild every home", false));
  }

  @Test
  void quoteMarksAndTrailingPunctuationOfTheValueAreIgnored() {
    String ev = "She said we must act now and left.";
    assertEquals("we must act now", marked(ev, "\u201Cwe must act now.\u201D", false));
  }

  @Test
  void ellipsisCharacterMatchesThreeDots() {
    String ev = "\u201CWe tried\u2026 and failed,\u201D he said.";
    assertEquals("We tried\u2026 and failed", marked(ev, "we tried... and failed", false));
  }

  @Test
  void dashesMatchWhateverTheirWidth() {
    assertEquals("long\u2014term", marked("A long\u2014term plan.", "long-term", false));
  }

  @Test
  void plainFigureIsFoundWrittenInMillions() {
    assertEquals("1.4 million", marked("Some 1.4 million people moved.", "1400000", true));
    assertEquals("1.4-million", marked("A 1.4-million budget.", "1400000", true));
    assertEquals("2.5bn", marked("Losses of $2.5bn were reported.", "2500000000", true));
    assertEquals("3k", marked("About 3k fans.", "3000", true));
  }

  @Test
  void plainFigureIsFoundWithThousandsSeparators() {
    assertEquals("1,400,000", marked("Exactly 1,400,000 people.", "1400000", true));
    assertEquals("12,500.5", marked("It cost 12,500.5 dollars.", "12500.5", true));
  }

  @Test
  void numberIsNeverMarkedInsideALargerNumber() {
    assertNull(Highlighter.locate("In 2012 the rate rose.", "12", true));
    assertNull(Highlighter.locate("It was 1.25 percent.", "1.2", true));
    assertEquals("12", marked("In 2012 the rate rose 12 points.", "12", true));
  }

  @Test
  void numberEndingASentenceIsStillMarked() {
    assertEquals("450", marked("The toll rose to 450.", "450", true));
  }

  @Test
  void aNumberInsideAQuoteIsNotMarkedAloneWhenTheQuoteIsMissing() {
    assertNull(Highlighter.locate("We lost 12 people last year.", "we lost 12 friends", false));
  }

  @Test
  void missingValueLeavesEvidencePlain() {
    List<Highlighter.Segment> s = Highlighter.segments("Nothing to see here.", "absent words", false);
    assertEquals(List.of(new Highlighter.Segment("Nothing to see here.", false)), s);
    assertTrue(Highlighter.segments("", "x", false).isEmpty());
    assertEquals(1, Highlighter.segments("Text", "", false).size());
  }

  @Test
  void segmentsSplitAroundTheMark() {
    List<Highlighter.Segment> s = Highlighter.segments("Before 450 after", "450", true);
    assertEquals(List.of(new Highlighter.Segment("Before ", false), new Highlighter.Segment("450", true),
        new Highlighter.Segment(" after", false)), s);
  }

  @Test
  void wordMustStartOnAWordBoundary() {
    assertArrayEquals(new int[] {10, 13}, Highlighter.locate("scan the  can", "can", false));
    assertFalse(Highlighter.segments("cannot", "can", false).stream().anyMatch(Highlighter.Segment::mark));
  }

  private static String shown(List<Highlighter.Segment> segs) {
    StringBuilder b = new StringBuilder();
    for (Highlighter.Segment g : segs) {
      b.append(g.isChange() ? "[" + g.text() + "]" : g.isQuote() ? "{" + g.text() + "}" : g.text());
    }
    return b.toString();
  }

  @Test
  void onlyTheChangedWordsOfADriftingQuoteAreMarkedOnEachSide() {
    String earlier = "She said: \u201CWe will not close the clinic this winter.\u201D";
    String later = "\u201CWe will close the clinic next winter,\u201D she said.";
    // The spaces between words stay in the quote, so its underline runs on under the marked words.
    assertEquals("She said: \u201C{We will}{ }[not]{ }{close the clinic}{ }[this]{ }{winter.}\u201D",
        shown(Highlighter.changes(earlier, "We will not close the clinic this winter.",
            "We will close the clinic next winter", true)));
    assertEquals("\u201C{We will close the clinic}{ }[next]{ }{winter,}\u201D she said.",
        shown(Highlighter.changes(later, "We will close the clinic next winter,",
            "We will not close the clinic this winter.", false)));
  }

  @Test
  void aQuoteWithTheSameWordsOrNotFoundFallsBackToTheWholeMark() {
    List<Highlighter.Segment> same = Highlighter.changes("He said \u201Cwe will win\u201D.", "We will win",
        "we WILL win", true);
    assertEquals(List.of("we will win"), same.stream().filter(Highlighter.Segment::mark)
        .map(Highlighter.Segment::text).toList());
    assertTrue(Highlighter.changes("Nothing quoted here.", "we will win", "we will lose", true).stream()
        .noneMatch(Highlighter.Segment::mark));
  }
}
