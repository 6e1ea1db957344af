package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRobustnessCommandTest {
  private static Path fixture() throws Exception {
    return Path.of(EvalRobustnessCommandTest.class.getResource("/quotes/polnear-mini").toURI());
  }

  private static String run(int expectedCode, String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(expectedCode, Main.execute(args));
    } finally {
      System.setOut(out);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void needsACorpusAndKnownPerturbations(@TempDir Path dir) throws Exception {
    run(Main.BAD_ARGUMENTS, "eval-robustness");
    run(Main.NO_INPUT, "eval-robustness", "--polnear", dir.toString());
    run(Main.BAD_ARGUMENTS, "eval-robustness", "--polnear", fixture().toString(), "--only", "no-such-thing");
  }

  @Test
  void printsOneLinePerPerturbationAndWritesTheNewMisses(@TempDir Path dir) throws Exception {
    Path misses = dir.resolve("misses.tsv");
    String out = run(Main.OK, "eval-robustness", "--polnear", fixture().toString(), "--only",
        "straight-quote-marks,title-dropped", "--misses", misses.toString());
    assertTrue(out.lines().anyMatch(l -> l.startsWith("clean ")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("straight-quote-marks ") && l.endsWith("PASS")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("title-dropped ")), out);
    assertTrue(out.contains("2 of 2 perturbations pass"), out);
    assertTrue(Files.exists(misses));
  }
}
