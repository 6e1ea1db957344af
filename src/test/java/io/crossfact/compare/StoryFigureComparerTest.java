package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.extract.FigureExtractor;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryFigureComparerTest {
  private static final CrossfactConfig CONFIG = CrossfactConfig.defaults();
  private static final FigureExtractor EXTRACTOR = new FigureExtractor(CONFIG);
  private static final StoryFigureComparer COMPARER = new StoryFigureComparer(CONFIG);

  /** The figures of one report of story "s1" with the given class (as the y| group of CompareStage holds them). */
  private static List<Assertion> report(String id, String source, String published, String text, String cls) {
    Article a = new Article();
    a.setArticleId(id);
    a.setSource(source);
    a.setPublished(published);
    a.setText(text);
    a.setBody(text);
    List<Assertion> out = new ArrayList<>();
    for (Assertion f : EXTRACTOR.extract(a)) {
      f.setStory("s1");
      f.setCluster(id);
      if ((cls == null || f.getMetricClass().equals(cls)) && f.getEvent().isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  private static String summary(List<Finding> fs) {
    return fs.stream().map(f -> f.getType() + " " + f.getArticleA() + "/" + f.getArticleB() + " " + f.getValueA()
        + " vs " + f.getValueB()).collect(Collectors.joining("\n"));
  }

  @Test
  void sameDayTollsThatDisagreeConflictAndALaterDayIsDriftWithTheTimeline() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("a1", "wire.example", "2022-05-10",
        "A landslide buried part of the village on Tuesday, killing at least two people, police said.", "deaths"));
    g.addAll(report("a2", "daily.example", "2022-05-10",
        "The landslide killed at least nine people, the disaster agency said.", "deaths"));
    g.addAll(report("a3", "herald.example", "2022-05-11",
        "Rescuers said the confirmed death toll from the landslide had risen to 23.", "deaths"));
    List<Finding> fs = COMPARER.compare(g);
    assertEquals(2, fs.size(), summary(fs));
    Finding conflict = fs.stream().filter(f -> f.getType().equals(Finding.FIGURE_CONFLICT)).findFirst().orElseThrow();
    Finding drift = fs.stream().filter(f -> f.getType().equals(Finding.FIGURE_DRIFT)).findFirst().orElseThrow();
    assertTrue(conflict.getScore() > drift.getScore(), "a same-day conflict ranks above drift");
    assertTrue(conflict.getExplanation().contains("attributed to police"), conflict.getExplanation());
    assertTrue(drift.getExplanation().contains("Timeline:") && drift.getExplanation().contains("23"),
        drift.getExplanation());
  }

  @Test
  void compatibleLowerBoundsAndUnitConversionsAreNoFinding() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("b1", "one.example", "2022-05-10", "More than 600 people have been killed so far.", "deaths"));
    g.addAll(report("b2", "two.example", "2022-05-10", "More than 640 people have been killed since May.", "deaths"));
    assertEquals(0, COMPARER.compare(g).size());
    List<Assertion> d = new ArrayList<>();
    d.addAll(report("c1", "one.example", "2022-05-10", "Anna Korhonen, 30, fell about 300 metres into the gorge.",
        "distance"));
    d.addAll(report("c2", "two.example", "2022-05-11", "Anna Korhonen fell about 1,000 feet into the gorge.",
        "distance"));
    assertEquals(0, COMPARER.compare(d).size(), summary(COMPARER.compare(d)));
  }

  @Test
  void agesStatedYearsApartAreNeverCompared() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("d1", "one.example", "2019-02-01", "Prosecutors said Dmitri Volkov, 22, fired first.", "age"));
    g.addAll(report("d2", "two.example", "2021-06-01", "Dmitri Volkov, 24, was sentenced on Monday.", "age"));
    assertEquals(0, COMPARER.compare(g).size());
    g.addAll(report("d3", "three.example", "2021-06-02", "Dmitri Volkov, 26, was sentenced on Monday.", "age"));
    assertEquals(1, COMPARER.compare(g).size(), "two ages of one week disagree");
  }

  /** The person-bound figures of one report of story "s1" (the "person|" group of CompareStage). */
  private static List<Assertion> person(String id, String published, String text) {
    List<Assertion> out = new ArrayList<>();
    for (Assertion f : report(id, id + ".example", published, text, null)) {
      if (StoryFigureComparer.groupKey(f).equals("person|")) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<Assertion> all(String id, String published, String text) {
    return report(id, id + ".example", published, text, null);
  }

  @Test
  void aLowerBoundAgreesWithALargerStatedCountButTwoLeadLowerBoundsDisagree() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("e1", "one.example", "2022-05-10", "The storm injured at least five people in the port.",
        "injuries"));
    g.addAll(report("e2", "two.example", "2022-05-10", "The storm injured around 50 people in the port.",
        "injuries"));
    assertEquals(0, COMPARER.compare(g).size(), summary(COMPARER.compare(g)));
    List<Assertion> d = new ArrayList<>();
    d.addAll(report("f1", "one.example", "2022-05-10", "A storm hit the port on Monday, killing at least one person.",
        "deaths"));
    d.addAll(report("f2", "two.example", "2022-05-10", "A storm hit the port on Monday, killing at least six people.",
        "deaths"));
    assertEquals(1, COMPARER.compare(d).size(), "two headline lower bounds of one day disagree");
  }

  @Test
  void lowerBoundsOfIncidentsFarFromTheLeadAreNoConflict() {
    String filler = "Crowds gathered in the square on Friday evening after the announcement was made. ".repeat(6);
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("g1", "one.example", "2022-05-10", filler + "Rioters attacked a bus, injuring at least two people.",
        "injuries"));
    g.addAll(report("g2", "two.example", "2022-05-10", filler + "The riots have left at least 70 people injured.",
        "injuries"));
    assertEquals(0, COMPARER.compare(g).size(), summary(COMPARER.compare(g)));
  }

  @Test
  void theReferenceIsTheCountMostReportsStateAndAReportRestatingItIsNoConflict() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("h1", "one.example", "", "Strikes on shelters and homes killed more than 50 people. "
        + "Medics said more than 40 people died at the shelter.", "deaths"));
    g.addAll(report("h2", "two.example", "", "The strike on the shelter left 40 people dead.", "deaths"));
    g.addAll(report("h3", "three.example", "", "The strike on the shelter killed 40 people.", "deaths"));
    g.addAll(report("h4", "four.example", "", "Some 30 people were killed at the shelter, the agency said.",
        "deaths"));
    List<Finding> fs = COMPARER.compare(g);
    assertEquals(1, fs.size(), summary(fs));
    assertTrue(fs.get(0).getValueA().contains("30") || fs.get(0).getValueB().contains("30"), summary(fs));
    assertTrue(fs.get(0).getValueA().equals("40") || fs.get(0).getValueB().equals("40"), summary(fs));
  }

  @Test
  void countsAHundredfoldApartAreDifferentThingsNotOneCount() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("i1", "one.example", "2022-05-10", "The bombing killed 12 people, an official said.", "deaths"));
    g.addAll(report("i2", "two.example", "2022-05-10", "Some 2 million people died in the long civil war.",
        "deaths"));
    assertEquals(0, COMPARER.compare(g).size(), summary(COMPARER.compare(g)));
  }

  @Test
  void anUnnamedPersonIsTheOneTheStoryNamesWithThatAgeAndSpellingVariantsAreOnePerson() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(person("j1", "2022-05-10", "Duncan Holt died on Friday. On Friday, 36-year-old Duncan Holt died after "
        + "falling about 60 metres from a ridge."));
    g.addAll(person("j2", "2022-05-10", "Duncan Holte died on Friday. On Friday, 36-year-old Duncan Holte died after "
        + "falling about 60 metres from a ridge."));
    g.addAll(person("j3", "2022-05-11", "A 36-year-old Australian climber died after falling 150 metres at the "
        + "peak."));
    List<Finding> fs = COMPARER.compare(g);
    assertEquals(1, fs.size(), summary(fs));
    assertTrue(fs.get(0).getKey().startsWith("distance|holt|"), fs.get(0).getKey());
    assertTrue(FigureSubjects.oneLetterApart("holt", "holte") && !FigureSubjects.oneLetterApart("holt", "bolt")
        && !FigureSubjects.oneLetterApart("lee", "leo"));
  }

  @Test
  void exactTalliesDisagreeByOneAndUndatedAgesAreNotCompared() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(person("k1", "2022-05-10", "Robert Kline, 32, fell while climbing."));
    g.addAll(person("k2", "2022-05-10", "Robert Kline, 31, fell while climbing."));
    assertEquals(1, COMPARER.compare(g).size(), "31 vs 32 on one day");
    List<Assertion> u = new ArrayList<>();
    u.addAll(person("k3", "", "Robert Kline, 32, fell while climbing."));
    u.addAll(person("k4", "", "Robert Kline, 31, fell while climbing."));
    assertEquals(0, COMPARER.compare(u).size(), "an age without a date holds for no known time");
  }

  @Test
  void recordsAndCareerTotalsOfOneGameDisagreeButRecordsOfOtherTimesDoNot() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(person("l1", "", "Ivan Petrov, 41-2, 30 KOs, beat Sam Lee in the fifth round."));
    g.addAll(person("l2", "", "The 30-year-old Petrov (40-2, 29 KOs) beat Sam Lee."));
    assertEquals(1, COMPARER.compare(g).size(), summary(COMPARER.compare(g)));
    List<Assertion> r = new ArrayList<>();
    r.addAll(person("l3", "", "The Owls lost a home season in which the Jaguars went 2-6. The Jaguars lost."));
    r.addAll(person("l4", "", "The Jaguars (5-10) opened the scoring."));
    assertEquals(0, COMPARER.compare(r).size(), "records after 8 and 15 games are other times of a season");
    List<Assertion> c = new ArrayList<>();
    c.addAll(person("l5", "", "Ana Moreno now has 1,802 career points as a Wildcat."));
    c.addAll(person("l6", "", "Ana Moreno finished with 18 points and now has 1,803 for her career."));
    assertEquals(1, COMPARER.compare(c).size(), summary(COMPARER.compare(c)));
  }

  @Test
  void aConversionInOneSentenceIsOneSumButDamageAHundredfoldApartConflicts() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("m1", "one.example", "", "Damage to the hall was estimated at $US1 million ($1.52 million), "
        + "officials said.", "money"));
    g.addAll(report("m2", "two.example", "", "Damage to the hall was estimated at $1 million.", "money"));
    assertEquals(0, COMPARER.compare(g).size(), summary(COMPARER.compare(g)));
    List<Assertion> d = new ArrayList<>();
    d.addAll(report("m3", "one.example", "", "Property damage is an estimated $2 million.", "money"));
    d.addAll(report("m4", "two.example", "", "A week of riots caused 200 million euros ($265.3 million) of damage.",
        "money"));
    assertEquals(1, COMPARER.compare(d).size(), summary(COMPARER.compare(d)));
  }

  @Test
  void aFallStatedInFeetAndOneInMetresDisagreeBeyondTheApproximation() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(person("n1", "2022-05-10", "Mark Ellery, 32, fell about 2,000 feet while climbing to the hut."));
    g.addAll(person("n2", "2022-05-11", "Mark Ellery, 32, slipped on ice and fell 700 meters to his death."));
    List<Finding> fs = COMPARER.compare(g);
    assertEquals(1, fs.size(), summary(fs));
    assertTrue(fs.get(0).getSubject().contains("feet") || fs.get(0).getSubject().contains("meters"),
        fs.get(0).getSubject());
  }

  @Test
  void aSubgroupOrTheOthersOfAGroupAreNoTollOfTheirOwn() {
    List<Assertion> g = new ArrayList<>();
    g.addAll(report("o1", "one.example", "2022-05-10", "Five Canadians died in the ambush on the convoy.", "deaths"));
    g.addAll(report("o2", "two.example", "2022-05-10", "The film shows the three drivers killed in the ambush.",
        "deaths"));
    g.addAll(report("o3", "three.example", "2022-05-10", "The ambush left Captain Ruth Ames and four other Canadians "
        + "dead.", "deaths"));
    assertEquals(0, COMPARER.compare(g).size(), summary(COMPARER.compare(g)));
    g.addAll(report("o4", "four.example", "2022-05-10", "Nine people died in the ambush on the convoy.", "deaths"));
    assertEquals(1, COMPARER.compare(g).size(), "a nationality counts the whole toll: five vs nine");
  }
}
