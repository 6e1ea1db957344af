package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The event split on original reports: two title defences of one boxer against two opponents in two cities must
 * fall apart; one rehab stay told with varied wording, other witnesses and first names must not.
 */
class StorySplitterTest {
  private static final String[] OPENINGS = {"On Saturday night", "In front of a sold-out crowd",
      "After twelve hard rounds", "Late on Saturday", "In a bout watched by millions"};

  /** Reports of the champion's fight against one opponent, in one city, each worded its own way. */
  private static List<StoryProfile> fight(String prefix, String opponentFirst, String opponent, String city,
      String arena, int n) {
    return fight(prefix, opponentFirst, opponent, city, arena, "Brozny's trainer", n);
  }

  private static List<StoryProfile> fight(String prefix, String opponentFirst, String opponent, String city,
      String arena, String quoted, int n) {
    List<StoryProfile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String title = i % 2 == 0 ? "Brozny keeps his heavyweight belts" : "Champion Brozny too strong again";
      String body = OPENINGS[i % OPENINGS.length] + " in " + city + ", Wladek Brozny defended his heavyweight "
          + "titles against " + opponentFirst + " " + opponent + ". The champion knocked " + opponent
          + " down in round " + (3 + i) + " at the " + arena + ". " + opponent + " said he would fight on. " + quoted
          + " called it a clean win for the champion, who has not lost since his debut.";
      out.add(StoryProfiler.profile(prefix + i, "", title, body));
    }
    return out;
  }

  /** Reports of one rehab stay: half quote her publicist, half her manager; some say "Nora", some "Quill". */
  private static List<StoryProfile> rehab(int n) {
    List<StoryProfile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String who = i % 3 == 0 ? "Nora Quill" : "Quill";
      String witness = i < n / 2 ? "her publicist Dan Orr told reporters. Orr gave no reason"
          : "her manager Tess Ruiz said in a statement. Ruiz asked for privacy";
      String body = "The actress Nora Quill has checked into the Brightwater treatment clinic, " + witness
          + ". " + who + " starred in the comedy Sunday Lunch and was seen at a party last week. Friends of "
          + (i % 2 == 0 ? "Nora" : "Quill") + " said the stay would last a month.";
      out.add(StoryProfiler.profile("rehab" + i, "", i % 2 == 0 ? "Quill enters rehab" : "Nora Quill in clinic",
          body));
    }
    return out;
  }

  private static List<StoryVector> vectors(List<StoryProfile> profiles) {
    return new StoryGrouper(StorySettings.defaults()).vectors(profiles);
  }

  private static Set<Set<String>> partition(List<List<StoryVector>> parts) {
    Set<Set<String>> out = new java.util.HashSet<>();
    for (List<StoryVector> p : parts) {
      Set<String> ids = new TreeSet<>();
      p.forEach(v -> ids.add(v.getArticleId()));
      out.add(ids);
    }
    return out;
  }

  @Test
  void twoFightsAgainstTwoOpponentsAreTwoStories() {
    List<StoryProfile> all = new ArrayList<>(fight("hamburg", "Carl", "Tennyson", "Hamburg", "Hanse Arena", 5));
    all.addAll(fight("zurich", "Rico", "Salvatierra", "Zurich", "Lake Stadium", 4));
    List<List<StoryVector>> parts = StorySplitter.split(vectors(all));
    assertEquals(2, parts.size(), "split on the opponents and the cities");
    for (List<StoryVector> p : parts) {
      String first = p.get(0).getArticleId().replaceAll("[0-9]", "");
      p.forEach(v -> assertEquals(first, v.getArticleId().replaceAll("[0-9]", ""), "each part is one fight"));
    }
  }

  @Test
  void threeFightsFallIntoThree() {
    List<StoryProfile> all = new ArrayList<>(fight("hamburg", "Carl", "Tennyson", "Hamburg", "Hanse Arena", 5));
    all.addAll(fight("zurich", "Rico", "Salvatierra", "Zurich", "Lake Stadium", 5));
    all.addAll(fight("cardiff", "Owen", "Pritchard", "Cardiff", "Bay Hall", 5));
    assertEquals(3, StorySplitter.split(vectors(all)).size());
  }

  @Test
  void oneEventWithOtherWitnessesAndFirstNamesStaysOneStory() {
    List<List<StoryVector>> parts = StorySplitter.split(vectors(rehab(10)));
    assertEquals(1, parts.size(), "one exclusive name per group (the witness) does not split a story");
  }

  @Test
  void aFirstNameCountsAsTheSurnameItIsWrittenBefore() {
    List<TreeSet<String>> names = StorySplitter.names(vectors(rehab(6)));
    for (TreeSet<String> n : names) {
      assertTrue(n.contains("quill"), n.toString());
      assertTrue(!n.contains("nora"), "Nora is Quill: " + n);
    }
  }

  @Test
  void twoFirstNamesOfOneSurnameDoNotSplit() {
    // the same fight, half the reports spelling the opponent's first name another way and quoting another
    // cornerman: read as names of their own, the two first names and the two cornermen would be two signatures
    List<StoryProfile> all = new ArrayList<>(fight("a", "Alexandros", "Tennyson", "Hamburg", "Hanse Arena",
        "Cornerman Jo Kemp", 4));
    all.addAll(fight("b", "Alexis", "Tennyson", "Hamburg", "Hanse Arena", "Cornerman Ben Voss", 4));
    assertEquals(1, StorySplitter.split(vectors(all)).size());
  }

  @Test
  void aSmallStoryIsNeverSplit() {
    List<StoryProfile> all = new ArrayList<>(fight("hamburg", "Carl", "Tennyson", "Hamburg", "Hanse Arena", 3));
    all.addAll(fight("zurich", "Rico", "Salvatierra", "Zurich", "Lake Stadium", 2));
    assertEquals(1, StorySplitter.split(vectors(all)).size(), "five reports carry no signature to read");
  }

  @Test
  void thePartsDoNotDependOnTheOrderOfTheMembers() {
    List<StoryProfile> all = new ArrayList<>(fight("hamburg", "Carl", "Tennyson", "Hamburg", "Hanse Arena", 5));
    all.addAll(fight("zurich", "Rico", "Salvatierra", "Zurich", "Lake Stadium", 4));
    all.addAll(rehab(3));
    List<StoryVector> v = vectors(all);
    Set<Set<String>> expected = partition(StorySplitter.split(v));
    List<StoryVector> shuffled = new ArrayList<>(v);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(expected, partition(StorySplitter.split(shuffled)));
  }

  @Test
  void theGrouperSplitsAComponentWhenTheSettingsSaySo() {
    List<StoryProfile> all = new ArrayList<>(fight("hamburg", "Carl", "Tennyson", "Hamburg", "Hanse Arena", 5));
    all.addAll(fight("zurich", "Rico", "Salvatierra", "Zurich", "Lake Stadium", 4));
    List<StoryVector> v = vectors(all);
    List<StoryLink> chain = new ArrayList<>();
    for (int i = 1; i < v.size(); i++) {
      chain.add(new StoryLink(v.get(i - 1).getArticleId(), v.get(i).getArticleId(), 0.5));
    }
    Map<String, String> on = StoryGrouper.stories(v, chain, StorySettings.defaults());
    Map<String, String> off = StoryGrouper.stories(v, chain, StorySettings.defaults().withSplitEvents(false));
    assertEquals(1, new TreeSet<>(off.values()).size());
    assertEquals(2, new TreeSet<>(on.values()).size());
    assertNotEquals(on.get("hamburg0"), on.get("zurich0"));
    assertEquals("hamburg0", on.get("hamburg4"), "each part is named by its earliest member");
  }

  /**
   * Reports of a lighthouse keeper's appointment: the new keeper {@code keeper} replaces {@code before}. Each report
   * is published on {@code dates[i]} ("" for undated) and, when {@code years[i]} is not empty, writes that sentence.
   */
  private static List<StoryProfile> appointment(String prefix, String keeper, String before, String[] dates,
      String[] yearSentences) {
    String[] openings = {"The island trust has named", "Islanders learned on Friday that", "It is official:",
        "After weeks of rumours the trust picked", "A surprise choice:", "Tourists will soon meet"};
    List<StoryProfile> out = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      String body = openings[i % openings.length] + " " + keeper + " will keep the Skerry Point lighthouse, taking "
          + "over the lamp room from " + before + ". The keeper lives on the rock for months at a time. "
          + (yearSentences[i].isEmpty() ? "" : yearSentences[i] + " ") + "Locals welcomed the choice of "
          + keeper.substring(keeper.indexOf(' ') + 1) + ".";
      out.add(StoryProfiler.profile(prefix + i, dates[i], dates[i].isEmpty() ? null : "Skerry Point gets a keeper",
          body));
    }
    return out;
  }

  @Test
  void twoAppointmentsYearsApartSplitByTime() {
    // the old appointment's reports are undated; three write years of the past, two none; the new one's reports
    // are dated and name the old keeper as the one replaced: one name of its own per side, so no name split
    List<StoryProfile> all = new ArrayList<>(appointment("old", "Anka Moll", "Piet Harrow",
        new String[] {"", "", "", "", ""},
        new String[] {"The light was automated in 2003.", "Harrow had kept it since 2004.", "",
            "In March 2005 the trust bought the rock.", ""}));
    all.addAll(appointment("new", "Rua Tennick", "Anka Moll",
        new String[] {"2019-04-02", "2019-04-02", "2019-04-03", "2019-04-03", "2019-04-05"},
        new String[] {"", "", "", "", ""}));
    List<StoryVector> v = vectors(all);
    assertEquals(1, StorySplitter.split(v, StorySettings.defaults().withSplitGapDays(0)).size(),
        "no name split: one name of its own per side");
    Set<Set<String>> parts = partition(StorySplitter.split(v));
    assertEquals(Set.of(Set.of("old0", "old1", "old2", "old3", "old4"),
        Set.of("new0", "new1", "new2", "new3", "new4")), parts);
  }

  @Test
  void undatedReportsThatWriteOnlyABackgroundYearStayWithTheirEvent() {
    // one appointment: dated reports, and undated ones that only mention when the light was automated
    String[] dates = {"2019-04-02", "2019-04-02", "2019-04-03", "2019-04-03", "2019-04-05", "", "", ""};
    String[] years = {"", "", "", "", "", "The light was automated in 2003.", "It was automated in 2003.",
        "Automation came in 2003."};
    assertEquals(1, StorySplitter.split(vectors(appointment("one", "Rua Tennick", "Anka Moll", dates, years)))
        .size(), "the same names on both sides of the time gap: one event");
  }

  @Test
  void estimatesAloneNeverSplit() {
    // two appointments, every report undated: the years written are too weak to split on
    List<StoryProfile> all = new ArrayList<>(appointment("old", "Anka Moll", "Piet Harrow",
        new String[] {"", "", "", ""}, new String[] {"In 2003 it changed.", "Bought in 2004.", "Since 2004.",
            "In 2005 it changed."}));
    all.addAll(appointment("new", "Rua Tennick", "Anka Moll", new String[] {"", "", "", ""},
        new String[] {"In 2018 it changed.", "Bought in 2019.", "Since 2019.", "Repainted in 2019."}));
    assertEquals(null, StorySplitter.bisectByTime(vectors(all), 365));
  }

  @Test
  void aReportThatNeverNamesTheNewKeeperJoinsTheOldAppointment() {
    // seeds: two old reports (each quoting its own islander, no name of their own in common) and four new ones,
    // every new one naming the new keeper; the brief in question is worded like the new reports but never names
    // the new keeper, so it tells the old appointment although its words are nearer the new reports'
    String shared = " will keep the Skerry Point lighthouse from the spring, the island trust said on Friday after "
        + "a vote of its board. The keeper lives on the rock for months at a time and tends the lamp every night.";
    List<StoryProfile> ps = new ArrayList<>();
    ps.add(StoryProfiler.profile("old0", "", null, "Anka Moll was chosen for Skerry Point, said islander Fenn Oddie."));
    ps.add(StoryProfiler.profile("old1", "", null, "Anka Moll got the Skerry Point post, said ferryman Ivo Brack."));
    for (int i = 0; i < 4; i++) {
      ps.add(StoryProfiler.profile("new" + i, "", null, "Rua Tennick" + shared + " Tennick replaces Anka Moll."));
    }
    ps.add(StoryProfiler.profile("brief", "", null, "Anka Moll" + shared));
    List<StoryVector> v = vectors(ps);
    java.util.BitSet g1 = new java.util.BitSet();
    java.util.BitSet g2 = new java.util.BitSet();
    for (int i = 0; i < v.size(); i++) {
      String id = v.get(i).getArticleId();
      if (id.startsWith("old")) {
        g1.set(i);
      } else if (id.startsWith("new")) {
        g2.set(i);
      }
    }
    List<List<StoryVector>> two = StorySplitter.assignByNames(v, g1, g2);
    assertTrue(two.get(0).stream().anyMatch(x -> x.getArticleId().equals("brief")), "the brief joins the old side");
    assertEquals(3, two.get(0).size());
  }

  /**
   * Reports of one arrest of a club's player: each names him most, the club and the patrol; those of the second
   * arrest (after {@code first}) also name the first player once, in passing.
   */
  private static List<StoryProfile> arrest(String prefix, String first, String player, String earlier, int n) {
    String[] roads = {"on the coast highway", "near the harbour bridge", "outside the stadium", "on Route 9",
        "downtown"};
    List<StoryProfile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String body = "Harbor City Gulls player " + first + " " + player + " was arrested " + roads[i % roads.length]
          + " on suspicion of drunken driving, the State Patrol said. " + player + " was stopped for speeding and "
          + "failed a sobriety test. " + (earlier.isEmpty() ? "" : "The Gulls saw " + earlier + " arrested weeks ago. ")
          + player + " was released and the Gulls said they knew of the arrest. A lawyer for " + player
          + " said he would contest the charge. Officer Lina " + (i % 2 == 0 ? "Sorel" : "Mako") + " gave details.";
      out.add(StoryProfiler.profile(prefix + i, "", player + " arrested after traffic stop", body));
    }
    return out;
  }

  @Test
  void aLaterArrestThatNamesTheEarlierInPassingSplitsBySubject() {
    List<StoryProfile> all = new ArrayList<>(arrest("first", "Tom", "Vance", "", 5));
    all.addAll(arrest("second", "Ade", "Okafor", "Vance", 5));
    List<StoryVector> v = vectors(all);
    assertEquals(null, StorySplitter.bisect(v), "no two names never written together: no name split");
    Set<Set<String>> parts = partition(StorySplitter.split(v));
    assertEquals(Set.of(Set.of("first0", "first1", "first2", "first3", "first4"),
        Set.of("second0", "second1", "second2", "second3", "second4")), parts);
  }

  @Test
  void oneEventWhoseReportsLeadWithEitherSideStaysWhole() {
    // one arrest of two players in one car: every report names both, half of them lead with each
    List<StoryProfile> all = new ArrayList<>(arrest("a", "Tom", "Vance", "Okafor", 5));
    all.addAll(arrest("b", "Ade", "Okafor", "Vance", 5));
    assertEquals(null, StorySplitter.bisectByLead(vectors(all)));
    assertEquals(1, StorySplitter.split(vectors(all)).size());
  }

  @Test
  void aSubjectMissingFromTooFewReportsDoesNotSplit() {
    // the second arrest's reports are two of nine: fewer than a quarter of the story and three reports
    List<StoryProfile> all = new ArrayList<>(arrest("first", "Tom", "Vance", "", 7));
    all.addAll(arrest("second", "Ade", "Okafor", "Vance", 2));
    assertEquals(null, StorySplitter.bisectByLead(vectors(all)));
  }

  @Test
  void aReportWhoseNamesTieHasNoLead() {
    StoryProfile p = StoryProfiler.profile("tie", "", null,
        "Tom Vance met Ade Okafor. Vance and Okafor spoke. Vance left, then Okafor left.");
    assertEquals("", StoryWeigher.lead(p));
    StoryProfile q = StoryProfiler.profile("one", "", null,
        "Tom Vance met Ade Okafor. Vance spoke first. Vance left, and Okafor stayed.");
    assertEquals("vance", StoryWeigher.lead(q));
  }
}
