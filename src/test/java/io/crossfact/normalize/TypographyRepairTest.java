package io.crossfact.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypographyRepairTest {
  /** The word scan finds exactly the regex's matches, on random text over letters, marks, hyphens and the rest. */
  @org.junit.jupiter.api.Test
  void theWordScanFindsWhatTheWordPatternFinds() {
    String[] pieces = {"a", "Z", "\u00e9", "\u00c9", "\u4e2d", "\ud835\udc00", "\u0301", "\u0903", "\u20dd", "'",
        "\u2019", "-", "--", " ", ".", ",", "7", "\ud835", "\u00df", "Dr", "\t", "\u02b0", "\u01c5"};
    java.util.Random r = new java.util.Random(11);
    for (int t = 0; t < 5000; t++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(14);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      java.util.List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = TypographyRepair.WORD.matcher(s);
      while (m.find()) {
        expected.add(m.start() + ":" + m.end() + ":" + m.group());
      }
      java.util.List<String> actual = new java.util.ArrayList<>();
      for (TypographyRepair.Word w : TypographyRepair.words(s)) {
        actual.add(w.start() + ":" + w.end() + ":" + w.text());
      }
      assertEquals(expected, actual, s);
    }
  }


  /** Damaged text | repaired text. A row per shape; '|' separates the columns so commas stay in the text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Lyon,March 9,2023 – Senator Ada Kerr (R-ID),a critic of the bill | Lyon, March 9,2023 – Senator Ada Kerr (R-ID), a critic of the bill
      Dr.Omar Lindqvist, a lecturer                                 | Dr. Omar Lindqvist, a lecturer
      PROF.Omar Lindqvist spoke                                     | Prof. Omar Lindqvist spoke
      DR. Omar Lindqvist spoke                                      | Dr. Omar Lindqvist spoke
      dr.omar Lindqvist spoke                                       | Dr. Omar Lindqvist spoke
      Mr.Tal Brenner and Ms.Ines Aubert met                         | Mr. Tal Brenner and Ms. Ines Aubert met
      The E.U.has long argued                                       | The E.U. has long argued
      U.S.officials and U.S.Army units                              | U.S. officials and U.S. Army units
      The vote ended.The crowd left                                 | The vote ended. The crowd left
      Madrid,May 2 – rain                                           | Madrid, May 2 – rain
      Two aims;one plan                                             | Two aims; one plan
      Topic:Water and power                                         | Topic: Water and power
      `“It is over,”she said`                                       | `“It is over,” she said`
      """)
  void repairsMissingSpacesAndCasing(String damaged, String repaired) {
    assertEquals(repaired, TypographyRepair.repair(damaged));
  }

  /** Text the repair must leave exactly as it is. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The U.S. economy grew
      The U.S.A. team won
      We met at 9 a.m. on Monday
      A Ph.D student; a Ph.D. thesis
      e.g. the river; i.e. the lake
      See example.com/a.b for the rules
      Visit www.example.org or https://example.net/path,x:y today
      Write to press@example.com today
      It rose 3.5 percent to 1,200 units at 10:30 today
      And then... nothing happened
      He runs Node.js at work
      The &amp;other entity
      Signed, sealed: done
      Dr. Omar Lindqvist said so
      the sales rep. He left early
      Dr. de Souza spoke
      Mr. and Mrs. Ash were not invited
      ST. LOUIS — The river rose
      a lease at 115 Spring St. in SoHo
      Ada Kerr (D-W.Va.) and Tom Ash (R-N.H.) spoke
      `Comments:\u202A”Sorry Ada, you were wrong”`
      """)
  void leavesCleanTextAlone(String clean) {
    TypographyRepair.Repair r = TypographyRepair.plan(clean);
    assertEquals(clean, r.apply(clean));
    assertTrue(r.isEmpty(), "nothing to repair in: " + clean);
    assertSame(OffsetMap.identity(), r.map());
  }

  /** Article | the name as the article writes it elsewhere | how the odd spelling comes out. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Dr. Omar Lindqvist spoke. Then Dr. omar Lindqvist left.       | Then Dr. Omar Lindqvist left.
      Dr. Omar Lindqvist spoke. Then omar Lindqvist left.           | Then Omar Lindqvist left.
      Dr. Omar Lindqvist spoke. Then Dr. OMAR LINDQVIST left.       | Then Dr. Omar Lindqvist left.
      Omar Lindqvist, a lecturer, spoke. Then omar Lindqvist left.  | Then Omar Lindqvist left.
      Senator Ada Kerr spoke. Then ada Kerr left.                   | Then Ada Kerr left.
      Dr. Omar Lindqvist spoke. Then Dr. lindqvist left.            | Then Dr. Lindqvist left.
      Dr. Omar Lindqvist spoke. Then Dr. LINDQVIST left.            | Then Dr. Lindqvist left.
      """)
  void oddCasingOfAKnownNameFollowsTheArticle(String article, String expectedTail) {
    String out = TypographyRepair.repair(article);
    assertTrue(out.endsWith(expectedTail), out);
  }

  /** Function-word pairs and plain lower-case text are never recased after a title-case heading. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Road Ahead. We took the road ahead.
      May Chen spoke. She may chen later.
      Water Rights. The water rights were sold.
      Harbor Strike Looms. The harbor Strike went on.
      Rights Watch, a group, spoke. Rights watch groups spoke.
      Dr. Omar Lindqvist spoke. Omar lindqvist is a headline echo.
      Dr. Omar Lindqvist spoke. OMAR LINDQVIST ON WATER
      LAGOS (AP) — Omar Lindqvist, a lecturer, spoke.
      """)
  void commonWordsAreNotRecased(String text) {
    assertEquals(text, TypographyRepair.repair(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Dr.Omar Lindqvist, a lecturer,said it
      `Rome,June 4,2024 – “We wait,”he said.Then Dr.ines Aubert left;later the E.U.met.`
      """)
  void everyOriginalCharacterKeepsItsOffset(String damaged) {
    TypographyRepair.Repair r = TypographyRepair.plan(damaged);
    String repaired = r.apply(damaged);
    OffsetMap map = r.map();
    for (int o = 0; o < damaged.length(); o++) {
      int p = map.toRepaired(o);
      assertEquals(o, map.toOriginal(p));
      assertEquals(Character.toLowerCase(damaged.charAt(o)), Character.toLowerCase(repaired.charAt(p)),
          "offset " + o);
    }
    assertEquals(damaged.length(), map.toOriginal(repaired.length()));
    assertEquals(repaired.length() - damaged.length(), map.insertions());
  }
}
