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

  public NightlyOptions(String archive, Path state, Path reports, String date, String master) {
    this.archive = archive;
    this.state = state;
    this.reports = reports;
    this.date = date;
    this.master = master == null ? "" : master;
  }
}
