package io.crossfact.spark;

import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.story.StoryProfile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One input document after {@code check}'s single pass ({@link PassStage}): the row articles.csv needs (metadata,
 * status, reason, length, markers) and, for an ok document, its assertions, digest and story profile, and its text
 * deflated for report.html's few whole-text diffs of copies (read by id after the comparison, never decoded by a
 * stage). The text itself and its cleaned body are read, extracted, hashed and profiled inside the pass and dropped
 * there.
 *
 * <p>{@code readOk} says the document was ok after reading (and the English check) and before extraction: the
 * duplicate-id check looks only at those, as it did when it ran between ingest and extract.
 */
public class ProcessedDocument implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId = "";
  private String path = "";
  private String format = "";
  private String source = "";
  private String url = "";
  private String published = "";
  private String title = "";
  private String status = Article.OK;
  private String reason = "";
  /** Characters of the text as read (0 when the English check quarantined it: that row kept no text). */
  private int chars;
  private String markers = "";
  private boolean readOk;
  private List<Assertion> assertions = new ArrayList<>();
  /** Null unless the document is ok after extraction. */
  private ArticleDigest digest;
  /** Null unless the document is ok after extraction. */
  private StoryProfile profile;
  /**
   * The text, deflated (about a third of its size), of an ok document: report.html shows the whole texts of a few
   * copies, known only after the comparison; null otherwise.
   */
  private byte[] packedText;

  public ProcessedDocument() {}

  /** The document row of an article as read: metadata, status, reason, length of its text and markers. */
  public static ProcessedDocument of(Article a) {
    ProcessedDocument p = new ProcessedDocument();
    p.setArticleId(a.getArticleId());
    p.setPath(a.getPath());
    p.setFormat(a.getFormat());
    p.setSource(a.getSource());
    p.setUrl(a.getUrl());
    p.setPublished(a.getPublished());
    p.setTitle(a.getTitle());
    p.setStatus(a.getStatus());
    p.setReason(a.getReason());
    p.setChars(a.getText().length());
    p.setMarkers(a.getMarkers());
    return p;
  }

  /** Quarantines the document with {@code reason}: it keeps its metadata and drops its extraction results. */
  public void quarantine(String why) {
    status = Article.QUARANTINED;
    reason = nz(why);
    assertions = new ArrayList<>();
    digest = null;
    profile = null;
    packedText = null;
  }

  public boolean isOk() {
    return Article.OK.equals(status);
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
  public String getStatus() { return status; }
  public void setStatus(String v) { status = nz(v); }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = nz(v); }
  public int getChars() { return chars; }
  public void setChars(int v) { chars = v; }
  public String getMarkers() { return markers; }
  public void setMarkers(String v) { markers = nz(v); }
  public boolean isReadOk() { return readOk; }
  public void setReadOk(boolean v) { readOk = v; }
  public List<Assertion> getAssertions() { return assertions; }
  public void setAssertions(List<Assertion> v) { assertions = v == null ? new ArrayList<>() : v; }
  public ArticleDigest getDigest() { return digest; }
  public void setDigest(ArticleDigest v) { digest = v; }
  public StoryProfile getProfile() { return profile; }
  public void setProfile(StoryProfile v) { profile = v; }
  public byte[] getPackedText() { return packedText; }
  public void setPackedText(byte[] v) { packedText = v; }

  private static String nz(String v) {
    return v == null ? "" : v;
  }
}
