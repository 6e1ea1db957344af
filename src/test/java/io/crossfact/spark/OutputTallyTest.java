package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.crossfact.model.Article;
import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** run.json's counts and report.html's referenced articles, taken from the rows streamed into the CSV files. */
class OutputTallyTest {
  private static ArticleSummary article(String id, String path, String status, String reason, String cluster) {
    ArticleSummary s = new ArticleSummary();
    s.setArticleId(id);
    s.setPath(path);
    s.setStatus(status);
    s.setReason(reason);
    s.setCluster(cluster);
    return s;
  }

  private static Assertion assertion(String kind) {
    Assertion a = new Assertion();
    a.setKind(kind);
    return a;
  }

  private static <T> List<T> drain(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void countsTheRowsAsTheyPassUnchanged() {
    OutputStage.Tally t = new OutputStage.Tally(Set.of("b", "d"));
    ArticleSummary b1 = article("b", "/in/b1.txt", Article.OK, "", "a");
    ArticleSummary b2 = article("b", "/in/b2.txt", Article.QUARANTINED, "duplicate article_id: also in /in/b1.txt", "a");
    List<ArticleSummary> rows = List.of(
        article("a", "/in/a.txt", Article.OK, "", "a"),
        b1, b2,
        article("c", "/in/c.bin", Article.QUARANTINED, "binary content", ""),
        article("e", "/in/e.txt", Article.OK, "", "e"));
    List<ArticleSummary> seen = drain(t.articles(rows.iterator()));
    assertEquals(rows, seen, "the rows pass through unchanged, in order");
    assertEquals(5, t.articles);
    assertEquals(Map.of(Article.OK, 3L, Article.QUARANTINED, 2L), t.byStatus);
    assertEquals(Map.of("duplicate article_id", 1L, "binary content", 1L), t.quarantineReasons);
    assertEquals(Set.of("a", "e"), t.clusters, "distinct non-empty clusters: the independent texts");
    assertEquals(Set.of("b"), t.referenced.keySet(), "only referenced ids that have a row");
    assertSame(b1, t.referenced.get("b"), "the first row of an id, as articles.csv lists it");

    drain(t.assertions(List.of(assertion(Assertion.QUOTE), assertion(Assertion.FIGURE),
        assertion(Assertion.QUOTE)).iterator()));
    assertEquals(3, t.assertions);
    assertEquals(Map.of(Assertion.QUOTE, 2L, Assertion.FIGURE, 1L), t.byKind);
    drain(t.stories(List.of("s1", "s2").iterator()));
    assertEquals(2, t.stories);
  }

  @Test
  void aReasonIsCutAtItsFirstColonAsRunJsonAlwaysShowedIt() {
    assertEquals("read error", OutputStage.Tally.reasonKind("read error: /x: Input/output error"));
    assertEquals("too large", OutputStage.Tally.reasonKind("too large"));
    assertEquals("", OutputStage.Tally.reasonKind(""));
    assertEquals("", OutputStage.Tally.reasonKind(": leading colon"));
    assertEquals("null", OutputStage.Tally.reasonKind(null));
    assertFalse(OutputStage.Tally.reasonKind("line one\nline two: more").contains(":"));
  }
}
