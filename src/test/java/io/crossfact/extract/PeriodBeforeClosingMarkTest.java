package io.crossfact.extract;

import static io.crossfact.extract.Fixtures.onlyQuote;
import static io.crossfact.extract.Fixtures.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.crossfact.model.Assertion;
import org.junit.jupiter.api.Test;

/** A period inside the closing mark, then a cue clause: attributed as if the mark were preceded by a comma. */
class PeriodBeforeClosingMarkTest {

  private static Assertion quoteWith(String text, String value) {
    for (Assertion q : quotes(text)) {
      if (q.getValue().startsWith(value)) {
        return q;
      }
    }
    throw new AssertionError("no quote " + value + " in " + quotes(text));
  }

  @Test
  void surnameCueOpeningParagraphWithLongTail() {
    String text = "Governor Tom Reyes toured the flooded district on Friday with Mayor Ellen Varga.\n\n"
        + "“We will rebuild every bridge before the winter comes.” Varga said during a visit to the pumping station"
        + " in Linden, where crews had worked through the night.";
    Assertion q = onlyQuote(text);
    assertEquals("Ellen Varga", q.getSubject());
    assertEquals("named", q.getSpeakerKind());
  }

  @Test
  void saidTitleFullNameAppositive() {
    String text = "Officials met in the capital on Tuesday. Dr. Lena Morrow sat beside Minister Arto Kell.\n\n"
        + "“Any agreement will take months of careful drafting.” said Dr. Lena Morrow, a senior fellow at the"
        + " Institute for Harbor Policy.";
    assertEquals("Lena Morrow", quoteWith(text, "Any agreement").getSubject());
  }

  @Test
  void roleNameToldReporters() {
    String text = "Senator Dana Pruitt spoke first.\n\n"
        + "“The vote will happen next week whether they like it or not.” Senate whip Carl Ostrowski told reporters"
        + " outside the chamber after the caucus lunch.";
    assertEquals("Carl Ostrowski", quoteWith(text, "The vote").getSubject());
  }

  @Test
  void surnameAgeToldOutlet() {
    String text = "Residents of the valley gathered at the school gym.\n\n"
        + "“I have lived here all my life and never seen water this high.” Brandt, 71, told the Valley Courier"
        + " on Sunday while sorting donated blankets.";
    assertEquals("Brandt", quoteWith(text, "I have lived").getSubject());
  }

  @Test
  void newSentenceWithItsOwnReportedClauseIsNoAttribution() {
    String text = "Senator Mia Hart spoke first, and then Governor Paul Ruiz took the floor.\n\n"
        + "“The permit system is a disaster for farmers.” Hart said Thursday she, too, wants the agency to redo"
        + " the rules before the next planting season.";
    assertNotEquals("Mia Hart", quoteWith(text, "The permit system is a disaster").getSubject());
  }

  @Test
  void newCapitalisedSentenceWithoutCueIsNoAttribution() {
    String text = "Governor Paul Ruiz defended the budget in a speech.\n\n"
        + "“We balanced it without new taxes.” Critics in the legislature have questioned that claim for weeks, and"
        + " Treasurer Olga Brant published her own figures.";
    assertNotEquals("Olga Brant", onlyQuote(text).getSubject());
    assertEquals("Paul Ruiz", onlyQuote(text).getSubject());
  }

  @Test
  void pronounSaidNameOpensReportedClauseIsNoAttribution() {
    String text = "Lawyer Iris Pell answered the complaint on Monday.\n\n"
        + "Ned Carver called the lawsuit “a stunt that will not survive a hearing.” He said Pell was bound by the"
        + " terms she had signed in the spring of last year.";
    assertNotEquals("Iris Pell", quoteWith(text, "a stunt").getSubject());
    assertEquals("Ned Carver", quoteWith(text, "a stunt").getSubject());
  }

  @Test
  void pronounSentenceWithContentAfterCueIsNoAttribution() {
    String text = "Campaign aide Tess Moreno denied any shakeup on Friday.\n\n"
        + "She said she had missed the interview because she was “out of town for the whole weekend.” He pointed to"
        + " the candidate's later remarks praising the staff and its work in the early states.";
    assertEquals("Tess Moreno", quoteWith(text, "out of town").getSubject());
  }
}
