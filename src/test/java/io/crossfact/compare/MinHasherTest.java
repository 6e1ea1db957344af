package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final String STORY = "The county health department said on Tuesday that overdose deaths rose for the"
      + " third year in a row, driven by fentanyl mixed into counterfeit pills sold across the region, and officials"
      + " asked the state for more money to expand treatment programs and distribute naloxone in schools.";

  @Test
  void sameTextGivesSameSignatureFromAnyInstance() {
    long[] a = new MinHasher(64, 16, 5).signature(STORY);
    long[] b = new MinHasher(64, 16, 5).signature(STORY);
    assertArrayEquals(a, b);
    assertEquals(1.0, MinHasher.similarity(a, b));
  }

  @Test
  void signatureIsPinnedSoStoredBandKeysStayJoinable() {
    // Golden values: a change to the hashing or seeds silently breaks joins against signatures from earlier runs.
    MinHasher h = new MinHasher(8, 4, 2);
    long[] sig = h.signature("one two three four");
    assertEquals(GOLDEN_FIRST, sig[0]);
    assertEquals(List.of(GOLDEN_BAND0), h.bandKeys(sig).subList(0, 1));
  }

  static final long GOLDEN_FIRST = -7585687237044480972L;
  static final String GOLDEN_BAND0 = "b00:270b0e65ba19f109";

  @Test
  void typographyAndCaseDoNotChangeTheSignature() {
    MinHasher h = new MinHasher(64, 16, 3);
    assertArrayEquals(h.signature("\u201CWe will not\u2026\u201D she SAID"),
        h.signature("\"we will not...\" she said"));
  }

  @Test
  void nearDuplicateScoresHighAndUnrelatedScoresLow() {
    MinHasher h = new MinHasher(128, 32, 3);
    String edited = STORY.replace("on Tuesday", "on Wednesday");
    String other = "The city council voted to rename the bridge after a local teacher who founded the rowing club"
        + " and coached three generations of students before retiring to the coast with her family last spring.";
    double near = MinHasher.similarity(h.signature(STORY), h.signature(edited));
    double far = MinHasher.similarity(h.signature(STORY), h.signature(other));
    assertTrue(near > 0.75, "near-duplicate similarity " + near);
    assertTrue(far < 0.1, "unrelated similarity " + far);
  }

  @Test
  void nearDuplicatesShareABandKey() {
    MinHasher h = new MinHasher(64, 16, 5);
    List<String> a = h.bandKeys(h.signature(STORY));
    List<String> b = h.bandKeys(h.signature(STORY.replace("third", "fourth")));
    assertEquals(16, a.size());
    assertTrue(a.get(0).matches("b00:[0-9a-f]{16}"), a.get(0));
    assertTrue(a.stream().anyMatch(b::contains));
  }

  @Test
  void emptyTextMatchesNothingAndHasNoBandKeys() {
    MinHasher h = new MinHasher(16, 4, 3);
    long[] empty = h.signature("  ... ");
    assertEquals(0.0, MinHasher.similarity(empty, h.signature("")));
    assertTrue(h.bandKeys(empty).isEmpty());
  }

  @Test
  void signaturesOfDifferentLengthsDoNotCompare() {
    assertEquals(0.0, MinHasher.similarity(new long[] {1, 2}, new long[] {1, 2, 3}));
  }

  @Test
  void hashesMustDivideIntoBands() {
    assertThrows(IllegalArgumentException.class, () -> new MinHasher(10, 3, 2));
  }

  @Test
  void shinglesAndJaccard() {
    assertEquals(Set.of("a b", "b c", "c d"), MinHasher.shingles("A b, c D.", 2));
    assertEquals(Set.of("a b"), MinHasher.shingles("a b", 5));
    assertTrue(MinHasher.shingles("", 2).isEmpty());
    assertEquals(0.5, MinHasher.jaccard(Set.of("x", "y", "z"), Set.of("y", "z", "w")));
    assertEquals(0.0, MinHasher.jaccard(Set.of(), Set.of()));
  }

  @Test
  void signatureEqualsTheMinimumOverTheSetOfShingleHashes() {
    MinHasher h = new MinHasher(64, 16, 5);
    for (String text : List.of("Officials in Zürich counted 1,400 overdose deaths in 2023 — “a grim record,” the "
        + "mayor said, and the mayor said it twice: a grim record, a grim record, a grim record.", "two words",
        "one", "")) {
      long[] expected = new long[64];
      java.util.Arrays.fill(expected, Long.MAX_VALUE);
      for (String sh : MinHasher.shingles(text, 5)) {
        long base = MinHasher.fnv64(sh);
        for (int i = 0; i < 64; i++) {
          long v = MinHasher.mix(base ^ seedOf(h, i));
          if (v == Long.MAX_VALUE) {
            v--;
          }
          expected[i] = Math.min(expected[i], v);
        }
      }
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, h.signature(text), text);
    }
  }

  private static long seedOf(MinHasher h, int i) {
    try {
      java.lang.reflect.Field f = MinHasher.class.getDeclaredField("seeds");
      f.setAccessible(true);
      return ((long[]) f.get(h))[i];
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
