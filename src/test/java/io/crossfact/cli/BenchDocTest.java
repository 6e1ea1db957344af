package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code jobs/bench} rewrites the table of docs/benchmarks.md, never the sections written by hand after it. */
class BenchDocTest {
  private static final String HEAD_OLD = "# Benchmarks\n\nold run line\n\n| a |\n|---:|\n| 1 |\n\n"
      + BenchCommand.TABLE_END + "\n";
  private static final String HEAD_NEW = "# Benchmarks\n\nnew run line\n\n| a |\n|---:|\n| 2 |\n\n"
      + BenchCommand.TABLE_END + "\n";

  @Test
  void keepsWhatFollowsTheTable() {
    String doc = HEAD_OLD + "\n## Small inputs\n\nmeasured by hand\n";
    assertEquals(HEAD_NEW + "\n## Small inputs\n\nmeasured by hand\n", BenchCommand.withTable(doc, HEAD_NEW));
  }

  @Test
  void aNewDocumentIsTheTableAlone() {
    assertEquals(HEAD_NEW, BenchCommand.withTable("", HEAD_NEW));
    assertEquals(HEAD_NEW, BenchCommand.withTable(HEAD_OLD, HEAD_NEW));
  }

  @Test
  void aDocumentWithoutTheMarkerIsKeptWhole() {
    String doc = "# Notes\n\nwritten by hand\n";
    String out = BenchCommand.withTable(doc, HEAD_NEW);
    assertTrue(out.startsWith(HEAD_NEW));
    assertTrue(out.endsWith(doc));
  }

  @Test
  void hotMethodsBecomeATableWithTheirShareAndCaller() {
    java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
    r.put("profileSamples", 12345L);
    r.put("hotMethods", java.util.List.of(
        java.util.Map.of("method", "io.crossfact.compare.MinHasher.signature", "samples", 700L, "percent", 5.7,
            "caller", ""),
        java.util.Map.of("method", "java.lang.StringLatin1.charAt", "samples", 300L, "percent", 2.4,
            "caller", "io.crossfact.ingest.BoilerplateBlanker.classify")));
    assertEquals("| method (12,345 samples) | % | nearest crossfact caller |\n|---|---:|---|\n"
        + "| io.crossfact.compare.MinHasher.signature | 5.7 |  |\n"
        + "| java.lang.StringLatin1.charAt | 2.4 | io.crossfact.ingest.BoilerplateBlanker.classify |\n",
        BenchCommand.hotTable(r));
  }
}
