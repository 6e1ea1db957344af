package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.story.StoryProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single pass: every document ends ok (with assertions, digest and profile) or quarantined with its reason, in
 * the order the stages once applied them (read, English check, duplicate ids, extraction failures).
 */
class PassStageTest {
  @TempDir
  Path dir;

  @Test
  void everyDocumentEndsOkOrQuarantinedWithItsReason() throws IOException {
    String quotes = "Mayor Ann Roe said on Monday that the bridge would reopen.\n\n"
        + "\u201CWe will reopen the bridge in May,\u201D Roe said.\n\n"
        + "\u201CThe repairs cost less than we feared,\u201D Roe added.\n";
    write("a/story.txt", quotes);
    write("b/story.html", "<html><body><article><p>The council said the road will close for repairs next week."
        + "</p></article></body></html>");
    write("chatty.txt", "The clinic said it will stay open through the winter for all of its patients.\n");
    write("french.txt", "Le conseil municipal a d\u00e9cid\u00e9 que la route sera ferm\u00e9e pour des travaux la "
        + "semaine prochaine, et les habitants doivent pr\u00e9voir un autre chemin pour aller au march\u00e9. "
        + "Le maire a expliqu\u00e9 que le pont du village est trop ancien et que les camions ne peuvent plus y "
        + "passer. Les commer\u00e7ants du centre craignent une baisse de leurs ventes pendant tout le mois.\n");
    write("empty.txt", "");
    SparkSession spark = SparkTestSession.spark();
    // one assertion at most: the two-quote story becomes an extraction failure
    CrossfactConfig config = CrossfactConfig.load(null, Map.of("extract.maxAssertions", "1"));
    List<InputFile> files = IngestStage.listInputs(spark, List.of(dir.toString()));
    List<Dataset<?>> cached = new ArrayList<>();
    try {
      CheckJob.Extracted x = CheckJob.ingestAndExtract(spark, files, SparkSessions.broadcast(spark, config), config,
          new StageTimer(), cached);
      Map<String, Row> byPath = new TreeMap<>();
      for (Row r : x.documents.collectAsList()) {
        byPath.put(r.getString(r.fieldIndex("path")).replaceAll(".*/", ""), r);
      }
      assertEquals(5, byPath.size(), byPath.toString());
      Row story = byPath.get("story.txt");
      assertEquals(Article.QUARANTINED, story.getString(story.fieldIndex("status")));
      assertTrue(story.getString(story.fieldIndex("reason")).startsWith("too many assertions"), story.toString());
      assertEquals(quotes.length(), story.getInt(story.fieldIndex("chars")), "a failed extraction keeps its length");
      Row copy = byPath.get("story.html");
      assertEquals(Article.QUARANTINED, copy.getString(copy.fieldIndex("status")));
      assertTrue(copy.getString(copy.fieldIndex("reason")).startsWith("duplicate article_id: also in "),
          "the id check runs before extraction: the first path keeps the id even when its extraction fails");
      Row french = byPath.get("french.txt");
      assertTrue(french.getString(french.fieldIndex("reason")).startsWith("not English"), french.toString());
      assertEquals(0, french.getInt(french.fieldIndex("chars")), "a document not in English keeps no text");
      Row empty = byPath.get("empty.txt");
      assertTrue(empty.getString(empty.fieldIndex("reason")).startsWith("empty"), empty.toString());
      assertEquals(Article.OK, byPath.get("chatty.txt").getString(byPath.get("chatty.txt").fieldIndex("status")));

      List<ArticleDigest> digests = x.digests.collectAsList();
      List<StoryProfile> profiles = x.profiles.collectAsList();
      assertEquals(List.of("chatty"), digests.stream().map(ArticleDigest::getArticleId).toList(),
          "only ok documents have a digest");
      assertEquals(List.of("chatty"), profiles.stream().map(StoryProfile::getArticleId).toList());
      for (Assertion a : x.assertions.collectAsList()) {
        assertEquals("chatty", a.getArticleId(), "quarantined documents keep no assertions");
      }
    } finally {
      cached.forEach(Dataset::unpersist);
    }
  }

  @Test
  void theLatestEventDateIsTheMaximumInSparksStringOrder() {
    // Spark compares strings by their UTF-8 bytes, i.e. by code point; Java's compareTo by UTF-16 units differs
    // for characters beyond U+FFFF against U+E000..U+FFFF
    String astral = "\uD83D\uDE00";
    String fullWidth = "\uFF01";
    assertTrue(astral.compareTo(fullWidth) < 0);
    assertTrue(DigestStage.byCodePoint(astral, fullWidth) > 0);
    assertTrue(DigestStage.byCodePoint("2024-05-01", "2024-05-02") < 0);
    assertEquals(0, DigestStage.byCodePoint("2024", "2024"));
    assertTrue(DigestStage.byCodePoint("2024", "2024-05") < 0);
    assertFalse(DigestStage.byCodePoint("b", "a") < 0);
  }

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
