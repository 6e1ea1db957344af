package io.crossfact.eval;

import io.crossfact.eval.PolnearEval.ArticleGold;
import io.crossfact.eval.Result.Outcome;
import io.crossfact.eval.perturb.GoldSpans;
import io.crossfact.eval.perturb.OffsetMap;
import io.crossfact.eval.perturb.Perturbation;
import io.crossfact.eval.perturb.Perturbed;
import io.crossfact.extract.QuoteExtractor;
import io.crossfact.ingest.BoilerplateBlanker;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The robustness harness on PolNeAR (CheckList invariance tests, Ribeiro et al. 2020): each perturbation of the
 * catalogue is applied to every annotated article, the gold is carried into the perturbed text through the offset
 * map, and the perturbed text is scored exactly as {@link PolnearEval} scores clean text. Articles are read the way
 * {@code check} reads a {@code .txt} file (boilerplate blanked in place by {@link BoilerplateBlanker}), so inserted
 * widgets meet the same blanking they would in a run.
 *
 * <p>The bar (issue 13): no perturbation lowers quote recall or named-speaker accuracy by more than
 * {@link #MAX_DROP} absolute against the clean text.
 */
public final class RobustnessEval {
  public static final double MAX_DROP = 0.01;

  private RobustnessEval() {}

  /** One annotated article: id, clean text and its gold. */
  record Sample(String id, String text, ArticleGold gold) {}

  /**
   * One line of the report. {@code newErrors}: gold quotes that were right (or only had the wrong speaker) on clean
   * text and are missed or wrongly attributed in the perturbed one; {@code newFalsePositives}: false positives with
   * no clean counterpart.
   */
  public record Row(String name, String description, int sites, int articlesChanged, Result result,
      List<Outcome> newErrors, List<Outcome> newFalsePositives, double seconds) {}

  /** The clean line and one line per perturbation. */
  public record Report(Row clean, List<Row> rows) {
    public boolean passes(Row r) {
      return drop(clean.result().recall(), r.result().recall()) <= MAX_DROP
          && drop(clean.result().speakerAccuracy("named"), r.result().speakerAccuracy("named")) <= MAX_DROP;
    }

    public int passing() {
      int n = 0;
      for (Row r : rows) {
        n += passes(r) ? 1 : 0;
      }
      return n;
    }
  }

  private static double drop(double before, double after) {
    return before - after - 1e-9;
  }

  /** Reads the annotated articles of a PolNeAR folder. */
  static List<Sample> samples(Path polnearDir) {
    List<Sample> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : PolnearEval.annotations(polnearDir).entrySet()) {
      Path txt = polnearDir.resolve("text").resolve(e.getKey() + ".txt");
      if (Files.isRegularFile(txt)) {
        String text = PolnearEval.read(txt);
        out.add(new Sample(e.getKey(), text, ArticleGold.of(text, BratDocument.parse(PolnearEval.read(e.getValue())))));
      }
    }
    return out;
  }

  /** An article as {@code check} builds it from a text file: the text, and a body with boilerplate blanked. */
  static Article asRead(String id, String text) {
    Article a = PolnearEval.article(id, text);
    a.setBody(BoilerplateBlanker.blank(text).body());
    return a;
  }

  /** The seed of one perturbation on one article: fixed by the run's seed, the perturbation and the article. */
  static long seedOf(long seed, String perturbation, String articleId) {
    return (seed * 1_000_003L + perturbation.hashCode()) * 1_000_003L + articleId.hashCode();
  }

  public static Report run(Path polnearDir, QuoteExtractor ex, List<Perturbation> perturbations, long seed,
      Map<String, Map<Integer, PolnearEval.Referent>> referents) {
    List<Sample> samples = samples(polnearDir);
    long t0 = System.nanoTime();
    Result clean = new Result();
    clean.referents = referents;
    List<List<Outcome>> cleanFps = new ArrayList<>();
    for (Sample s : samples) {
      int before = clean.falsePositives().size();
      PolnearEval.scoreArticle(s.id(), s.text(), s.gold(), ex.extract(asRead(s.id(), s.text())), clean);
      cleanFps.add(List.copyOf(clean.falsePositives().subList(before, clean.falsePositives().size())));
    }
    Row cleanRow = new Row("clean", "the text as it is", 0, 0, clean, List.of(), List.of(), seconds(t0));
    List<Row> rows = new ArrayList<>();
    for (Perturbation p : perturbations) {
      rows.add(runOne(p, samples, ex, seed, referents, clean, cleanFps));
    }
    return new Report(cleanRow, rows);
  }

  private static Row runOne(Perturbation p, List<Sample> samples, QuoteExtractor ex, long seed,
      Map<String, Map<Integer, PolnearEval.Referent>> referents, Result clean, List<List<Outcome>> cleanFps) {
    long t0 = System.nanoTime();
    Result r = new Result();
    r.referents = referents;
    int sites = 0;
    int changed = 0;
    List<Outcome> newFps = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      GoldSpans anchors = s.gold().anchors();
      Perturbed pt = p.apply(s.text(), anchors, seedOf(seed, p.name(), s.id()));
      sites += pt.sites();
      changed += pt.sites() > 0 ? 1 : 0;
      List<Assertion> extracted = ex.extract(asRead(s.id(), pt.text()));
      int before = r.falsePositives().size();
      PolnearEval.scoreArticle(s.id(), pt.text(), s.gold().mapped(pt), extracted, r);
      PolnearEval.scoreInserted(s.id(), pt.text(), pt, extracted, r);
      for (Outcome fp : r.falsePositives().subList(before, r.falsePositives().size())) {
        if (!hasCounterpart(fp, cleanFps.get(i), pt.offsets())) {
          newFps.add(fp);
        }
      }
    }
    return new Row(p.name(), p.description(), sites, changed, r, newErrors(clean, r), newFps, seconds(t0));
  }

  private static boolean hasCounterpart(Outcome fp, List<Outcome> cleanFps, OffsetMap m) {
    for (Outcome c : cleanFps) {
      int s = m.start(c.start());
      int e = m.end(c.end());
      if (s < fp.end() && fp.start() < e) {
        return true;
      }
    }
    return false;
  }

  /** Gold quotes whose outcome got worse than on clean text, in article and offset order. */
  static List<Outcome> newErrors(Result clean, Result perturbed) {
    List<Outcome> out = new ArrayList<>();
    for (Map.Entry<String, Outcome> e : perturbed.outcomes().entrySet()) {
      Outcome was = clean.outcomes().get(e.getKey());
      if (was != null && e.getValue().severity() > was.severity()) {
        out.add(e.getValue());
      }
    }
    out.sort((a, b) -> a.id().equals(b.id()) ? Integer.compare(a.start(), b.start()) : a.id().compareTo(b.id()));
    return out;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The report as printed: a header, the clean line, one line per perturbation, the verdict. */
  public static String format(Report report) {
    StringBuilder b = new StringBuilder();
    Result c = report.clean().result();
    b.append(String.format(Locale.ROOT, "%d articles, %d gold quotes (named speakers %d, pronoun %d); bar: a drop"
        + " of at most %.2f in quote recall and in named-speaker accuracy%n", c.articles(), c.gold(),
        c.speakerCount("named"), c.speakerCount("pronoun"), MAX_DROP));
    b.append(String.format(Locale.ROOT, "%-28s %6s %6s %8s %6s %8s %6s %8s %6s %8s %5s %5s  %s%n", "perturbation",
        "sites", "recall", "delta", "prec.", "delta", "named", "delta", "pron.", "delta", "new-e", "new-fp",
        "bar"));
    b.append(line(report.clean(), c, null));
    for (Row r : report.rows()) {
      b.append(line(r, c, report.passes(r) ? "PASS" : "FAIL"));
    }
    b.append(String.format(Locale.ROOT, "%d of %d perturbations pass%n", report.passing(), report.rows().size()));
    return b.toString();
  }

  private static String line(Row row, Result clean, String verdict) {
    Result r = row.result();
    boolean isClean = verdict == null;
    return String.format(Locale.ROOT, "%-28s %6d %6.3f %8s %6.3f %8s %6.3f %8s %6.3f %8s %5s %5s  %s%n",
        row.name(), row.sites(), r.recall(), isClean ? "" : delta(r.recall() - clean.recall()), r.precision(),
        isClean ? "" : delta(r.precision() - clean.precision()), r.speakerAccuracy("named"),
        isClean ? "" : delta(r.speakerAccuracy("named") - clean.speakerAccuracy("named")),
        r.speakerAccuracy("pronoun"),
        isClean ? "" : delta(r.speakerAccuracy("pronoun") - clean.speakerAccuracy("pronoun")),
        isClean ? "" : Integer.toString(row.newErrors().size()),
        isClean ? "" : Integer.toString(row.newFalsePositives().size()), isClean ? "" : verdict);
  }

  private static String delta(double d) {
    return String.format(Locale.ROOT, "%+.3f", Math.abs(d) < 5e-4 ? 0.0 : d);
  }

  /** Every new error and new false positive of every perturbation, one a line: perturbation, category, example. */
  public static String newMisses(Report report) {
    StringBuilder b = new StringBuilder();
    for (Row r : report.rows()) {
      for (Outcome o : r.newErrors()) {
        Outcome was = report.clean().result().outcomes().get(o.id() + "\t" + o.start());
        b.append(r.name()).append('\t').append(o.category()).append('\t')
            .append(was == null || was.category().isEmpty() ? "was-right" : "was-" + was.category()).append('\t')
            .append(o.example()).append('\n');
      }
      for (Outcome o : r.newFalsePositives()) {
        b.append(r.name()).append('\t').append(o.category()).append('\t').append("new").append('\t')
            .append(o.example()).append('\n');
      }
    }
    return b.toString();
  }
}
