package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories on original reports: one event from two outlets, two similar events years apart, a background mention. */
class StoryGrouperTest {
  private static StoryProfile p(String id, String date, String title, String body) {
    return StoryProfiler.profile(id, date, title, body);
  }

  /** Unrelated reports, so document frequencies look like a real archive's. */
  private static List<StoryProfile> background() {
    List<StoryProfile> out = new ArrayList<>();
    out.add(p("bg-budget", "2021-03-02", "Council passes city budget",
        "The Harlow city council approved a budget of 40 million dollars on Monday after a long debate about road "
            + "repairs and library hours. Mayor Ines Okafor said the plan keeps taxes flat."));
    out.add(p("bg-football", "2021-03-03", "Rovers win derby",
        "Brennock Rovers beat their neighbours two goals to one on Saturday. Striker Tomas Ruane scored twice "
            + "in the second half before a crowd of twelve thousand."));
    out.add(p("bg-school", "2021-03-04", "New school opens",
        "A primary school opened in Dunmore on Tuesday with 300 pupils. The principal, Aoife Brandt, thanked "
            + "parents who raised money for the playground."));
    out.add(p("bg-storm", "2021-03-05", "Storm closes ferry",
        "High winds cancelled the ferry between Carrow and Inish Beg on Thursday. The harbour master said "
            + "crossings should resume at the weekend."));
    return out;
  }

  private static final String QUAKE_2019_A = "A magnitude 6.1 earthquake struck Kestral province on Tuesday, "
      + "collapsing houses in the town of Vard and killing at least four people, the provincial disaster agency "
      + "said. Rescuers searched the rubble of a market in Vard through the night. Governor Pell Aramis said "
      + "field hospitals were set up near the Vard river bridge.";
  private static final String QUAKE_2019_B = "Four people died when a strong earthquake shook Kestral province "
      + "on Tuesday and brought down houses in Vard, officials said. Governor Pell Aramis told reporters that "
      + "rescuers were digging through the collapsed market in Vard and that field hospitals had opened.";
  private static final String QUAKE_2023 = "An earthquake of magnitude 5.8 hit Kestral province on Sunday, "
      + "damaging a dam near the village of Osterling and injuring nine people, the disaster agency said. "
      + "Governor Mira Toller ordered residents below the Osterling dam to leave while engineers inspected it.";

  @Test
  void twoOutletsReportingOneEventShareAStory() {
    List<StoryProfile> all = background();
    all.add(p("quake-wire", "2019-06-04", "Quake kills four in Kestral province", QUAKE_2019_A));
    all.add(p("quake-daily", "2019-06-05", "Earthquake in Vard: four dead", QUAKE_2019_B));
    Map<String, String> s = new StoryGrouper(StorySettings.defaults()).group(all);
    assertEquals(s.get("quake-wire"), s.get("quake-daily"));
    assertEquals("quake-wire", s.get("quake-daily"), "the story is named by its earliest report");
    assertEquals("bg-budget", s.get("bg-budget"));
  }

  @Test
  void twoEarthquakesInOneProvinceYearsApartAreTwoStories() {
    List<StoryProfile> all = background();
    all.add(p("quake-wire", "2019-06-04", "Quake kills four in Kestral province", QUAKE_2019_A));
    all.add(p("quake-daily", "2019-06-05", "Earthquake in Vard: four dead", QUAKE_2019_B));
    all.add(p("quake-2023", "2023-09-10", "Earthquake damages dam in Kestral province", QUAKE_2023));
    Map<String, String> s = new StoryGrouper(StorySettings.defaults()).group(all);
    assertEquals(s.get("quake-wire"), s.get("quake-daily"));
    assertNotEquals(s.get("quake-wire"), s.get("quake-2023"));
  }

  @Test
  void twoRehabStaysOfTwoActressesAreTwoStoriesEvenUndated() {
    List<StoryProfile> all = background();
    all.add(p("rehab-a1", "", "", "Actress Dana Whitlow has checked into the Serenity Ridge treatment center, "
        + "her publicist Carl Imber said on Friday. Whitlow, 29, asked for privacy for her family."));
    all.add(p("rehab-a2", "", "", "Dana Whitlow entered Serenity Ridge for treatment this week, publicist Carl "
        + "Imber confirmed, adding that the actress was grateful for the support of her fans."));
    all.add(p("rehab-b1", "", "", "Singer and actress Noor Vasquez checked into the Harbor Light rehabilitation "
        + "clinic for a 60-day stay ordered by a judge after a driving conviction, her lawyer Ellis Grant said."));
    all.add(p("rehab-b2", "", "", "Noor Vasquez began a court-ordered 60-day stay at Harbor Light rehabilitation "
        + "clinic on Thursday, lawyer Ellis Grant told reporters, after her reckless driving conviction."));
    Map<String, String> s = new StoryGrouper(StorySettings.defaults()).group(all);
    assertEquals(s.get("rehab-a1"), s.get("rehab-a2"));
    assertEquals(s.get("rehab-b1"), s.get("rehab-b2"));
    assertNotEquals(s.get("rehab-a1"), s.get("rehab-b1"));
  }

  @Test
  void aBackgroundMentionOfAnOlderEventDoesNotMergeTheStories() {
    List<StoryProfile> all = background();
    all.add(p("quake-wire", "2019-06-04", "Quake kills four in Kestral province", QUAKE_2019_A));
    all.add(p("quake-daily", "2019-06-05", "Earthquake in Vard: four dead", QUAKE_2019_B));
    all.add(p("dam-2023-a", "2023-09-10", "Earthquake damages dam in Kestral province", QUAKE_2023
        + " The province is still rebuilding after the 2019 earthquake that killed four people in Vard."));
    all.add(p("dam-2023-b", "2023-09-11", "Osterling evacuated after quake cracks dam", "Engineers found cracks in "
        + "the Osterling dam a day after Sunday's earthquake in Kestral province, and Governor Mira Toller kept "
        + "the evacuation order in place. Nine people were injured."));
    Map<String, String> s = new StoryGrouper(StorySettings.defaults()).group(all);
    assertEquals(s.get("dam-2023-a"), s.get("dam-2023-b"));
    assertEquals(s.get("quake-wire"), s.get("quake-daily"));
    assertNotEquals(s.get("quake-wire"), s.get("dam-2023-a"));
  }

  @Test
  void aShortBriefWithOtherWordsStillJoinsTheStoryOfItsEvent() {
    List<StoryProfile> all = background();
    all.add(p("climb-1", "2020-02-15", "Climber dies on Mount Ferrin",
        "A 41-year-old climber from Leeds died after falling about 300 metres on Mount Ferrin on Saturday, "
            + "police said. Sergeant Ola Brink said the man had been climbing the north ridge with a friend, who "
            + "raised the alarm. A rescue helicopter recovered the body from the Ferrin glacier on Sunday."));
    all.add(p("climb-2", "2020-02-15", "Leeds man killed in fall on Mount Ferrin",
        "A climber from Leeds was killed in a fall of about 300 metres on the north ridge of Mount Ferrin, "
            + "Sergeant Ola Brink told reporters. His climbing partner raised the alarm and a helicopter crew "
            + "recovered the body from the glacier."));
    all.add(p("climb-3", "2020-02-16", "Ferrin ridge fall: body recovered",
        "Police recovered the body of a Leeds climber from the Ferrin glacier after his fall from the north "
            + "ridge. Sergeant Ola Brink said the ridge is icy this month."));
    all.add(p("climb-brief", "2020-02-16", "",
        "Briton dies in mountain accident: the Englishman plunged from Ferrin's ridge on the weekend."));
    Map<String, String> s = new StoryGrouper(StorySettings.defaults().withOrphanLinks(true)).group(all);
    assertEquals(s.get("climb-1"), s.get("climb-2"));
    assertEquals(s.get("climb-1"), s.get("climb-3"));
    assertEquals(s.get("climb-1"), s.get("climb-brief"), "the brief shares few words, but its best match is here");
    assertEquals("bg-budget", s.get("bg-budget"), "unrelated reports stay alone");
  }

  @Test
  void storyIdsDoNotDependOnInputOrder() {
    List<StoryProfile> all = background();
    all.add(p("quake-wire", "2019-06-04", "Quake kills four in Kestral province", QUAKE_2019_A));
    all.add(p("quake-daily", "2019-06-05", "Earthquake in Vard: four dead", QUAKE_2019_B));
    List<StoryProfile> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    StoryGrouper g = new StoryGrouper(StorySettings.defaults());
    assertEquals(g.group(all), g.group(reversed));
  }

  @Test
  void labelNamesTheStoryByItsNamesAndTerms() {
    List<StoryProfile> all = background();
    all.add(p("quake-wire", "2019-06-04", "Quake kills four in Kestral province", QUAKE_2019_A));
    all.add(p("quake-daily", "2019-06-05", "Earthquake in Vard: four dead", QUAKE_2019_B));
    StoryGrouper g = new StoryGrouper(StorySettings.defaults());
    List<StoryVector> v = g.vectors(all);
    List<StoryVector> quake = new ArrayList<>();
    v.stream().filter(x -> x.getArticleId().startsWith("quake")).forEach(quake::add);
    StorySummary s = StorySummary.of("quake-wire", quake);
    assertTrue(s.getLabel().contains("vard"), s.getLabel());
    assertEquals("2019-06-04", s.getFirst());
    assertEquals("2019-06-05", s.getLast());
    assertEquals("quake-daily quake-wire", s.getArticleIds());
  }
}
