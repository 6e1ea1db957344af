package io.crossfact.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A nightly state folder:
 *
 * <pre>
 *   lock                                  OS file lock held for the whole run (released by the OS if the run dies)
 *   manifest.json                         the commit point: replaced atomically, lists committed parts and nights
 *   store/ingest_date=YYYY-MM-DD/part-N/  documents, files, assertions, digests (Parquet) of one run
 *   findings/YYYY-MM-DD.csv               id, type, first_seen of each finding of that night
 *   carried/NAME/                         edges, clusters, groups (Parquet): the last night's comparison, which the
 *                                         next night reuses for everything its new articles do not touch
 *   staging/                              work in progress; deleted at the start of every run
 * </pre>
 *
 * A run that is killed at any point leaves the manifest as it was, so the state is as before the run.
 */
public final class StateDir implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private StateDir(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens (creating if needed) and locks a state folder.
   *
   * @throws StateLockedException when another run holds it
   */
  public static StateDir open(Path root) throws IOException {
    Files.createDirectories(root);
    Path lockFile = root.resolve("lock");
    FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ);
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      String holder = "";
      try {
        holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        holder = "unknown holder";
      }
      ch.close();
      throw new StateLockedException("state " + root + " is locked by another run (" + holder + ")");
    }
    ch.truncate(0);
    ch.write(java.nio.ByteBuffer.wrap(("pid " + ManagementFactory.getRuntimeMXBean().getPid() + " since "
        + Instant.now()).getBytes(StandardCharsets.UTF_8)));
    ch.force(true);
    StateDir s = new StateDir(root, ch, l);
    s.recover();
    return s;
  }

  public Path root() {
    return root;
  }

  public Manifest manifest() throws IOException {
    Path m = root.resolve("manifest.json");
    if (!Files.isRegularFile(m)) {
      return new Manifest();
    }
    return JSON.readValue(m.toFile(), Manifest.class);
  }

  /** Atomically replaces the manifest: the single point at which a run's work becomes state. */
  public void commit(Manifest m) throws IOException {
    Path tmp = root.resolve("manifest.json.tmp");
    Files.write(tmp, JSON.writeValueAsBytes(m));
    try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      c.force(true);
    }
    moveAtomically(tmp, root.resolve("manifest.json"));
  }

  /** A fresh, empty staging folder for this run. */
  public Path staging(String name) throws IOException {
    Path p = root.resolve("staging").resolve(name);
    deleteTree(p);
    Files.createDirectories(p);
    return p;
  }

  /** The next free part folder name under an ingest date, e.g. {@code store/ingest_date=2024-06-03/part-0002}. */
  public String nextPartName(Manifest m, String ingestDate) {
    int n = 1;
    String prefix = "store/ingest_date=" + ingestDate + "/part-";
    for (Manifest.Part p : m.parts) {
      if (p.name.startsWith(prefix)) {
        n = Math.max(n, Integer.parseInt(p.name.substring(prefix.length())) + 1);
      }
    }
    return prefix + String.format(Locale.ROOT, "%04d", n);
  }

  /** Moves a completed staging folder to its part name (not yet committed until the manifest lists it). */
  public Path publish(Path staged, String partName) throws IOException {
    Path target = root.resolve(partName);
    deleteTree(target);
    Files.createDirectories(target.getParent());
    moveAtomically(staged, target);
    return target;
  }

  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  public Path findingsFile(String date) {
    return root.resolve("findings").resolve(date + ".csv");
  }

  /** Deletes staging and every store part the manifest does not list: the leftovers of a run that died. */
  void recover() throws IOException {
    deleteTree(root.resolve("staging"));
    Manifest m = manifest();
    Set<String> committed = new HashSet<>();
    for (Manifest.Part p : m.parts) {
      committed.add(root.resolve(p.name).normalize().toString());
    }
    removeUncommittedCarried(m);
    Path store = root.resolve("store");
    if (!Files.isDirectory(store)) {
      return;
    }
    List<Path> parts;
    try (Stream<Path> s = Files.walk(store, 2)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).collect(Collectors.toList());
    }
    for (Path p : parts) {
      if (!committed.contains(p.normalize().toString())) {
        deleteTree(p);
      }
    }
  }

  /** Deletes every carried-results folder the manifest does not name (older nights', or a dead run's). */
  public void removeUncommittedCarried(Manifest m) throws IOException {
    Path dir = root.resolve("carried");
    if (!Files.isDirectory(dir)) {
      return;
    }
    String keep = m.carried == null ? null : root.resolve(m.carried.name).normalize().toString();
    List<Path> all;
    try (Stream<Path> s = Files.list(dir)) {
      all = s.collect(Collectors.toList());
    }
    for (Path p : all) {
      if (!p.normalize().toString().equals(keep)) {
        deleteTree(p);
      }
    }
  }

  static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(q);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      lockChannel.close();
    }
  }
}
