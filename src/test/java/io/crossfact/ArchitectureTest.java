package io.crossfact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (model, ingest, extract, normalize, compare, report, config, eval) knows nothing of Spark. */
class ArchitectureTest {
  private static final Path MAIN = Path.of(System.getProperty("crossfact.repo", "."), "src/main/java/io/crossfact");
  private static final Pattern SPARK_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.apache\\.spark|scala\\.)",
      Pattern.MULTILINE);
  private static final List<String> SPARK_PACKAGES = List.of("spark", "cli");

  @Test
  void noSparkImportOutsideTheSparkAndCliPackages() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !SPARK_PACKAGES.contains(MAIN.relativize(p).getName(0).toString()))
          .filter(ArchitectureTest::importsSpark)
          .map(p -> MAIN.relativize(p).toString())
          .sorted()
          .collect(Collectors.toList());
    }
    assertEquals(List.of(), offenders, "core classes must not import Spark or Scala");
  }

  @Test
  void theCheckIsLookingAtRealSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("spark"))) {
      assertFalse(files.filter(p -> p.toString().endsWith(".java")).noneMatch(ArchitectureTest::importsSpark),
          "the spark package itself imports Spark, or the scan would prove nothing");
    }
  }

  private static boolean importsSpark(Path p) {
    try {
      return SPARK_IMPORT.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
