package io.crossfact.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.crossfact.compare.ExpertScorer;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.ExpertInserter.Insertion;
import io.crossfact.eval.ExpertTemplates.Template;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invented-expert layout, rendered into an original host article, goes through the check job's extraction and
 * expert scoring (mentioned nowhere else) and comes out a suspect_expert; the host's own speaker never does.
 */
class ExpertLayoutsTest {
  /**
   * Layouts whose quotes the extraction does not yet give anyone, skipped (not passed) until it does. Empty: the
   * last one, a transcript speaker line carrying a title and an institution ("Dr. X, Senior Fellow, Institute for
   * Y: ..."), is read since the transcript reader learned speaker lines with a role.
   */
  static final Set<String> AWAITING_EXTRACTION = Set.of();

  private static final CrossfactConfig CONFIG = CrossfactConfig.load(
      Path.of(System.getProperty("crossfact.repo", ".")).resolve("conf/crossfact.properties"), Map.of());
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(CONFIG);

  static Stream<String> layouts() {
    return ExpertTemplates.load().stream().map(Template::id);
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void eachLayoutIsFlaggedAndTheHostSpeakerIsNot(String id) {
    assumeFalse(AWAITING_EXTRACTION.contains(id), id + " waits for transcript lines with a role");
    ExpertInserter inserter = new ExpertInserter(ExpertTemplates.pools(), CONFIG.lexicons().genericNames());
    for (int seed = 1; seed <= 3; seed++) {
      Insertion ins = inserter.insert("host", ExpertInserterTest.HOST, ExpertInserterTest.template(id),
          new Random(seed), new HashSet<>());
      List<Finding> fs = score(ins.text());
      boolean found = false;
      for (Finding f : fs) {
        assertTrue(ExpertEval.isInserted(f, ins), id + ": the host's speaker was flagged: " + f.getSubject());
        found |= ExpertEval.sameSurname(f.getSubject(), ins.expert());
      }
      assertTrue(found, id + " seed " + seed + ": " + ins.expert() + " not flagged in\n" + ins.text() + "\n" + fs);
    }
  }

  static List<Finding> score(String text) {
    Article a = DocumentReader.read("host.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
    List<Assertion> people = new ArrayList<>();
    for (Assertion s : EXTRACTOR.extract(a)) {
      if (Assertion.QUOTE.equals(s.getKind()) || Assertion.ROLE.equals(s.getKind()) && !s.getSubject().isEmpty()) {
        s.setCluster("host");
        people.add(s);
      }
    }
    return new ExpertScorer(CONFIG).score(a.getMarkers(), people, name -> 1);
  }

  @ParameterizedTest
  @MethodSource("realExperts")
  void realExpertsQuotedOnceStayUnflagged(String paragraph) {
    assertEquals(List.of(), score(ExpertInserterTest.HOST + "\n\n" + paragraph));
  }

  static Stream<String> realExperts() {
    return Stream.of(
        "“Fares rose 14 percent after the 2019 fuel surcharge, and ridership on the Lakeport line fell by a fifth,”"
            + " said Dr. Ines Vaupel, a transport economist at the University of Eastbrook.",
        "Dr. Ines Vaupel, director of the Eastbrook College Institute for Transit Studies, said the board “has"
            + " never once published its maintenance ledger.”",
        "“The Harbor Act of 1988 caps any increase at the rate of inflation,” said Professor Adel Mansour of"
            + " Northfield Law School.",
        "Adel Mansour, a maritime analyst, said the fare plan “can do real damage to island businesses.”");
  }
}
