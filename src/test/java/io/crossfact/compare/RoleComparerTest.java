package io.crossfact.compare;

import static io.crossfact.compare.Fx.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleComparerTest {
  private final RoleComparer comparer = new RoleComparer(Fx.defaults());
  /** Every difference standing on its own, as role.conflictSignals = office,party,state,institution. */
  private final RoleComparer all = new RoleComparer(Fx.with(java.util.Map.of("role.conflictSignals",
      "office,party,state,institution")));

  private List<Finding> pair(String earlier, String later) {
    return all.compare(List.of(role("a1", "2024-05-01", "Jane Holt", earlier),
        role("a2", "2024-05-03", "Jane Holt", later)));
  }

  @Test
  void senatorVsRepresentativeIsAConflict() {
    List<Finding> fs = pair("Sen.", "Rep.");
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.ROLE_CONFLICT, f.getType());
    assertEquals("a2", f.getArticleA());
    assertEquals("Rep.", f.getValueA());
    assertEquals("Sen.", f.getValueB());
    assertEquals("Jane Holt", f.getKey());
    assertEquals(Finding.HIGH, f.getSeverity());
    assertTrue(f.getExplanation().contains("a representative and a senator are different offices"),
        f.getExplanation());
  }

  @Test
  void formerAndThenRolesAreNotConflicts() {
    assertEquals(List.of(), pair("former Rep.", "Sen."));
    assertEquals(List.of(), pair("then-Senate Majority Leader", "Rep."));
    assertEquals(List.of(), pair("ex-congresswoman", "senator"));
    assertEquals(List.of(), pair("Senate candidate", "Rep."));
  }

  @Test
  void compatibleDescriptionsAreNotConflicts() {
    assertEquals(List.of(), pair("senator", "Vermont Democrat"));
    assertEquals(List.of(), pair("Sen.", "D-Vt."));
    assertEquals(List.of(), pair("professor", "professor of economics at Yale"));
    assertEquals(List.of(), pair("Yale professor", "professor at Yale University"));
    assertEquals(List.of(), pair("senior fellow at the Atlantic Council", "fellow at the Atlantic Council"));
    assertEquals(List.of(), pair("professor at Yale", "senior fellow at the Brookings Institution"));
    assertEquals(List.of(), pair("independent analyst", "Republican strategist"));
  }

  @Test
  void ministerVsDeputyMinisterIsAConflict() {
    List<Finding> fs = pair("Minister of Health", "Deputy Minister of Health");
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("office="), fs.get(0).getSignals());
  }

  @Test
  void byDefaultAPartyDifferenceAloneIsNoFinding() {
    // "Bernie Sanders, I-Vt." next to "a self-described democratic socialist": not an error worth a reviewer's time.
    List<Assertion> roles = List.of(role("a1", "2016-06-28", "Bernie Sanders", "Vermont Democrat"),
        role("a2", "2016-06-20", "Bernie Sanders", "I-Vt."));
    assertEquals(1, all.compare(roles).size(), "the readings do differ in party");
    assertEquals(List.of(), comparer.compare(roles));
  }

  @Test
  void twoPartiesAreAConflict() {
    List<Finding> fs = pair("Vermont Democrat", "R-VT");
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getExplanation().contains("the parties differ (Republican vs Democratic)"),
        fs.get(0).getExplanation());
  }

  @Test
  void twoStatesForALegislatorAreAConflict() {
    List<Finding> fs = pair("R-OH", "Texas Republican");
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("state="), fs.get(0).getSignals());
  }

  @Test
  void twoInstitutionsForOneKindOfPostAreAConflict() {
    List<Finding> fs = pair("senior fellow at the Atlantic Council", "fellow at the Brookings Institution");
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("institution="), fs.get(0).getSignals());
    assertTrue(fs.get(0).getExplanation().contains("(Brookings Institution vs Atlantic Council)"),
        fs.get(0).getExplanation());
    assertEquals(Finding.MEDIUM, fs.get(0).getSeverity());
  }

  @Test
  void oneFindingPerPairOfReadingsWithCounts() {
    List<Finding> fs = comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "Sen."),
        role("a2", "2024-05-02", "Jane Holt", "senator"), role("a3", "2024-05-03", "Jane Holt", "Rep."),
        role("a4", "2024-05-04", "Jane Holt", "Rep.")));
    assertEquals(1, fs.size(), Fx.render(fs));
    assertEquals("a3", fs.get(0).getArticleA());
    assertEquals("a1", fs.get(0).getArticleB());
    assertTrue(fs.get(0).getExplanation().contains("2 independent reports read like the later one, 2 like the earlier"),
        fs.get(0).getExplanation());
  }

  @Test
  void twoBareAffiliationsAreALowerConflict() {
    List<Finding> fs = pair("Atlantic Council", "Brookings Institution");
    assertEquals(1, fs.size());
    assertEquals("institution=0.50", fs.get(0).getSignals());
    assertEquals(List.of(), pair("Atlantic Council", "the Atlantic Council"));
  }

  @Test
  void reportsMoreThanAYearApartAreNotCompared() {
    assertEquals(List.of(), comparer.compare(List.of(role("a1", "2021-05-01", "Jane Holt", "Rep."),
        role("a2", "2024-05-03", "Jane Holt", "Sen."))));
  }

  @Test
  void undatedReportLowersTheScore() {
    Finding dated = pair("Sen.", "Rep.").get(0);
    Finding undated = comparer.compare(List.of(role("a1", "", "Jane Holt", "Sen."),
        role("a2", "2024-05-03", "Jane Holt", "Rep."))).get(0);
    assertTrue(undated.getScore() < dated.getScore());
    assertTrue(undated.getExplanation().contains("undated"), undated.getExplanation());
  }

  @Test
  void rolesInOneArticleAreNotCompared() {
    assertEquals(List.of(), comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "Sen."),
        role("a1", "2024-05-01", "Holt", "Rep."))));
  }

  @Test
  void differentPeopleWithOneSurnameAreNotCompared() {
    assertEquals(List.of(), comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "Sen."),
        role("a2", "2024-05-02", "Tom Holt", "Rep."))));
  }

  @Test
  void statedRoleContradictingTheRosterIsAConflictWithTheRosterAsSideB() {
    RoleComparer withRoster = new RoleComparer(Fx.withRoster());
    List<Finding> fs = withRoster.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "Rep.")));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals("a1", f.getArticleA());
    assertEquals("", f.getArticleB());
    assertEquals("roster", f.getSourceB());
    assertEquals("Senator, U.S. Senate", f.getValueB());
    assertTrue(f.getEvidenceB().contains("from 2023-01-03 to (open)"), f.getEvidenceB());
    assertTrue(f.getExplanation().contains("the roster lists Jane Holt as Senator"), f.getExplanation());
    assertEquals(Finding.stableId(Finding.ROLE_CONFLICT, "Jane Holt", "a1", "roster"), f.getId());
  }

  @Test
  void roleTheRosterConfirmsForTheArticleDateIsNotAConflict() {
    RoleComparer withRoster = new RoleComparer(Fx.withRoster());
    assertEquals(List.of(), withRoster.compare(List.of(role("a1", "2022-05-01", "Jane Holt", "Rep."),
        role("a2", "2024-05-01", "Jane Holt", "Sen."))));
  }

  @Test
  void rosterInstitutionIsCheckedForExperts() {
    RoleComparer withRoster = new RoleComparer(Fx.withRoster());
    assertEquals(List.of(), withRoster.compare(List.of(role("a1", "2024-05-01", "Amara Osei",
        "senior fellow at the Atlantic Council"))));
    List<Finding> fs = withRoster.compare(List.of(role("a1", "2024-05-01", "Amara Osei",
        "fellow at the Hudson Institute")));
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().contains("institution="), fs.get(0).getSignals());
  }

  @Test
  void formerRoleIsNotCheckedAgainstTheRoster() {
    RoleComparer withRoster = new RoleComparer(Fx.withRoster());
    assertEquals(List.of(), withRoster.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "former Rep."))));
  }

  @Test
  void shuffledInputGivesIdenticalFindings() {
    RoleComparer withRoster = new RoleComparer(Fx.withRoster());
    List<Assertion> in = new ArrayList<>(List.of(role("a1", "2024-05-01", "Jane Holt", "Sen."),
        role("a2", "2024-05-03", "Jane Holt", "Rep."), role("a3", "2024-05-02", "Jane Holt", "former Rep."),
        role("a4", "2024-05-04", "Jane Holt", "R-OH"), role("a5", "2024-05-05", "Jane Holt", "Ohio Democrat"),
        role("a6", "2024-05-01", "Holt", "Rep.")));
    String expected = Fx.render(withRoster.compare(in));
    assertEquals(2, expected.split("\n").length, expected); // the party-only reading makes no finding by default
    for (List<Assertion> s : Fx.shuffles(in)) {
      assertEquals(expected, Fx.render(withRoster.compare(s)));
    }
  }

  @Test
  void parserReadsOfficePartyStateAndInstitution() {
    RoleParser.Role r = RoleParser.parse("Sen. Bernie Sanders (I-Vt.)", "");
    assertEquals("senator", r.office);
    assertEquals("Independent", r.party);
    assertEquals("Vermont", r.state);
    RoleParser.Role m = RoleParser.parse("Deputy Minister of Health", "");
    assertEquals("deputy_minister", m.office);
    assertEquals("health", m.institution);
    RoleParser.Role f = RoleParser.parse("senior fellow at the Atlantic Council", "");
    assertEquals("fellow", f.office);
    assertEquals("atlantic council", f.institution);
    assertTrue(RoleParser.parse("then-Senate Majority Leader", "").timeBound);
    assertTrue(RoleParser.parse("senator", "former").timeBound);
    assertFalse(RoleParser.parse("West Virginia Republican", "").state.equals("Virginia"));
  }

  // --- rules from reading the PolNeAR-train findings (fixtures are invented) ---

  @Test
  void deputySecretaryVsSecretaryOfOneDepartmentIsAConflict() {
    List<Finding> fs = comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "Deputy Secretary of State"),
        role("a2", "2024-05-03", "Jane Holt", "Secretary of State")));
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getExplanation().contains("of the same department"), fs.get(0).getExplanation());
    // a deputy of one department and the head of another are two careers, not a contradiction we can see
    assertEquals(List.of(), comparer.compare(List.of(
        role("a1", "2024-05-01", "Jane Holt", "Deputy Secretary of Labor"),
        role("a2", "2024-05-03", "Jane Holt", "Secretary of State"))));
  }

  @Test
  void aRoleThatRunsIntoAQuoteIsNotATitle() {
    Assertion debris = role("a2", "2024-05-03", "Jane Holt", "prime minister'' looked ashen");
    assertEquals(List.of(), comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "President"), debris)));
    assertTrue(RoleComparer.runsIntoQuote("governor \u201Cwas furious"));
    assertFalse(RoleComparer.runsIntoQuote("People's Party leader"));
  }

  @Test
  void aRoleInAWhenOrUnderClauseIsHistorical() {
    Assertion when = role("a2", "2024-05-03", "Jane Holt", "Vice President");
    when.setText("In contrast, when Vice President Jane Holt took office, the deficit was small.");
    when.setTextStart(0);
    when.setStart(when.getText().indexOf("Vice President"));
    assertTrue(RoleComparer.historical(when));
    assertEquals(List.of(), comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "President"), when)));
    Assertion under = role("a3", "2024-05-04", "Jane Holt", "President");
    under.setText("He was a tax official under President Jane Holt.");
    under.setTextStart(0);
    under.setStart(under.getText().indexOf("President"));
    assertTrue(RoleComparer.historical(under));
    // control: a plain "Vice President Jane Holt said" is a current role and still conflicts
    assertEquals(1, comparer.compare(List.of(role("a1", "2024-05-01", "Jane Holt", "President"),
        role("a4", "2024-05-03", "Jane Holt", "Vice President"))).size());
  }

  @Test
  void aNameEndingInAnInitialIsIncomplete() {
    assertTrue(RoleComparer.incompleteName("George H.W."));
    assertTrue(RoleComparer.incompleteName("Jane Q."));
    assertFalse(RoleComparer.incompleteName("Jane Holt"));
    assertFalse(RoleComparer.incompleteName("Jane Holt Jr."));
    assertEquals(List.of(), comparer.compare(List.of(role("a1", "2024-05-01", "Jane Q.", "President"),
        role("a2", "2024-05-03", "Jane Q.", "Vice President"))));
  }
}
