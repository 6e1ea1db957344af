package io.crossfact.spark;

import java.io.Serializable;

/** A verified near-duplicate link found in one LSH bucket; the nightly job keeps them per bucket. */
public class BandEdge implements Serializable {
  private static final long serialVersionUID = 1L;
  private String band = "";
  private String src = "";
  private String dst = "";
  private double similarity;

  public BandEdge() {}

  public BandEdge(String band, Edge e) {
    this.band = band;
    this.src = e.getSrc();
    this.dst = e.getDst();
    this.similarity = e.getSimilarity();
  }

  public String getBand() { return band; }
  public void setBand(String v) { band = v; }
  public String getSrc() { return src; }
  public void setSrc(String v) { src = v; }
  public String getDst() { return dst; }
  public void setDst(String v) { dst = v; }
  public double getSimilarity() { return similarity; }
  public void setSimilarity(double v) { similarity = v; }
}
