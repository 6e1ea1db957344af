package io.crossfact.extract;

import static io.crossfact.extract.Fixtures.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {
  private static final PersonExtractor PEOPLE = new PersonExtractor(CrossfactConfig.defaults());

  private static List<String> values(List<Assertion> roles) {
    List<String> out = new ArrayList<>();
    for (Assertion r : roles) {
      out.add(r.getSubject() + "=" + r.getValue());
    }
    return out;
  }

  @Test
  void titleBeforeNameIsARoleAndIsStrippedFromTheName() {
    String text = "Sen. Jane Holt met Professor Ian Marsh and Representative Tom Reyes.";
    assertEquals(List.of("Jane Holt=senator", "Ian Marsh=professor", "Tom Reyes=representative"),
        values(roles(text)));
    assertEquals(text.indexOf("Sen."), roles(text).get(0).getStart());
  }

  @Test
  void aClauseAfterACommaIsNoAppositive() {
    String text = "Sen. Jane Holt trails in the poll. Against Holt, the Oregon governor earned 51 percent to her 35 "
        + "percent, while against Tom Reyes he won narrowly.";
    assertEquals(List.of("Jane Holt=senator"), values(roles(text)));
  }

  @Test
  void aBareSurnameUnderAnotherOfficeStatesNoRoleOfTheNamedPerson() {
    String text = "Gov. Jeb Bush campaigned in Iowa. The critique of President Bush's record on terrorism "
        + "startled donors. On Monday Gov. Bush answered questions.";
    assertEquals(List.of("Jeb Bush=governor"), values(roles(text)));
    // with no role stated before, a title on a bare surname is still that person's
    assertEquals(List.of("Jane Holt=senator"), values(roles("Jane Holt spoke first. On Monday Sen. Holt left.")));
  }

  @Test
  void multiWordTitleWithOfComplement() {
    assertEquals(List.of("Jane Roe=Deputy Minister of Health"),
        values(roles("Deputy Minister of Health Jane Roe opened the clinic.")));
  }

  @Test
  void appositiveAndDescriptiveRoles() {
    String text = "Holt, the Oregon senator, voted no. Jane Roe, a senior fellow at the Atlantic Council, agreed.";
    assertEquals(List.of("Holt=Oregon senator", "Jane Roe=senior fellow at the Atlantic Council"),
        values(roles(text)));
  }

  @Test
  void partyStateTag() {
    List<Assertion> r = roles("Rep. Tom Reyes (R-OH) filed the bill.");
    assertEquals(List.of("Tom Reyes=representative", "Tom Reyes=R-OH"), values(r));
  }

  @Test
  void formerRolesKeepTheQualifier() {
    Assertion r = roles("Former Sen. Jane Holt now runs a farm.").get(0);
    assertEquals("Former senator", r.getValue());
    assertEquals("former", r.getQualifier());
  }

  @Test
  void capitalisedPlacesAndOrganisationsAreNoPeople() {
    People p = PEOPLE.people("The Justice Department and New Hampshire officials met Mary Lind in Oregon.");
    assertEquals(1, p.persons().size());
    assertEquals("Mary Lind", p.persons().get(0).name());
  }

  @Test
  void laterMentionsJoinTheFullName() {
    People p = PEOPLE.people("Gov. Tom Reyes spoke. Reyes left early. Mr. Reyes returned.");
    assertEquals(1, p.persons().size());
    assertTrue(p.persons().get(0).roles().contains("governor"));
  }

  @Test
  void sentenceOpeningWordBeforeACommaIsNoAppositivePerson() {
    assertTrue(PEOPLE.people("Outside, a long line of buses waited in the rain.").persons().isEmpty());
    assertEquals(List.of("Holt=Oregon senator"), values(roles("Holt, the Oregon senator, voted no.")));
  }
}
