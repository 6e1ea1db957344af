package io.crossfact.spark;

import io.crossfact.report.RunSummary;

/** A nightly run's counts against the previous night. */
public final class NightlyResult {
  public final String date;
  public final String previousNight;
  public final long newDocuments;
  public final long storeDocuments;
  public final long newFindings;
  public final long knownFindings;
  public final long resolvedFindings;
  public final RunSummary run;

  NightlyResult(String date, String previousNight, long newDocuments, long storeDocuments, long newFindings,
      long knownFindings, long resolvedFindings, RunSummary run) {
    this.date = date;
    this.previousNight = previousNight == null ? "" : previousNight;
    this.newDocuments = newDocuments;
    this.storeDocuments = storeDocuments;
    this.newFindings = newFindings;
    this.knownFindings = knownFindings;
    this.resolvedFindings = resolvedFindings;
    this.run = run;
  }
}
