package io.crossfact.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.perturb.GoldSpans;
import io.crossfact.eval.perturb.Perturbation;
import io.crossfact.eval.perturb.Perturbations;
import io.crossfact.eval.perturb.Perturbed;
import io.crossfact.extract.QuoteExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessEvalTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(CrossfactConfig.defaults());

  private static Path fixture() throws Exception {
    return Path.of(RobustnessEvalTest.class.getResource("/quotes/polnear-mini").toURI());
  }

  /** Turns every quote mark into a space: no quote is left to find, so this one must fail the bar. */
  private static final Perturbation NO_MARKS = new Perturbation() {
    @Override
    public String name() {
      return "no-marks";
    }

    @Override
    public String description() {
      return "quote marks blanked";
    }

    @Override
    public Perturbed apply(String text, GoldSpans gold, long seed) {
      Perturbed.Builder b = new Perturbed.Builder(text);
      for (int i = 0; i < text.length(); i++) {
        if ("\"\u201C\u201D".indexOf(text.charAt(i)) >= 0) {
          b.replace(i, i + 1, " ");
        }
      }
      return b.build();
    }
  };

  @Test
  void cleanTextScoresAsEvalQuotesDoesAndABreakingPerturbationFails() throws Exception {
    RobustnessEval.Report report = RobustnessEval.run(fixture(), EXTRACTOR, List.of(NO_MARKS), 13, Map.of());
    Result clean = report.clean().result();
    Result plain = PolnearEval.evaluate(fixture(), EXTRACTOR);
    assertEquals(plain.recall(), clean.recall(), 1e-9);
    assertEquals(plain.precision(), clean.precision(), 1e-9);
    assertEquals(plain.speakerAccuracy("named"), clean.speakerAccuracy("named"), 1e-9);
    RobustnessEval.Row broken = report.rows().get(0);
    assertEquals(0.0, broken.result().recall(), 1e-9);
    assertFalse(report.passes(broken));
    assertEquals(4, broken.newErrors().size());
    String out = RobustnessEval.format(report);
    assertTrue(out.contains("no-marks") && out.contains("FAIL") && out.contains("0 of 1 perturbations pass"), out);
    String misses = RobustnessEval.newMisses(report);
    assertEquals(4, misses.lines().count());
    assertTrue(misses.startsWith("no-marks\tmissed-"), misses);
    assertTrue(misses.contains("\twas-right\tharbour @"), misses);
  }

  @Test
  void meaningPreservingPerturbationsKeepTheMiniCorpusWhole() throws Exception {
    List<Perturbation> ps = Perturbations.select(List.of("straight-quote-marks", "curly-quote-marks",
        "title-added", "inserted-widgets", "no-space-after-comma"));
    RobustnessEval.Report report = RobustnessEval.run(fixture(), EXTRACTOR, ps, 13, Map.of());
    for (RobustnessEval.Row r : report.rows()) {
      assertEquals(4, r.result().gold(), r.name());
      assertTrue(report.passes(r), r.name() + "\n" + RobustnessEval.format(report));
    }
    // the same seed gives the same report
    assertEquals(RobustnessEval.format(report).replaceAll("\\d+\\.\\d s", ""),
        RobustnessEval.format(RobustnessEval.run(fixture(), EXTRACTOR, ps, 13, Map.of())));
  }

  @Test
  void textInsertedIntoAnArticleIsAFalsePositiveWhenReadAsAQuote() throws Exception {
    // a perturbation that inserts a line of quoted text: whatever is extracted from it is wrong
    Perturbation insertsQuote = new Perturbation() {
      @Override
      public String name() {
        return "inserted-quote";
      }

      @Override
      public String description() {
        return "";
      }

      @Override
      public Perturbed apply(String text, GoldSpans gold, long seed) {
        return new Perturbed.Builder(text).insert(text.indexOf("Union leader"),
            "\u201CThis line was never in the article at all,\u201D a reader wrote.\n\n").build();
      }
    };
    RobustnessEval.Row r = RobustnessEval.run(fixture(), EXTRACTOR, List.of(insertsQuote), 1, Map.of()).rows().get(0);
    assertEquals(1, r.newFalsePositives().size());
    assertEquals(4, r.result().matched());
  }

  @Test
  void examplesAreComparedWithWhatTheirCleanTextGives(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Harbour Works Resume\n\nPort director Ana Ruiz spoke on Monday."
        + " \u201CWe will reopen the north dock before the end of June,\u201D Ruiz said.\n\n"
        + "\u201CThe cranes are finally repaired and tested,\u201D she added.\n");
    ExampleInvariance.Report r = ExampleInvariance.run(dir, EXTRACTOR,
        Perturbations.select(List.of("straight-quote-marks", "inserted-widgets")), 13);
    assertEquals(1, r.articles());
    assertEquals(2, r.quotes());
    for (ExampleInvariance.Row row : r.rows()) {
      assertEquals(2, row.kept(), row.name());
      assertEquals(2, row.sameSpeaker(), row.name());
      assertEquals(0, row.extra(), row.name());
    }
    assertTrue(ExampleInvariance.format(r).contains("straight-quote-marks"));
    assertEquals("", ExampleInvariance.changes(r));
  }
}
