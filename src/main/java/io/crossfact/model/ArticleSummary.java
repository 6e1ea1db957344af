package io.crossfact.model;

import java.io.Serializable;

/** One row of articles.csv: an input document's metadata, status and how many assertions it gave. */
public class ArticleSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId = "";
  private String source = "";
  private String url = "";
  private String published = "";
  private String title = "";
  private String status = "";
  private String reason = "";
  private int chars;
  private long assertions;
  // ---- extensions ----
  private String path = "";
  private String format = "";
  private String cluster = "";
  /** The story the article belongs to (see {@code story.StoryGrouper}); empty for quarantined documents. */
  private String story = "";

  public ArticleSummary() {}

  public static ArticleSummary of(Article a, long assertions, String cluster) {
    ArticleSummary s = new ArticleSummary();
    s.articleId = a.getArticleId();
    s.source = a.getSource();
    s.url = a.getUrl();
    s.published = a.getPublished();
    s.title = a.getTitle();
    s.status = a.getStatus();
    s.reason = a.getReason();
    s.chars = a.getText().length();
    s.assertions = assertions;
    s.path = a.getPath();
    s.format = a.getFormat();
    s.cluster = Article.nz(cluster);
    return s;
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
  public String getStatus() { return status; }
  public void setStatus(String v) { status = Article.nz(v); }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = Article.nz(v); }
  public int getChars() { return chars; }
  public void setChars(int v) { chars = v; }
  public long getAssertions() { return assertions; }
  public void setAssertions(long v) { assertions = v; }
  public String getPath() { return path; }
  public void setPath(String v) { path = Article.nz(v); }
  public String getFormat() { return format; }
  public void setFormat(String v) { format = Article.nz(v); }
  public String getCluster() { return cluster; }
  public void setCluster(String v) { cluster = Article.nz(v); }
  public String getStory() { return story; }
  public void setStory(String v) { story = Article.nz(v); }
}
