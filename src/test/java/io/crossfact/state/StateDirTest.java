package io.crossfact.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirTest {
  @TempDir
  Path dir;

  @Test
  void aSecondOpenWhileLockedIsRefusedWithTheHolder() throws IOException {
    try (StateDir first = StateDir.open(dir)) {
      StateLockedException e = assertThrows(StateLockedException.class, () -> StateDir.open(dir));
      assertTrue(e.getMessage().contains("pid"), e.getMessage());
    }
    try (StateDir again = StateDir.open(dir)) {
      assertEquals(0, again.manifest().parts.size());
    }
  }

  @Test
  void uncommittedPartsAndStagingAreRemovedOnOpen() throws IOException {
    try (StateDir s = StateDir.open(dir)) {
      Path staged = s.staging("part");
      Files.writeString(staged.resolve("x"), "x");
      Manifest m = s.manifest();
      String name = s.nextPartName(m, "2024-03-12");
      s.publish(staged, name);
      s.commit(m.withPart(new Manifest.Part(name, "2024-03-12", 1)));
      Path orphan = s.staging("part");
      s.publish(orphan, s.nextPartName(s.manifest(), "2024-03-12")); // published, never committed
      Files.createDirectories(dir.resolve("staging/report"));
    }
    try (StateDir s = StateDir.open(dir)) {
      assertTrue(Files.isDirectory(dir.resolve("store/ingest_date=2024-03-12/part-0001")));
      assertFalse(Files.exists(dir.resolve("store/ingest_date=2024-03-12/part-0002")));
      assertFalse(Files.exists(dir.resolve("staging")));
      assertEquals("store/ingest_date=2024-03-12/part-0002", s.nextPartName(s.manifest(), "2024-03-12"));
    }
  }

  @Test
  void theNightBeforeIsTheLatestEarlierCommittedNight() {
    Manifest m = new Manifest().withNight("2024-03-12").withNight("2024-03-14").withNight("2024-03-13");
    assertEquals("2024-03-13", m.nightBefore("2024-03-14"));
    assertEquals("2024-03-14", m.nightBefore("2024-03-20"));
    assertEquals(null, m.nightBefore("2024-03-12"));
  }
}
