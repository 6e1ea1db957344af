package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiffsTest {

  /** The pieces as {@code =same -deleted +inserted}, for readable expectations. */
  private static String show(List<Diffs.Piece> pieces) {
    return pieces.stream()
        .map(p -> (p.isSame() ? "=" : p.isDel() ? "-" : "+") + p.text())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void replacedWordsShowTheDeletionBeforeTheInsertion() {
    assertEquals("=We will rebuild | -every home | +most homes | =by | -spring | +summer",
        show(Diffs.words("We will rebuild every home by spring", "We will rebuild most homes by summer")));
  }

  @Test
  void typographyCaseAndTrailingPunctuationAreNotChanges() {
    List<Diffs.Piece> d = Diffs.words("\u201CWe\u2019ll win,\u201D", "\"we'll WIN.\"");
    assertFalse(Diffs.changed(d), show(d));
    assertEquals("=\u201CWe\u2019ll win,\u201D", show(d), "shared words are shown as written in a");
  }

  @Test
  void addedAndDroppedWordsAtTheEnds() {
    assertEquals("+Frankly, | =we will win | -today",
        show(Diffs.words("we will win today", "Frankly, we will win")));
  }

  @Test
  void emptySidesAreAllInsertedOrAllDeleted() {
    assertEquals("+a b", show(Diffs.words("", "a b")));
    assertEquals("-a b", show(Diffs.words("a b", null)));
    assertTrue(Diffs.words("", "").isEmpty());
  }

  @Test
  void veryLongQuotesAreShownReplacedWholeInsteadOfFillingAHugeTable() {
    String a = "w ".repeat(2001).trim();
    String b = "v ".repeat(2001).trim();
    List<Diffs.Piece> d = Diffs.words(a, b);
    assertEquals(2, d.size());
    assertTrue(d.get(0).isDel() && d.get(1).isIns());
  }

  @Test
  void wholeTextDiffFindsASecondChangeFarFromTheFirstAndShortensWhatIsUnchanged() {
    String filler = "the council met again to discuss the plan and its cost in some detail ".repeat(6);
    String earlier = "Officials said 4,200 people were displaced this week. " + filler + "The road reopened on Monday.";
    String later = "Officials said 42,000 people were displaced on Tuesday. " + filler + "The road reopened on Monday.";
    Diffs.Body b = Diffs.body(earlier, later);
    assertEquals(List.of("4,200", "this week."), b.pieces().stream().filter(Diffs.Piece::isDel)
        .map(Diffs.Piece::text).collect(Collectors.toList()));
    assertEquals(List.of("42,000", "on Tuesday."), b.pieces().stream().filter(Diffs.Piece::isIns)
        .map(Diffs.Piece::text).collect(Collectors.toList()));
    assertEquals(3, b.deleted());
    assertEquals(3, b.inserted());
    Diffs.Piece skip = b.pieces().stream().filter(Diffs.Piece::isSkip).findFirst().orElseThrow();
    assertTrue(skip.text().matches("\\d+ words unchanged"), skip.text());
    int shown = b.pieces().stream().filter(p -> !p.isSkip()).mapToInt(p -> p.text().split(" ").length).sum();
    assertTrue(shown < Diffs.tokens(earlier).size() / 2, "unchanged words are collapsed, " + shown + " shown");
  }

  @Test
  void identicalBodiesHaveNoPieces() {
    Diffs.Body b = Diffs.body("One two three.", "one  two \u201Cthree\u201D");
    assertTrue(b.identical());
    assertTrue(b.pieces().isEmpty());
    assertEquals(3, b.same());
  }

  @Test
  void aBodyDiffShowsAtMostItsLimitOfChangedWordsAndCountsTheRest() {
    StringBuilder a = new StringBuilder();
    StringBuilder c = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      a.append("same").append(i).append(" old").append(i).append(' ');
      c.append("same").append(i).append(" new").append(i).append(' ');
    }
    Diffs.Body b = Diffs.body(a.toString(), c.toString());
    assertTrue(b.truncated());
    assertEquals(2000, b.deleted());
    long changedShown = b.pieces().stream().filter(p -> p.isDel() || p.isIns()).count();
    assertTrue(changedShown <= Diffs.MAX_CHANGED_WORDS, "changes shown: " + changedShown);
    assertTrue(b.pieces().get(b.pieces().size() - 1).text().endsWith("more changes not shown"));
  }
}
