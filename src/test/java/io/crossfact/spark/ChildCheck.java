package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code crossfact check} in a JVM of its own, started as {@code jobs/crossfact} starts it: the test JVM's module
 * and locale flags, a 2 GB heap, the project's log4j2 settings with Spark's log in a file; for tests whose run needs
 * a fresh session (hostile input that may take a JVM down, s3a settings read once per JVM).
 */
final class ChildCheck {
  private ChildCheck() {}

  /** The command up to and including {@code check}; the caller adds the options. */
  static List<String> command(Path repo, Path sparkLog) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognized") || arg.startsWith("-Djdk.")
          || arg.startsWith("-Duser.") || arg.startsWith("-Dfile.encoding")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(List.of("-Xmx2g", "-Dlog4j2.configurationFile=" + repo.resolve("conf/log4j2.properties"),
        "-Dcrossfact.log=" + sparkLog, "-cp", System.getProperty("java.class.path"), "io.crossfact.cli.Main", "check"));
    return cmd;
  }

  /**
   * Runs {@code cmd} with {@code env} added, its console in {@code console}; asserts it finished within 10 minutes
   * with exit 0, showing the console's last lines otherwise.
   */
  static void runAndExpectSuccess(List<String> cmd, Map<String, String> env, Path console, String what)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String text = Files.readString(console, StandardCharsets.UTF_8);
    assertTrue(done, what + ": the run did not finish in 10 minutes:\n" + tail(text));
    assertEquals(0, p.exitValue(), what + ": exit code\n" + tail(text));
  }

  /** The last 40 lines of a console. */
  static String tail(String console) {
    String[] lines = console.split("\n");
    return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length));
  }
}
