package io.crossfact.spark;

import io.crossfact.model.Finding;
import io.crossfact.report.Triage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a run knows of earlier reviews: the reviewers' triage decisions and the previous run's findings (for
 * new/known/resolved counts and first_seen dates). Lives on the driver only.
 */
public final class Review {
  final String runDate;
  final Triage triage;
  final Path triageFile;
  /** The previous run's folder or night, for the report; empty when there is none. */
  final String previousRun;
  final Set<String> previousIds;
  /** Findings to carry first_seen from by id; null when first_seen is already set (the nightly history does it). */
  final List<Finding> previousFindings;

  public Review(String runDate, Triage triage, Path triageFile, String previousRun, Set<String> previousIds,
      List<Finding> previousFindings) {
    this.runDate = runDate;
    this.triage = triage == null ? Triage.empty() : triage;
    this.triageFile = triageFile;
    this.previousRun = previousRun == null ? "" : previousRun;
    this.previousIds = previousIds == null ? Set.of() : previousIds;
    this.previousFindings = previousFindings;
  }

  /** A first run: nothing reviewed, nothing before. */
  public static Review none(String runDate) {
    return new Review(runDate, Triage.empty(), null, "", Set.of(), List.of());
  }
}
