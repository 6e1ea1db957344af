package io.crossfact.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterTest {
  /** The name key with its patterns compiled once reads as the String.replaceAll chain it replaced. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Sen. John McCain Jr.", "Dr.Jane Roe", "President  Barack Obama",
      "mr. o\u2019neill, III", "Governor Jerry Brown", "Nancy Pelosi", "", "  Rep.   Paul Ryan  ", "senator",
      "George W. Bush Sr.", "MRS. SMITH, IV", "Gov. Chris Christie ii", "Ms.", "Dr. Dre"})
  void nameKeysReadAsBefore(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replaceAll("[.,]", " ");
    n = n.replaceAll("\\s+", " ").trim();
    n = n.replaceAll("^(mr|mrs|ms|dr|sen|rep|gov|president|senator|governor) ", "");
    n = n.replaceAll(" (jr|sr|ii|iii|iv)$", "");
    assertEquals(n, Roster.nameKey(name), name);
  }

  private static Roster of(String rows) throws IOException {
    return Roster.read(new ByteArrayInputStream(("name,role,jurisdiction,start,end,party,aliases,known_until\n" + rows)
        .getBytes(StandardCharsets.UTF_8)));
  }

  private static final String ROWS = String.join("\n",
      "Mara Velde,Representative,Oregon,2009-01-03,2019-01-03,Democrat,Mara J. Velde,2026-06-15",
      "Mara Velde,Speaker of the House,United States,2015-01-06,2019-01-03,Democrat,Mara J. Velde,2026-06-15",
      "Mara Velde,Senator,Oregon,2019-01-03,,Democrat,Mara J. Velde,2026-06-15",
      "Thomas Brandt,Governor,Ohio,2003-01-13,2011-01-10,Republican,Tom Brandt|Thomas Lee Brandt,2021-05-12",
      "Alan Brandt,President,United States,1993-01-20,2001-01-20,Republican,,2026-06-15",
      "");

  @Test
  void heldAnswersYesNoAndUnknownByDate() throws IOException {
    Roster r = of(ROWS);
    assertEquals(Roster.Answer.YES, r.held("Mara Velde", "speaker", "2016-03-01"));
    assertEquals(Roster.Answer.NO, r.held("Mara Velde", "speaker", "2024-09-30"));
    assertEquals(Roster.Answer.YES, r.held("Sen. Mara J. Velde", "senator", "2024-09-30"));
    assertEquals(Roster.Answer.UNKNOWN, r.held("Jane Holt", "senator", "2024-09-30"), "not in the roster");
    // the governors' source is known only to 2021-05-12: a later date is not a "no"
    assertEquals(Roster.Answer.NO, r.held("Tom Brandt", "governor", "2015-01-01"));
    assertEquals(Roster.Answer.UNKNOWN, r.held("Tom Brandt", "governor", "2023-01-01"));
    assertEquals(Roster.Answer.YES, r.held("Tom Brandt", "governor", "2008"), "a year works as a date");
  }

  @Test
  void whoHeldAnOfficeOnADate() throws IOException {
    Roster r = of(ROWS);
    List<Roster.Term> speakers = r.holders("speaker", "", "2017-05-01");
    assertEquals(1, speakers.size());
    assertEquals("Mara Velde", speakers.get(0).name);
    assertEquals(List.of(), r.holders("governor", "Ohio", "2012-01-01"));
    assertEquals("Thomas Brandt", r.holders("governor", "ohio", "2004-06-01").get(0).name);
  }

  @Test
  void whatOfficesAPersonHeldWhen() throws IOException {
    Roster r = of(ROWS);
    assertEquals(2, r.officesOn("Mara Velde", "2016-01-01").size(), "representative and Speaker at once");
    assertEquals("senator", r.officesOn("Mara Velde", "2020-01-01").get(0).office);
    assertEquals(3, r.termsOf("mara j. velde").size());
    assertEquals(1, r.termsIn("Mara Velde", "speaker").size());
  }

  @Test
  void namesakesAreOthersWithTheSurnameInThatOffice() throws IOException {
    Roster r = of(ROWS);
    // "President Brandt" said of the governor is as likely the president of that surname
    assertEquals("Alan Brandt", r.namesakesIn("Tom Brandt", "president", "").get(0).name);
    assertEquals(List.of(), r.namesakesIn("Alan Brandt", "president", ""));
  }

  @Test
  void officeClassesReadHowNewsWritesTitles() {
    assertEquals("speaker", Roster.officeOf("House Speaker"));
    assertEquals("speaker", Roster.officeOf("Speaker of the House"));
    assertEquals("", Roster.officeOf("Assistant Speaker of the House"));
    assertEquals("senator", Roster.officeOf("Illinois Sen."));
    assertEquals("senator", Roster.officeOf("Sen."));
    assertEquals("representative", Roster.officeOf("Rep."));
    assertEquals("representative", Roster.officeOf("congresswoman"));
    assertEquals("state_senator", Roster.officeOf("state Sen."));
    assertEquals("governor", Roster.officeOf("former Florida governor"));
    assertEquals("governor", Roster.officeOf("Gov."));
    assertEquals("lieutenant_governor", Roster.officeOf("Lt. Gov."));
    assertEquals("vice_president", Roster.officeOf("Vice President"));
    assertEquals("president", Roster.officeOf("President"));
    assertEquals("president", Roster.officeOf("President of the United States"));
    assertEquals("president of the atlantic council", Roster.officeOf("president of the Atlantic Council"));
    assertEquals("senate_majority_leader", Roster.officeOf("Senate Majority Leader"));
    assertEquals("majority_leader", Roster.officeOf("majority leader"));
    assertTrue(Roster.sameOffice("senate_majority_leader", "majority_leader"));
    assertFalse(Roster.sameOffice("majority_leader", "senate_majority_leader"));
    assertEquals("", Roster.officeOf("Senate Republican Conference Chair"));
    assertEquals("", Roster.officeOf("vocal critic of the president"));
    assertEquals("", Roster.officeOf("an aide to the senator"));
  }

  @Test
  void userEntriesLieOnTopOfTheBundledRoster() {
    Lexicons lex = new Lexicons(Map.of(), java.util.Set.of(), List.of(), Map.of(),
        List.of(new Lexicons.RosterEntry("Jane Holt", "Chief Constable", "Northshire", "2020-01-01", "")), true);
    Roster r = lex.rosterIndex();
    assertEquals(Roster.Answer.YES, r.held("Jane Holt", "chief constable", "2024-01-01"));
    assertTrue(r.size() > 1000, "the bundled roster is loaded: " + r.size());
    // from the bundled roster (unitedstates/congress-legislators, CC0)
    assertEquals(Roster.Answer.YES, r.held("Nancy Pelosi", "speaker", "2020-06-01"));
    assertEquals(Roster.Answer.NO, r.held("Nancy Pelosi", "speaker", "2024-06-01"));
    assertEquals(Roster.Answer.YES, r.held("Mike Pence", "vice_president", "2018-01-01"));
    assertEquals(Roster.Answer.YES, r.held("Mike Huckabee", "governor", "2000-01-01"));
    assertEquals(Roster.Answer.NO, r.held("Mike Huckabee", "governor", "2015-05-05"));
    assertEquals(Roster.Answer.NO, new Lexicons(Map.of(), java.util.Set.of(), List.of(), Map.of(), List.of(), true)
        .rosterIndex().held("Kevin McCarthy", "speaker", "2024-09-30"));
  }
}
