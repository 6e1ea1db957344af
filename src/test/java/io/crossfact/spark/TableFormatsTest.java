package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableFormatsTest {
  @Test
  void csvIsAlwaysWrittenAndFormatsAreCaseAndSpaceInsensitive() {
    assertEquals(Set.of("csv"), TableStage.parseFormats(List.of()));
    assertEquals(Set.of("csv", "parquet", "json"), TableStage.parseFormats(List.of("Parquet, JSON")));
    assertEquals(Set.of("csv", "json"), TableStage.parseFormats(List.of("jsonl")));
    assertThrows(IllegalArgumentException.class, () -> TableStage.parseFormats(List.of("csv,xlsx")));
  }

  @Test
  void tablesGoToTheOutputFolderAsAFileUriUnlessAUriIsGiven() {
    CheckOptions local = new CheckOptions(List.of("in"), Path.of("/data/out"), "", Set.of("csv", "parquet"), null);
    assertEquals("file:///data/out", local.tablesRoot());
    CheckOptions s3 = new CheckOptions(List.of("in"), Path.of("/data/out"), "", Set.of("csv", "parquet"),
        "s3a://bucket/crossfact");
    assertEquals("s3a://bucket/crossfact", s3.tablesRoot());
    NightlyOptions night = new NightlyOptions("arch", Path.of("/s"), Path.of("/r"), "2024-06-03", "", null, null,
        false, Set.of("csv", "json"), "hdfs:///tables/");
    CheckOptions report = night.report(Path.of("/s/staging/report"));
    assertEquals("hdfs:///tables/2024-06-03", report.tablesRoot(), "one folder per night under --tables");
    assertEquals("/r/2024-06-03", report.shownOut, "run.json names the report folder, not the staging one");
    NightlyOptions inReport = new NightlyOptions("arch", Path.of("/s"), Path.of("/r"), "2024-06-03", "", null, null);
    assertEquals("file:///s/staging/report", inReport.report(Path.of("/s/staging/report")).tablesRoot(),
        "by default the tables sit in the night's report folder (staged, then moved with it)");
  }
}
