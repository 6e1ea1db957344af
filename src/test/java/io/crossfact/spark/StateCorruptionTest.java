package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.cli.Main;
import io.crossfact.state.StateIntegrity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six corruptions of a nightly state folder, each applied to a copy of the state after night 1, then night 2
 * (about 8 minutes on a loaded 2-core machine: four nights, the rest stops before Spark):
 * every one either stops with exit 6 and one line naming the file and what to run, after which {@code repair} gives
 * a night 2 identical (nightly.json and findings) to the undamaged one, or repair refuses with the list and the state
 * stays as it was. None exits 0 with different results; none deletes committed data.
 */
class StateCorruptionTest {
  private static final Path REPO = Path.of(System.getProperty("crossfact.repo", "."));
  private static final String NIGHT_1 = "2024-03-12";
  private static final String NIGHT_2 = "2024-03-13";

  @TempDir
  static Path work;

  static Path archive;
  /** The state after a clean night 1. */
  static Path base;
  /** An undamaged night 2's report. */
  static Path reference;

  @BeforeAll
  static void nightOneAndAnUndamagedNightTwo() throws IOException {
    SparkTestSession.spark();
    archive = work.resolve("archive");
    Path day1 = Files.createDirectories(archive.resolve(NIGHT_1));
    for (String f : List.of("vt-overdoses-wire.txt", "vt-overdoses-ledger.txt", "ke-drought-reuters.txt")) {
      Files.copy(REPO.resolve("examples/articles").resolve(f), day1.resolve(f));
    }
    base = work.resolve("base/state");
    assertEquals(Main.OK, nightly(base, work.resolve("base/reports"), NIGHT_1).exit);
    NightlyJobTest.addDayTwo(archive);
    Path undamaged = copy("undamaged");
    assertEquals(Main.OK, nightly(undamaged, work.resolve("undamaged/reports"), NIGHT_2).exit);
    reference = work.resolve("undamaged/reports").resolve(NIGHT_2);
  }

  /**
   * Truncated and missing manifests: both stop, both repair to the same manifest byte for byte (rebuilt from the
   * parts and history on disk), so one night 2 after repair shows what both give.
   */
  @Test
  void aTruncatedOrMissingManifestStopsDeletingNothingThenRepairGivesTheUndamagedNight() throws IOException {
    Path truncated = copy("truncated");
    byte[] m = Files.readAllBytes(truncated.resolve("manifest.json"));
    Files.write(truncated.resolve("manifest.json"), java.util.Arrays.copyOf(m, m.length / 2));
    Path missing = copy("missing");
    Files.delete(missing.resolve("manifest.json"));

    Map<String, String> primary = files(missing, "store", "findings");
    assertStopped(nightly(missing, missing.resolveSibling("reports"), NIGHT_2), "manifest.json is missing", missing);
    assertEquals(primary, files(missing, "store", "findings"), "a missing manifest deletes nothing");
    Run repaired = repair(missing);
    assertEquals(Main.OK, repaired.exit, repaired.err);

    stopsThenRepairs(truncated, "manifest.json cannot be read");
    assertEquals(Files.readString(truncated.resolveSibling("manifest.repaired.json")),
        Files.readString(missing.resolve("manifest.json")), "the same manifest rebuilt from the same files");
  }

  @Test
  void garbageInCarriedStopsThenRepairGivesTheUndamagedNight() throws IOException {
    Path state = copy("carried");
    Path groups = only(state, "carried").resolve("groups");
    Path parquet = firstParquet(groups);
    Files.writeString(parquet, "garbage where a Parquet file was");
    Files.writeString(groups.resolve("part-09999-junk.snappy.parquet"), "more garbage");
    stopsThenRepairs(state, state.relativize(parquet).toString());
  }

  @Test
  void aDeletedDocumentsPartFileStopsAndRepairRefusesWithTheListChangingNothing() throws IOException {
    refused("documents");
  }

  @Test
  void aDeletedAssertionsPartFileStopsAndRepairRefusesWithTheListChangingNothing() throws IOException {
    refused("assertions");
  }

  @Test
  void aDeletedFindingsHistoryStopsAndRepairRefusesWithTheListChangingNothing() throws IOException {
    Path state = copy("history");
    Path history = state.resolve("findings").resolve(NIGHT_1 + ".csv");
    Files.delete(history);
    stopsAndIsRefused(state, state.relativize(history).toString());
  }

  private void refused(String dataset) throws IOException {
    Path state = copy(dataset);
    Path part = firstParquet(only(state, "store/ingest_date=" + NIGHT_1).resolve(dataset));
    Files.delete(part);
    stopsAndIsRefused(state, state.relativize(part).toString());
  }

  /** Night 2 exits 6 naming the file; repair fixes it; night 2 then equals the undamaged one; nothing was lost. */
  private void stopsThenRepairs(Path state, String named) throws IOException {
    Map<String, String> primary = files(state, "store", "findings");
    Path reports = state.resolveSibling("reports");
    Run stopped = nightly(state, reports, NIGHT_2);
    assertStopped(stopped, named, state);
    assertEquals(primary, files(state, "store", "findings"), "a stopped night deletes nothing");

    Run repaired = repair(state);
    assertEquals(Main.OK, repaired.exit, repaired.err);
    Files.copy(state.resolve("manifest.json"), state.resolveSibling("manifest.repaired.json"));
    Run night = nightly(state, reports, NIGHT_2);
    assertEquals(Main.OK, night.exit, night.err);
    assertEquals(Files.readString(reference.resolve("nightly.json")),
        Files.readString(reports.resolve(NIGHT_2).resolve("nightly.json")), "nightly.json as undamaged");
    assertEquals(Files.readString(reference.resolve("discrepancies.csv")),
        Files.readString(reports.resolve(NIGHT_2).resolve("discrepancies.csv")), "findings as undamaged");
    Map<String, String> after = files(state, "store", "findings");
    primary.forEach((path, sha) -> assertEquals(sha, after.get(path), path + " kept"));
  }

  /** Night 2 exits 6 naming the file; repair exits 6 listing it; the state is unchanged; night 2 still stops. */
  private void stopsAndIsRefused(Path state, String named) throws IOException {
    Map<String, String> before = files(state, "");
    Path reports = state.resolveSibling("reports");
    assertStopped(nightly(state, reports, NIGHT_2), named, state);
    Run refusal = repair(state);
    assertEquals(Main.DAMAGED_STATE, refusal.exit, refusal.err);
    assertTrue(refusal.err.contains(named), refusal.err);
    assertTrue(refusal.err.contains("restore"), refusal.err);
    assertEquals(before, files(state, ""), "neither the night nor the refused repair changed the state");
    assertStopped(nightly(state, reports, NIGHT_2), named, state);
    assertFalse(Files.exists(reports.resolve(NIGHT_2)), "no report from a damaged state");
  }

  private static void assertStopped(Run r, String named, Path state) {
    assertEquals(Main.DAMAGED_STATE, r.exit, r.err);
    List<String> lines = r.err.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
    assertEquals(1, lines.size(), r.err);
    assertTrue(lines.get(0).contains(named), lines.get(0));
    assertTrue(lines.get(0).contains("next: jobs/crossfact repair --state " + state), lines.get(0));
  }

  private static Path copy(String name) throws IOException {
    Path state = work.resolve(name).resolve("state");
    NightlyJobTest.copyTree(base, state);
    return state;
  }

  private static Path only(Path state, String folder) throws IOException {
    try (Stream<Path> s = Files.list(state.resolve(folder))) {
      List<Path> all = s.collect(Collectors.toList());
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  private static Path firstParquet(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("part-.*\\.parquet")).sorted().findFirst().get();
    }
  }

  /** path to SHA-256 of every file under the given folders of the state (the lock aside). */
  private static Map<String, String> files(Path state, String... folders) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String folder : folders) {
      Path dir = state.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
          String rel = state.relativize(p).toString();
          if (!rel.equals("lock")) {
            out.put(rel, StateIntegrity.sha256(p));
          }
        }
      }
    }
    assertNotEquals(0, out.size());
    return out;
  }

  private static final class Run {
    final int exit;
    final String err;

    Run(int exit, String err) {
      this.exit = exit;
      this.err = err;
    }
  }

  private static Run nightly(Path state, Path reports, String date) {
    return captured("nightly", "--archive", archive.toString(), "--state", state.toString(), "--reports",
        reports.toString(), "--date", date, "--conf", REPO.resolve("conf/crossfact.properties").toString());
  }

  private static Run repair(Path state) {
    return captured("repair", "--state", state.toString());
  }

  /** Main.execute with stderr captured (Spark's own logging goes to its console appender, not here). */
  private static synchronized Run captured(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.execute(new ArrayList<>(List.of(args)).toArray(new String[0]));
    } finally {
      System.setErr(old);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    old.print(text);
    return new Run(exit, text);
  }
}
