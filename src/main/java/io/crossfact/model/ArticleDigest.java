package io.crossfact.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What copy detection and stale-republication checks need of an article, without its full text: identity, date,
 * a short lead for evidence, the MinHash signature of its body, its copy cluster and the latest explicit event date
 * the text states. Spark-encodable (a bean of strings, numbers and a {@code long[]}).
 */
public class ArticleDigest implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How much of the body the lead keeps: enough for a reviewer to recognise the story. */
  public static final int LEAD_CHARS = 300;

  private String articleId = "";
  private String source = "";
  private String url = "";
  /** ISO date (yyyy-MM-dd) or empty when the article states none. */
  private String published = "";
  private String title = "";
  private String lead = "";
  private long[] signature = new long[0];
  private String cluster = "";
  private int wordCount;
  /** The latest explicit event date stated in the text (ISO), or empty. */
  private String latestEventDate = "";
  /** The sentence that states {@link #latestEventDate}, for evidence. */
  private String latestEventText = "";
  /** The latest explicit event date the text states, not counting dates resolved from its own date (ISO), or empty. */
  private String latestExplicitDate = "";
  /**
   * What the text itself says about when it was written (dated photo captions and datelines, titles the roster says
   * had ended): records {@code kind \t date \t detail}, one a line; see {@code compare.DateEvidence}.
   */
  private String dateEvidence = "";
  /** Whether the text says it looks back ("years ago", "anniversary"): a retrospective, not a stale copy. */
  private boolean looksBack;

  public ArticleDigest() {}

  /**
   * A digest of an article: the lead is the first {@link #LEAD_CHARS} characters of its cleaned body, cut on a word
   * boundary.
   */
  public static ArticleDigest of(Article a, long[] signature, int wordCount, String cluster, String latestEventDate,
      String latestEventText) {
    ArticleDigest d = new ArticleDigest();
    d.setArticleId(a.getArticleId());
    d.setSource(a.getSource());
    d.setUrl(a.getUrl());
    d.setPublished(a.getPublished());
    d.setTitle(a.getTitle());
    d.setLead(lead(a.getBody().isBlank() ? a.getText() : a.getBody()));
    d.setSignature(signature);
    d.setWordCount(wordCount);
    d.setCluster(cluster);
    d.setLatestEventDate(latestEventDate);
    d.setLatestEventText(latestEventText);
    return d;
  }

  static String lead(String body) {
    // body.trim().replaceAll("\\s+", " "), built only as far as the lead needs: its first LEAD_CHARS + 1 characters
    // (the cut looks at most at offset LEAD_CHARS); every \s character is one that trim() drops too, so inside the
    // trimmed range a whitespace run is always followed by a character kept
    int a = 0;
    int b = body.length();
    while (a < b && body.charAt(a) <= ' ') {
      a++;
    }
    while (b > a && body.charAt(b - 1) <= ' ') {
      b--;
    }
    StringBuilder sb = new StringBuilder(Math.min(b - a, LEAD_CHARS + 1));
    boolean space = false;
    for (int i = a; i < b && sb.length() <= LEAD_CHARS; i++) {
      char c = body.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!space) {
          sb.append(' ');
        }
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    String t = sb.toString();
    if (t.length() <= LEAD_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', LEAD_CHARS);
    return t.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + "…";
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = Article.nz(v); }
  public String getSource() { return source; }
  public void setSource(String v) { source = Article.nz(v); }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = Article.nz(v); }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = Article.nz(v); }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = Article.nz(v); }
  public String getLead() { return lead; }
  public void setLead(String v) { lead = Article.nz(v); }
  public long[] getSignature() { return signature; }
  public void setSignature(long[] v) { signature = v == null ? new long[0] : v; }
  public String getCluster() { return cluster; }
  public void setCluster(String v) { cluster = Article.nz(v); }
  public int getWordCount() { return wordCount; }
  public void setWordCount(int v) { wordCount = v; }
  public String getLatestEventDate() { return latestEventDate; }
  public void setLatestEventDate(String v) { latestEventDate = Article.nz(v); }
  public String getLatestEventText() { return latestEventText; }
  public void setLatestEventText(String v) { latestEventText = Article.nz(v); }
  public String getLatestExplicitDate() { return latestExplicitDate; }
  public void setLatestExplicitDate(String v) { latestExplicitDate = Article.nz(v); }
  public String getDateEvidence() { return dateEvidence; }
  public void setDateEvidence(String v) { dateEvidence = Article.nz(v); }
  public boolean isLooksBack() { return looksBack; }
  public void setLooksBack(boolean v) { looksBack = v; }

  @Override
  public String toString() {
    return "ArticleDigest{" + articleId + ", " + source + ", " + published + ", cluster " + cluster + ", "
        + wordCount + " words, " + signature.length + " hashes" + (latestEventDate.isEmpty() ? "" : ", latest event "
        + latestEventDate) + "}";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ArticleDigest)) {
      return false;
    }
    ArticleDigest d = (ArticleDigest) o;
    return articleId.equals(d.articleId) && source.equals(d.source) && url.equals(d.url)
        && published.equals(d.published) && title.equals(d.title) && lead.equals(d.lead)
        && Arrays.equals(signature, d.signature) && cluster.equals(d.cluster) && wordCount == d.wordCount
        && latestEventDate.equals(d.latestEventDate) && latestEventText.equals(d.latestEventText)
        && latestExplicitDate.equals(d.latestExplicitDate) && dateEvidence.equals(d.dateEvidence)
        && looksBack == d.looksBack;
  }

  @Override
  public int hashCode() {
    return articleId.hashCode() * 31 + Arrays.hashCode(signature);
  }
}
