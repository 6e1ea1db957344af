package io.crossfact.extract;

import static io.crossfact.extract.Fixtures.quotes;
import static io.crossfact.extract.Fixtures.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section headings and list items are structure, never speakers; transcript labels may carry a role. */
class HeadingsAndTranscriptLabelsTest {

  /** A heading or list item line (with a colon); two of them in one article, none a transcript turn. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Key Points Today: Wheat and the Harbor
      The Long Winter: Ice and Patience
      Grazing Rights: A Decades-Old Quarrel
      Expert Take: What the figures say about the valley
      Stricter Limits: Requiring a licence for every new boat in the bay.
      Next Steps: Funding and Oversight
      """)
  void headingLinesAreNoTurns(String heading) {
    String text = heading + "\n\nThe council met on Monday.\n\nBudget Lines: Roads and Schools\n\n"
        + "The vote is next week.";
    assertEquals(List.of(), quotes(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Expert Take
      The Long Winter
      Grazing Rights
      """)
  void headingBeforeAQuoteIsNoSpeaker(String heading) {
    String text = "The board met.\n\n" + heading + ": “The numbers say the valley will grow again next year.”";
    Assertion q = Fixtures.onlyQuote(text);
    assertEquals("", q.getSubject());
  }

  @Test
  void organisationLabelBeforeAQuoteStillSpeaks() {
    String text = "The board met.\n\nMinistry of Water: “The numbers say the valley will grow again next year.”";
    assertEquals("Ministry of Water", Fixtures.onlyQuote(text).getSubject());
  }

  @Test
  void speakerLabelWithRoleAndOutletStaffInterviewer() {
    String text = "An interview on the river.\n\n"
        + "River-Daily-Post Deputy Editor: What do you make of the talks?\n\n"
        + "Dr.Ines Aubert, Senior Fellow, Institute for Basin Studies: Thank you for having me. The talks are fragile.\n\n"
        + "Deputy Editor: And the water question?\n\n"
        + "Dr. Aubert: It is the core of everything here.";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size(), q.toString());
    for (Assertion a : q) {
      assertEquals("Ines Aubert", a.getSubject());
      assertEquals("transcript", a.getSpeakerKind());
      assertEquals(a.getValue(), text.substring(a.getStart(), a.getEnd()));
    }
    assertEquals("Thank you for having me. The talks are fragile.", q.get(0).getValue());
    Assertion role = roles(text).stream().filter(r -> r.getValue().startsWith("Senior Fellow")).findFirst()
        .orElseThrow();
    assertEquals("Ines Aubert", role.getSubject());
    assertEquals("Senior Fellow at Institute for Basin Studies", role.getValue());
    assertEquals("Senior Fellow, Institute for Basin Studies", text.substring(role.getStart(), role.getEnd()));
  }

  @Test
  void shortAnswersOfAKnownSpeakerStayTurns() {
    String text = "We spoke to the hydrologist.\n\nQ: Will it flood again?\n\nDr. Mara Lind: Not This Year\n\n"
        + "Q: And later?\n\nDr. Mara Lind: Yes, unless the rules change.";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size(), q.toString());
    assertTrue(q.stream().allMatch(a -> a.getSubject().equals("Mara Lind")));
  }
}
