package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/lib.sh's class-data archive: written by the first run, used by the next, never used stale or half-written,
 * and never the cause of a failed run. A fake JVM stands in for Java (it writes the archive it is asked to, and
 * says it refused one when told to), so the launcher's own logic is what is tested.
 */
class CdsLauncherTest {
  @TempDir Path root;
  private Path jar;

  @BeforeEach
  void checkout() throws IOException {
    Path jobs = Files.createDirectories(root.resolve("jobs"));
    Files.copy(Path.of("jobs", "lib.sh"), jobs.resolve("lib.sh"));
    Files.createDirectories(root.resolve("src/main/java"));
    Files.writeString(root.resolve("src/main/java/A.java"), "class A {}\n");
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    long old = System.currentTimeMillis() - 60_000;
    for (Path p : List.of(root.resolve("src/main/java/A.java"), root.resolve("pom.xml"))) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(old));
    }
    Path target = Files.createDirectories(root.resolve("target/classes"));
    Path dep = Files.writeString(root.resolve("dep.jar"), "dep");
    Files.writeString(root.resolve("target/classpath.txt"), dep + "\n");
    jar = Files.writeString(root.resolve("target/crossfact-1.0.jar"), "ours");
    Files.writeString(root.resolve("target/crossfact-1.0-spark.jar"), "cluster jar");
    Path jdk = Files.createDirectories(root.resolve("jdk/bin"));
    Files.createDirectories(root.resolve("jdk/lib/server"));
    Files.writeString(root.resolve("jdk/lib/server/libjvm.so"), "jvm");
    Path java = jdk.resolve("java");
    Files.writeString(java, String.join("\n",
        "#!/bin/bash",
        "log=\"\"",
        "for a in \"$@\"; do",
        "  case \"$a\" in",
        "    -XX:ArchiveClassesAtExit=*) [ \"${FAKE_NO_DUMP:-0}\" = 1 ] || echo archive > \"${a#*=}\" ;;",
        "    -Xlog:cds*=warning:file=*) log=\"${a#*file=}\" ;;",
        "    -Xshare:on) [ \"${FAKE_PROBE_FAIL:-0}\" = 1 ] && exit 1 ;;",
        "  esac",
        "done",
        "if [ \"${FAKE_REFUSE:-0}\" = 1 ] && [ -n \"$log\" ]; then",
        "  echo '[0.1s][warning][cds,dynamic] Unable to use shared archive. The top archive failed to load' > \"$log\"",
        "fi",
        "echo \"$*\" >> \"" + root.resolve("java-calls") + "\"",
        "exit ${FAKE_RC:-0}",
        ""));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertTrue(Files.isDirectory(target));
  }

  record Run(int code, String flags, String classpath, String err) {}

  /** One launch as jobs/crossfact does it: class path, archive flags, the (fake) JVM, then the finish step. */
  private Run run(Map<String, String> env) throws Exception {
    String script = String.join("\n",
        "ROOT='" + root + "'; source \"$ROOT/jobs/lib.sh\"",
        "JAVA=\"$ROOT/jdk/bin/java\"; JAVA_HOME=\"$ROOT/jdk\"",
        "cp=\"$(crossfact_classpath)\"",
        "opts=\"${TEST_OPTS:--Xmx1g}\"",
        "crossfact_cds_prepare check \"$cp\" \"$opts\"",
        "\"$JAVA\" $CROSSFACT_CDS_FLAGS $opts -cp \"$cp\" Main; code=$?",
        "crossfact_cds_finish \"$code\" \"$cp\" \"$opts\"",
        "echo \"FLAGS=$CROSSFACT_CDS_FLAGS\"; echo \"CP=$cp\"; exit $code", "");
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script);
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the launcher did not end");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String flags = out.lines().filter(l -> l.startsWith("FLAGS=")).findFirst().orElseThrow().substring(6);
    String cp = out.lines().filter(l -> l.startsWith("CP=")).findFirst().orElseThrow().substring(3);
    return new Run(p.exitValue(), flags, cp, err);
  }

  private Run run() throws Exception {
    return run(Map.of());
  }

  private List<String> cds() throws IOException {
    Path dir = root.resolve("target/cds");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void theFirstRunWritesTheArchiveAndTheNextUsesIt() throws Exception {
    Run first = run();
    assertEquals(0, first.code(), first.err());
    assertTrue(first.classpath().startsWith(jar + ":"), "runs from the jar: " + first.classpath());
    assertFalse(first.classpath().contains("-spark.jar"), first.classpath());
    assertTrue(first.flags().contains("-XX:ArchiveClassesAtExit="), first.flags());
    List<String> files = cds();
    assertEquals(2, files.size(), files.toString());
    assertTrue(files.get(0).endsWith(".jsa") && files.get(1).endsWith(".ok"), files.toString());
    assertEquals("", first.err(), "nothing on the console");

    Run second = run();
    assertEquals(0, second.code());
    assertTrue(second.flags().contains("-XX:SharedArchiveFile=" + root.resolve("target/cds/" + files.get(0))),
        second.flags());
    assertEquals("", second.err());
  }

  @Test
  void aRebuiltJarIsANewKeyNeverTheOldArchive() throws Exception {
    run();
    String before = cds().get(0);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    Run r = run();
    assertTrue(r.flags().contains("-XX:ArchiveClassesAtExit="), "a new archive is written: " + r.flags());
    assertFalse(r.flags().contains(before), r.flags());
    assertEquals(2, cds().stream().filter(n -> n.endsWith(".jsa")).count(), cds().toString());
    assertNotEquals(before, cds().stream().filter(n -> n.endsWith(".jsa") && !n.equals(before)).findFirst().get());
  }

  @Test
  void anArchiveTheJvmRefusesIsDroppedAndTheRunStillSucceeds() throws Exception {
    run();
    Run refused = run(Map.of("FAKE_REFUSE", "1"));
    assertEquals(0, refused.code());
    assertTrue(refused.err().contains("did not use the class-data archive"), refused.err());
    assertEquals(1, refused.err().strip().lines().count(), refused.err());
    assertEquals(List.of(), cds(), "deleted, so the next run writes a new one");
    assertTrue(run().flags().contains("-XX:ArchiveClassesAtExit="));
  }

  @Test
  void aFailedRunKeepsNoArchiveAndKeepsItsExitCode() throws Exception {
    Run failed = run(Map.of("FAKE_RC", "3"));
    assertEquals(3, failed.code());
    assertEquals(List.of(), cds());
    assertTrue(run().flags().contains("-XX:ArchiveClassesAtExit="), "the next run tries again");
  }

  @Test
  void anArchiveTheProbeCannotMapIsNeverUsed() throws Exception {
    Run r = run(Map.of("FAKE_PROBE_FAIL", "1"));
    assertEquals(0, r.code());
    assertTrue(r.err().contains("cannot map"), r.err());
    assertTrue(cds().stream().noneMatch(n -> n.endsWith(".jsa")), cds().toString());
    assertTrue(cds().stream().anyMatch(n -> n.endsWith(".none")), cds().toString());
    assertEquals("", run().flags(), "no archive and no further attempt under this key");
  }

  @Test
  void aJvmThatWritesNoArchiveIsNotAskedAgain() throws Exception {
    run(Map.of("FAKE_NO_DUMP", "1"));
    assertTrue(cds().stream().anyMatch(n -> n.endsWith(".none")), cds().toString());
    assertEquals("", run().flags());
  }

  @Test
  void aDamagedArchiveIsNotUsed() throws Exception {
    run();
    Path jsa = root.resolve("target/cds/" + cds().get(0));
    jsa.toFile().setWritable(true);
    Files.writeString(jsa, "half");
    Run r = run();
    assertTrue(r.flags().contains("-XX:ArchiveClassesAtExit="), "size/time differ from <key>.ok: " + r.flags());
  }

  @Test
  void aSourceNewerThanTheJarRunsFromTheClassesFolderWithoutAnArchive() throws Exception {
    Files.setLastModifiedTime(root.resolve("src/main/java/A.java"),
        FileTime.fromMillis(System.currentTimeMillis() + 10_000));
    Run r = run();
    assertTrue(r.classpath().startsWith(root.resolve("target/classes") + ":"), r.classpath());
    assertEquals("", r.flags());
    assertEquals(List.of(), cds());
  }

  @Test
  void aFlightRecordingRunsWithoutAnArchive() throws Exception {
    run();
    Run recorded = run(Map.of("TEST_OPTS", "-Xmx1g -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile"));
    assertEquals(0, recorded.code(), recorded.err());
    assertEquals("", recorded.flags(), "JDK 17 crashed mapping a dynamic archive under JFR");
    assertEquals(2, cds().size(), "the archive of the unrecorded runs stays: " + cds());
    assertTrue(run().flags().contains("-XX:SharedArchiveFile="), "and is used again without the recording");
  }

  @Test
  void cdsZeroTurnsItOff() throws Exception {
    Run r = run(Map.of("CROSSFACT_CDS", "0"));
    assertEquals("", r.flags());
    assertTrue(r.classpath().startsWith(jar + ":"), r.classpath());
    assertEquals(List.of(), cds());
  }
}
