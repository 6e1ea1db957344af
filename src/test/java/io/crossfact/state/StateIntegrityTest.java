package io.crossfact.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checksums, verification, the commit protocol and repair on small state folders built here (fake Parquet bytes;
 * the nightly job's own runs over damaged states are in {@code StateCorruptionTest}).
 */
class StateIntegrityTest {
  @TempDir
  Path dir;

  private Path reports() {
    return dir.resolve("reports");
  }

  /** One night the way the nightly job commits it: a part of four datasets, carried results, history, report. */
  private Manifest night(String date, int documents) throws IOException {
    try (StateDir s = StateDir.open(dir.resolve("state"))) {
      Manifest m = s.verifiedManifest();
      Path staged = s.staging("part");
      for (String dataset : List.of("documents", "files", "assertions", "digests", "profiles")) {
        Files.createDirectories(staged.resolve(dataset));
        Files.writeString(staged.resolve(dataset).resolve("part-00000.parquet"), dataset + " of " + date);
        Files.writeString(staged.resolve(dataset).resolve("_SUCCESS"), "");
      }
      Manifest.Part part = new Manifest.Part(s.nextPartName(m, date), date, documents, 2L);
      s.publishPart(staged, part);
      Manifest next = m.withPart(part);
      Path carried = s.staging("carried");
      Files.createDirectories(carried.resolve("groups"));
      Files.writeString(carried.resolve("groups/part-00000.parquet"), "groups up to " + date);
      String carriedName = "carried/c-" + date;
      s.publish(carried, carriedName);
      next = next.withNight(date).withCarried(new Manifest.Carried(carriedName, date, List.of(part.name), "fp"));
      Path findings = s.staging("findings").resolve(date + ".csv");
      Files.writeString(findings, "id,type,first_seen\nf1,quote_drift," + date + "\n");
      Path report = s.staging("report");
      Files.writeString(report.resolve("nightly.json"), "{\"date\":\"" + date + "\"}");
      Manifest committed = s.commitNight(next, date, findings, report, reports().resolve(date));
      s.completePending(committed, null);
      s.removeUncommittedCarried(committed);
      return committed;
    }
  }

  private Path state() {
    return dir.resolve("state");
  }

  /** Every file under the state except the lock and what repair moves aside: path to content. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(state())) {
      for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String rel = state().relativize(p).toString();
        if (!rel.equals("lock") && !rel.startsWith("aside")) {
          out.put(rel, StateIntegrity.sha256(p));
        }
      }
    }
    return out;
  }

  private String onlyPart() throws IOException {
    return StateDir.read(state().resolve("manifest.json")).parts.get(0).name;
  }

  @Test
  void theManifestRecordsEveryCommittedFileWithSizeAndChecksumAndKeepsThePreviousOne() throws IOException {
    night("2024-03-12", 3);
    Manifest first = StateDir.read(state().resolve("manifest.json"));
    List<String> paths = first.files.stream().map(f -> f.path).collect(Collectors.toList());
    assertTrue(paths.contains("findings/2024-03-12.csv"), paths.toString());
    assertTrue(paths.contains("carried/c-2024-03-12/groups/part-00000.parquet"), paths.toString());
    assertTrue(paths.contains(first.parts.get(0).name + "/assertions/part-00000.parquet"), paths.toString());
    assertTrue(paths.contains(first.parts.get(0).name + "/_part.json"), paths.toString());
    Manifest.FileEntry history = first.files.stream().filter(f -> f.path.startsWith("findings/")).findFirst().get();
    Path historyFile = state().resolve("findings/2024-03-12.csv");
    assertEquals(Files.size(historyFile), history.size);
    assertEquals(StateIntegrity.sha256(historyFile), history.sha256);
    assertEquals(List.of(), StateIntegrity.verify(state(), first));

    night("2024-03-13", 1);
    Manifest prev = StateDir.read(state().resolve("manifest.prev.json"));
    assertEquals(List.of("2024-03-12"), prev.nights, "the manifest before the last commit is kept");
    assertTrue(Files.isRegularFile(reports().resolve("2024-03-13/nightly.json")), "the report is in place");
    assertFalse(Files.exists(state().resolve("carried/c-2024-03-12")), "only the committed carried results");
  }

  @Test
  void aDamagedManifestStopsWithOneLineNamingItAndRepairRebuildsTheSameState() throws IOException {
    night("2024-03-12", 3);
    night("2024-03-13", 1);
    Manifest good = StateDir.read(state().resolve("manifest.json"));
    byte[] bytes = Files.readAllBytes(state().resolve("manifest.json"));
    Files.write(state().resolve("manifest.json"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
    Map<String, String> before = snapshot();

    DamagedStateException e;
    try (StateDir s = StateDir.open(state())) {
      e = assertThrows(DamagedStateException.class, s::verifiedManifest);
    }
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains(state().resolve("manifest.json").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("jobs/crossfact repair --state " + state()), e.getMessage());
    assertEquals(before, snapshot(), "a damaged manifest deletes nothing");

    StateRepair.Result r = StateRepair.repair(state(), false);
    assertFalse(r.refused, String.join("\n", r.lines));
    assertRebuiltLike(good);
  }

  @Test
  void aMissingManifestDeletesNothingAndRepairRebuildsItFromThePartsAndHistoryOnDisk() throws IOException {
    night("2024-03-12", 3);
    night("2024-03-13", 1);
    Manifest good = StateDir.read(state().resolve("manifest.json"));
    Files.delete(state().resolve("manifest.json"));
    Files.createDirectories(state().resolve("staging/part"));
    Map<String, String> before = snapshot();
    try (StateDir s = StateDir.open(state())) {
      DamagedStateException e = assertThrows(DamagedStateException.class, s::verifiedManifest);
      assertTrue(e.getMessage().contains("manifest.json is missing"), e.getMessage());
      assertTrue(e.getMessage().contains("2 store parts, 2 findings histories"), e.getMessage());
    }
    assertEquals(before, snapshot(), "no part, history or carried result was deleted");
    assertFalse(Files.exists(state().resolve("staging")), "uncommitted staging is moved aside");

    StateRepair.Result r = StateRepair.repair(state(), false);
    assertFalse(r.refused, String.join("\n", r.lines));
    assertRebuiltLike(good);
  }

  /** The same parts (with their counts), nights and files as the undamaged manifest; carried results dropped. */
  private void assertRebuiltLike(Manifest good) throws IOException {
    try (StateDir s = StateDir.open(state())) {
      Manifest m = s.verifiedManifest();
      assertEquals(good.nights, m.nights);
      assertEquals(json(good.parts), json(m.parts));
      assertEquals(json(good.files.stream().filter(f -> !f.path.startsWith("carried/")).collect(Collectors.toList())),
          json(m.files));
      assertNull(m.carried, "derived: the next night recomputes it");
    }
  }

  private static String json(Object o) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
  }

  @Test
  void aDeletedStorePartFileStopsTheNightAndRepairRefusesWithTheListChangingNothing() throws IOException {
    night("2024-03-12", 3);
    String part = onlyPart();
    Files.delete(state().resolve(part + "/documents/part-00000.parquet"));
    Files.writeString(state().resolve(part + "/assertions/part-00000.parquet"), "other bytes, same length!!!!!");
    Map<String, String> before = snapshot();
    try (StateDir s = StateDir.open(state())) {
      DamagedStateException e = assertThrows(DamagedStateException.class, s::verifiedManifest);
      assertTrue(e.getMessage().contains(part + "/assertions/part-00000.parquet"), e.getMessage());
      assertTrue(e.getMessage().contains(part + "/documents/part-00000.parquet (missing)"), e.getMessage());
      assertTrue(e.getMessage().contains("repair --state"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    }
    StateRepair.Result r = StateRepair.repair(state(), false);
    assertTrue(r.refused);
    assertEquals(List.of(part + "/assertions/part-00000.parquet", part + "/documents/part-00000.parquet"),
        r.lost.stream().map(p -> p.path).sorted().collect(Collectors.toList()));
    assertEquals(before, snapshot(), "a refused repair changes nothing");
  }

  @Test
  void aDeletedHistoryIsRefusedAndForgettingItIsExplicitAndMovesNothingCommittedOutOfReach() throws IOException {
    night("2024-03-12", 3);
    night("2024-03-13", 1);
    Files.delete(state().resolve("findings/2024-03-13.csv"));
    try (StateDir s = StateDir.open(state())) {
      DamagedStateException e = assertThrows(DamagedStateException.class, s::verifiedManifest);
      assertTrue(e.getMessage().contains("findings/2024-03-13.csv (missing)"), e.getMessage());
    }
    assertTrue(StateRepair.repair(state(), false).refused);
    StateRepair.Result r = StateRepair.repair(state(), true);
    assertFalse(r.refused);
    try (StateDir s = StateDir.open(state())) {
      Manifest m = s.verifiedManifest();
      assertEquals(List.of("2024-03-12"), m.nights);
      assertEquals(2, m.parts.size(), "the store is kept whole");
    }
  }

  @Test
  void garbageInCarriedResultsIsRepairedByDroppingThemAndUnlistedFilesInAPartAreMovedAside() throws IOException {
    night("2024-03-12", 3);
    String part = onlyPart();
    Files.writeString(state().resolve("carried/c-2024-03-12/groups/part-00007.parquet"), "garbage");
    Files.writeString(state().resolve(part + "/digests/part-00009.parquet"), "not ours");
    try (StateDir s = StateDir.open(state())) {
      DamagedStateException e = assertThrows(DamagedStateException.class, s::verifiedManifest);
      assertTrue(e.getMessage().contains("carried/c-2024-03-12/groups/part-00007.parquet (not in the manifest)"),
          e.getMessage());
    }
    StateRepair.Result r = StateRepair.repair(state(), false);
    assertFalse(r.refused, String.join("\n", r.lines));
    try (StateDir s = StateDir.open(state())) {
      Manifest m = s.verifiedManifest();
      assertNull(m.carried);
      assertEquals(1, m.parts.size());
    }
    assertFalse(Files.exists(state().resolve(part + "/digests/part-00009.parquet")));
    try (Stream<Path> aside = Files.walk(state().resolve("aside"))) {
      assertEquals(2, aside.filter(p -> p.getFileName().toString().matches("part-0000[79].parquet")).count(),
          "moved aside, not deleted");
    }
  }

  @Test
  void aKillAfterTheCommitIsCompletedByTheNextOpen() throws IOException {
    night("2024-03-12", 3);
    try (StateDir s = StateDir.open(state())) {
      Manifest m = s.verifiedManifest().withNight("2024-03-13");
      Path findings = s.staging("findings").resolve("2024-03-13.csv");
      Files.writeString(findings, "id,type,first_seen\nf2,role_conflict,2024-03-13\n");
      Path report = s.staging("report");
      Files.writeString(report.resolve("nightly.json"), "{\"date\":\"2024-03-13\"}");
      s.commitNight(m, "2024-03-13", findings, report, reports().resolve("2024-03-13"));
      // killed here: neither the history nor the report is in place
    }
    assertFalse(Files.exists(reports().resolve("2024-03-13")));
    try (StateDir s = StateDir.open(state())) {
      assertTrue(Files.isRegularFile(reports().resolve("2024-03-13/nightly.json")), "the report move is completed");
      assertEquals(List.of("2024-03-12", "2024-03-13"), s.verifiedManifest().nights);
      assertTrue(Files.readString(state().resolve("findings/2024-03-13.csv"), StandardCharsets.UTF_8)
          .contains("f2"));
    }
  }

  @Test
  void aKillBeforeTheCommitLeavesTheStateAsItWasAndTheLeftoversAreMovedAsideNotDeleted() throws IOException {
    night("2024-03-12", 3);
    Manifest before = StateDir.read(state().resolve("manifest.json"));
    try (StateDir s = StateDir.open(state())) {
      Path staged = s.staging("part");
      Files.createDirectories(staged.resolve("documents"));
      Files.writeString(staged.resolve("documents/part-00000.parquet"), "uncommitted");
      s.publishPart(staged, new Manifest.Part(s.nextPartName(before, "2024-03-13"), "2024-03-13", 1, 1L));
      Files.createDirectories(state().resolve("outbox/report-2024-03-13"));
    }
    try (StateDir s = StateDir.open(state())) {
      assertEquals(json(before), json(s.verifiedManifest()));
      assertFalse(Files.exists(state().resolve("store/ingest_date=2024-03-13/part-0001")));
      assertFalse(Files.exists(reports().resolve("2024-03-13")), "no report of an uncommitted night");
    }
    try (Stream<Path> aside = Files.walk(state().resolve("aside"))) {
      assertTrue(aside.anyMatch(p -> p.endsWith("part-0001/documents/part-00000.parquet")));
    }
  }

  @Test
  void aStateFromBeforeChecksumsIsAcceptedOnceWithAWarningAndUpgraded() throws IOException {
    night("2024-03-12", 3);
    Manifest v2 = StateDir.read(state().resolve("manifest.json"));
    Manifest v1 = v2.copy();
    v1.version = 1;
    v1.files.clear();
    v1.pending.clear();
    v1.parts.get(0).inputFiles = null;
    Files.delete(state().resolve(v1.parts.get(0).name + "/_part.json"));
    Files.write(state().resolve("manifest.json"), new com.fasterxml.jackson.databind.ObjectMapper()
        .writerWithDefaultPrettyPrinter().writeValueAsBytes(v1));
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.err;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try (StateDir s = StateDir.open(state())) {
      Manifest m = s.verifiedManifest();
      assertEquals(Manifest.CURRENT_VERSION, m.version);
      assertEquals(v2.files.size(), m.files.size(), "every file recorded, the part's record written");
    } finally {
      System.setErr(old);
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("written before checksums"), err.toString());
    err.reset();
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try (StateDir s = StateDir.open(state())) {
      s.verifiedManifest();
    } finally {
      System.setErr(old);
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8), "accepted once: no warning the second time");
  }

  @Test
  void aVersionOneStateMissingAPartDatasetIsNotUpgradedButStopped() throws IOException {
    night("2024-03-12", 3);
    Manifest v1 = StateDir.read(state().resolve("manifest.json")).copy();
    v1.version = 1;
    v1.files.clear();
    Files.write(state().resolve("manifest.json"), new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsBytes(v1));
    StateDir.deleteTree(state().resolve(v1.parts.get(0).name + "/assertions"));
    try (StateDir s = StateDir.open(state())) {
      DamagedStateException e = assertThrows(DamagedStateException.class, s::verifiedManifest);
      assertTrue(e.getMessage().contains(v1.parts.get(0).name + "/assertions (missing)"), e.getMessage());
    }
  }
}
