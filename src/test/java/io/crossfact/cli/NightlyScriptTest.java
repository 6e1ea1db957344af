package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/nightly.sh never builds: a missing or stale build fails at once with one line and exit 7. */
class NightlyScriptTest {
  @TempDir Path root;

  private Path checkout() throws IOException {
    Path jobs = Files.createDirectories(root.resolve("jobs"));
    for (String f : new String[] {"nightly.sh", "crossfact", "lib.sh"}) {
      Files.copy(Path.of("jobs", f), jobs.resolve(f));
      jobs.resolve(f).toFile().setExecutable(true);
    }
    Files.createDirectories(root.resolve("src/main/java/io/crossfact"));
    Files.writeString(root.resolve("src/main/java/io/crossfact/A.java"), "class A {}\n");
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    // A fake mvn that leaves a mark: the script must never call it.
    Path bin = Files.createDirectories(root.resolve("fakebin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\ntouch \"" + root.resolve("MVN_WAS_CALLED") + "\"\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    return root;
  }

  private Result run() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(root.resolve("jobs/nightly.sh").toString(),
        root.resolve("archive").toString(), root.resolve("state").toString(), root.resolve("reports").toString());
    pb.environment().put("PATH", root.resolve("fakebin") + ":" + System.getenv("PATH"));
    pb.redirectErrorStream(false);
    long start = System.nanoTime();
    Process p = pb.start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "nightly.sh did not end");
    long millis = (System.nanoTime() - start) / 1_000_000;
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.exitValue(), err, millis);
  }

  record Result(int code, String err, long millis) {}

  @Test
  void missingBuildFailsFastWithOneLineAndBuildsNothing() throws Exception {
    checkout();
    Result r = run();
    assertEquals(7, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("no build"), r.err());
    assertTrue(r.err().contains("never builds"), r.err());
    assertTrue(r.millis() < 2000, "took " + r.millis() + " ms");
    assertFalse(Files.exists(root.resolve("MVN_WAS_CALLED")));
    assertFalse(Files.exists(root.resolve("target")));
  }

  @Test
  void staleBuildFailsNamingTheNewerFile() throws Exception {
    checkout();
    Files.createDirectories(root.resolve("target/classes/io/crossfact"));
    Path stamp = Files.writeString(root.resolve("target/classpath.txt"), "\n");
    Files.setLastModifiedTime(stamp, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Result r = run();
    assertEquals(7, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("older than"), r.err());
    assertTrue(r.millis() < 2000, "took " + r.millis() + " ms");
    assertFalse(Files.exists(root.resolve("MVN_WAS_CALLED")));
  }
}
