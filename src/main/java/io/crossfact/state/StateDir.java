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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A nightly state folder:
 *
 * <pre>
 *   lock                                  OS file lock held for the whole run (released by the OS if the run dies)
 *   manifest.json                         the commit point: replaced atomically, lists committed parts, nights and
 *                                         every committed file with its size and SHA-256
 *   manifest.prev.json                    the manifest before the last commit (repair restores from it)
 *   store/ingest_date=YYYY-MM-DD/part-N/  documents, files, assertions, digests (Parquet) of one run, and
 *                                         _part.json (the part's counts and checksums, so repair can adopt it)
 *   findings/YYYY-MM-DD.csv               id, type, first_seen of each finding of that night
 *   carried/NAME/                         edges, clusters, groups (Parquet): the last night's comparison, which the
 *                                         next night reuses for everything its new articles do not touch
 *   outbox/                               the night's findings history and report, put in place right after the
 *                                         commit (by the next run if the committing run was killed before)
 *   staging/                              work in progress; deleted at the start of every run
 *   aside/STAMP/                          what recovery or repair moved out of the way (never deleted by crossfact)
 * </pre>
 *
 * A run that is killed at any point before the commit leaves the manifest as it was, so the state is as before the
 * run; one killed after it is completed by the next run. Nothing committed is ever deleted: a missing or unreadable
 * manifest stops the run ({@link DamagedStateException}) and leaves every file where it is.
 */
public final class StateDir implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String MANIFEST = "manifest.json";
  static final String PREVIOUS = "manifest.prev.json";
  /** A part's own record: its counts and the sizes and checksums of its files. */
  public static final String PART_RECORD = "_part.json";

  /** What {@link #PART_RECORD} holds. */
  public static final class PartRecord {
    public Manifest.Part part = new Manifest.Part();
    /** Paths relative to the part folder. */
    public List<Manifest.FileEntry> files = new ArrayList<>();
  }

  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;
  /** The manifest this run verified (or committed): its checksums need not be computed again. */
  private Manifest verified;

  private StateDir(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens (creating if needed) and locks a state folder, and recovers from a run that died: completes the moves of
   * a committed night, removes uncommitted staging, moves uncommitted parts aside.
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

  /**
   * The committed manifest, not verified (see {@link #verifiedManifest()}); an empty one for a new state folder.
   *
   * @throws DamagedStateException when it cannot be read, or is missing while the folder holds a store or history
   */
  public Manifest manifest() throws IOException {
    Path m = root.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) {
      String held = heldData();
      if (held != null) {
        throw new DamagedStateException("damaged state: " + m + " is missing but the folder holds " + held
            + " (nothing was deleted); next: " + repairCommand() + " (rebuilds it from " + PREVIOUS
            + " and the parts and history on disk)");
      }
      return new Manifest();
    }
    try {
      return read(m);
    } catch (IOException e) {
      throw new DamagedStateException("damaged state: " + m + " cannot be read (" + firstLine(e.getMessage())
          + "); next: " + repairCommand() + " (rebuilds it from " + PREVIOUS + " and the parts and history on disk)");
    }
  }

  /**
   * The committed manifest after checking every committed file against its recorded size and checksum. A state
   * written before checksums (manifest version 1) is accepted once, with a warning, and upgraded: its files' sizes
   * and checksums are recorded now.
   *
   * @throws DamagedStateException naming the first files that differ, and what to run
   */
  public Manifest verifiedManifest() throws IOException {
    if (verified != null) {
      return verified.copy();
    }
    Manifest m = manifest();
    if (m.version < Manifest.CURRENT_VERSION && (!m.parts.isEmpty() || !m.nights.isEmpty())) {
      m = upgrade(m);
    } else {
      List<StateIntegrity.Problem> problems = StateIntegrity.verify(root, m);
      if (!problems.isEmpty()) {
        throw damaged(problems);
      }
    }
    verified = m.copy();
    return m;
  }

  /** The one-line failure for what a verification found. */
  DamagedStateException damaged(List<StateIntegrity.Problem> problems) {
    boolean lost = problems.stream().anyMatch(p -> p.primary && !StateIntegrity.UNLISTED.equals(p.what));
    boolean derivedOnly = problems.stream().noneMatch(p -> p.primary);
    String why = lost ? "the store and findings history cannot be rebuilt: it lists what to restore from a backup"
        : derivedOnly ? "it rebuilds the carried results" : "it moves the files that are not in the manifest aside";
    return new DamagedStateException("damaged state " + root + ": " + StateIntegrity.describe(problems)
        + "; next: " + repairCommand() + " (" + why + ")", problems);
  }

  String repairCommand() {
    return "jobs/crossfact repair --state " + root;
  }

  /** Records the sizes and checksums of a version-1 state, after checking that what it lists is there. */
  private Manifest upgrade(Manifest m) throws IOException {
    List<StateIntegrity.Problem> problems = new ArrayList<>();
    for (Manifest.Part p : m.parts) {
      for (String dataset : List.of("documents", "files", "assertions", "digests")) {
        if (StateIntegrity.filesUnder(root, p.name + "/" + dataset).isEmpty()) {
          problems.add(new StateIntegrity.Problem(p.name + "/" + dataset, StateIntegrity.MISSING));
        }
      }
    }
    for (String h : StateIntegrity.historyFiles(m)) {
      if (!Files.isRegularFile(root.resolve(h))) {
        problems.add(new StateIntegrity.Problem(h, StateIntegrity.MISSING));
      }
    }
    if (!problems.isEmpty()) {
      throw damaged(problems);
    }
    Manifest up = m.copy();
    if (up.carried != null && !Files.isDirectory(root.resolve(up.carried.name))) {
      up.carried = null; // derived: the next night compares everything
    }
    for (Manifest.Part p : up.parts) {
      if (!Files.isRegularFile(root.resolve(p.name).resolve(PART_RECORD))) {
        writePartRecord(root.resolve(p.name), p);
      }
    }
    commit(up);
    System.err.println("crossfact: warning: the state " + root + " was written before checksums (manifest version "
        + m.version + "); accepted once: the sizes and SHA-256 of its " + up.files.size()
        + " files are recorded now and every night verifies them");
    return up;
  }

  /**
   * Atomically replaces the manifest: the single point at which a run's work becomes state. Records the size and
   * checksum of every committed file, and keeps the manifest it replaces as {@code manifest.prev.json}.
   */
  public void commit(Manifest m) throws IOException {
    Map<String, Manifest.FileEntry> known = new HashMap<>();
    if (verified != null) {
      verified.files.forEach(f -> known.put(f.path, f));
    }
    Map<String, Path> located = new HashMap<>();
    for (Manifest.Move mv : m.pending) {
      Path from = root.resolve(mv.from);
      if (!Path.of(mv.to).isAbsolute() && Files.exists(from)) {
        located.put(mv.to, from);
      }
    }
    m.version = Manifest.CURRENT_VERSION;
    m.files = StateIntegrity.record(root, m, known, located);
    byte[] bytes = JSON.writeValueAsBytes(m);
    Path current = root.resolve(MANIFEST);
    if (Files.isRegularFile(current)) {
      byte[] old = Files.readAllBytes(current);
      if (!Arrays.equals(old, bytes)) {
        writeDurably(root.resolve(PREVIOUS), old);
      }
    }
    writeDurably(current, bytes);
    verified = m.copy();
  }

  private void writeDurably(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      c.force(true);
    }
    moveAtomically(tmp, target);
  }

  /**
   * Commits a night: moves its findings history and report into {@code outbox/}, then commits {@code m} with the
   * moves that put them in place ({@link #completePending}). Returns the committed manifest.
   */
  public Manifest commitNight(Manifest m, String night, Path findingsStaged, Path reportStaged, Path reportTarget)
      throws IOException {
    Path outbox = Files.createDirectories(root.resolve("outbox"));
    String findingsName = "outbox/findings-" + night + ".csv";
    String reportName = "outbox/report-" + night;
    deleteTree(root.resolve(findingsName));
    deleteTree(root.resolve(reportName));
    moveAtomically(findingsStaged, root.resolve(findingsName));
    moveAtomically(reportStaged, outbox.resolve("report-" + night));
    Manifest c = m.copy();
    c.pending = new ArrayList<>(List.of(new Manifest.Move(findingsName, StateIntegrity.historyPath(night)),
        new Manifest.Move(reportName, reportTarget.toAbsolutePath().normalize().toString())));
    commit(c);
    return c;
  }

  /**
   * Does the moves that complete a commit (what is already in place is skipped). {@code between} runs after each
   * move (a test hook; may be null).
   */
  public void completePending(Manifest m, Runnable between) throws IOException {
    for (Manifest.Move mv : m.pending) {
      Path from = root.resolve(mv.from);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = root.resolve(mv.to);
      Files.createDirectories(to.getParent());
      deleteTree(to);
      moveTree(from, to);
      if (between != null) {
        between.run();
      }
    }
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

  /**
   * Writes the part's own record ({@link #PART_RECORD}: counts, file sizes and checksums) into the staged folder,
   * then moves it to its part name (not yet committed until the manifest lists it).
   */
  public Path publishPart(Path staged, Manifest.Part part) throws IOException {
    writePartRecord(staged, part);
    return publish(staged, part.name);
  }

  static void writePartRecord(Path dir, Manifest.Part part) throws IOException {
    PartRecord r = new PartRecord();
    r.part = new Manifest.Part(part.name, part.ingestDate, part.documents, part.inputFiles);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      String rel = StateIntegrity.relative(dir, f);
      if (!rel.equals(PART_RECORD)) {
        r.files.add(new Manifest.FileEntry(rel, Files.size(f), StateIntegrity.sha256(f)));
      }
    }
    Files.write(dir.resolve(PART_RECORD), JSON.writeValueAsBytes(r));
  }

  static PartRecord readPartRecord(Path dir) {
    try {
      return JSON.readValue(dir.resolve(PART_RECORD).toFile(), PartRecord.class);
    } catch (IOException e) {
      return null;
    }
  }

  static Manifest read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Manifest.class);
  }

  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  public Path findingsFile(String date) {
    return root.resolve("findings").resolve(date + ".csv");
  }

  /** Part folders on disk (committed or not), relative to the state folder, sorted. */
  List<String> partFoldersOnDisk() throws IOException {
    Path store = root.resolve("store");
    if (!Files.isDirectory(store)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(store, 2)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-") && Files.isDirectory(p))
          .map(p -> StateIntegrity.relative(root, p)).sorted().collect(Collectors.toList());
    }
  }

  /** Nights whose findings history is on disk, sorted. */
  List<String> historyOnDisk() throws IOException {
    Path dir = root.resolve("findings");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}\\.csv"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList());
    }
  }

  /** What a folder without a manifest holds that only a manifest could have committed, or null for nothing. */
  private String heldData() throws IOException {
    int parts = partFoldersOnDisk().size();
    int nights = historyOnDisk().size();
    boolean prev = Files.isRegularFile(root.resolve(PREVIOUS));
    if (parts == 0 && nights == 0 && !prev) {
      return null;
    }
    return parts + " store parts, " + nights + " findings histories" + (prev ? " and " + PREVIOUS : "");
  }

  /**
   * Completes the moves of a committed night, deletes staging and uncommitted outbox and carried folders (work in
   * progress and derived results), and moves store parts the manifest does not list aside. With a manifest that is
   * missing or unreadable, only staging is moved aside and nothing else is touched.
   */
  void recover() throws IOException {
    Manifest m;
    try {
      m = manifest();
    } catch (DamagedStateException e) {
      if (Files.exists(root.resolve("staging"))) {
        moveAside("staging");
      }
      return;
    }
    deleteTree(root.resolve("staging"));
    completePending(m, null);
    deleteTree(root.resolve("outbox")); // what is left was never committed
    Set<String> committed = new HashSet<>();
    for (Manifest.Part p : m.parts) {
      committed.add(p.name);
    }
    removeUncommittedCarried(m);
    for (String p : partFoldersOnDisk()) {
      if (!committed.contains(p)) {
        moveAside(p);
      }
    }
  }

  /** Moves a file or folder of the state to {@code aside/STAMP/} under the same relative path; returns where. */
  Path moveAside(String relative) throws IOException {
    Path target = asideRoot().resolve(relative);
    Files.createDirectories(target.getParent());
    moveAtomically(root.resolve(relative), target);
    return target;
  }

  private Path aside;

  private Path asideRoot() {
    if (aside == null) {
      aside = root.resolve("aside").resolve(Instant.now().toString().replace(':', '-'));
    }
    return aside;
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

  static String firstLine(String s) {
    String line = s == null ? "" : s.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl).strip();
  }

  /**
   * Moves a file or folder, also to another file system (the reports folder may be on one): there a folder is copied
   * to {@code to.partial}, renamed to {@code to}, then the source is deleted, so {@code to} is whole or absent.
   */
  static void moveTree(Path from, Path to) throws IOException {
    try {
      moveAtomically(from, to);
      return;
    } catch (IOException e) {
      if (!Files.isDirectory(from) || Files.exists(to)) {
        throw e;
      }
    }
    Path partial = to.resolveSibling(to.getFileName() + ".partial");
    deleteTree(partial);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.collect(Collectors.toList())) {
        Path t = partial.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    moveAtomically(partial, to);
    deleteTree(from);
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
