package io.crossfact.model;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * One flagged discrepancy (a row of discrepancies.csv). Side a and side b each carry an article, its source and
 * date, the evidence passage and the offsets of the flagged words in that article's text. A single-article finding
 * ({@code suspect_expert}) leaves side b empty.
 */
public class Finding implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String FIGURE_CONFLICT = "figure_conflict";
  public static final String FIGURE_DRIFT = "figure_drift";
  public static final String QUOTE_DRIFT = "quote_drift";
  public static final String QUOTE_MISATTRIBUTION = "quote_misattribution";
  public static final String ROLE_CONFLICT = "role_conflict";
  public static final String STALE_REPUBLICATION = "stale_republication";
  public static final String SUSPECT_EXPERT = "suspect_expert";

  public static final String HIGH = "high";
  public static final String MEDIUM = "medium";
  public static final String LOW = "low";

  private String id = "";
  private String type = "";
  private String severity = "";
  private double score;
  private String subject = "";
  private String key = "";
  private String valueA = "";
  private String articleA = "";
  private String sourceA = "";
  private String publishedA = "";
  private String evidenceA = "";
  private String valueB = "";
  private String articleB = "";
  private String sourceB = "";
  private String publishedB = "";
  private String evidenceB = "";
  private String explanation = "";
  // ---- extensions ----
  private int startA;
  private int endA;
  private int startB;
  private int endB;
  private String urlA = "";
  private String urlB = "";
  /** The signals that fired with their weights, {@code name=weight} separated by ';' (suspect experts, drift labels). */
  private String signals = "";
  /** Reviewer's verdict carried from the triage file: {@code open} (default), {@code confirmed}, {@code dismissed}. */
  private String status = "open";
  /** ISO date of the first run (night) that reported this id. */
  private String firstSeen = "";
  /** The reviewer's note from the triage file, if any. */
  private String note = "";

  public Finding() {}

  /**
   * A stable id: the same type, key and articles give the same id on every run, whatever else changed
   * (score, wording of the explanation), so nightly runs tell new findings from known ones.
   */
  public static String stableId(String type, String key, String... articles) {
    String[] sorted = articles.clone();
    Arrays.sort(sorted);
    StringBuilder sb = new StringBuilder(type).append('\u0001').append(key);
    for (String a : sorted) {
      sb.append('\u0001').append(a);
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(type.length() + 17);
      hex.append(abbreviation(type)).append('-');
      for (int i = 0; i < 6; i++) {
        hex.append(String.format(java.util.Locale.ROOT, "%02x", d[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private static String abbreviation(String type) {
    switch (type) {
      case FIGURE_CONFLICT: return "FC";
      case FIGURE_DRIFT: return "FD";
      case QUOTE_DRIFT: return "QD";
      case QUOTE_MISATTRIBUTION: return "QM";
      case ROLE_CONFLICT: return "RC";
      case STALE_REPUBLICATION: return "SR";
      case SUSPECT_EXPERT: return "SE";
      default: return "X";
    }
  }

  public String getId() { return id; }
  public void setId(String v) { id = Article.nz(v); }
  public String getType() { return type; }
  public void setType(String v) { type = Article.nz(v); }
  public String getSeverity() { return severity; }
  public void setSeverity(String v) { severity = Article.nz(v); }
  public double getScore() { return score; }
  public void setScore(double v) { score = v; }
  public String getSubject() { return subject; }
  public void setSubject(String v) { subject = Article.nz(v); }
  public String getKey() { return key; }
  public void setKey(String v) { key = Article.nz(v); }
  public String getValueA() { return valueA; }
  public void setValueA(String v) { valueA = Article.nz(v); }
  public String getArticleA() { return articleA; }
  public void setArticleA(String v) { articleA = Article.nz(v); }
  public String getSourceA() { return sourceA; }
  public void setSourceA(String v) { sourceA = Article.nz(v); }
  public String getPublishedA() { return publishedA; }
  public void setPublishedA(String v) { publishedA = Article.nz(v); }
  public String getEvidenceA() { return evidenceA; }
  public void setEvidenceA(String v) { evidenceA = Article.nz(v); }
  public String getValueB() { return valueB; }
  public void setValueB(String v) { valueB = Article.nz(v); }
  public String getArticleB() { return articleB; }
  public void setArticleB(String v) { articleB = Article.nz(v); }
  public String getSourceB() { return sourceB; }
  public void setSourceB(String v) { sourceB = Article.nz(v); }
  public String getPublishedB() { return publishedB; }
  public void setPublishedB(String v) { publishedB = Article.nz(v); }
  public String getEvidenceB() { return evidenceB; }
  public void setEvidenceB(String v) { evidenceB = Article.nz(v); }
  public String getExplanation() { return explanation; }
  public void setExplanation(String v) { explanation = Article.nz(v); }
  public int getStartA() { return startA; }
  public void setStartA(int v) { startA = v; }
  public int getEndA() { return endA; }
  public void setEndA(int v) { endA = v; }
  public int getStartB() { return startB; }
  public void setStartB(int v) { startB = v; }
  public int getEndB() { return endB; }
  public void setEndB(int v) { endB = v; }
  public String getUrlA() { return urlA; }
  public void setUrlA(String v) { urlA = Article.nz(v); }
  public String getUrlB() { return urlB; }
  public void setUrlB(String v) { urlB = Article.nz(v); }
  public String getSignals() { return signals; }
  public void setSignals(String v) { signals = Article.nz(v); }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v == null || v.isEmpty() ? "open" : v; }
  public String getFirstSeen() { return firstSeen; }
  public void setFirstSeen(String v) { firstSeen = Article.nz(v); }
  public String getNote() { return note; }
  public void setNote(String v) { note = Article.nz(v); }

  /** Fills side a from an assertion (its article context must be set). */
  public Finding sideA(Assertion a, String value) {
    valueA = Article.nz(value); articleA = a.getArticleId(); sourceA = a.getSource(); publishedA = a.getPublished();
    evidenceA = a.getText(); startA = a.getStart(); endA = a.getEnd(); urlA = a.getUrl();
    return this;
  }

  /** Fills side b from an assertion (its article context must be set). */
  public Finding sideB(Assertion b, String value) {
    valueB = Article.nz(value); articleB = b.getArticleId(); sourceB = b.getSource(); publishedB = b.getPublished();
    evidenceB = b.getText(); startB = b.getStart(); endB = b.getEnd(); urlB = b.getUrl();
    return this;
  }

  @Override
  public String toString() {
    return type + "[" + id + " " + severity + " " + score + " " + subject + " | " + valueA + " (" + articleA
        + ") vs " + valueB + " (" + articleB + ")]";
  }
}
