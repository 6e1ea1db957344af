package io.crossfact.model;

import java.io.Serializable;

/**
 * One input document after ingest: either {@code ok} with its text, or {@code quarantined} with a reason.
 *
 * <p>{@code text} is the article text as read (decoded; for HTML, the text the parser renders from the page's
 * content). {@code body} has exactly the same length: boilerplate (breadcrumbs, link lists, widgets, debris) is
 * blanked with spaces, so extractors run on {@code body} and their offsets stay valid against {@code text}.
 */
public class Article implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String OK = "ok";
  public static final String QUARANTINED = "quarantined";

  private String articleId = "";
  private String path = "";
  private String format = "";
  private String source = "";
  private String url = "";
  /** ISO-8601 date (yyyy-MM-dd) or empty when the document states none. */
  private String published = "";
  private String title = "";
  private String text = "";
  private String body = "";
  private String status = OK;
  private String reason = "";
  /** Content-farm markers found while cleaning (e.g. {@code comment-prompt;chatbot-widget}), ';'-separated. */
  private String markers = "";

  public Article() {}

  public static Article quarantined(String articleId, String path, String format, String reason) {
    Article a = new Article();
    a.setArticleId(articleId);
    a.setPath(path);
    a.setFormat(format);
    a.setStatus(QUARANTINED);
    a.setReason(reason);
    return a;
  }

  public boolean isOk() {
    return OK.equals(status);
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = nz(v); }
  public String getPath() { return path; }
  public void setPath(String v) { path = nz(v); }
  public String getFormat() { return format; }
  public void setFormat(String v) { format = nz(v); }
  public String getSource() { return source; }
  public void setSource(String v) { source = nz(v); }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = nz(v); }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = nz(v); }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = nz(v); }
  public String getText() { return text; }
  public void setText(String v) { text = nz(v); }
  public String getBody() { return body; }
  public void setBody(String v) { body = nz(v); }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = nz(v); }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = nz(v); }
  public String getMarkers() { return markers; }
  public void setMarkers(String v) { markers = nz(v); }

  static String nz(String v) {
    return v == null ? "" : v;
  }

  @Override
  public String toString() {
    return "Article{" + articleId + ", " + status + (reason.isEmpty() ? "" : " (" + reason + ")") + ", "
        + source + ", " + published + ", " + text.length() + " chars}";
  }
}
