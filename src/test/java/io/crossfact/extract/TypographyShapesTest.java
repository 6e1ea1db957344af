package io.crossfact.extract;

import static io.crossfact.extract.Fixtures.quotes;
import static io.crossfact.extract.Fixtures.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scraped and content-farm typography (issue 13): each shape in text written for the test, the speaker it must
 * give, and offsets that index the text as written.
 */
class TypographyShapesTest {

  /** Every quote's and role's offsets cut the text as written to its value. */
  private static List<Assertion> checkedQuotes(String text) {
    for (Assertion r : roles(text)) {
      assertFalse(text.substring(r.getStart(), r.getEnd()).isBlank(), "role span " + r);
    }
    List<Assertion> q = quotes(text);
    for (Assertion a : q) {
      assertEquals(a.getValue(), text.substring(a.getStart(), a.getEnd()), "offsets of " + a);
    }
    return q;
  }

  /** Text | the speaker of its quotes (every one of them). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Lyon,March 9,2023 – Senator Ada Kerr (R-ID),a critic of the bill,said: “We will not sign a deal that hurts the growers.”                      | Ada Kerr
      Dr.Omar Lindqvist, a lecturer in law, spoke. “The court will not hear the case this year,” Dr.Omar Lindqvist said.                          | Omar Lindqvist
      PROF.Omar Lindqvist, a lecturer in law, said: “The court will not hear the case this year.”                                               | Omar Lindqvist
      Mr.Tal Brenner told the board: “The vote was rigged from the very start of it.”                                                          | Tal Brenner
      Ms.Ines Aubert, a farmer,said the water was gone.“We have had no rain since the spring planting,”she said.                                | Ines Aubert
      DR. Ines Aubert runs the clinic;“We have not had a doctor here in years now,” Dr. Aubert said.                                           | Ines Aubert
      “The E.U.has long argued that the border must stay open to trade,” said Dr. Ines Aubert.                                                  | Ines Aubert
      `“The outcome will depend on patience on both sides.” said Dr. Ada Kerr, a senior analyst at the Center for Public Study.`                 | Ada Kerr
      `“The outcome will depend on patience on both sides.” says Prof. Ada Kerr, who teaches at a state college in the north.`                  | Ada Kerr
      Dr.Omar Lindqvist, a professor of economics at a state university, stresses the costs. “It is not only about tariffs,” he explains.      | Omar Lindqvist
      Prof. Ines Aubert, a lecturer at a city college, was blunt. “Nobody has read the report in full yet,” she adds.                         | Ines Aubert
      Vice Premier He Jun said: “The talks will continue next week in the capital.”                                                           | He Jun
      “The talks will continue next week in the capital,” said Vice Premier He Jun.                                                          | He Jun
      Foreign Minister May Chen said: “The talks will continue next week in the capital.”                                                     | May Chen
      “The talks will continue next week in the capital,” Governor Will Ortega said.                                                          | Will Ortega
      """)
  void speakerOfEachShape(String text, String speaker) {
    List<Assertion> q = checkedQuotes(text);
    assertFalse(q.isEmpty(), "no quote in: " + text);
    for (Assertion a : q) {
      assertEquals(speaker, a.getSubject(), a.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Dr. Ines Aubert
      Dr.Ines Aubert
      dr. Ines Aubert
      Dr. ines Aubert
      DR. INES AUBERT
      Dr. Aubert
      Ines Aubert
      """)
  void caseVariantsOfOneNameAreOnePerson(String variant) {
    String text = "Dr. Ines Aubert runs the river board. “The river is shared by four countries,” said " + variant
        + ". “It has no single owner,” said Dr. Ines Aubert.";
    List<Assertion> q = checkedQuotes(text);
    assertEquals(2, q.size(), q.toString());
    assertEquals("Ines Aubert", q.get(0).getSubject());
    assertEquals("Ines Aubert", q.get(1).getSubject());
  }

  /** Invariance: the damaged article gives the same speakers and quotes as the clean one, at mapped offsets. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `Rome, June 4, 2024 – Dr. Omar Lindqvist, a lecturer in law, spoke. “The court will not hear the case this year,” he said. Sen. Ada Kerr (R-ID), a critic, disagreed: “The court has heard worse cases than this one.” The U.S. team left at 9 a.m. “We will be back in the spring,” Ms. Ines Aubert said.` | `Rome,June 4,2024 – Dr.Omar Lindqvist, a lecturer in law,spoke.“The court will not hear the case this year,” he said.Sen.Ada Kerr (R-ID),a critic,disagreed:“The court has heard worse cases than this one.” The U.S.team left at 9 a.m.“We will be back in the spring,” ms. ines Aubert said.`
      `Dr. Omar Lindqvist spoke. “The court will not hear the case this year,” said Dr. Omar Lindqvist. “The judges are tired of this,” he added.`                                                                                                                                                  | `DR.Omar Lindqvist spoke.“The court will not hear the case this year,” said dr.omar Lindqvist.“The judges are tired of this,” he added.`
      """)
  void damagedTypographyGivesTheSameQuotes(String clean, String damaged) {
    List<Assertion> a = checkedQuotes(clean);
    List<Assertion> b = checkedQuotes(damaged);
    assertEquals(summary(a), summary(b));
  }

  private static List<String> summary(List<Assertion> quotes) {
    List<String> out = new ArrayList<>();
    for (Assertion q : quotes) {
      out.add(q.getSubject() + ": " + q.getValue());
    }
    return out;
  }
}
