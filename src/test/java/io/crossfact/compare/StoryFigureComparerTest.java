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
      if (f.getMetricClass().equals(cls) && f.getEvent().isEmpty()) {
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
}
