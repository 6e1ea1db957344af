package io.crossfact.report;

import io.crossfact.model.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code --fail-on high|medium}: a pipeline gate on new findings. A finding counts when it is new in this run (not
 * among the previous run's ids: with no previous run, every finding; in a nightly run, those new against the night
 * before), a reviewer has not dismissed it, and its severity is the threshold or more serious.
 */
public final class FailOn {
  /** The thresholds {@code --fail-on} takes. */
  public static final List<String> THRESHOLDS = List.of(Finding.HIGH, Finding.MEDIUM);

  private FailOn() {}

  /** New, undismissed findings per severity (high, medium, low all present), each id counted once. */
  public static Map<String, Long> newBySeverity(List<Finding> findings, Set<String> previousIds) {
    Map<String, Long> out = new TreeMap<>();
    for (String s : RunSummary.SEVERITIES) {
      out.put(s, 0L);
    }
    Set<String> seen = new HashSet<>();
    for (Finding f : findings) {
      if (seen.add(f.getId()) && !previousIds.contains(f.getId()) && !Triage.DISMISSED.equals(f.getStatus())) {
        out.merge(f.getSeverity(), 1L, Long::sum);
      }
    }
    return out;
  }

  /** How many of the counted findings are at {@code threshold} or more serious. */
  public static long atLeast(Map<String, Long> newBySeverity, String threshold) {
    long n = 0;
    for (String s : RunSummary.SEVERITIES) {
      n += newBySeverity.getOrDefault(s, 0L);
      if (s.equals(threshold)) {
        return n;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + threshold + "'");
  }

  /**
   * {@code --fail-on}'s value as a threshold; null when not given.
   *
   * @throws IllegalArgumentException when it is not high or medium
   */
  public static String parse(String given) {
    if (given == null) {
      return null;
    }
    String t = given.strip().toLowerCase(Locale.ROOT);
    if (!THRESHOLDS.contains(t)) {
      throw new IllegalArgumentException("--fail-on '" + given + "' is not one of " + String.join(", ", THRESHOLDS));
    }
    return t;
  }
}
