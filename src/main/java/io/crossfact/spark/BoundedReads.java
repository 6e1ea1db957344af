package io.crossfact.spark;

import io.crossfact.ingest.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;

/**
 * Reading one input file so that nothing in it can hold or stop the task: special files (FIFOs, devices, sockets,
 * links to them) are refused by type before they are opened, bytes are read up to the limit and never past it, the
 * read runs against a deadline, and every {@link Throwable} it raises, {@code Error}s included (Hadoop's
 * {@code FSError} on an I/O error, an {@code OutOfMemoryError}), is turned into a quarantine reason.
 */
final class BoundedReads {
  /** Reads run here so a read that hangs (a stuck mount) is abandoned at its deadline, not waited for. */
  private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "crossfact-read");
    t.setDaemon(true);
    return t;
  });

  private BoundedReads() {}

  /** A read that passed its deadline. */
  static final class ReadTimeout extends IOException {
    private static final long serialVersionUID = 1L;

    ReadTimeout(long millis) {
      super("read timeout: no end of file after " + millis / 1000 + " s (ingest.readTimeoutSeconds)");
    }
  }

  /** The limits of this executor: the configured ones held to its heap divided by the tasks it runs at once. */
  static ReadLimits forThisExecutor(ReadLimits configured) {
    return configured.forTask(Runtime.getRuntime().maxMemory(), concurrentTasks());
  }

  /** Task slots of this JVM: N of local[N], else executor cores over task cpus. */
  static int concurrentTasks() {
    int cores = Runtime.getRuntime().availableProcessors();
    SparkEnv env = SparkEnv.get();
    if (env == null) {
      return cores;
    }
    SparkConf c = env.conf();
    String master = c.get("spark.master", "");
    if (master.startsWith("local")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("local(?:-cluster)?\\[([0-9*]+)").matcher(master);
      if (!m.lookingAt()) {
        return 1;
      }
      return m.group(1).equals("*") ? cores : Math.max(1, Integer.parseInt(m.group(1)));
    }
    return Math.max(1, c.getInt("spark.executor.cores", cores) / Math.max(1, c.getInt("spark.task.cpus", 1)));
  }

  /**
   * Null for a regular file (or a file system without special files), else what it is: {@code FIFO},
   * {@code character device}, {@code block device}, {@code socket}, {@code directory}. Links are followed, so a
   * link to {@code /dev/zero} is a character device.
   */
  static String specialKind(String path) {
    java.nio.file.Path local = localPath(path);
    if (local == null) {
      return null;
    }
    try {
      if (Files.isRegularFile(local)) {
        return null;
      }
      if (Files.isDirectory(local)) {
        return "directory";
      }
      if (!Files.exists(local)) {
        return Files.exists(local, LinkOption.NOFOLLOW_LINKS) ? "broken link" : null;
      }
      int mode = (Integer) Files.getAttribute(local, "unix:mode");
      switch (mode & 0170000) {
        case 0010000:
          return "FIFO";
        case 0020000:
          return "character device";
        case 0060000:
          return "block device";
        case 0140000:
          return "socket";
        default:
          return "special file";
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "special file";
    }
  }

  private static java.nio.file.Path localPath(String path) {
    try {
      java.net.URI u = new Path(path).toUri();
      if (u.getScheme() == null) {
        return java.nio.file.Path.of(u.getPath());
      }
      return u.getScheme().equals("file") ? java.nio.file.Path.of(u) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** At most {@code max} bytes of the file, or null if it holds more. */
  static byte[] readAtMost(String path, Configuration conf, long max, long timeoutMillis) throws Exception {
    return withTimeout(timeoutMillis, () -> {
      Path p = new Path(path);
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        return b.length > max ? null : b;
      }
    });
  }

  /** Runs a read against a deadline (0: none); its own exceptions and errors come through unwrapped. */
  static <T> T withTimeout(long millis, Callable<T> work) throws Exception {
    if (millis <= 0) {
      return work.call();
    }
    Future<T> f = READERS.submit(work);
    try {
      return f.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ReadTimeout(millis);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw c instanceof Exception ? (Exception) c : e;
    }
  }

  /**
   * The quarantine reason for anything a read threw: {@code read error: ...} for I/O (Hadoop's FSError included),
   * {@code too large for memory: ...} for an OutOfMemoryError, {@code read timeout: ...}, else {@code unreadable}.
   */
  static String reason(Throwable t, ReadLimits limits) {
    if (t instanceof ReadTimeout) {
      return t.getMessage();
    }
    if (t instanceof OutOfMemoryError) {
      return String.format(Locale.ROOT, "too large for memory: OutOfMemoryError while reading (%d MB heap, %d tasks "
          + "at once; limit %s)", Runtime.getRuntime().maxMemory() >> 20, concurrentTasks(),
          limits.tooLargeAfterDecompression().replaceFirst("^too large after decompression: ", ""));
    }
    Throwable io = t;
    if (t instanceof org.apache.hadoop.fs.FSError && t.getCause() != null) {
      io = t.getCause();
    }
    if (io instanceof IOException || t instanceof org.apache.hadoop.fs.FSError) {
      return oneLine("read error: " + io.getClass().getSimpleName() + (io.getMessage() == null ? ""
          : ": " + io.getMessage()));
    }
    return oneLine("unreadable: " + t.getClass().getSimpleName() + (t.getMessage() == null ? ""
        : ": " + t.getMessage()));
  }

  private static String oneLine(String s) {
    String r = s.replaceAll("\\s+", " ").strip();
    return r.length() > 240 ? r.substring(0, 237) + "..." : r;
  }
}
