package io.crossfact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lead is built only as far as it is needed, and equals the whole text trimmed and collapsed, then cut. */
class ArticleDigestLeadTest {
  /** The definition: the whole body trimmed, whitespace runs collapsed, then cut. */
  private static String reference(String body) {
    String t = body.trim().replaceAll("\\s+", " ");
    if (t.length() <= ArticleDigest.LEAD_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', ArticleDigest.LEAD_CHARS);
    return t.substring(0, cut > ArticleDigest.LEAD_CHARS / 2 ? cut : ArticleDigest.LEAD_CHARS) + "…";
  }

  @Test
  void shortAndLongBodiesGiveTheDefinedLead() {
    assertEquals("The mayor spoke.", ArticleDigest.lead("  \n The   mayor\t\tspoke. \n\n"));
    assertEquals("", ArticleDigest.lead(" \u0001\n "));
    String longBody = "Word ".repeat(400);
    assertEquals(reference(longBody), ArticleDigest.lead(longBody));
  }

  @Test
  void equalsTheDefinitionOnRandomTexts() {
    Random r = new Random(11);
    String alphabet = "ab \t\n\r\u000B\f\u0001\u00A0\u2003.x";
    for (int k = 0; k < 3000; k++) {
      int n = r.nextInt(k % 3 == 0 ? 1400 : 700);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(reference(s), ArticleDigest.lead(s), s);
    }
  }
}
