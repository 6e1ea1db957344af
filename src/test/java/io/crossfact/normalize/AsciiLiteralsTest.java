package io.crossfact.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pre-check finds a literal wherever a (?i) pattern built from it would, and only skips texts without one. */
class AsciiLiteralsTest {
  private final AsciiLiterals words = new AsciiLiterals("years ago", "recall", "this day");

  @Test
  void findsTheLiteralsIgnoringAsciiCase() {
    assertTrue(words.foundIn("It opened forty YEARS AGO, the owner said."));
    assertTrue(words.foundIn("Neighbours Recalled the storm."));
    assertTrue(words.foundIn("On This Day in 1901"));
    assertTrue(words.foundIn("recall")); // at the very end
  }

  @Test
  void aTextWithoutAnyLiteralIsSkipped() {
    assertFalse(words.foundIn("The council met on Tuesday and voted."));
    assertFalse(words.foundIn("years  ago")); // two spaces: the pattern's literal has one
    assertFalse(words.foundIn("recal"));
    assertFalse(words.foundIn(null));
  }

  @Test
  void looksOnlyInsideTheRange() {
    String s = "recall this";
    assertTrue(words.foundIn(s, 0, 6));
    assertFalse(words.foundIn(s, 1, s.length()));
    assertFalse(words.foundIn(s, 0, 5));
  }

  @Test
  void neverMissesWhatTheCaseInsensitivePatternFinds() {
    Pattern p = Pattern.compile("(?i)\\b(years ago|recall(?:ed|s)?|on this day)\\b");
    String[] texts = {"YeArS aGo", "RECALLS", "on THIS day", "x recalled y", "nothing here", "recal led",
        "\u212Aeep this day"};
    for (String t : texts) {
      if (p.matcher(t).find()) {
        assertTrue(words.foundIn(t), t);
      }
    }
  }

  @Test
  void rejectsLiteralsItCannotCompare() {
    assertThrows(IllegalArgumentException.class, () -> new AsciiLiterals("Upper"));
    assertThrows(IllegalArgumentException.class, () -> new AsciiLiterals(""));
    assertThrows(IllegalArgumentException.class, () -> new AsciiLiterals("caf\u00E9"));
  }
}
