package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken or foreign rows next to good ones: the comparers skip what they cannot read and still find the rest. */
class BadInputTest {

  @Test
  void emptyGroupsGiveNoFindings() {
    assertEquals(List.of(), new QuoteComparer(Fx.defaults()).compare(List.of()));
    assertEquals(List.of(), new FigureComparer(Fx.defaults()).compare(List.of()));
    assertEquals(List.of(), new RoleComparer(Fx.defaults()).compare(List.of()));
    assertEquals(List.of(), new RepublicationDetector(Fx.defaults()).compare(List.of()));
    assertEquals(List.of(), new ExpertScorer(Fx.defaults()).score("", List.of(), n -> 0));
  }

  @Test
  void unreadableFigureIsSkippedAndTheRestStillConflicts() {
    Assertion junk = Fx.exact("x1", "2024-03-02", "cx", "Ohio", "2023", "Ohio saw 1,500 overdose deaths in 2023.",
        "1,500", 1500);
    junk.setValue("one thousand five hundred");
    Assertion wrongKind = Fx.exact("x2", "2024-03-02", "cy", "Ohio", "2023", "Ohio saw 9,000 deaths in 2023.",
        "9,000", 9000);
    wrongKind.setKind(Assertion.QUOTE);
    List<Finding> fs = new FigureComparer(Fx.defaults()).compare(List.of(junk, wrongKind,
        Fx.exact("a1", "2024-03-01", "c1", "Ohio", "2023", "Ohio recorded 1,200 overdose deaths in 2023.", "1,200",
            1200),
        Fx.exact("a2", "2024-03-04", "c2", "Ohio", "2023", "Officials said 1,800 people died in Ohio in 2023.",
            "1,800", 1800)));
    assertEquals(1, fs.size(), Fx.render(fs));
    assertEquals("a2", fs.get(0).getArticleA());
  }

  @Test
  void figureWithOffsetsOutsideItsSentenceIsStatedFromItsValue() {
    Assertion a = Fx.figure("a1", "2024-03-01", "c1", "overdose_deaths", "overdose deaths", "Ohio", "2023",
        "Ohio recorded about 1,200 overdose deaths in 2023.", "about 1,200", 1200, "about", 1080, 1320, "people");
    a.setStart(5);
    a.setEnd(9);
    List<Finding> fs = new FigureComparer(Fx.defaults()).compare(List.of(a,
        Fx.exact("a2", "2024-03-04", "c2", "Ohio", "2023", "Officials said 1,800 people died in Ohio in 2023.",
            "1,800", 1800)));
    assertEquals("about 1,200 people", fs.get(0).getValueB());
  }

  @Test
  void blankRolesAndSpeakerlessQuotesAreIgnored() {
    assertEquals(List.of(), new RoleComparer(Fx.defaults()).compare(List.of(
        Fx.role("a1", "2024-05-01", "Jane Holt", "  "), Fx.role("a2", "2024-05-02", "", "Sen."),
        Fx.role("a3", "2024-05-02", "Jane Holt", "said on Tuesday"),
        Fx.role("a4", "2024-05-03", "Jane Holt", "spoke at length"))));
  }

  @Test
  void digestWithoutSignatureIsNeverACopy() {
    ArticleDigest a = new ArticleDigest();
    a.setArticleId("a");
    a.setPublished("2020-01-01");
    ArticleDigest b = new ArticleDigest();
    b.setArticleId("b");
    b.setPublished("2024-01-01");
    b.setSignature(null);
    assertTrue(new RepublicationDetector(Fx.defaults()).compare(List.of(a, b)).isEmpty());
  }

  @Test
  void malformedDatesCountAsUndated() {
    ArticleDigest d = new ArticleDigest();
    d.setArticleId("a");
    d.setPublished("June 2024");
    d.setLatestEventDate("2020-01-01");
    assertEquals(List.of(), new RepublicationDetector(Fx.defaults()).compare(List.of(d)));
  }
}
