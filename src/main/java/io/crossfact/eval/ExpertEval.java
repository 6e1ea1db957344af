package io.crossfact.eval;

import io.crossfact.compare.ExpertScorer;
import io.crossfact.compare.MinHasher;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.eval.ExpertInserter.Insertion;
import io.crossfact.eval.ExpertTemplates.Template;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Suspect-expert recall with real speakers as negatives: one invented expert ({@link ExpertTemplates}) inserted into
 * each of N real articles of a PolNeAR-format folder, then the {@code check} job's path run in process over the whole
 * perturbed corpus — read each file as the job does ({@link DocumentReader}), extract ({@link ArticleExtractor}), copy
 * clusters by MinHash as {@code CopyClusterStage} does, count for each person the independent clusters that name them
 * (as {@code CompareStage.experts}), and score each article with {@link ExpertScorer}.
 *
 * <p>An insertion is found when the article gets a {@code suspect_expert} whose subject has the inserted expert's
 * surname and whose evidence is one of the inserted quotes. Every other {@code suspect_expert} names a real speaker
 * (or a person the insertion was not about) and is listed.
 */
public final class ExpertEval {
  public static final int DEFAULT_INSERTIONS = 340;
  public static final long DEFAULT_SEED = 13;

  private ExpertEval() {}

  /** What one run measured. */
  public static final class Report {
    public final int articles;
    public final List<Insertion> insertions = new ArrayList<>();
    /** Template id to [found, inserted]. */
    public final Map<String, int[]> perTemplate = new LinkedHashMap<>();
    public final List<String> misses = new ArrayList<>();
    public final List<Finding> realSuspects = new ArrayList<>();
    public int found;

    Report(int articles) {
      this.articles = articles;
    }

    public double recall() {
      return insertions.isEmpty() ? 0 : (double) found / insertions.size();
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "eval-experts: %d invented experts inserted into %d of %d articles "
          + "(%d templates)%n", insertions.size(), insertions.size(), articles, perTemplate.size()));
      b.append(String.format(Locale.ROOT, "suspect-expert recall: %.3f (%d/%d)%n", recall(), found,
          insertions.size()));
      b.append(String.format(Locale.ROOT, "real speakers called suspect: %d%n", realSuspects.size()));
      for (Finding f : realSuspects) {
        b.append(String.format(Locale.ROOT, "  %s | %s | %s | %s%n", f.getArticleA(), f.getSubject(),
            f.getSignals(), clip(f.getValueA(), 100)));
      }
      b.append("per template (found/inserted):\n");
      for (Map.Entry<String, int[]> e : perTemplate.entrySet()) {
        b.append(String.format(Locale.ROOT, "  %-24s %3d/%-3d %.2f%n", e.getKey(), e.getValue()[0],
            e.getValue()[1], e.getValue()[1] == 0 ? 0 : (double) e.getValue()[0] / e.getValue()[1]));
      }
      if (!misses.isEmpty()) {
        b.append("missed:\n");
        for (String m : misses) {
          b.append("  ").append(m).append('\n');
        }
      }
      return b.toString();
    }
  }

  /**
   * Runs the measure.
   *
   * @param config the run's config (scoring weights, lists)
   * @param diagnostic the same config with {@code expert.threshold} at 0, to say why a miss scored too low
   */
  public static Report run(Path polnearDir, CrossfactConfig config, CrossfactConfig diagnostic, int insertions,
      long seed) {
    List<Path> files = textFiles(polnearDir.resolve("text"));
    Report report = new Report(files.size());
    List<Template> templates = ExpertTemplates.load();
    ExpertInserter inserter = new ExpertInserter(ExpertTemplates.pools(), config.lexicons().genericNames());
    Random rnd = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, rnd);
    int n = Math.min(insertions, files.size());
    List<Template> cycle = new ArrayList<>(templates);
    Collections.shuffle(cycle, rnd);
    Map<Integer, Template> chosen = new HashMap<>();
    for (int k = 0; k < n; k++) {
      chosen.put(order.get(k), cycle.get(k % cycle.size()));
    }
    for (Template t : templates) {
      report.perTemplate.put(t.id(), new int[2]);
    }

    ArticleExtractor extractor = new ArticleExtractor(config);
    MinHasher hasher = new MinHasher(config.getInt(Key.COPIES_NUM_HASHES), config.getInt(Key.COPIES_BANDS),
        config.getInt(Key.COPIES_SHINGLE_WORDS));
    Set<String> used = new HashSet<>();
    Map<String, Article> articles = new TreeMap<>();
    Map<String, List<Assertion>> extracted = new TreeMap<>();
    Map<String, Insertion> inserted = new TreeMap<>();
    Map<String, long[]> signatures = new TreeMap<>();
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String text = read(f);
      String id = DocumentReader.articleIdOf(f.getFileName().toString());
      Template t = chosen.get(i);
      if (t != null) {
        Insertion ins = inserter.insert(id, text, t, new Random(seed * 1_000_003L + i), used);
        inserted.put(id, ins);
        text = ins.text();
      }
      Article a = DocumentReader.read(f.toString(), text.getBytes(StandardCharsets.UTF_8)).get(0);
      if (!Article.OK.equals(a.getStatus())) {
        continue;
      }
      articles.put(a.getArticleId(), a);
      extracted.put(a.getArticleId(), extractor.extract(a));
      signatures.put(a.getArticleId(), hasher.signature(a.getBody()));
    }
    Map<String, String> clusters = clusters(signatures, hasher, config.getDouble(Key.COPIES_MIN_SIMILARITY));

    Map<String, Set<String>> mentions = new HashMap<>();
    for (Map.Entry<String, List<Assertion>> e : extracted.entrySet()) {
      for (Assertion s : e.getValue()) {
        if (person(s) && !s.getSubject().isEmpty()) {
          mentions.computeIfAbsent(s.getSubject().toLowerCase(Locale.ROOT), k -> new HashSet<>())
              .add(clusters.get(e.getKey()));
        }
      }
    }
    for (Map.Entry<String, List<Assertion>> e : extracted.entrySet()) {
      String id = e.getKey();
      List<Assertion> list = new ArrayList<>();
      for (Assertion s : e.getValue()) {
        if (person(s)) {
          s.setCluster(clusters.get(id));
          list.add(s);
        }
      }
      list.sort(Comparator.comparingInt(Assertion::getStart).thenComparing(Assertion::getKind));
      List<Finding> findings = new ExpertScorer(config).score(articles.get(id).getMarkers(), list,
          name -> mentions.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()).size());
      Insertion ins = inserted.get(id);
      boolean found = false;
      for (Finding f : findings) {
        if (ins != null && isInserted(f, ins)) {
          found |= sameSurname(f.getSubject(), ins.expert());
        } else {
          report.realSuspects.add(f);
        }
      }
      if (ins != null) {
        report.insertions.add(ins);
        int[] c = report.perTemplate.get(ins.templateId());
        c[1]++;
        if (found) {
          c[0]++;
          report.found++;
        } else {
          report.misses.add(ins.templateId() + " | " + id + " | " + ins.expert() + " | "
              + why(ins, list, articles.get(id).getMarkers(), diagnostic, mentions));
        }
      }
    }
    return report;
  }

  /** What the job sends the expert scorer: quotes (attributed or not) and roles. */
  private static boolean person(Assertion s) {
    return Assertion.QUOTE.equals(s.getKind()) || Assertion.ROLE.equals(s.getKind()) && !s.getSubject().isEmpty();
  }

  /** A finding about the inserted block: its quote lies in the block, or it names an inserted person. */
  static boolean isInserted(Finding f, Insertion ins) {
    if (f.getStartA() >= ins.blockStart() && f.getEndA() <= ins.blockEnd()) {
      return true;
    }
    if (sameSurname(f.getSubject(), ins.expert())) {
      return true;
    }
    for (String o : ins.others()) {
      if (sameSurname(f.getSubject(), o)) {
        return true;
      }
    }
    return false;
  }

  static boolean sameSurname(String a, String b) {
    String[] x = a.trim().toLowerCase(Locale.ROOT).split("[\\s.]+");
    String[] y = b.trim().toLowerCase(Locale.ROOT).split("[\\s.]+");
    return x.length > 0 && y.length > 0 && x[x.length - 1].equals(y[y.length - 1]);
  }

  /** Why an insertion was missed: what the extraction gave its quotes, and the expert's signals at threshold 0. */
  private static String why(Insertion ins, List<Assertion> list, String markers, CrossfactConfig diagnostic,
      Map<String, Set<String>> mentions) {
    StringBuilder b = new StringBuilder();
    for (Assertion s : list) {
      if (Assertion.QUOTE.equals(s.getKind()) && s.getStart() >= ins.blockStart() && s.getEnd() <= ins.blockEnd()) {
        b.append("quote by '").append(s.getSubject()).append("' (").append(s.getSpeakerKind()).append("); ");
      }
    }
    if (b.length() == 0) {
      b.append("no quote extracted in the block; ");
    }
    for (Finding f : new ExpertScorer(diagnostic).score(markers, list,
        name -> mentions.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()).size())) {
      if (sameSurname(f.getSubject(), ins.expert())) {
        b.append("score ").append(f.getScore()).append(" (").append(f.getSignals()).append(')');
      }
    }
    return b.toString();
  }

  /** Copy clusters as the job builds them: LSH buckets, verified MinHash similarity, smallest id of a component. */
  static Map<String, String> clusters(Map<String, long[]> signatures, MinHasher hasher, double min) {
    Map<String, List<String>> buckets = new TreeMap<>();
    for (Map.Entry<String, long[]> e : signatures.entrySet()) {
      if (e.getValue() == null || e.getValue().length == 0) {
        continue;
      }
      for (String band : hasher.bandKeys(e.getValue())) {
        buckets.computeIfAbsent(band, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    Map<String, String> parent = new HashMap<>();
    for (List<String> ids : buckets.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          if (MinHasher.similarity(signatures.get(ids.get(i)), signatures.get(ids.get(j))) >= min) {
            union(parent, ids.get(i), ids.get(j));
          }
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String id : signatures.keySet()) {
      out.put(id, find(parent, id));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String r = x;
    while (parent.containsKey(r) && !parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id labels the component, as in the job
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  static List<Path> textFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private static String clip(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n) + "…";
  }
}
