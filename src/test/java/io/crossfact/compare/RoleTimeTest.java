package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.Roster;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retrospective shapes: each names a past office (or a candidacy), so none may make a role conflict. */
class RoleTimeTest {
  private final CrossfactConfig config = CrossfactConfig.defaults();
  private final Roster roster = config.lexicons().rosterIndex();
  private final RoleComparer comparer = new RoleComparer(config);

  /** A role assertion whose value sits in its sentence as a reader sees it. */
  static Assertion said(String id, String published, String person, String value, String sentence) {
    Assertion a = Fx.role(id, published, person, value);
    a.setText(sentence);
    a.setTextStart(0);
    int at = sentence.indexOf(value);
    a.setStart(at);
    a.setEnd(at + value.length());
    return a;
  }

  private String past(Assertion a) {
    return RoleTime.past(a, Roster.officeOf(RoleComparer.fullTitle(a)), roster);
  }

  @Test
  void aYearBeforeTheReportPlacesTheRoleThen() {
    Assertion a = said("a1", "2016-03-02", "Dana Whitlow", "Illinois Sen.",
        "In 2008, then a rising star, Illinois Sen. Dana Whitlow famously said the war was a mistake.");
    assertEquals("year", past(a));
    Assertion now = said("a2", "2016-03-02", "Dana Whitlow", "Illinois Sen.",
        "Illinois Sen. Dana Whitlow said on Tuesday the 2016 budget was a mistake.");
    assertNull(past(now), "the report's own year places nothing in the past");
  }

  @Test
  void whenHeWasAndAsGovernorArePastClauses() {
    assertEquals("clause", past(said("a1", "2019-06-01", "Corin Abbet", "governor",
        "The bill passed when he was governor of a small state.")));
    assertEquals("when-was", past(said("a1", "2019-06-01", "Corin Abbet", "governor",
        "The bill passed when he was, by most accounts, a popular governor.")));
    assertEquals("clause", past(said("a1", "2019-06-01", "Corin Abbet", "governor",
        "As governor, Corin Abbet signed the tax cut into law.")));
    assertEquals("clause", past(said("a1", "2019-06-01", "Corin Abbet", "Gov.",
        "The program began under Gov. Corin Abbet and grew for a decade.")));
    assertEquals("clause", past(said("a1", "2019-06-01", "Corin Abbet", "Gov.",
        "Teachers rallied during the tenure of another Republican, Gov. Corin Abbet, over pay.")));
  }

  @Test
  void nomineesAndCandidatesHoldNoOfficeYet() {
    assertEquals("candidacy", past(said("a1", "2019-06-01", "Lena Fry", "Senate",
        "She is the party's candidate for the Senate, Lena Fry said.")));
    assertEquals("candidacy", past(said("a1", "2019-06-01", "Lena Fry", "presidential nominee",
        "The presidential nominee Lena Fry spoke in Ohio.")));
  }

  @Test
  void aGovernorWhoDefeatedASittingPresidentIsARosterConfirmedPastOffice() {
    // Bill Clinton was governor of Arkansas (governors roster, CC0) until 1992: named so in 2016, a past office
    Assertion a = said("a1", "2016-05-01", "Bill Clinton", "Arkansas Gov.",
        "Arkansas Gov. Bill Clinton defeated a sitting president by speaking about the economy.");
    assertEquals("roster-past", past(a));
  }

  @Test
  void aBareSurnameUnderAnOfficeOnlyANamesakeHeldIsNotThisPersonsRole() {
    // "President Bush" next to Jeb Bush, who never was president: George W. Bush was
    Assertion a = said("a1", "", "Jeb Bush", "President",
        "Trump's critique of President Bush startled some conservative leaders.");
    assertEquals("namesake", past(a));
  }

  @Test
  void aGovernorWhoBecameVicePresidentIsACareerNotAConflict() {
    List<Finding> fs = comparer.compare(List.of(
        said("a1", "2016-07-12", "Mike Pence", "Gov.", "Mr. Trump will appear in Indiana with Gov. Mike Pence."),
        said("a2", "2017-01-20", "Mike Pence", "Vice President",
            "The president took the oath along with Vice President Mike Pence.")));
    assertEquals(List.of(), fs);
  }

  @Test
  void anOrdainedMinisterWhoWasGovernorIsNoConflict() {
    List<Finding> fs = comparer.compare(List.of(
        said("a1", "2015-04-01", "Mike Huckabee", "Gov.", "Students rallied under Gov. Mike Huckabee."),
        said("a2", "2015-05-05", "Mike Huckabee", "ordained Southern Baptist minister",
            "Huckabee, an ordained Southern Baptist minister, is a celebrated figure.")));
    assertEquals(List.of(), fs);
    assertEquals("clergy", RoleParser.parse("ordained Southern Baptist minister", "").office);
    assertEquals("honorary", RoleParser.parse("professor emeritus", "").office);
  }

  @Test
  void aCutTitleGetsItsModifiersBack() {
    Assertion a = said("a1", "2019-06-01", "Ana Ruiz", "Minister", "Prime Minister Ana Ruiz met the envoy.");
    assertEquals("Prime Minister", RoleComparer.fullTitle(a));
    // the cut "minister" against "Prime Minister" from another report is the same office, so no conflict
    assertEquals(List.of(), comparer.compare(List.of(a,
        said("a2", "2019-06-03", "Ana Ruiz", "Prime Minister", "Prime Minister Ana Ruiz spoke."))));
    Assertion press = said("a3", "2019-06-01", "Tom Reyes", "secretary",
        "White House press secretary Tom Reyes said so.");
    assertEquals("White House press secretary", RoleComparer.fullTitle(press));
  }

  @Test
  void anOfficeTheRosterSaysWasNeverHeldIsAStrongFinding() {
    List<Finding> fs = comparer.compare(List.of(said("a1", "2020-06-01", "Nancy Pelosi", "Sen.",
        "Sen. Nancy Pelosi said the House would vote.")));
    assertEquals(1, fs.size(), Fx.render(fs));
    assertEquals("roster", fs.get(0).getSourceB());
    assertTrue(fs.get(0).getSignals().startsWith("roster-never-held"), fs.get(0).getSignals());
  }

  @Test
  void aPostHeldEarlierWhileHoldingAnotherIsOutdated() {
    // Pelosi left the Speakership on 2023-01-03 and stayed a representative
    List<Finding> fs = comparer.compare(List.of(said("a1", "2024-09-30", "Nancy Pelosi", "House Speaker",
        "House Speaker Nancy Pelosi said the vote would come on Tuesday.")));
    assertEquals(1, fs.size(), Fx.render(fs));
    assertTrue(fs.get(0).getSignals().startsWith("roster-outdated"), fs.get(0).getSignals());
    assertTrue(fs.get(0).getExplanation().contains("ended on 2023-01-03"), fs.get(0).getExplanation());
    // the same words while she held the post are right
    assertEquals(List.of(), comparer.compare(List.of(said("a1", "2020-09-30", "Nancy Pelosi", "House Speaker",
        "House Speaker Nancy Pelosi said the vote would come on Tuesday."))));
  }

  @Test
  void aFormerTitleOrACourtesyTitleIsNoFinding() {
    assertEquals(List.of(), comparer.compare(List.of(said("a1", "2024-09-30", "Nancy Pelosi", "former House Speaker",
        "Former House Speaker Nancy Pelosi said the vote would come on Tuesday."))));
    assertEquals(List.of(), comparer.compare(List.of(said("a1", "2015-09-30", "Mike Huckabee", "Gov.",
        "Gov. Mike Huckabee spoke in Iowa."))));
  }
}
