package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.ConfigException;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules the comparison package keeps for the Spark stages that call it: no engine imports, bounded cost. */
class CompareBoundariesTest {

  @Test
  void comparePackageAndDigestImportNoSpark() throws IOException {
    Path root = Path.of(System.getProperty("crossfact.repo", "."));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root.resolve("src/main/java/io/crossfact/compare"))) {
      s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
    }
    files.add(root.resolve("src/main/java/io/crossfact/model/ArticleDigest.java"));
    assertTrue(files.size() >= 9, files.toString());
    for (Path p : files) {
      String src = Files.readString(p, StandardCharsets.UTF_8);
      assertTrue(!src.contains("org.apache.spark") && !src.contains("com.google.common"), p + " imports Spark/Guava");
      assertTrue(!src.contains("new Random(") && !src.contains("Math.random"), p + " uses randomness");
    }
  }

  @Test
  void comparersSurviveJavaSerializationAsSparkClosuresNeedIt() throws Exception {
    List<Assertion> quotes = List.of(
        Fx.quote("a1", "Courier", "2024-06-01", "c1", "Jane Holt", "We will not raise taxes this year"),
        Fx.quote("a2", "Ledger", "2024-06-05", "c2", "Jane Holt", "We will raise taxes this year"));
    QuoteComparer original = new QuoteComparer(Fx.withRoster());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(original);
      out.writeObject(new FigureComparer(Fx.defaults()));
      out.writeObject(new RoleComparer(Fx.withRoster()));
      out.writeObject(new RepublicationDetector(Fx.defaults()));
      out.writeObject(new ExpertScorer(Fx.defaults()));
      out.writeObject(new MinHasher(64, 16, 5));
      out.writeObject(digestOf("x", "2024-01-01", "some words here", new MinHasher(64, 16, 5)));
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      QuoteComparer copy = (QuoteComparer) in.readObject();
      assertEquals(Fx.render(original.compare(quotes)), Fx.render(copy.compare(quotes)));
      for (int k = 0; k < 6; k++) {
        assertTrue(in.readObject() != null);
      }
    }
  }

  @Test
  void reportShortenedAcceptsOnlyZeroOrOne() {
    assertThrows(ConfigException.class, () -> Fx.with(Map.of("quote.reportShortened", "2")));
  }

  @Test
  void fullSizeGroupsCompareWithinBudget() {
    int groupSize = Fx.defaults().getInt(io.crossfact.config.CrossfactConfig.Key.COMPARE_MAX_GROUP_SIZE);
    List<Assertion> quotes = new ArrayList<>();
    List<Assertion> figures = new ArrayList<>();
    List<Assertion> roles = new ArrayList<>();
    List<ArticleDigest> digests = new ArrayList<>();
    MinHasher h = new MinHasher(64, 16, 5);
    String[] offices = {"Sen.", "Rep.", "senator", "Vermont Democrat", "former Rep."};
    for (int i = 0; i < groupSize; i++) {
      String art = String.format(Locale.ROOT, "a%03d", i / 5);
      String day = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + (i / 5) % 12, 1 + i % 28);
      quotes.add(Fx.quote(art, "S", day, "c" + (i / 10), "Jane Holt",
          "We will " + (i % 2 == 0 ? "not " : "") + "raise taxes on families in district " + (i % 7)
              + " this year because the budget " + (i % 3 == 0 ? "may" : "will") + " balance"));
      figures.add(Fx.exact(art + "-" + i, day, "c" + (i / 10), "Ohio", "2023",
          "Ohio recorded " + (1000 + 37 * i) + " overdose deaths in 2023.", Integer.toString(1000 + 37 * i),
          1000 + 37 * i));
      roles.add(Fx.role(art, day, "Jane Holt", offices[i % offices.length]));
      String body = "Flood waters rose through town " + (i % 4) + " overnight forcing families from homes as crews"
          + " worked on the levee along the eastern bank while the mayor opened shelters at the high school.";
      digests.add(digestOf(art + "-" + i, day, body, h));
    }
    long t0 = System.nanoTime();
    List<Finding> q = new QuoteComparer(Fx.defaults()).compare(quotes);
    long t1 = System.nanoTime();
    List<Finding> f = new FigureComparer(Fx.defaults()).compare(figures);
    long t2 = System.nanoTime();
    List<Finding> r = new RoleComparer(Fx.defaults()).compare(roles);
    long t3 = System.nanoTime();
    List<Finding> d = new RepublicationDetector(Fx.defaults()).compare(digests);
    long t4 = System.nanoTime();
    System.out.printf(Locale.ROOT, "group of %d: quotes %d ms (%d findings), figures %d ms (%d), roles %d ms (%d),"
        + " republication %d ms (%d)%n", groupSize, (t1 - t0) / 1_000_000, q.size(), (t2 - t1) / 1_000_000, f.size(),
        (t3 - t2) / 1_000_000, r.size(), (t4 - t3) / 1_000_000, d.size());
    assertTrue(t4 - t0 < 20_000_000_000L, "a capped group must compare in seconds, took " + (t4 - t0) / 1_000_000
        + " ms");
    assertEquals(q.size(), q.stream().map(Finding::getId).distinct().count(), "ids are unique after dedupe");
  }

  private static ArticleDigest digestOf(String id, String day, String body, MinHasher h) {
    ArticleDigest d = new ArticleDigest();
    d.setArticleId(id);
    d.setPublished(day);
    d.setSignature(h.signature(body));
    d.setLead(body);
    return d;
  }
}
