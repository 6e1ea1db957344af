package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stale republication from evidence inside the copy cluster: captions, datelines, titles that had ended. */
class StaleEvidenceTest {
  private static final CrossfactConfig CONFIG = CrossfactConfig.defaults();
  private static final MinHasher HASHER = new MinHasher(64, 16, 5);
  private final RepublicationDetector detector = new RepublicationDetector(CONFIG);

  private static final String WIRE = "Harbor workers in the port city walked off the job after talks on pay and"
      + " night shifts broke down, leaving dozens of container ships waiting offshore. Union leaders said the strike"
      + " would continue until the port authority returned to the table with a written offer on overtime.\n"
      + "Dock workers march past the container terminal on March 3, 2022. (Photo/Lena Sorvik)\n"
      + "The port handles a third of the region's imports, and shippers warned that shelves could thin within weeks"
      + " if the dispute dragged on through the spring.";

  private static ArticleDigest digest(String id, String published, String body) {
    Article a = new Article();
    a.setArticleId(id);
    a.setSource("Source " + id);
    a.setUrl("https://example.org/" + id);
    a.setPublished(published);
    a.setTitle("Port strike");
    a.setText(body);
    a.setBody(body);
    a.setStatus(Article.OK);
    List<Assertion> own = new ArrayList<>(new ArticleExtractor(CONFIG).extract(a));
    ArticleDigest d = ArticleDigest.of(a, HASHER.signature(body), body.split("\\s+").length, "c1", "", "");
    d.setLooksBack(DateEvidence.looksBack(body));
    d.setLatestExplicitDate(DateEvidence.latestExplicit(own, published));
    d.setDateEvidence(DateEvidence.of(own, published, CONFIG.lexicons().rosterIndex()));
    return d;
  }

  @Test
  void anUndatedOriginalsPhotoCaptionDatesTheLaterCopy() {
    ArticleDigest original = digest("wire", "", WIRE);
    assertTrue(original.getDateEvidence().startsWith("caption\t2022-03-03\t"), original.getDateEvidence());
    ArticleDigest copy = digest("spam", "2024-09-30", "Date:2024-09-30\nTuesday\n" + WIRE.replace(
        "\nDock workers march past the container terminal on March 3, 2022. (Photo/Lena Sorvik)\n", "\n"));
    List<Finding> fs = detector.compare(List.of(original, copy));
    assertEquals(1, fs.size(), Fx.render(fs));
    Finding f = fs.get(0);
    assertEquals(Finding.STALE_REPUBLICATION, f.getType());
    assertEquals("spam", f.getArticleA());
    assertEquals("wire", f.getArticleB(), "the evidence is in the undated original");
    assertTrue(f.getSignals().startsWith("evidence=caption;evidence-date=2022-03-03;age-days=942;in-copy=1"),
        f.getSignals());
    assertTrue(f.getExplanation().contains("a photo caption dated 2022-03-03"), f.getExplanation());
  }

  @Test
  void aDatelineDatesItsOwnText() {
    String body = "OSLO, June 4, 2022 \u2013 " + WIRE.substring(0, WIRE.indexOf('\n'));
    ArticleDigest d = digest("late", "2024-06-10", body);
    assertTrue(d.getDateEvidence().startsWith("dateline\t2022-06-04\t"), d.getDateEvidence());
    List<Finding> fs = detector.compare(List.of(d));
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().startsWith("evidence=dateline"), fs.get(0).getSignals());
  }

  @Test
  void aTitleThatHadEndedDatesTheText() {
    // Kevin McCarthy was Speaker from 2023-01-07 to 2023-10-03 (roster, from public-domain House records)
    String body = "House Speaker Kevin McCarthy said the chamber would vote on the spending bill before the weekend,"
        + " as members from both parties returned to the capital for a short session.";
    ArticleDigest d = digest("page", "2024-09-30", body);
    assertTrue(d.getDateEvidence().startsWith("role\t2023-10-03\t"), d.getDateEvidence());
    List<Finding> fs = detector.compare(List.of(d));
    assertEquals(1, fs.size(), Fx.render(fs));
    assertTrue(fs.get(0).getSignals().startsWith("evidence=role;evidence-date=2023-10-03"), fs.get(0).getSignals());
    // while he held the post the same words date nothing
    assertEquals("", digest("page", "2023-05-02", body).getDateEvidence());
    // "former" places the title in the past
    assertEquals("", digest("page", "2024-09-30", body.replace("House Speaker", "Former House Speaker"))
        .getDateEvidence());
  }

  @Test
  void aPersonPicturedInRunningTextIsNoCaption() {
    // a 2013 trial story recalling the 2011 shooting: "(pictured)" is running text, not a photo credit
    String body = "The footage shows the 34-year-old victim (pictured) walking her children home on October 21, 2011,"
        + " in the neighborhood where the trial opened this week.";
    assertEquals("", digest("trial", "2013-04-12", body).getDateEvidence());
  }

  @Test
  void aPresidentNamedInPastNarrativeDatesNothing() {
    // presidents keep the title for life, and narrative names them: "signed by President X" is no evidence
    String body = "The governor pointed to the law's origins in federal legislation signed by President Barack Obama"
        + " and said the state would defend it in court.";
    assertEquals("", digest("page", "2019-02-15", body).getDateEvidence());
  }

  @Test
  void aRetrospectiveRecallingAnOldDateIsNotStale() {
    // a 2016 article that recalls 2012: it states a date after the caption's, and says it looks back
    String body = "Four years ago, on March 3, 2012, the harbor workers walked off the job. Protesters at the gates on"
        + " March 3, 2012. (Photo/Lena Sorvik)\nOn February 20, 2016, the union signed a new contract, and its"
        + " leaders said the strike had changed how the port negotiates with its workers.";
    assertEquals(List.of(), detector.compare(List.of(digest("retro", "2016-03-03", body))));
    String noCue = body.replace("Four years ago, on", "On");
    assertEquals(List.of(), detector.compare(List.of(digest("retro", "2016-03-03", noCue))),
        "a later explicit date shows the text was written after the caption's date");
  }

  @Test
  void aCaptionWithinTheMinimumAgeIsNotStale() {
    assertEquals(List.of(), detector.compare(List.of(digest("wire", "", WIRE), digest("copy", "2022-04-01", WIRE))));
  }
}
