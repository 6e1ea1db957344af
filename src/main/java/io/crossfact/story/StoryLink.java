package io.crossfact.story;

import java.io.Serializable;

/** Two articles of one story ({@code src < dst}) and their similarity. Spark-encodable. */
public class StoryLink implements Serializable {
  private static final long serialVersionUID = 1L;

  private String src = "";
  private String dst = "";
  private double similarity;

  public StoryLink() {}

  public StoryLink(String a, String b, double similarity) {
    boolean ordered = a.compareTo(b) <= 0;
    this.src = ordered ? a : b;
    this.dst = ordered ? b : a;
    this.similarity = similarity;
  }

  public String getSrc() { return src; }
  public void setSrc(String v) { src = v; }
  public String getDst() { return dst; }
  public void setDst(String v) { dst = v; }
  public double getSimilarity() { return similarity; }
  public void setSimilarity(double v) { similarity = v; }

  @Override
  public String toString() {
    return src + "~" + dst + String.format(java.util.Locale.ROOT, " %.3f", similarity);
  }
}
