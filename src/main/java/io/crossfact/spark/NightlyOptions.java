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
  /** Output formats ({@link TableStage#FORMATS}); always holds {@code csv}. */
  public final java.util.Set<String> formats;
  /** Root of the night's tables ({@code <tables>/<date>/}) on any Hadoop file system; null for the report folder. */
  public final String tables;

  public NightlyOptions(String archive, Path state, Path reports, String date, String master,
      io.crossfact.report.Triage triage, Path triageFile) {
    this(archive, state, reports, date, master, triage, triageFile, false);
  }

  public NightlyOptions(String archive, Path state, Path reports, String date, String master,
      io.crossfact.report.Triage triage, Path triageFile, boolean recompute) {
    this(archive, state, reports, date, master, triage, triageFile, recompute, null, null);
  }

  public NightlyOptions(String archive, Path state, Path reports, String date, String master,
      io.crossfact.report.Triage triage, Path triageFile, boolean recompute, java.util.Set<String> formats,
      String tables) {
    this.archive = archive;
    this.state = state;
    this.reports = reports;
    this.date = date;
    this.master = master == null ? "" : master;
    this.triage = triage == null ? io.crossfact.report.Triage.empty() : triage;
    this.triageFile = triageFile;
    this.recompute = recompute;
    this.formats = formats == null || formats.isEmpty() ? java.util.Set.of(TableStage.CSV) : java.util.Set.copyOf(formats);
    this.tables = tables == null || tables.isBlank() ? null : tables;
  }

  /** The options OutputStage writes the night's report folder {@code dir} with. */
  CheckOptions report(Path dir) {
    String root = tables == null ? null : (tables.endsWith("/") ? tables : tables + "/") + date;
    return new CheckOptions(java.util.List.of(archive), dir, master, formats, root, reports.resolve(date).toString());
  }
}
