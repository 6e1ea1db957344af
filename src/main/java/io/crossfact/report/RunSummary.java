package io.crossfact.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What run.json says about one run: when it ran, on what, how many documents and assertions, findings per type
 * and severity, time per stage, versions and the effective config. A plain bean, written by {@link RunJson}.
 *
 * <p>Maps whose order means nothing are kept sorted by key so run.json is byte-stable; {@link #getSecondsPerStage()}
 * keeps the order stages were added, which is the order they ran. {@link #getDiscrepanciesByType()} always holds
 * all seven types and {@link #getDiscrepanciesBySeverity()} all three severities, zeros included, so a scheduler can
 * read a count without checking for its presence.
 *
 * <p>Night-to-night fields come last (so older readers that address fields by position keep working):
 * {@code runDate} is the night this run stands for, {@code previousRun} the run it was compared with (empty when
 * none), {@code triageFile} where reviewers record their decisions, and the four {@code findings*} counts are
 * {@link Triage#compare}'s; {@code triageWarnings} lists what in the triage file could not be used as written
 * (statuses not in lower case or unknown, ids the run does not report), always present, empty when all is well.
 */
@JsonPropertyOrder({"startedAt", "finishedAt", "inputs", "out", "master", "documentsSeen", "documentsOk",
    "documentsQuarantined", "quarantineReasons", "assertionsByKind", "discrepanciesByType",
    "discrepanciesBySeverity", "secondsPerStage", "versions", "config", "runDate", "previousRun", "triageFile",
    "findingsNew", "findingsKnown", "findingsDismissed", "findingsResolved", "triageWarnings", "newBySeverity"})
public class RunSummary {
  /** The seven finding types of the contract, in the order the report lists them. */
  public static final List<String> TYPES = List.of(Finding.FIGURE_CONFLICT, Finding.FIGURE_DRIFT,
      Finding.QUOTE_DRIFT, Finding.QUOTE_MISATTRIBUTION, Finding.ROLE_CONFLICT, Finding.STALE_REPUBLICATION,
      Finding.SUSPECT_EXPERT);
  /** The severities, most serious first. */
  public static final List<String> SEVERITIES = List.of(Finding.HIGH, Finding.MEDIUM, Finding.LOW);

  private String startedAt = "";
  private String finishedAt = "";
  private List<String> inputs = new ArrayList<>();
  private String out = "";
  private String master = "";
  private long documentsSeen;
  private long documentsOk;
  private long documentsQuarantined;
  private Map<String, Long> quarantineReasons = new TreeMap<>();
  private Map<String, Long> assertionsByKind = new TreeMap<>();
  private Map<String, Long> discrepanciesByType = zeros(TYPES);
  private Map<String, Long> discrepanciesBySeverity = zeros(SEVERITIES);
  private LinkedHashMap<String, Double> secondsPerStage = new LinkedHashMap<>();
  private Map<String, String> versions = new TreeMap<>();
  private Map<String, String> config = new TreeMap<>();
  private String runDate = "";
  private String previousRun = "";
  private String triageFile = "";
  private long findingsNew;
  private long findingsKnown;
  private long findingsDismissed;
  private long findingsResolved;
  private List<String> triageWarnings = new ArrayList<>();
  /** New findings (not in the previous run) that no reviewer dismissed, per severity: what --fail-on gates on. */
  private Map<String, Long> newBySeverity = zeros(SEVERITIES);

  public RunSummary() {}

  /** Copies the four night-to-night counts from {@link Triage#compare}. */
  public void setTriageCounts(Triage.Counts c) {
    findingsNew = c.findingsNew();
    findingsKnown = c.findingsKnown();
    findingsDismissed = c.findingsDismissed();
    findingsResolved = c.findingsResolved();
  }

  private static Map<String, Long> zeros(List<String> keys) {
    Map<String, Long> m = new TreeMap<>();
    for (String k : keys) {
      m.put(k, 0L);
    }
    return m;
  }

  private static <V> Map<String, V> sorted(Map<String, V> m) {
    return m == null ? new TreeMap<>() : new TreeMap<>(m);
  }

  /** Counts one finding into the per-type and per-severity totals. */
  public void countFinding(Finding f) {
    discrepanciesByType.merge(f.getType(), 1L, Long::sum);
    discrepanciesBySeverity.merge(f.getSeverity(), 1L, Long::sum);
  }

  /** Counts one quarantined document under its reason prefix (see {@link #reasonPrefix}). */
  public void countQuarantineReason(String reason) {
    quarantineReasons.merge(reasonPrefix(reason), 1L, Long::sum);
  }

  /**
   * The part of a quarantine reason before the first ':' ({@code unreadable: bad gzip} gives {@code unreadable}),
   * so reasons that carry a file-specific detail still group; {@code unknown} for an empty reason.
   */
  public static String reasonPrefix(String reason) {
    String r = reason == null ? "" : reason.strip();
    int colon = r.indexOf(':');
    String p = (colon >= 0 ? r.substring(0, colon) : r).strip();
    return p.isEmpty() ? "unknown" : p;
  }

  /**
   * Records the wall time of a stage. A stage added twice accumulates, so a stage that runs in several passes
   * still gets one line.
   */
  public void addStageSeconds(String stage, double seconds) {
    secondsPerStage.merge(stage, seconds, Double::sum);
  }

  /** Start or finish time in the ISO-8601 UTC form run.json uses, e.g. {@code 2026-11-25T08:00:42.123Z}. */
  public static String isoUtc(java.time.Instant t) {
    return java.time.format.DateTimeFormatter.ISO_INSTANT.format(t);
  }

  public String getStartedAt() { return startedAt; }
  public void setStartedAt(String v) { startedAt = v == null ? "" : v; }
  public String getFinishedAt() { return finishedAt; }
  public void setFinishedAt(String v) { finishedAt = v == null ? "" : v; }
  public List<String> getInputs() { return inputs; }
  public void setInputs(List<String> v) { inputs = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public String getOut() { return out; }
  public void setOut(String v) { out = v == null ? "" : v; }
  public String getMaster() { return master; }
  public void setMaster(String v) { master = v == null ? "" : v; }
  public long getDocumentsSeen() { return documentsSeen; }
  public void setDocumentsSeen(long v) { documentsSeen = v; }
  public long getDocumentsOk() { return documentsOk; }
  public void setDocumentsOk(long v) { documentsOk = v; }
  public long getDocumentsQuarantined() { return documentsQuarantined; }
  public void setDocumentsQuarantined(long v) { documentsQuarantined = v; }
  /** Reason prefix (the text before the first ':' of a quarantine reason) to number of documents. */
  public Map<String, Long> getQuarantineReasons() { return quarantineReasons; }
  public void setQuarantineReasons(Map<String, Long> v) { quarantineReasons = sorted(v); }
  public Map<String, Long> getAssertionsByKind() { return assertionsByKind; }
  public void setAssertionsByKind(Map<String, Long> v) { assertionsByKind = sorted(v); }
  public Map<String, Long> getDiscrepanciesByType() { return discrepanciesByType; }
  /** Replaces the counts; types the map lacks are set to zero. */
  public void setDiscrepanciesByType(Map<String, Long> v) {
    discrepanciesByType = zeros(TYPES);
    if (v != null) {
      discrepanciesByType.putAll(v);
    }
  }
  public Map<String, Long> getDiscrepanciesBySeverity() { return discrepanciesBySeverity; }
  /** Replaces the counts; severities the map lacks are set to zero. */
  public void setDiscrepanciesBySeverity(Map<String, Long> v) {
    discrepanciesBySeverity = zeros(SEVERITIES);
    if (v != null) {
      discrepanciesBySeverity.putAll(v);
    }
  }
  /** Stage name to wall-clock seconds, in the order the stages ran; written with three decimals. */
  public LinkedHashMap<String, Double> getSecondsPerStage() { return secondsPerStage; }
  public void setSecondsPerStage(Map<String, Double> v) {
    secondsPerStage = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v);
  }
  /** Component to version: {@code crossfact}, {@code spark}, {@code java}. */
  public Map<String, String> getVersions() { return versions; }
  public void setVersions(Map<String, String> v) { versions = sorted(v); }
  /** The effective configuration, key to value. */
  public Map<String, String> getConfig() { return config; }
  public void setConfig(Map<String, String> v) { config = sorted(v); }
  /** ISO date of the night this run stands for; findings first seen on it get the report's "new" badge. */
  public String getRunDate() { return runDate; }
  public void setRunDate(String v) { runDate = v == null ? "" : v; }
  /** The previous run's folder (or night) the counts compare with; empty when there was none. */
  public String getPreviousRun() { return previousRun; }
  public void setPreviousRun(String v) { previousRun = v == null ? "" : v; }
  /** The triage CSV reviewers record decisions in ({@code id,status,note,reviewer,date}); empty when not set. */
  public String getTriageFile() { return triageFile; }
  public void setTriageFile(String v) { triageFile = v == null ? "" : v; }
  /** Findings whose id the previous run did not report (all of them when there was no previous run). */
  public long getFindingsNew() { return findingsNew; }
  public void setFindingsNew(long v) { findingsNew = v; }
  /** Findings the previous run reported too. */
  public long getFindingsKnown() { return findingsKnown; }
  public void setFindingsKnown(long v) { findingsKnown = v; }
  /** Findings of this run a reviewer dismissed (they count among new or known as well). */
  public long getFindingsDismissed() { return findingsDismissed; }
  public void setFindingsDismissed(long v) { findingsDismissed = v; }
  /** Findings of the previous run this run no longer reports. */
  public long getFindingsResolved() { return findingsResolved; }
  public void setFindingsResolved(long v) { findingsResolved = v; }

  /** What in the triage file could not be used as written ({@link Triage#warnings}); empty when none. */
  public List<String> getTriageWarnings() { return triageWarnings; }
  public void setTriageWarnings(List<String> v) { triageWarnings = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  /** New, undismissed findings per severity ({@link FailOn#newBySeverity}). */
  public Map<String, Long> getNewBySeverity() { return newBySeverity; }
  public void setNewBySeverity(Map<String, Long> v) { newBySeverity = v == null ? zeros(SEVERITIES) : v; }
}
