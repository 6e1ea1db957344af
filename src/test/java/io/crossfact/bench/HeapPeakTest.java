package io.crossfact.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The peak sees what was live at a collection, and never more than the heap can hold. */
class HeapPeakTest {
  private static volatile Object keep;

  @Test
  void seesTheHeapHeldAtACollectionAndStaysWithinTheMaximum() throws Exception {
    long held = 64L << 20;
    try (HeapPeak peak = HeapPeak.start()) {
      keep = new byte[(int) held];
      System.gc();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (peak.peakBytes() < held && System.nanoTime() < deadline) {
        Thread.sleep(20); // the collectors' notifications arrive on their own thread
      }
      long p = peak.peakBytes();
      assertTrue(p >= held, "peak " + p + " below the " + held + " bytes held");
      assertTrue(p <= Runtime.getRuntime().maxMemory(), "peak " + p + " above the maximum heap");
      keep = null;
    }
  }
}
