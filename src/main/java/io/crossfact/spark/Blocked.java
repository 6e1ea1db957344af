package io.crossfact.spark;

import io.crossfact.model.Assertion;
import java.io.Serializable;

/** An assertion under one blocking key; an assertion may sit under several keys. */
public class Blocked implements Serializable {
  private static final long serialVersionUID = 1L;
  private String key = "";
  private Assertion assertion = new Assertion();

  public Blocked() {}

  public Blocked(String key, Assertion assertion) {
    this.key = key;
    this.assertion = assertion;
  }

  public String getKey() { return key; }
  public void setKey(String v) { key = v; }
  public Assertion getAssertion() { return assertion; }
  public void setAssertion(Assertion v) { assertion = v; }
}
