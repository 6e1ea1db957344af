package io.crossfact.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config error names where the bad value came from: --set, the properties file, or the defaults. */
class ConfigSourceTest {
  @TempDir Path dir;

  @Test
  void aBadSetValueIsBlamedOnSetNotOnTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("c.properties"), "spark.shufflePartitions = 4\n");
    String msg = assertThrows(ConfigException.class,
        () -> CrossfactConfig.load(file, Map.of("copies.minSimilarity", "lots"))).getMessage();
    assertTrue(msg.contains("--set copies.minSimilarity=lots"), msg);
    assertFalse(msg.contains(file.toString()), msg);
  }

  @Test
  void aBadFileValueNamesTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("c.properties"), "copies.minSimilarity = lots\n");
    String msg = assertThrows(ConfigException.class, () -> CrossfactConfig.load(file, Map.of())).getMessage();
    assertTrue(msg.contains(file.toString()), msg);
    assertFalse(msg.contains("--set"), msg);
  }

  @Test
  void aCrossKeyConflictNamesEachSide() throws Exception {
    Path file = Files.writeString(dir.resolve("c.properties"), "severity.high = 0.5\n");
    String msg = assertThrows(ConfigException.class,
        () -> CrossfactConfig.load(file, Map.of("severity.medium", "0.9"))).getMessage();
    assertTrue(msg.contains("--set severity.medium=0.9"), msg);
    assertTrue(msg.contains(file.toString()), msg);
  }
}
