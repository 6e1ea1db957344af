package io.crossfact.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetMapTest {

  /**
   * Original "ab,cd.ef" with spaces inserted before offsets 3 and 6: repaired "ab, cd. ef". Columns: repaired
   * offset, original offset.
   */
  @ParameterizedTest(name = "repaired {0} -> original {1}")
  @CsvSource(textBlock = """
      0, 0
      3, 3
      4, 3
      5, 4
      7, 6
      8, 6
      9, 7
      10, 8
      """)
  void repairedOffsetsMapBack(int repaired, int original) {
    OffsetMap map = OffsetMap.ofInsertions(new int[] {3, 6});
    assertEquals(original, map.toOriginal(repaired));
  }

  @ParameterizedTest(name = "original {0} -> repaired {1}")
  @CsvSource(textBlock = """
      0, 0
      2, 2
      3, 4
      5, 6
      6, 8
      8, 10
      """)
  void originalOffsetsMapForward(int original, int repaired) {
    OffsetMap map = OffsetMap.ofInsertions(new int[] {3, 6});
    assertEquals(repaired, map.toRepaired(original));
  }

  @ParameterizedTest(name = "inserted at {0}: {1}")
  @CsvSource(textBlock = """
      2, false
      3, true
      4, false
      7, true
      """)
  void knowsWhichCharactersWereInserted(int repaired, boolean inserted) {
    OffsetMap map = OffsetMap.ofInsertions(new int[] {3, 6});
    assertEquals(inserted, map.isInserted(repaired));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      0
      5
      100
      """)
  void identityMapsEveryOffsetToItself(int offset) {
    assertTrue(OffsetMap.identity().isIdentity());
    assertEquals(offset, OffsetMap.identity().toOriginal(offset));
    assertEquals(offset, OffsetMap.identity().toRepaired(offset));
    assertFalse(OffsetMap.ofInsertions(new int[] {1}).isIdentity());
  }
}
