package io.crossfact.spark;

import java.io.Serializable;

/** An article's MinHash signature under one LSH band key. */
public class BandMember implements Serializable {
  private static final long serialVersionUID = 1L;
  private String band = "";
  private String articleId = "";
  private long[] signature = new long[0];

  public BandMember() {}

  public BandMember(String band, String articleId, long[] signature) {
    this.band = band;
    this.articleId = articleId;
    this.signature = signature;
  }

  public String getBand() { return band; }
  public void setBand(String v) { band = v; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public long[] getSignature() { return signature; }
  public void setSignature(long[] v) { signature = v; }
}
