package io.crossfact.spark;

import io.crossfact.model.Finding;
import java.io.Serializable;

/**
 * A finding with the comparison group that produced it. The nightly job keeps these: a group that no new or
 * re-clustered article touches yields the same findings tonight as last night, so they are carried, not recomputed.
 */
public class GroupFinding implements Serializable {
  private static final long serialVersionUID = 1L;
  private String group = "";
  private Finding finding = new Finding();

  public GroupFinding() {}

  public GroupFinding(String group, Finding finding) {
    this.group = group;
    this.finding = finding;
  }

  public String getGroup() { return group; }
  public void setGroup(String v) { group = v; }
  public Finding getFinding() { return finding; }
  public void setFinding(Finding v) { finding = v; }
}
