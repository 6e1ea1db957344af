package io.crossfact.model;

import java.io.Serializable;

/**
 * One extracted assertion (a row of assertions.csv). The first twelve fields are the contract's columns; the rest
 * are extensions used by comparison and the report.
 *
 * <p>Kinds: {@link #QUOTE}, {@link #FIGURE}, {@link #ROLE}, {@link #DATE}. Offsets {@code start}/{@code end} are
 * character offsets into {@link Article#getText()} (end exclusive).
 */
public class Assertion implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String QUOTE = "quote";
  public static final String FIGURE = "figure";
  public static final String ROLE = "role";
  public static final String DATE = "date";

  private String articleId = "";
  private String kind = "";
  /** quote: canonical speaker; figure: what is counted; role: canonical person name; date: what is dated. */
  private String subject = "";
  /** figure: normalized metric key; date: {@code published}, {@code event}, ...; quote: the cue verb's lemma. */
  private String predicate = "";
  /** quote: the quoted words as written; figure: plain decimal; role: the role as stated; date: ISO date. */
  private String value = "";
  private String unit = "";
  private String qualifier = "";
  private String scope = "";
  private String period = "";
  /** The sentence(s) around the assertion, as written. */
  private String text = "";
  private int start;
  private int end;

  // ---- extensions (after the contract columns in assertions.csv) ----
  /** The cue verb as written ({@code said}, {@code told reporters}); quotes only. */
  private String cue = "";
  /** How the speaker was found: {@code named}, {@code pronoun}, {@code description}, {@code organization}, {@code transcript}, or empty. */
  private String speakerKind = "";
  /** Lower bound of the figure's interval after qualifiers (equals the value for an exact figure). */
  private double low;
  /** Upper bound of the figure's interval after qualifiers. */
  private double high;
  /** Offsets of {@link #text} in the article text. */
  private int textStart;
  private int textEnd;

  // ---- article context, filled in by the pipeline before comparison ----
  private String source = "";
  private String published = "";
  private String url = "";
  /** Copy cluster: articles whose bodies are near-duplicates share it; independent reports differ. */
  private String cluster = "";
  /**
   * Story: the real-world event the article reports (one id for all independent reports of it), set by the story
   * stage; empty when unknown, and then figures are compared as before (metric and scope only).
   */
  private String story = "";

  // ---- figure meaning (extension; figures only) ----
  /** Typed class of what is counted ({@code deaths}, {@code injuries}, {@code distance}, ...), empty when none fits. */
  private String metricClass = "";
  /** The named person or thing the figure is about (a surname, a weapon), for classes that belong to one. */
  private String about = "";
  /** Empty for the reported event; {@code background YEAR} for a figure of an older event the sentence recalls. */
  private String event = "";
  /** Who the sentence attributes the figure to ({@code police}, {@code the Associated Press}), empty if no one. */
  private String attribution = "";

  public Assertion() {}

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = Article.nz(v); }
  public String getKind() { return kind; }
  public void setKind(String v) { kind = Article.nz(v); }
  public String getSubject() { return subject; }
  public void setSubject(String v) { subject = Article.nz(v); }
  public String getPredicate() { return predicate; }
  public void setPredicate(String v) { predicate = Article.nz(v); }
  public String getValue() { return value; }
  public void setValue(String v) { value = Article.nz(v); }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = Article.nz(v); }
  public String getQualifier() { return qualifier; }
  public void setQualifier(String v) { qualifier = Article.nz(v); }
  public String getScope() { return scope; }
  public void setScope(String v) { scope = Article.nz(v); }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = Article.nz(v); }
  public String getText() { return text; }
  public void setText(String v) { text = Article.nz(v); }
  public int getStart() { return start; }
  public void setStart(int v) { start = v; }
  public int getEnd() { return end; }
  public void setEnd(int v) { end = v; }
  public String getCue() { return cue; }
  public void setCue(String v) { cue = Article.nz(v); }
  public String getSpeakerKind() { return speakerKind; }
  public void setSpeakerKind(String v) { speakerKind = Article.nz(v); }
  public double getLow() { return low; }
  public void setLow(double v) { low = v; }
  public double getHigh() { return high; }
  public void setHigh(double v) { high = v; }
  public int getTextStart() { return textStart; }
  public void setTextStart(int v) { textStart = v; }
  public int getTextEnd() { return textEnd; }
  public void setTextEnd(int v) { textEnd = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = Article.nz(v); }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = Article.nz(v); }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = Article.nz(v); }
  public String getCluster() { return cluster; }
  public void setCluster(String v) { cluster = Article.nz(v); }
  public String getStory() { return story; }
  public void setStory(String v) { story = Article.nz(v); }
  public String getMetricClass() { return metricClass; }
  public void setMetricClass(String v) { metricClass = Article.nz(v); }
  public String getAbout() { return about; }
  public void setAbout(String v) { about = Article.nz(v); }
  public String getEvent() { return event; }
  public void setEvent(String v) { event = Article.nz(v); }
  public String getAttribution() { return attribution; }
  public void setAttribution(String v) { attribution = Article.nz(v); }

  /** A shallow copy, for pipeline steps that enrich assertions without mutating their input. */
  public Assertion copy() {
    Assertion a = new Assertion();
    a.articleId = articleId; a.kind = kind; a.subject = subject; a.predicate = predicate; a.value = value;
    a.unit = unit; a.qualifier = qualifier; a.scope = scope; a.period = period; a.text = text;
    a.start = start; a.end = end; a.cue = cue; a.speakerKind = speakerKind; a.low = low; a.high = high;
    a.textStart = textStart; a.textEnd = textEnd; a.source = source; a.published = published; a.url = url;
    a.cluster = cluster; a.story = story; a.metricClass = metricClass; a.about = about; a.event = event;
    a.attribution = attribution;
    return a;
  }

  @Override
  public String toString() {
    return kind + "{" + articleId + " " + subject + " | " + predicate + " | " + value
        + (unit.isEmpty() ? "" : " " + unit) + (qualifier.isEmpty() ? "" : " q=" + qualifier)
        + (scope.isEmpty() ? "" : " scope=" + scope) + (period.isEmpty() ? "" : " period=" + period)
        + " @" + start + "-" + end + "}";
  }
}
