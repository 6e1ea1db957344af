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
}
