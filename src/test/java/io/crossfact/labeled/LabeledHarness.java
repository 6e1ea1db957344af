package io.crossfact.labeled;

import io.crossfact.compare.ExpertScorer;
import io.crossfact.compare.FigureComparer;
import io.crossfact.compare.MinHasher;
import io.crossfact.compare.QuoteComparer;
import io.crossfact.compare.RepublicationDetector;
import io.crossfact.compare.RoleComparer;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.normalize.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the Spark check job does, in memory and without blocking, for a handful of short articles: extract, cluster
 * copies, digest, compare every assertion of a kind with every other, score experts. Meant for tiny labeled sets:
 * all quotes are compared at once, all figures of one metric at once.
 */
final class LabeledHarness {

  /** One short article given directly (text = body, no markers). */
  record Input(String id, String source, String published, String text) {}

  /** Everything one run produced. */
  record Result(List<Article> articles, List<Assertion> assertions, Map<String, String> clusters,
      List<Finding> findings) {

    /** The distinct finding types, sorted. */
    Set<String> types() {
      return findings.stream().map(Finding::getType).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  private final CrossfactConfig config;
  private final ArticleExtractor extractor;
  private final MinHasher hasher;

  LabeledHarness(CrossfactConfig config) {
    this.config = config;
    this.extractor = new ArticleExtractor(config);
    this.hasher = new MinHasher(config.getInt(Key.COPIES_NUM_HASHES), config.getInt(Key.COPIES_BANDS),
        config.getInt(Key.COPIES_SHINGLE_WORDS));
  }

  /** Articles built directly from inputs: text and body are the given text. */
  static List<Article> articles(List<Input> inputs) {
    List<Article> out = new ArrayList<>();
    for (Input in : inputs) {
      Article a = new Article();
      a.setArticleId(in.id());
      a.setPath(in.id() + ".txt");
      a.setFormat("txt");
      a.setSource(in.source());
      a.setPublished(in.published());
      a.setText(in.text());
      a.setBody(in.text());
      a.setStatus(Article.OK);
      out.add(a);
    }
    return out;
  }

  /** The {@code .txt} files of a folder read through {@link DocumentReader}, as the job ingests them. */
  static List<Article> readFolder(Path dir) {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        out.addAll(DocumentReader.read(p.toString(), Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  Result runInputs(List<Input> inputs) {
    return run(articles(inputs));
  }

  Result runFolder(Path dir) {
    return run(readFolder(dir));
  }

  /** The pipeline over ok articles; quarantined ones are kept in the result but not processed. */
  Result run(List<Article> all) {
    List<Article> articles = new ArrayList<>();
    for (Article a : all) {
      if (a.isOk()) {
        articles.add(a);
      }
    }
    articles.sort(Comparator.comparing(Article::getArticleId));

    // extract, with the article's context
    Map<String, List<Assertion>> byArticle = new LinkedHashMap<>();
    List<Assertion> assertions = new ArrayList<>();
    for (Article a : articles) {
      List<Assertion> mine = new ArrayList<>(extractor.extract(a));
      for (Assertion s : mine) {
        s.setArticleId(a.getArticleId());
        s.setSource(a.getSource());
        s.setPublished(a.getPublished());
        s.setUrl(a.getUrl());
      }
      byArticle.put(a.getArticleId(), mine);
      assertions.addAll(mine);
    }

    // copy clusters: union-find over verified similar pairs, a cluster is named by its smallest id
    Map<String, long[]> signatures = new LinkedHashMap<>();
    for (Article a : articles) {
      signatures.put(a.getArticleId(), hasher.signature(a.getBody()));
    }
    double minSimilarity = config.getDouble(Key.COPIES_MIN_SIMILARITY);
    Map<String, String> parent = new TreeMap<>();
    for (String id : signatures.keySet()) {
      parent.put(id, id);
    }
    List<String> ids = new ArrayList<>(signatures.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        long[] x = signatures.get(ids.get(i));
        long[] y = signatures.get(ids.get(j));
        if (x.length > 0 && y.length > 0 && MinHasher.similarity(x, y) >= minSimilarity) {
          union(parent, ids.get(i), ids.get(j));
        }
      }
    }
    Map<String, String> clusters = new TreeMap<>();
    for (String id : ids) {
      clusters.put(id, find(parent, id));
    }
    for (Assertion s : assertions) {
      s.setCluster(clusters.get(s.getArticleId()));
    }

    // digests
    Map<String, List<ArticleDigest>> digestsByCluster = new TreeMap<>();
    for (Article a : articles) {
      Assertion latest = RepublicationDetector.latestEventDate(byArticle.get(a.getArticleId()));
      ArticleDigest d = ArticleDigest.of(a, signatures.get(a.getArticleId()),
          TextNormalizer.words(a.getBody()).size(), clusters.get(a.getArticleId()),
          latest == null ? "" : latest.getValue(), latest == null ? "" : latest.getText());
      List<Assertion> own = byArticle.getOrDefault(a.getArticleId(), List.of());
      d.setLooksBack(io.crossfact.compare.DateEvidence.looksBack(a.getBody()));
      d.setLatestExplicitDate(io.crossfact.compare.DateEvidence.latestExplicit(own, a.getPublished()));
      d.setDateEvidence(io.crossfact.compare.DateEvidence.of(own, a.getPublished(),
          config.lexicons().rosterIndex()));
      digestsByCluster.computeIfAbsent(d.getCluster(), k -> new ArrayList<>()).add(d);
    }

    List<Finding> findings = new ArrayList<>();

    // quotes: every quote long enough to compare, at once
    int minWords = config.getInt(Key.QUOTE_MIN_WORDS);
    List<Assertion> quotes = new ArrayList<>();
    for (Assertion s : assertions) {
      if (Assertion.QUOTE.equals(s.getKind()) && TextNormalizer.words(s.getValue()).size() >= minWords) {
        quotes.add(s);
      }
    }
    findings.addAll(new QuoteComparer(config).compare(quotes));

    // figures: one group per metric
    Map<String, List<Assertion>> figures = new TreeMap<>();
    for (Assertion s : assertions) {
      if (Assertion.FIGURE.equals(s.getKind()) && !s.getPredicate().isEmpty()) {
        figures.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s);
      }
    }
    FigureComparer figureComparer = new FigureComparer(config);
    for (List<Assertion> group : figures.values()) {
      if (group.size() > 1) {
        findings.addAll(figureComparer.compare(group));
      }
    }

    // roles: one group per person
    Map<String, List<Assertion>> roles = new TreeMap<>();
    for (Assertion s : assertions) {
      if (Assertion.ROLE.equals(s.getKind()) && !s.getSubject().isEmpty()) {
        roles.computeIfAbsent(s.getSubject().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
      }
    }
    RoleComparer roleComparer = new RoleComparer(config);
    for (List<Assertion> group : roles.values()) {
      findings.addAll(roleComparer.compare(group));
    }

    // stale republication: one group per copy cluster
    RepublicationDetector republications = new RepublicationDetector(config);
    for (List<ArticleDigest> members : digestsByCluster.values()) {
      members.sort(Comparator.comparing(ArticleDigest::getPublished).thenComparing(ArticleDigest::getArticleId));
      findings.addAll(republications.compare(members));
    }

    // suspect experts: per article, with the corpus-wide count of independent clusters mentioning each person
    Map<String, Set<String>> clustersMentioning = new HashMap<>();
    for (Assertion s : assertions) {
      if (!s.getSubject().isEmpty() && (Assertion.QUOTE.equals(s.getKind()) || Assertion.ROLE.equals(s.getKind()))) {
        clustersMentioning.computeIfAbsent(s.getSubject().toLowerCase(Locale.ROOT), k -> new HashSet<>())
            .add(s.getCluster());
      }
    }
    ExpertScorer experts = new ExpertScorer(config);
    for (Article a : articles) {
      List<Assertion> people = new ArrayList<>();
      for (Assertion s : byArticle.get(a.getArticleId())) {
        // as CompareStage.experts: every quote (the scorer reads a titled name for one given nobody), named roles
        if (Assertion.QUOTE.equals(s.getKind()) || Assertion.ROLE.equals(s.getKind()) && !s.getSubject().isEmpty()) {
          people.add(s);
        }
      }
      people.sort(Comparator.comparingInt(Assertion::getStart).thenComparing(Assertion::getKind));
      findings.addAll(experts.score(a.getMarkers(), people,
          name -> clustersMentioning.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()).size()));
    }

    // one finding per id, as the job keeps
    Map<String, Finding> distinct = new TreeMap<>();
    for (Finding f : findings) {
      distinct.merge(f.getId(), f, (x, y) -> y.getScore() > x.getScore() ? y : x);
    }
    return new Result(all, assertions, clusters, new ArrayList<>(distinct.values()));
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
