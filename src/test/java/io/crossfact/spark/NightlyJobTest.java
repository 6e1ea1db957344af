package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossfact.cli.Main;
import io.crossfact.state.StateDir;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nights over a growing archive (day 2 adds a reprint that turned "will" into "may"; day 3 adds nothing), the
 * same night twice, a second run against a locked state, and runs killed at five moments: during extraction, during
 * the store write, before the commit, right after it, and between the two moves that complete it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobTest {
  private static final Path REPO = Path.of(System.getProperty("crossfact.repo", "."));
  private static final Path EXAMPLES = REPO.resolve("examples/articles");

  @TempDir
  static Path work;

  static Path archive;

  @BeforeAll
  static void archiveOfDayOne() throws IOException {
    SparkTestSession.spark();
    archive = work.resolve("archive");
    Path day1 = Files.createDirectories(archive.resolve("2024-03-12"));
    for (String f : List.of("vt-overdoses-wire.txt", "vt-overdoses-ledger.txt", "ke-drought-reuters.txt")) {
      Files.copy(EXAMPLES.resolve(f), day1.resolve(f));
    }
  }

  static void addDayTwo(Path root) throws IOException {
    String wire = Files.readString(root.resolve("2024-03-12/vt-overdoses-wire.txt"), StandardCharsets.UTF_8);
    // the reprint hedges a promise the wire printed as certain: a new quote drift the night it arrives
    String reprint = wire.replace("we will publish where every dollar goes", "we may publish where every dollar goes")
        .replaceFirst("(?m)^Source: .*$", "Source: Valley Echo");
    Path day2 = Files.createDirectories(root.resolve("2024-03-13"));
    Files.writeString(day2.resolve("vt-overdoses-echo.txt"), reprint, StandardCharsets.UTF_8);
  }

  private static int nightly(Path state, Path reports, String date, String... extra) {
    List<String> args = new ArrayList<>(List.of("nightly", "--archive", archive.toString(), "--state",
        state.toString(), "--reports", reports.toString(), "--date", date, "--conf",
        REPO.resolve("conf/crossfact.properties").toString()));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(new String[0]));
  }

  private static Path afterNightOne() {
    return work.resolve("state-after-night-1");
  }

  private static JsonNode counts(Path reports, String date) throws IOException {
    return new ObjectMapper().readTree(reports.resolve(date).resolve("nightly.json").toFile());
  }

  @Test
  @Order(1)
  void threeNightsCountNewKnownAndResolvedFindings() throws IOException {
    Path state = work.resolve("state");
    Path reports = work.resolve("reports");
    assertEquals(Main.OK, nightly(state, reports, "2024-03-12"));
    JsonNode n1 = counts(reports, "2024-03-12");
    assertEquals(3, n1.get("newDocuments").asInt());
    assertEquals(0, n1.get("known").asInt());
    // The state after night one, for the crash tests to start from (a copy works: the state names its parts by
    // relative paths, and the archive stays where it is).
    copyTree(state, afterNightOne());

    addDayTwo(archive);
    // Night two as a gating pipeline runs it: tables too, and --fail-on medium, which the new quote drift trips.
    assertEquals(Main.NEW_FINDINGS, nightly(state, reports, "2024-03-13", "--format", "parquet",
        "--fail-on", "medium"));
    JsonNode n2 = counts(reports, "2024-03-13");
    assertEquals(1, n2.get("newDocuments").asInt(), "only the new file is ingested");
    assertEquals(4, n2.get("storeDocuments").asInt());
    assertEquals(n1.get("new").asInt(), n2.get("known").asInt(), "last night's findings are known");
    assertEquals(0, n2.get("resolved").asInt(), "a new reprint does not resolve what it repeats");
    assertTrue(n2.get("new").asInt() >= 1, "the mutated quote is a new finding");
    String csv = Files.readString(reports.resolve("2024-03-13/discrepancies.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("quote_drift") && csv.contains("vt-overdoses-echo"), csv);

    JsonNode run2 = new ObjectMapper().readTree(reports.resolve("2024-03-13/run.json").toFile());
    assertEquals(reports.resolve("2024-03-13").toString(), run2.get("out").asText(), "run.json names the report folder");
    assertEquals(n2.get("new").asLong(), run2.get("findingsNew").asLong());
    assertTrue(run2.get("newBySeverity").get("high").asLong() + run2.get("newBySeverity").get("medium").asLong() >= 1,
        run2.toString());
    assertEquals(n2.get("new").asLong() + n2.get("known").asLong(), SparkTestSession.spark().read()
        .parquet(reports.resolve("2024-03-13/discrepancies.parquet").toString()).count(), "the night's findings table");

    // Night three finds nothing new: the same gate passes (and the night writes run.json too).
    assertEquals(Main.OK, nightly(state, reports, "2024-03-14", "--fail-on", "medium"));
    assertTrue(Files.isRegularFile(reports.resolve("2024-03-14/run.json")));
    JsonNode n3 = counts(reports, "2024-03-14");
    assertEquals(0, n3.get("newDocuments").asInt());
    assertEquals(0, n3.get("new").asInt());
    assertEquals(0, n3.get("resolved").asInt());
    assertEquals(n2.get("new").asInt() + n2.get("known").asInt(), n3.get("known").asInt());
  }

  @Test
  @Order(2)
  void theSameNightTwiceGivesIdenticalOutputsAndNoDuplicateState() throws IOException {
    Path state = work.resolve("state");
    Path reports = work.resolve("reports");
    String manifest = withoutPending(state.resolve("manifest.json"));
    String before = Files.readString(reports.resolve("2024-03-13/discrepancies.csv"));
    String countsBefore = counts(reports, "2024-03-13").toString();
    assertEquals(Main.OK, nightly(state, reports, "2024-03-13"));
    assertEquals(manifest, withoutPending(state.resolve("manifest.json")), "no part, night or file added");
    assertEquals(before, Files.readString(reports.resolve("2024-03-13/discrepancies.csv")));
    // the counts come from the committed state, not from what the rerun had to do (it ingested nothing)
    assertEquals(countsBefore, counts(reports, "2024-03-13").toString());
    assertEquals(1, counts(reports, "2024-03-13").get("newDocuments").asInt());
  }

  /** The manifest without the moves of its last commit (they name the last night run, here 03-14, then 03-13). */
  private static String withoutPending(Path manifest) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode m =
        (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(manifest.toFile());
    m.remove("pending");
    return m.toString();
  }

  @Test
  @Order(3)
  void aSecondRunOnALockedStateExitsWithLocked() throws IOException {
    Path state = work.resolve("locked-state");
    try (StateDir held = StateDir.open(state)) {
      assertEquals(Main.LOCKED, nightly(state, work.resolve("locked-reports"), "2024-03-12"));
    }
  }

  @Test
  @Order(4)
  void aRunKilledDuringExtractionLeavesTheStateAsBeforeAndTheRerunMatches() throws Exception {
    crashThenRerun("extract");
  }

  @Test
  @Order(5)
  void aRunKilledDuringTheStoreWriteLeavesTheStateAsBeforeAndTheRerunMatches() throws Exception {
    crashThenRerun("store-write");
  }

  @Test
  @Order(7)
  void aRunKilledAfterItsFindingsHistoryIsStagedButBeforeTheCommitLeavesTheStateAsBefore() throws Exception {
    crashThenRerun("findings");
  }

  @Test
  @Order(8)
  void aRunKilledRightAfterTheCommitIsCompletedByTheNextRunWithTheSameReport() throws Exception {
    crashThenRerun("commit");
  }

  @Test
  @Order(9)
  void aRunKilledBetweenTheHistoryMoveAndTheReportMoveIsCompletedByTheNextRun() throws Exception {
    crashThenRerun("moved-findings");
  }

  /**
   * Incremental comparison gives what a full comparison gives: the examples arrive over three nights (the second
   * brings copies that join old articles' clusters, the third the rest), and the last night's findings equal those
   * of one night over the whole archive in a fresh state, and those of the same night run with --recompute.
   */
  @Test
  @Order(6)
  void nightsThatReuseCarriedResultsFindWhatAFullComparisonFinds() throws IOException {
    Path root = work.resolve("incremental");
    Path arch = root.resolve("archive");
    List<List<String>> nights = List.of(
        List.of("vt-overdoses-wire.txt", "ke-drought-reuters.txt", "vt-treatment-beds-2023.txt", "scan-0001.txt"),
        List.of("vt-overdoses-wire-copy.txt", "ke-drought-reprint.txt", "vt-treatment-beds-repost.txt.gz",
            "vt-overdoses-ledger.txt"),
        List.of("farm-kenya-drought-experts.txt", "ke-drought-observer.txt", "nne-roundup.jsonl",
            "vt-overdoses-current.html", "empty-upload.txt"));
    Path state = root.resolve("state");
    Path reports = root.resolve("reports");
    String[] dates = {"2024-05-01", "2024-05-02", "2024-05-03"};
    for (int i = 0; i < nights.size(); i++) {
      Path day = Files.createDirectories(arch.resolve(dates[i]));
      for (String f : nights.get(i)) {
        Files.copy(EXAMPLES.resolve(f), day.resolve(f));
      }
      assertEquals(Main.OK, run(arch, state, reports, dates[i]));
    }
    String incremental = withoutFirstSeen(reports.resolve("2024-05-03/discrepancies.csv"));
    assertTrue(incremental.contains("quote_drift") && incremental.contains("stale_republication"), incremental);
    // the store keeps no text: the copies report.html diffs whole are read again from the archive
    String page = Files.readString(reports.resolve("2024-05-03/report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("class=\"body-diff\""), "whole-text diffs of copies in the nightly report");
    assertFalse(page.contains("class=\"body-missing\""), "every copy's bodies read from the archive");

    Path fresh = root.resolve("fresh");
    assertEquals(Main.OK, run(arch, fresh.resolve("state"), fresh.resolve("reports"), "2024-05-03"));
    assertEquals(withoutFirstSeen(fresh.resolve("reports/2024-05-03/discrepancies.csv")), incremental);

    assertEquals(Main.OK, run(arch, state, root.resolve("recomputed"), "2024-05-03", "--recompute"));
    assertEquals(withoutFirstSeen(root.resolve("recomputed/2024-05-03/discrepancies.csv")), incremental);
    try (var s = Files.list(state.resolve("carried"))) {
      assertEquals(1, s.count(), "only the committed night's carried results are kept");
    }
  }

  private static int run(Path arch, Path state, Path reports, String date, String... extra) {
    List<String> args = new ArrayList<>(List.of("nightly", "--archive", arch.toString(), "--state", state.toString(),
        "--reports", reports.toString(), "--date", date, "--conf", REPO.resolve("conf/crossfact.properties").toString()));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(new String[0]));
  }

  /** The CSV without its first_seen column, which depends on the night a finding first appeared. */
  private static String withoutFirstSeen(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int col = header.indexOf("first_seen");
    assertTrue(col >= 0, "first_seen column in " + header);
    StringBuilder out = new StringBuilder();
    try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(csv,
        StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.RFC4180)) {
      for (org.apache.commons.csv.CSVRecord r : p) {
        List<String> cells = new ArrayList<>(r.toList());
        cells.remove(col);
        out.append(String.join("\u0001", cells)).append('\n');
      }
    }
    return out.toString();
  }

  /** The archive every crash test runs over (test 1 added day 2 to it). */
  private static Path crashArchive;

  /** The state after test 1's clean night 1 (test 1 runs first and keeps a copy). */
  private static synchronized Path nightOneState() {
    assertTrue(Files.isDirectory(afterNightOne()), "test 1 runs first and keeps the state after night 1");
    crashArchive = archive;
    return afterNightOne();
  }

  /**
   * A copy of the state after a clean night 1; night 2 killed at the crash point (a separate JVM halted there, or,
   * for the points at the end of a night, this JVM's run stopped there: nothing after the point runs);
   * before the commit the state is as before the run and there is no report; after it the night is committed and the
   * next run's opening of the state completes the report with the uninterrupted night's nightly.json and findings;
   * before it, the rerun of night 2 writes the same nightly.json and findings as an uninterrupted night 2.
   */
  private void crashThenRerun(String crashAt) throws Exception {
    Path root = work.resolve("crash-" + crashAt);
    Path state = root.resolve("state");
    copyTree(nightOneState(), state);
    Path reports = root.resolve("reports");
    String manifest = Files.readString(state.resolve("manifest.json"));
    String expectedCounts = counts(work.resolve("reports"), "2024-03-13").toString();
    String expected = Files.readString(work.resolve("reports/2024-03-13/discrepancies.csv"));

    if (List.of("extract", "store-write").contains(crashAt)) {
      assertEquals(137, subprocess(crashArchive, state, reports, "2024-03-13", crashAt), "the run was killed");
    } else { // a full night in a second JVM takes over 5 minutes on a loaded machine: killed in this one
      System.setProperty(NightlyJob.CRASH_AT, crashAt);
      System.setProperty(NightlyJob.CRASH_MODE, "throw");
      try {
        assertEquals(Main.FAILED, run(crashArchive, state, reports, "2024-03-13"), "the run was killed");
      } finally {
        System.clearProperty(NightlyJob.CRASH_AT);
        System.clearProperty(NightlyJob.CRASH_MODE);
      }
    }
    boolean committed = List.of("commit", "moved-findings").contains(crashAt);
    assertFalse(Files.exists(reports.resolve("2024-03-13")), "no report before the commit is completed");
    if (committed) {
      assertTrue(Files.readString(state.resolve("manifest.json")).contains("\"2024-03-13\""), "night 2 committed");
      try (StateDir opened = StateDir.open(state)) {
        assertEquals(expectedCounts, counts(reports, "2024-03-13").toString(), "the next run completes the report");
        assertEquals(expected, Files.readString(reports.resolve("2024-03-13/discrepancies.csv")));
      }
      // No rerun here: the opening above completed the night with the uninterrupted night's report and
      // nightly.json, and a rerun of a committed date is theSameNightTwiceGivesIdenticalOutputsAndNoDuplicateState's
      // (one whole Spark run less per post-commit crash point in the default test time).
      return;
    }
    assertEquals(manifest, Files.readString(state.resolve("manifest.json")), "the state is as before the run");

    assertEquals(Main.OK, run(crashArchive, state, reports, "2024-03-13"));
    assertEquals(expected, Files.readString(reports.resolve("2024-03-13/discrepancies.csv")));
    assertEquals(expectedCounts, counts(reports, "2024-03-13").toString(), "nightly.json identical after recovery");
  }

  /** A separate JVM, so that the simulated kill -9 (Runtime.halt) takes only that run down. */
  private static int subprocess(Path arch, Path state, Path reports, String date, String crashAt) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : System.getProperty("crossfact.jvmFlags", "").split(" ")) {
      if (!flag.isBlank()) {
        cmd.add(flag);
      }
    }
    cmd.add("-Xmx2g");
    if (crashAt != null) {
      cmd.add("-D" + NightlyJob.CRASH_AT + "=" + crashAt);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of("nightly", "--archive", arch.toString(), "--state", state.toString(), "--reports",
        reports.toString(), "--date", date, "--conf", REPO.resolve("conf/crossfact.properties").toString()));
    File log = state.getParent().resolve("run-" + date + "-" + (crashAt == null ? "clean" : crashAt) + ".log").toFile();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) { // a loaded 2-core machine took over 5 minutes
      p.destroyForcibly();
      throw new AssertionError("nightly run did not finish in 10 minutes; see " + log);
    }
    int expected = crashAt == null ? 0 : 137;
    if (p.exitValue() != expected) {
      List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
      System.err.println(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }
    return p.exitValue();
  }

  /** Copies a folder tree, keeping modification times (the archive's files stay the files the state ingested). */
  static void copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
