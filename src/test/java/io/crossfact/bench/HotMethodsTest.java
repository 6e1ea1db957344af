package io.crossfact.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording of a known busy loop names that loop as the hottest method, and its crossfact caller. */
class HotMethodsTest {
  @TempDir
  Path dir;

  private static volatile long sink;

  /** Spins for about {@code millis} in one method with no calls inside its loop. */
  static long burn(long millis) {
    long end = System.nanoTime() + millis * 1_000_000L;
    long x = 1;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 10_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
    }
    return x;
  }

  @Test
  void aBusyLoopIsTheHottestMethod() throws Exception {
    Path file;
    try (HotMethods.Recorder r = HotMethods.record(dir.resolve("x.jfr"))) {
      sink = burn(1500);
      file = r.stop();
    }
    HotMethods.Summary s = HotMethods.read(file, 3);
    assertTrue(s.samples() >= 20, "samples: " + s.samples());
    assertTrue(s.top().size() >= 1 && s.top().size() <= 3, s.top().toString());
    HotMethods.Hot first = s.top().get(0);
    assertEquals("io.crossfact.bench.HotMethodsTest.burn", first.method(), s.top().toString());
    assertTrue(first.percent() > 50, s.top().toString());
    assertEquals("io.crossfact.bench.HotMethodsTest.aBusyLoopIsTheHottestMethod", first.caller(),
        "the nearest crossfact frame below the top one");
    for (int i = 1; i < s.top().size(); i++) {
      assertTrue(s.top().get(i - 1).samples() >= s.top().get(i).samples(), "most samples first: " + s.top());
    }
  }
}
