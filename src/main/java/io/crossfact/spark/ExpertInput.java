package io.crossfact.spark;

import io.crossfact.model.Assertion;
import java.io.Serializable;

/** A person assertion with the article's content-farm markers and the corpus-wide count of independent mentions. */
public class ExpertInput implements Serializable {
  private static final long serialVersionUID = 1L;
  private Assertion assertion = new Assertion();
  private long clusters;
  private String markers = "";

  public ExpertInput() {}

  public ExpertInput(Assertion assertion, long clusters, String markers) {
    this.assertion = assertion;
    this.clusters = clusters;
    this.markers = markers == null ? "" : markers;
  }

  public Assertion getAssertion() { return assertion; }
  public void setAssertion(Assertion v) { assertion = v; }
  public long getClusters() { return clusters; }
  public void setClusters(long v) { clusters = v; }
  public String getMarkers() { return markers; }
  public void setMarkers(String v) { markers = v; }
}
