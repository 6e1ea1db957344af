package io.crossfact.extract;

import static io.crossfact.extract.Fixtures.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptQuoteTest {

  @Test
  void interviewLinesAreTheIntervieweesAndQuestionsAreNot() {
    String text = "We spoke to the hydrologist about the floods.\n\n"
        + "Q: What went wrong this spring?\n\n"
        + "Dr. Mara Lind: The dams released water too late, and the towns downstream paid for it.\n\n"
        + "Interviewer: Could it happen again?\n\n"
        + "NPR: Our listeners want to know.\n\n"
        + "Dr. Mara Lind: Yes, unless the rules change before the next season.";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    for (Assertion a : q) {
      assertEquals("Mara Lind", a.getSubject());
      assertEquals("transcript", a.getSpeakerKind());
    }
    assertEquals("The dams released water too late, and the towns downstream paid for it.", q.get(0).getValue());
    assertEquals(text.indexOf("The dams"), q.get(0).getStart());
  }

  @Test
  void dateLinesAreNoTranscript() {
    assertEquals(0, quotes("Date: 12 March 2024\n\nUpdated: 13 March 2024\n\nThe river rose again.").size());
  }

  @Test
  void blockQuoteAttributedWithDashOnNextLine() {
    String text = "Sen. Jane Holt wrote to the board.\n\n“The board has ignored every warning we sent it.”\n"
        + "– Senator Holt";
    Assertion q = Fixtures.onlyQuote(text);
    assertEquals("Jane Holt", q.getSubject());
    assertEquals("The board has ignored every warning we sent it.", q.getValue());
  }

  @Test
  void unmarkedBlockQuoteAttributedWithDashAndRole() {
    String text = "The letter was short.\n\nWe will not sign a deal that leaves the farmers without water.\n"
        + "— Jane Holt, senator";
    Assertion q = Fixtures.onlyQuote(text);
    assertEquals("Jane Holt", q.getSubject());
    assertEquals("We will not sign a deal that leaves the farmers without water.", q.getValue());
  }
}
