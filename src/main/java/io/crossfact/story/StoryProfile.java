package io.crossfact.story;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What the story grouper needs of one article, without its text: its publication date, the counts of its features
 * ({@code w:} key terms as lemmas, {@code e:} names of people, organisations and places) and the years its text
 * mentions. Spark-encodable (a bean of strings and arrays). Features are sorted, so equal articles give equal
 * profiles.
 */
public class StoryProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  private String articleId = "";
  /** ISO date (yyyy-MM-dd) or empty. */
  private String published = "";
  private String[] features = new String[0];
  private int[] counts = new int[0];
  /** Years written in the text (1900-2099), ascending, each once. */
  private int[] years = new int[0];
  /** For an undated article, the ISO date its text suggests ({@link StoryTime#estimate}), else empty. */
  private String estimated = "";

  public StoryProfile() {}

  public StoryProfile(String articleId, String published, String[] features, int[] counts, int[] years) {
    setArticleId(articleId);
    setPublished(published);
    setFeatures(features);
    setCounts(counts);
    setYears(years);
  }

  public StoryProfile(String articleId, String published, String[] features, int[] counts, int[] years,
      String estimated) {
    this(articleId, published, features, counts, years);
    setEstimated(estimated);
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v == null ? "" : v; }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = v == null ? "" : v; }
  public String[] getFeatures() { return features; }
  public void setFeatures(String[] v) { features = v == null ? new String[0] : v; }
  public int[] getCounts() { return counts; }
  public void setCounts(int[] v) { counts = v == null ? new int[0] : v; }
  public int[] getYears() { return years; }
  public void setYears(int[] v) { years = v == null ? new int[0] : v; }
  public String getEstimated() { return estimated; }
  public void setEstimated(String v) { estimated = v == null ? "" : v; }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StoryProfile)) {
      return false;
    }
    StoryProfile p = (StoryProfile) o;
    return articleId.equals(p.articleId) && published.equals(p.published) && Arrays.equals(features, p.features)
        && Arrays.equals(counts, p.counts) && Arrays.equals(years, p.years) && estimated.equals(p.estimated);
  }

  @Override
  public int hashCode() {
    return articleId.hashCode() * 31 + Arrays.hashCode(features);
  }

  @Override
  public String toString() {
    return "StoryProfile{" + articleId + ", " + published + ", " + features.length + " features, years "
        + Arrays.toString(years) + "}";
  }
}
