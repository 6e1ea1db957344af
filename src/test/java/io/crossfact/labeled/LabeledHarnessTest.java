package io.crossfact.labeled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The in-memory harness reproduces the job's required findings on the repository's example articles. */
class LabeledHarnessTest {

  static final CrossfactConfig CONFIG = CrossfactConfig.load(Path.of("conf/crossfact.properties"), Map.of());

  @Test
  void examplesGiveTheRequiredFindings() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      for (Path p : files.sorted().toList()) {
        articles.addAll(DocumentReader.read(p.toString(), Files.readAllBytes(p)));
      }
    }
    LabeledHarness.Result r = new LabeledHarness(CONFIG).run(articles);
    assertEquals(20, r.articles().stream().filter(Article::isOk).count());
    assertEquals("ke-drought-reprint", r.clusters().get("ke-drought-reuters"));
    assertEquals("vt-overdoses-wire", r.clusters().get("vt-overdoses-wire-copy"));
    assertTrue(has(r, Finding.FIGURE_CONFLICT, "vt-overdoses-ledger"), r.findings().toString());
    assertTrue(has(r, Finding.FIGURE_DRIFT, "ke-drought-reprint"), r.findings().toString());
    assertTrue(has(r, Finding.QUOTE_DRIFT, "vt-overdoses-ledger"), r.findings().toString());
    assertTrue(has(r, Finding.QUOTE_DRIFT, "ke-drought-observer"), r.findings().toString());
    assertTrue(has(r, Finding.QUOTE_MISATTRIBUTION, "nne-2024-0320-levesque"), r.findings().toString());
    assertTrue(has(r, Finding.ROLE_CONFLICT, "nne-2024-0322-briefs"), r.findings().toString());
    assertTrue(has(r, Finding.ROLE_CONFLICT, "ke-drought-observer"), r.findings().toString());
    assertTrue(has(r, Finding.STALE_REPUBLICATION, "vt-treatment-beds-repost"), r.findings().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.getType().equals(Finding.SUSPECT_EXPERT)
        && f.getSubject().equals("Sarah Johnson")), r.findings().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.getType().equals(Finding.SUSPECT_EXPERT)
        && f.getSubject().equals("Michael Thompson")), r.findings().toString());
    // the content-farm interview: a glued title, a period before the closing mark, a transcript
    for (String expert : List.of("Paul Varnholt", "Helen Brask", "Nina Okoro")) {
      assertTrue(r.findings().stream().anyMatch(f -> f.getType().equals(Finding.SUSPECT_EXPERT)
          && f.getSubject().equals(expert) && f.getArticleA().equals("farm-trade-talks-interview")),
          expert + ": " + r.findings());
    }
  }

  @Test
  void inputsWithoutFilesRunTheSamePipeline() {
    String text = "MONTPELIER, Vt. \u2014 Sen. Jane Holt, a Vermont Democrat, spoke on Monday. \u201cCongress will not "
        + "cut funding for rural recovery centers this year,\u201d Holt said.";
    String other = "BURLINGTON \u2014 At a news conference on Monday, Sen. Jane Holt told reporters: \"Congress will "
        + "cut funding for rural recovery centers this year.\"";
    LabeledHarness.Result r = new LabeledHarness(CONFIG).runInputs(List.of(
        new LabeledHarness.Input("a", "Brattleboro Sentinel", "2024-03-12", text),
        new LabeledHarness.Input("b", "Burlington Ledger", "2024-03-14", other)));
    assertTrue(r.types().contains(Finding.QUOTE_DRIFT), r.findings().toString());
  }

  private static boolean has(LabeledHarness.Result r, String type, String article) {
    return r.findings().stream().anyMatch(f -> f.getType().equals(type)
        && (f.getArticleA().equals(article) || f.getArticleB().equals(article)));
  }
}
