package io.crossfact.spark;

import java.nio.file.Path;

/** What one nightly run reads, keeps and writes. */
public final class NightlyOptions {
  public final String archive;
  public final Path state;
  public final Path reports;
  /** ISO date of the night (yyyy-MM-dd): the ingest date of new documents and the report folder's name. */
  public final String date;
  public final String master;
  public final io.crossfact.report.Triage triage;
  public final Path triageFile;
  /** Compare the whole store afresh instead of reusing last night's results for what tonight does not touch. */
  public final boolean recompute;

  public NightlyOptions(String archive, Path state, Path reports, String date, String master,
      io.crossfact.report.Triage triage, Path triageFile) {
    this(archive, state, reports, date, master, triage, triageFile, false);
  }

  public NightlyOptions(String archive, Path state, Path reports, String date, String master,
      io.crossfact.report.Triage triage, Path triageFile, boolean recompute) {
    this.archive = archive;
    this.state = state;
    this.reports = reports;
    this.date = date;
    this.master = master == null ? "" : master;
    this.triage = triage == null ? io.crossfact.report.Triage.empty() : triage;
    this.triageFile = triageFile;
    this.recompute = recompute;
  }
}
