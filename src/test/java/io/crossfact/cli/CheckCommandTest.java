package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes a scheduler acts on, for runs that cannot start (no Spark needed to refuse them). */
class CheckCommandTest {
  @TempDir
  Path dir;

  @Test
  void missingRequiredOptionIsABadArgument() {
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("check", "--out", dir.toString()));
  }

  @Test
  void unknownCommandIsABadArgument() {
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("frobnicate"));
  }

  @Test
  void invalidConfigValueIsABadArgument() throws IOException {
    Path conf = dir.resolve("bad.properties");
    Files.writeString(conf, "copies.minSimilarity = lots\n");
    assertEquals(Main.BAD_ARGUMENTS,
        Main.execute("check", "--input", dir.toString(), "--out", dir.resolve("out").toString(), "--conf", conf.toString()));
  }

  @Test
  void aTriageFileWithoutAnIdColumnIsABadArgument() throws IOException {
    // An unknown status is a warning in run.json and on the console (TriageTest); a file that cannot be read as
    // decisions at all stops the run before Spark starts.
    Path triage = dir.resolve("triage.csv");
    Files.writeString(triage, "finding,status,note,reviewer,date\nQD-0123456789ab,dismissed,,ana,2024-06-03\n");
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("check", "--input", dir.toString(), "--out",
        dir.resolve("out").toString(), "--triage", triage.toString()));
  }

  @Test
  void nightlyWithANonIsoDateIsABadArgument() {
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("nightly", "--archive", dir.toString(), "--state",
        dir.resolve("s").toString(), "--reports", dir.resolve("r").toString(), "--date", "03/12/2024"));
  }

  @Test
  void outputUnderARegularFileIsUnwritable() throws IOException {
    Path file = dir.resolve("not-a-dir");
    Files.writeString(file, "x");
    assertEquals(Main.UNWRITABLE_OUTPUT,
        Main.execute("check", "--input", dir.toString(), "--out", file.resolve("out").toString()));
  }

  @Test
  void anUnknownFormatOrFailOnSeverityIsABadArgument() {
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("check", "--input", dir.toString(), "--out",
        dir.resolve("out").toString(), "--format", "csv,xlsx"));
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("check", "--input", dir.toString(), "--out",
        dir.resolve("out").toString(), "--fail-on", "low"));
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("check", "--input", dir.toString(), "--out",
        dir.resolve("out").toString(), "--tables", "file:///tmp/t"), "--tables without a table format");
    assertEquals(Main.BAD_ARGUMENTS, Main.execute("nightly", "--archive", dir.toString(), "--state",
        dir.resolve("s").toString(), "--reports", dir.resolve("r").toString(), "--fail-on", "any"));
  }
}
