package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalsTest {
  @Test
  void numbersGoToTheNumericMapInOrderAndWordsAndDatesToTheTextMap() {
    String raw = "evidence=caption;evidence-date=2022-03-03;age-days=412;similarity=0.93";
    assertEquals(List.of("age-days", "similarity"), List.copyOf(Signals.numeric(raw).keySet()));
    assertEquals(Map.of("age-days", 412.0, "similarity", 0.93), Signals.numeric(raw));
    assertEquals(Map.of("evidence", "caption", "evidence-date", "2022-03-03"), Signals.text(raw));
  }

  @Test
  void emptyAndOddEntriesAreKeptNotDropped() {
    assertEquals(Map.of(), Signals.numeric(""));
    assertEquals(Map.of(), Signals.text(null));
    assertEquals(Map.of("flag", ""), Signals.text(" ;flag; "));
    assertEquals(Map.of("x", -1.5, "y", 2e3), Signals.numeric("x=-1.5;y=2e3;z=NaN"));
    assertEquals(Map.of("z", "NaN"), Signals.text("x=-1.5;y=2e3;z=NaN"), "not a finite number: kept as text");
  }
}
