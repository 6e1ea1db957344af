package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crossfact.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailOnTest {
  private static Finding finding(String id, String severity, String status) {
    Finding f = new Finding();
    f.setId(id);
    f.setSeverity(severity);
    f.setStatus(status);
    return f;
  }

  private static final List<Finding> RUN = List.of(
      finding("a", Finding.HIGH, Triage.OPEN),
      finding("b", Finding.HIGH, Triage.DISMISSED),
      finding("c", Finding.MEDIUM, Triage.CONFIRMED),
      finding("d", Finding.LOW, Triage.OPEN),
      finding("e", Finding.HIGH, Triage.OPEN),
      finding("a", Finding.HIGH, Triage.OPEN));

  @Test
  void withoutAPreviousRunEveryUndismissedFindingIsNewAndCountedOnce() {
    Map<String, Long> n = FailOn.newBySeverity(RUN, Set.of());
    assertEquals(Map.of("high", 2L, "medium", 1L, "low", 1L), n);
    assertEquals(2, FailOn.atLeast(n, "high"));
    assertEquals(3, FailOn.atLeast(n, "medium"), "medium counts high findings too");
  }

  @Test
  void findingsThePreviousRunReportedAreNotNew() {
    Map<String, Long> n = FailOn.newBySeverity(RUN, Set.of("a", "e", "gone"));
    assertEquals(0, FailOn.atLeast(n, "high"));
    assertEquals(1, FailOn.atLeast(n, "medium"));
  }

  @Test
  void onlyHighAndMediumAreThresholds() {
    assertEquals("high", FailOn.parse(" HIGH "));
    assertEquals("medium", FailOn.parse("medium"));
    assertNull(FailOn.parse(null));
    assertThrows(IllegalArgumentException.class, () -> FailOn.parse("low"));
    assertThrows(IllegalArgumentException.class, () -> FailOn.parse("severe"));
  }
}
