package io.crossfact.eval;

import io.crossfact.eval.perturb.GoldSpans;
import io.crossfact.eval.perturb.OffsetMap;
import io.crossfact.eval.perturb.Perturbation;
import io.crossfact.eval.perturb.Perturbed;
import io.crossfact.extract.QuoteExtractor;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Invariance on articles without gold (the bundled examples, or any folder {@code check} reads): what the clean
 * text gives is the reference, and each perturbation should give the same quotes from the same speakers. A quote is
 * kept when an extracted quote of the perturbed text covers half of it (or it covers half of that one); its speaker
 * is the same when the canonical speakers' last words agree.
 */
public final class ExampleInvariance {
  private ExampleInvariance() {}

  record Doc(String id, String text, List<Assertion> quotes, GoldSpans anchors) {}

  /** One perturbation: quotes of the clean text kept, kept with the same speaker, and new quotes. */
  public record Row(String name, int sites, int quotes, int kept, int sameSpeaker, int extra, List<String> changes) {}

  public record Report(int articles, int quotes, List<Row> rows) {}

  public static Report run(Path dir, QuoteExtractor ex, List<Perturbation> perturbations, long seed) {
    List<Doc> docs = new ArrayList<>();
    int quotes = 0;
    for (Article a : read(dir)) {
      List<Assertion> qs = quotes(ex.extract(RobustnessEval.asRead(a.getArticleId(), a.getText())));
      docs.add(new Doc(a.getArticleId(), a.getText(), qs, anchors(a.getText(), qs)));
      quotes += qs.size();
    }
    List<Row> rows = new ArrayList<>();
    for (Perturbation p : perturbations) {
      int sites = 0;
      int kept = 0;
      int same = 0;
      int extra = 0;
      List<String> changes = new ArrayList<>();
      for (Doc d : docs) {
        Perturbed pt = p.apply(d.text(), d.anchors(), RobustnessEval.seedOf(seed, p.name(), d.id()));
        sites += pt.sites();
        List<Assertion> after = quotes(ex.extract(RobustnessEval.asRead(d.id(), pt.text())));
        OffsetMap m = pt.offsets();
        boolean[] matched = new boolean[after.size()];
        for (Assertion q : d.quotes()) {
          int s = m.start(q.getStart());
          int e = Math.max(s, m.end(q.getEnd()));
          int best = -1;
          int bestOverlap = 0;
          for (int i = 0; i < after.size(); i++) {
            int ov = Math.min(e, after.get(i).getEnd()) - Math.max(s, after.get(i).getStart());
            if (ov > bestOverlap) {
              best = i;
              bestOverlap = ov;
            }
          }
          Assertion b = best < 0 ? null : after.get(best);
          if (b == null || bestOverlap * 2 < e - s && bestOverlap * 2 < b.getEnd() - b.getStart()) {
            changes.add(p.name() + "\tlost-quote\t" + d.id() + " @" + s + " [" + q.getSubject() + "] "
                + context(pt.text(), s, e));
            continue;
          }
          kept++;
          matched[best] = true;
          if (lastWord(q.getSubject()).equals(lastWord(b.getSubject()))) {
            same++;
          } else {
            changes.add(p.name() + "\tchanged-speaker\t" + d.id() + " @" + s + " [" + q.getSubject() + " => "
                + b.getSubject() + "] " + context(pt.text(), s, e));
          }
        }
        for (int i = 0; i < after.size(); i++) {
          if (!matched[i]) {
            extra++;
            Assertion b = after.get(i);
            changes.add(p.name() + "\tnew-quote\t" + d.id() + " @" + b.getStart() + " [" + b.getSubject() + "] "
                + context(pt.text(), b.getStart(), b.getEnd()));
          }
        }
      }
      rows.add(new Row(p.name(), sites, quotes, kept, same, extra, changes));
    }
    return new Report(docs.size(), quotes, rows);
  }

  /** The readable articles of a folder, read as {@code check} reads them, in path order. */
  static List<Article> read(Path dir) {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        for (Article a : DocumentReader.read(p.toString(), Files.readAllBytes(p))) {
          if (Article.OK.equals(a.getStatus()) && !a.getText().isBlank()) {
            out.add(a);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return out;
  }

  private static List<Assertion> quotes(List<Assertion> all) {
    List<Assertion> out = new ArrayList<>();
    for (Assertion a : all) {
      if (Assertion.QUOTE.equals(a.getKind())) {
        out.add(a);
      }
    }
    return out;
  }

  /** The clean quotes stay whole; every written occurrence of a clean speaker's name is a mention to rewrite. */
  static GoldSpans anchors(String text, List<Assertion> quotes) {
    List<int[]> keep = new ArrayList<>();
    List<int[]> speakers = new ArrayList<>();
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Assertion q : quotes) {
      keep.add(new int[] {q.getStart(), q.getEnd()});
      if (q.getSubject().contains(" ")) {
        names.add(q.getSubject());
      }
    }
    for (String n : names) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(text);
      while (m.find()) {
        speakers.add(new int[] {m.start(), m.end()});
      }
    }
    speakers.sort((a, b) -> Integer.compare(a[0], b[0]));
    return new GoldSpans(keep, speakers);
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return parts[parts.length - 1].replaceAll("['\u2019]s$", "");
  }

  private static String context(String text, int s, int e) {
    int from = Math.max(0, s - 80);
    int to = Math.min(text.length(), Math.min(e, s + 160) + 40);
    return text.substring(from, to).replace('\n', '/');
  }

  public static String format(Report r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d articles, %d quotes extracted from the clean text%n", r.articles(),
        r.quotes()));
    b.append(String.format(Locale.ROOT, "%-28s %6s %8s %8s %6s%n", "perturbation", "sites", "kept", "same-spk",
        "new"));
    for (Row row : r.rows()) {
      b.append(String.format(Locale.ROOT, "%-28s %6d %8s %8s %6d%n", row.name(), row.sites(),
          share(row.kept(), row.quotes()), share(row.sameSpeaker(), row.kept()), row.extra()));
    }
    return b.toString();
  }

  private static String share(int n, int of) {
    return String.format(Locale.ROOT, "%.3f", of == 0 ? 1.0 : (double) n / of);
  }

  /** Every lost quote, changed speaker and new quote, one a line (perturbation, change, example). */
  public static String changes(Report r) {
    StringBuilder b = new StringBuilder();
    for (Row row : r.rows()) {
      for (String c : row.changes()) {
        b.append("examples:").append(c).append('\n');
      }
    }
    return b.toString();
  }
}
