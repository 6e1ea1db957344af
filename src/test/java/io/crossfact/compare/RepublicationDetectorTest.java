package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepublicationDetectorTest {
  private static final MinHasher HASHER = new MinHasher(64, 16, 5);
  private static final String BODY = "Flood waters rose through the river town overnight, forcing hundreds of families"
      + " from their homes as emergency crews worked to shore up the levee along the eastern bank. The mayor said the"
      + " shelters at the high school and the community center were full by midnight and asked residents on higher"
      + " ground to take in neighbours until the water recedes later this week.";
  private static final String OTHER = "The city council approved a new budget on Monday that adds funding for parks,"
      + " libraries and road repairs while holding property taxes flat for a third straight year, after a long"
      + " debate about the cost of the new transit line and the future of the downtown arena.";

  private final RepublicationDetector detector = new RepublicationDetector(Fx.defaults());

  private static ArticleDigest digest(String id, String published, String body, String cluster) {
    Article a = new Article();
    a.setArticleId(id);
    a.setSource("Source " + id);
    a.setUrl("https://example.org/" + id);
    a.setPublished(published);
    a.setTitle("Title of " + id);
    a.setText(body);
    a.setBody(body);
    return ArticleDigest.of(a, HASHER.signature(body), body.split("\\s+").length, cluster, "", "");
  }

  @Test
  void copyPublishedLongAfterTheOriginalIsStaleWithTheLaterCopyOnSideA() {
    List<Finding> fs = detector.compare(List.of(digest("new", "2025-03-01", BODY + " Updated.", "c1"),
        digest("orig", "2024-03-01", BODY, "c1")));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.STALE_REPUBLICATION, f.getType());
    assertEquals("new", f.getArticleA());
    assertEquals("orig", f.getArticleB());
    assertEquals("orig", f.getSubject());
    assertEquals("2025-03-01", f.getPublishedA());
    assertTrue(f.getSignals().startsWith("age-days=365;"), f.getSignals());
    assertTrue(f.getExplanation().contains("published 365 days earlier (2024-03-01, Source orig)"),
        f.getExplanation());
    assertTrue(f.getEvidenceA().startsWith("Title of new — Flood waters"), f.getEvidenceA());
    assertEquals(Finding.stableId(Finding.STALE_REPUBLICATION, "orig", "new", "orig"), f.getId());
  }

  @Test
  void olderAndMoreExactCopiesScoreHigher() {
    double young = detector.compare(List.of(digest("new", "2024-09-01", BODY, "c1"),
        digest("orig", "2024-03-01", BODY, "c1"))).get(0).getScore();
    double old = detector.compare(List.of(digest("new", "2026-09-01", BODY, "c1"),
        digest("orig", "2024-03-01", BODY, "c1"))).get(0).getScore();
    assertTrue(old > young, old + " vs " + young);
  }

  @Test
  void copyWithinTheMinimumAgeIsNotStale() {
    assertEquals(List.of(), detector.compare(List.of(digest("new", "2024-05-01", BODY, "c1"),
        digest("orig", "2024-03-01", BODY, "c1"))));
  }

  @Test
  void undatedMembersNeverProduceFindings() {
    assertEquals(List.of(), detector.compare(List.of(digest("new", "", BODY, "c1"),
        digest("orig", "2020-03-01", BODY, "c1"))));
    assertEquals(List.of(), detector.compare(List.of(digest("new", "2025-03-01", BODY, "c1"),
        digest("orig", "", BODY, "c1"))));
  }

  @Test
  void dissimilarCandidateIsNotACopy() {
    assertEquals(List.of(), detector.compare(List.of(digest("new", "2025-03-01", OTHER, "c1"),
        digest("orig", "2024-03-01", BODY, "c1"))));
  }

  @Test
  void everyLateReprintPointsAtTheEarliestOriginal() {
    List<Finding> fs = detector.compare(List.of(digest("r1", "2024-10-01", BODY, "c1"),
        digest("r2", "2025-01-01", BODY, "c1"), digest("orig", "2024-01-01", BODY, "c1"),
        digest("early", "2024-01-05", BODY, "c1")));
    assertEquals(2, fs.size(), Fx.render(fs));
    for (Finding f : fs) {
      assertEquals("orig", f.getArticleB());
    }
  }

  @Test
  void oldLatestEventDateIsSilentByDefault() {
    ArticleDigest d = digest("solo", "2025-06-01", BODY, "c9");
    d.setLatestEventDate("2023-01-10");
    d.setLatestEventText("The levee failed on Jan. 10, 2023.");
    assertEquals(List.of(), detector.compare(List.of(d)));
  }

  @Test
  void oldLatestEventDateIsALowSingleSidedClue() {
    ArticleDigest d = digest("solo", "2025-06-01", BODY, "c9");
    d.setLatestEventDate("2023-01-10");
    d.setLatestEventText("The levee failed on Jan. 10, 2023.");
    List<Finding> fs = new RepublicationDetector(Fx.with(java.util.Map.of("republication.reportTextDates", "1")))
        .compare(List.of(d));
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals("", f.getArticleB());
    assertEquals("", f.getSourceB());
    assertEquals(Finding.LOW, f.getSeverity());
    assertEquals("The levee failed on Jan. 10, 2023.", f.getEvidenceA());
    assertTrue(f.getExplanation().contains("latest date it mentions is 2023-01-10"), f.getExplanation());
  }

  @Test
  void recentEventDateIsNoClue() {
    ArticleDigest d = digest("solo", "2025-06-01", BODY, "c9");
    d.setLatestEventDate("2025-05-30");
    assertEquals(List.of(), detector.compare(List.of(d)));
  }

  @Test
  void articleWithACopyFindingGetsNoSecondEventDateFinding() {
    ArticleDigest late = digest("new", "2025-03-01", BODY, "c1");
    late.setLatestEventDate("2024-02-27");
    List<Finding> fs = detector.compare(List.of(late, digest("orig", "2024-03-01", BODY, "c1")));
    assertEquals(1, fs.size());
    assertEquals("orig", fs.get(0).getArticleB());
  }

  @Test
  void shuffledInputGivesIdenticalFindings() {
    List<ArticleDigest> in = new ArrayList<>(List.of(digest("r1", "2024-10-01", BODY, "c1"),
        digest("r2", "2025-01-01", BODY, "c1"), digest("orig", "2024-01-01", BODY, "c1"),
        digest("b", "2025-01-01", OTHER, "c1"), digest("a", "2024-01-01", OTHER, "c1")));
    String expected = Fx.render(detector.compare(in));
    assertEquals(3, expected.split("\n").length, expected);
    for (List<ArticleDigest> s : Fx.shuffles(in)) {
      assertEquals(expected, Fx.render(detector.compare(s)));
    }
  }

  @Test
  void latestEventDateIgnoresThePublicationDate() {
    Assertion pub = date("published", "2025-06-01", 0);
    Assertion e1 = date("event", "2023-01-10", 40);
    Assertion e2 = date("event", "2023-04-02", 90);
    Assertion e3 = date("event", "2023-04-02", 20);
    assertEquals(e3, RepublicationDetector.latestEventDate(List.of(pub, e1, e2, e3)));
    assertNull(RepublicationDetector.latestEventDate(List.of(pub)));
  }

  private static Assertion date(String predicate, String iso, int start) {
    Assertion a = new Assertion();
    a.setKind(Assertion.DATE);
    a.setPredicate(predicate);
    a.setValue(iso);
    a.setStart(start);
    return a;
  }

  @Test
  void digestLeadIsCutOnAWordBoundary() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      b.append("word").append(i).append(' ');
    }
    ArticleDigest d = digest("x", "2024-01-01", b.toString(), "c");
    assertTrue(d.getLead().length() <= ArticleDigest.LEAD_CHARS + 1, d.getLead());
    assertTrue(d.getLead().endsWith("…"));
    assertTrue(d.getLead().matches("(word\\d+ )+word\\d+…"), d.getLead());
  }
}
