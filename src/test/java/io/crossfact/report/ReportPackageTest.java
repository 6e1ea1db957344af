package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report package is engine-free: the Spark job calls it, never the other way round. */
class ReportPackageTest {

  @Test
  void reportSourcesImportNeitherSparkNorGuava() throws IOException {
    Path dir = Path.of(System.getProperty("crossfact.repo", "."), "src/main/java/io/crossfact/report");
    List<String> offenders = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(sources.size() >= 6, "found the sources: " + sources);
    for (Path p : sources) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.startsWith("import") && (line.contains("org.apache.spark") || line.contains("com.google.common")
            || line.contains("scala."))) {
          offenders.add(p.getFileName() + ": " + line);
        }
      }
    }
    assertEquals(List.of(), offenders);
  }
}
