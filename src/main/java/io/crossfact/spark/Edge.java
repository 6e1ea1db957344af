package io.crossfact.spark;

import java.io.Serializable;

/** A verified near-duplicate link between two articles ({@code src} > {@code dst} by id). */
public class Edge implements Serializable {
  private static final long serialVersionUID = 1L;
  private String src = "";
  private String dst = "";
  private double similarity;

  public Edge() {}

  public Edge(String src, String dst, double similarity) {
    this.src = src;
    this.dst = dst;
    this.similarity = similarity;
  }

  public String getSrc() { return src; }
  public void setSrc(String v) { src = v; }
  public String getDst() { return dst; }
  public void setDst(String v) { dst = v; }
  public double getSimilarity() { return similarity; }
  public void setSimilarity(double v) { similarity = v; }
}
