package io.crossfact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * A failed run told as an operator needs it: one line on stderr with the cause (the innermost exception, its first
 * line) and the next step, the full stack trace in {@code crossfact-error.log} in the output folder (the reports
 * folder for nightly runs). A 45-line Spark trace on the console says neither.
 */
final class Failures {
  static final String LOG_NAME = "crossfact-error.log";

  private Failures() {}

  /** Prints the line, writes the trace, returns the exit code: {@link Main#OUT_OF_MEMORY} or {@link Main#FAILED}. */
  static int report(Throwable t, Path folder) {
    Throwable root = t;
    boolean oom = t instanceof OutOfMemoryError;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      oom |= root instanceof OutOfMemoryError;
    }
    String log = writeTrace(t, folder);
    String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    String next;
    if (oom) {
      next = "give the JVM more heap (CROSSFACT_JAVA_OPTS=-Xmx8g) or run fewer tasks at once (--master local[2]), "
          + "or lower ingest.maxDocumentBytes";
    } else if (root instanceof IOException) {
      next = "check that the path exists and is readable (or writable), then rerun";
    } else {
      next = "rerun; if it fails the same way, report it with the log";
    }
    System.err.println("crossfact: the run failed: " + cause + "; next: " + next
        + (log == null ? "" : " (stack trace in " + log + ")"));
    return oom ? Main.OUT_OF_MEMORY : Main.FAILED;
  }

  static String firstLine(String s) {
    String line = s.strip();
    int nl = line.indexOf('\n');
    line = (nl < 0 ? line : line.substring(0, nl)).strip();
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }

  private static String writeTrace(Throwable t, Path folder) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    for (Path dir : new Path[] {folder, Path.of("reports"), Path.of(System.getProperty("java.io.tmpdir"))}) {
      if (dir == null) {
        continue;
      }
      try {
        Files.createDirectories(dir);
        Path f = dir.resolve(LOG_NAME);
        Files.writeString(f, Instant.now() + " " + w, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        return f.toAbsolutePath().normalize().toString();
      } catch (IOException | RuntimeException e) {
        // try the next folder
      }
    }
    return null;
  }
}
