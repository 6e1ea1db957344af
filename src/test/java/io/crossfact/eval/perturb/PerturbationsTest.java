package io.crossfact.eval.perturb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each perturbation on an article of our own: what it changes, that gold spans map, that a seed fixes it. */
class PerturbationsTest {
  static final String TEXT = "Council Weighs Water Plan\n\n"
      + "RIVERTON, May 4, 2024 - Sen. Mara Velde said the plan was \"a careful first step toward fixing the pipes,\""
      + " and Dr. Paul Ostrander agreed.\n\n"
      + "\"We cannot wait another decade for this, and the town knows it,\" Ostrander said. Mr. Tom Reyes, who"
      + " chairs the council, was less sure.\n\n"
      + "\u201CThe costs keep rising, and nobody has shown me the numbers,\u201D Reyes said at the meeting."
      + " \u201CI want to see them first.\u201D\n\n"
      + "Helen Brooks, an analyst, said the town\u2019s budget can\u2019t carry it. Next step: the vote is set for June.\n";

  /** Gold quote spans (between the marks) and speaker mentions of TEXT. */
  static GoldSpans gold() {
    List<int[]> keep = new ArrayList<>();
    for (String q : List.of("a careful first step toward fixing the pipes,",
        "We cannot wait another decade for this, and the town knows it,",
        "The costs keep rising, and nobody has shown me the numbers,", "I want to see them first.")) {
      keep.add(span(q));
    }
    List<int[]> speakers = new ArrayList<>();
    for (String s : List.of("Sen. Mara Velde", "Ostrander said", "Reyes said", "Helen Brooks")) {
      int[] sp = span(s);
      speakers.add(s.endsWith(" said") ? new int[] {sp[0], sp[1] - 5} : sp);
    }
    return new GoldSpans(keep, speakers);
  }

  static int[] span(String s) {
    int at = TEXT.indexOf(s);
    assertTrue(at >= 0, s);
    return new int[] {at, at + s.length()};
  }

  /** The original span with only the edits inside it applied: what the mapped span must hold. */
  static String expected(Perturbed p, int s, int e) {
    StringBuilder b = new StringBuilder();
    int at = s;
    for (Edit ed : p.edits()) {
      boolean inside = ed.isInsertion() ? s < ed.start() && ed.start() < e : s <= ed.start() && ed.end() <= e;
      if (inside) {
        b.append(TEXT, at, ed.start()).append(ed.replacement());
        at = ed.end();
      }
    }
    return b.append(TEXT, at, e).toString();
  }

  static String mapped(Perturbed p, int[] span) {
    return p.text().substring(p.offsets().start(span[0]), p.offsets().end(span[1]));
  }

  /** Every gold span of TEXT maps onto itself with only the perturbation's own edits inside it. */
  static void assertGoldMaps(Perturbed p) {
    for (int[] q : gold().keep()) {
      assertEquals(expected(p, q[0], q[1]), mapped(p, q));
    }
    for (int[] s : gold().speakers()) {
      assertEquals(expected(p, s[0], s[1]), mapped(p, s));
    }
  }

  @Test
  void everyPerturbationMapsGoldAndIsFixedByItsSeed() {
    for (Perturbation p : Perturbations.catalogue()) {
      Perturbed a = p.apply(TEXT, gold(), 7);
      Perturbed b = p.apply(TEXT, gold(), 7);
      assertEquals(a.text(), b.text(), p.name());
      assertTrue(a.sites() > 0, p.name() + " changed nothing");
      assertNotEquals(TEXT, a.text(), p.name());
      assertGoldMaps(a);
    }
  }

  @Test
  void sampledPerturbationsDependOnTheSeed() {
    int differ = 0;
    for (Perturbation p : List.of(DroppedSpace.afterComma(), new InsertedHeadings(), new InsertedWidgets())) {
      for (long seed = 1; seed < 6; seed++) {
        differ += p.apply(TEXT, gold(), seed).text().equals(p.apply(TEXT, gold(), seed + 100).text()) ? 0 : 1;
      }
    }
    assertTrue(differ >= 10, "seeds barely matter: " + differ);
  }

  @Test
  void droppedSpaceOnlyBeforeALetter() {
    Perturbed p = new DroppedSpace(',', "t", 1.0).apply(TEXT, 1);
    assertTrue(p.text().contains("RIVERTON,May 4, 2024"));
    assertTrue(p.text().contains("for this,and the town"));
    assertTrue(p.text().contains("Helen Brooks,an analyst,said"));
    Perturbed dots = new DroppedSpace('.', "t", 1.0).apply(TEXT, 1);
    assertTrue(dots.text().contains("Sen.Mara Velde"));
    assertTrue(dots.text().contains("Dr.Paul Ostrander"));
    assertTrue(dots.text().contains("carry it.Next step"));
    assertTrue(dots.text().contains("at the meeting. \u201CI want")); // a quote mark is no letter
    assertGoldMaps(dots);
  }

  @Test
  void droppedSpaceAtHalfRateLeavesSomeSpaces() {
    Perturbed p = DroppedSpace.afterComma().apply(TEXT, 3);
    int sites = new DroppedSpace(',', "t", 1.0).apply(TEXT, 3).sites();
    assertTrue(p.sites() > 0 && p.sites() < sites, p.sites() + " of " + sites);
  }

  @Test
  void periodBeforeClosingMarkReplacesTheCommaBeforeTheCue() {
    Perturbed p = new PeriodBeforeClosingMark().apply(TEXT, 1);
    assertTrue(p.text().contains("knows it.\" Ostrander said"));
    assertTrue(p.text().contains("the numbers.\u201D Reyes said"));
    assertTrue(p.text().contains("see them first.\u201D\n"));
    assertEquals(3, p.sites()); // "pipes," and, "knows it," and "numbers,"
    assertEquals(TEXT.length(), p.text().length());
    assertGoldMaps(p);
  }

  @Test
  void lowerCaseHonorificsOnlyBeforeNames() {
    Perturbed p = new LowerCaseHonorifics().apply("Sen. Lee met Dr. Ortiz and Mr. Hale in the Senate. Gen. Z.", 1);
    assertEquals("sen. Lee met dr. Ortiz and mr. Hale in the Senate. gen. Z.", p.text());
  }

  @Test
  void straightAndCurlyQuoteMarks() {
    Perturbed s = QuoteMarkStyle.straight().apply(TEXT, 1);
    assertFalse(s.text().contains("\u201C") || s.text().contains("\u2019"));
    assertTrue(s.text().contains("\"The costs keep rising") && s.text().contains("town's budget can't"));
    Perturbed c = QuoteMarkStyle.curly().apply(TEXT, 1);
    assertFalse(c.text().contains("\""));
    assertTrue(c.text().contains("was \u201Ca careful first step"));
    assertTrue(c.text().contains("fixing the pipes,\u201D and"));
    assertTrue(c.text().contains("\n\n\u201CWe cannot wait"));
    assertEquals("\u2018Tis so, she\u2019s \u2018sure\u2019 (\u201Cyes\u201D)",
        QuoteMarkStyle.curly().apply("'Tis so, she's 'sure' (\"yes\")", 1).text());
  }

  @Test
  void headingsGoBetweenParagraphsNeverInsideAnAttribution() {
    // keep everything from the second paragraph to the end whole: only the place before it is left
    int from = TEXT.indexOf("RIVERTON");
    GoldSpans keepAll = new GoldSpans(List.of(new int[] {from, TEXT.length()}), List.of());
    Perturbed p = new InsertedHeadings(1.0).apply(TEXT, keepAll, 5);
    assertEquals(1, p.sites());
    assertEquals(from, p.edits().get(0).start());
    Perturbed many = new InsertedHeadings(1.0).apply(TEXT, gold(), 5);
    assertEquals(4, many.sites()); // before each paragraph but the headline
    Pattern heading = Pattern.compile("(?:\u2022 )?[A-Z][\\w-]*(?: (?:[A-Z][\\w-]*|and|the|a|A))*(?:: .+)?");
    for (Edit e : many.edits()) {
      assertTrue(e.replacement().endsWith("\n\n"));
      assertTrue(heading.matcher(e.replacement().strip()).matches(), e.replacement());
      assertEquals('\n', TEXT.charAt(e.start() - 1));
    }
    assertGoldMaps(many);
  }

  @Test
  void widgetsAreWholeLinesOfShareCommentAndRelatedLinks() {
    Perturbed p = new InsertedWidgets(1.0).apply(TEXT, gold(), 11);
    assertEquals(4, p.sites());
    Pattern widget = Pattern.compile("Share this article|Facebook Twitter (?:LinkedIn )?Email|\\d+ Comments"
        + "|(?:Related|Read more): .+|Leave a comment|Related|[A-Z]\\w+ \\w+ \\w+ as [A-Z].+|Share on \\w+"
        + "|Comments \\(\\d+\\)");
    for (Edit e : p.edits()) {
      for (String line : e.replacement().split("\n")) {
        assertTrue(line.isEmpty() || widget.matcher(line).matches(), line);
      }
    }
    assertGoldMaps(p);
  }

  @Test
  void titleAddedBeforeBareSpeakerNamesOnly() {
    Perturbed p = new TitleAdded(1.0).apply(TEXT, gold(), 1);
    assertTrue(p.text().contains(",\" Dr. Ostrander said"));
    assertTrue(p.text().contains("\u201D Dr. Reyes said"));
    assertTrue(p.text().contains("\n\nMs. Helen Brooks, an analyst"));
    assertTrue(p.text().contains("- Sen. Mara Velde")); // already titled
    assertEquals(3, p.sites());
    assertGoldMaps(p);
    assertFalse(TitleAdded.isBareName("The mayor"));
    assertFalse(TitleAdded.isBareName("Spokeswoman Haley Morris"));
    assertFalse(TitleAdded.isBareName("Clinton's"));
    assertTrue(TitleAdded.isBareName("Haley Morris"));
    assertTrue(TitleAdded.titledBefore("President Obama said", 10));
    assertFalse(TitleAdded.titledBefore("he said. Obama left", 9));
  }

  @Test
  void titleDroppedKeepsGenderedHonorifics() {
    Perturbed p = new TitleDropped(1.0).apply(TEXT, gold(), 1);
    assertTrue(p.text().contains("2024 - Mara Velde said"));
    assertTrue(p.text().contains("and Paul Ostrander agreed"));
    assertTrue(p.text().contains("Mr. Tom Reyes"));
    assertEquals(2, p.sites());
    assertGoldMaps(p); // the speaker span "Sen. Mara Velde" becomes "Mara Velde"
    assertEquals("Mara Velde", mapped(p, gold().speakers().get(0)));
  }

  @Test
  void selectNamesPerturbationsAndRefusesUnknownOnes() {
    List<Perturbation> two = Perturbations.select(List.of("title-dropped", "no-space-after-comma"));
    assertEquals(List.of("no-space-after-comma", "title-dropped"), two.stream().map(Perturbation::name).toList());
    assertThrows(IllegalArgumentException.class, () -> Perturbations.select(List.of("no-such")));
    assertEquals(Perturbations.catalogue().size(), Perturbations.select(List.of()).size());
  }
}
