package io.crossfact.eval.perturb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
  private static final String TEXT = "Mara Velde said the plan works.";

  private static String mapped(Perturbed p, int s, int e) {
    return p.text().substring(p.offsets().start(s), p.offsets().end(e));
  }

  @Test
  void identityMapsEveryOffsetToItself() {
    OffsetMap m = OffsetMap.identity();
    assertEquals(7, m.start(7));
    assertEquals(7, m.end(7));
    assertEquals(0, m.edits());
  }

  @Test
  void insertionAtASpanStartGoesBeforeTheSpanAndAtItsEndAfterIt() {
    Perturbed p = new Perturbed.Builder(TEXT).insert(0, "Dr. ").insert(10, " Jr.").build();
    assertEquals("Dr. Mara Velde Jr. said the plan works.", p.text());
    assertEquals("Mara Velde", mapped(p, 0, 10));
    assertEquals("said", mapped(p, 11, 15));
  }

  @Test
  void insertionInsideASpanBelongsToIt() {
    Perturbed p = new Perturbed.Builder(TEXT).insert(5, "K. ").build();
    assertEquals("Mara K. Velde", mapped(p, 0, 10));
  }

  @Test
  void deletionsAndReplacementsShiftLaterSpans() {
    Perturbed p = new Perturbed.Builder(TEXT).delete(10, 11).replace(30, 31, "!").build();
    assertEquals("Mara Veldesaid the plan works!", p.text());
    assertEquals("said", mapped(p, 11, 15));
    assertEquals("the plan works!", mapped(p, 16, 31));
  }

  @Test
  void aSpanStartingInsideADeletedRangeStartsWhereTheRangeWas() {
    // "Sen. " deleted: a span that began at "Sen." now begins at the name
    Perturbed p = new Perturbed.Builder("Sen. Lee said no.").delete(0, 5).build();
    assertEquals("Lee", mapped(p, 0, 8));
    assertEquals("Lee", mapped(p, 2, 8));
  }

  @Test
  void overlappingEditsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Perturbed.Builder(TEXT).replace(0, 5, "x").replace(3, 8, "y").build());
  }

  @Test
  void onlyInsertedTextTouchesAnInsertion() {
    Perturbed p = new Perturbed.Builder(TEXT).insert(0, "Share this article\n").replace(30, 31, "!").build();
    assertTrue(p.offsets().touchesInsertion(0, 5));
    assertFalse(p.offsets().touchesInsertion(19, 29));
    assertFalse(p.offsets().touchesInsertion(48, 50)); // the replaced "!" is no insertion
  }
}
