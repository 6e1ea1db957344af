package io.crossfact.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code crossfact repair --state DIR}: brings a damaged state folder back to a committed, verified one without
 * losing committed data.
 *
 * <ul>
 *   <li>A missing or unreadable manifest is rebuilt from {@code manifest.prev.json} and what is on disk: every store
 *       part (its counts and checksums from the previous manifest or from its own {@code _part.json}) and every
 *       findings history file. The damaged manifest is moved aside.
 *   <li>Derived data (the carried results) that is damaged, or that a rebuilt manifest cannot vouch for, is moved
 *       aside and dropped from the manifest: the next night compares the whole store afresh, which gives the same
 *       findings as the incremental comparison would have.
 *   <li>Files inside a committed folder that the manifest does not list (Spark would read them as data) are moved
 *       aside.
 *   <li>Primary data (a store part's file, a findings history) that is missing or differs from its checksum cannot
 *       be rebuilt: repair refuses, lists every such file and changes nothing. With {@code forgetDamaged} it drops
 *       those parts (their archive files are read again the next night) and nights (their first_seen dates are
 *       lost), moving what is left of them aside.
 * </ul>
 *
 * Nothing is deleted: whatever repair takes out of the state goes to {@code aside/STAMP/}.
 */
public final class StateRepair {
  /** What a repair did, or why it refused. */
  public static final class Result {
    /** True when primary data is missing or damaged and the state was left unchanged. */
    public final boolean refused;
    /** One line per action taken (or the refusal's list). */
    public final List<String> lines;
    /** The primary files that are missing or damaged. */
    public final List<StateIntegrity.Problem> lost;

    Result(boolean refused, List<String> lines, List<StateIntegrity.Problem> lost) {
      this.refused = refused;
      this.lines = List.copyOf(lines);
      this.lost = List.copyOf(lost);
    }
  }

  private StateRepair() {}

  /** Locks the state, repairs what can be repaired, commits. @throws StateLockedException when a run holds it */
  public static Result repair(Path root, boolean forgetDamaged) throws IOException {
    try (StateDir s = StateDir.open(root)) {
      return repair(s, forgetDamaged);
    }
  }

  static Result repair(StateDir s, boolean forgetDamaged) throws IOException {
    Path root = s.root();
    List<String> actions = new ArrayList<>();
    List<StateIntegrity.Problem> lost = new ArrayList<>();
    Manifest m;
    boolean rebuilt = false;
    try {
      m = s.manifest();
      if (m.version < Manifest.CURRENT_VERSION && (!m.parts.isEmpty() || !m.nights.isEmpty())) {
        try {
          m = s.verifiedManifest(); // the one-time upgrade of a state written before checksums
          actions.add("recorded the sizes and checksums of a state written before them (manifest version 1)");
        } catch (DamagedStateException e) {
          lost.addAll(e.problems());
        }
      }
    } catch (DamagedStateException e) {
      m = rebuild(s, actions, lost);
      rebuilt = true;
    }
    List<StateIntegrity.Problem> problems = StateIntegrity.verify(root, m);
    for (StateIntegrity.Problem p : problems) {
      if (p.primary && !StateIntegrity.UNLISTED.equals(p.what) && lost.stream().noneMatch(l -> l.path.equals(p.path))) {
        lost.add(p);
      }
    }
    if (!lost.isEmpty() && !forgetDamaged) {
      List<String> lines = new ArrayList<>();
      lines.add("refused: primary data of " + root + " is missing or damaged and cannot be rebuilt"
          + " (nothing was changed):");
      lost.forEach(p -> lines.add("  " + p));
      lines.add("next: restore these files from a backup of the state folder and rerun repair; or rerun repair with"
          + " --forget-damaged to drop the parts and nights they belong to (their archive files are read again the"
          + " next night; those nights' first_seen dates are lost)");
      return new Result(true, lines, lost);
    }
    Manifest fixed = m.copy();
    if (!lost.isEmpty()) {
      forget(s, fixed, lost, actions);
    }
    for (StateIntegrity.Problem p : problems) {
      if (StateIntegrity.UNLISTED.equals(p.what) && p.primary && isUnderCommittedDir(fixed, p.path)
          && Files.isRegularFile(root.resolve(p.path))) {
        actions.add("moved " + p.path + " (not in the manifest) to " + root.relativize(s.moveAside(p.path)));
      }
    }
    boolean carriedDamaged = problems.stream().anyMatch(p -> !p.primary)
        || fixed.carried != null && !Files.isDirectory(root.resolve(fixed.carried.name));
    if (rebuilt || carriedDamaged || !lost.isEmpty()) {
      if (fixed.carried != null || Files.isDirectory(root.resolve("carried"))) {
        if (Files.isDirectory(root.resolve("carried"))) {
          actions.add("moved the carried results to " + root.relativize(s.moveAside("carried"))
              + "; the next night compares the whole store afresh (the same findings, computed once in full)");
        } else {
          actions.add("dropped the missing carried results; the next night compares the whole store afresh");
        }
        fixed.carried = null;
      }
    }
    if (rebuilt || !actions.isEmpty()) {
      fixed.pending = new ArrayList<>();
      s.commit(fixed);
      List<StateIntegrity.Problem> after = StateIntegrity.verify(root, s.manifest());
      if (!after.isEmpty()) {
        throw new IllegalStateException("repair left problems: " + StateIntegrity.describe(after));
      }
      actions.add("committed a verified manifest: " + fixed.parts.size() + " store parts, " + fixed.nights.size()
          + " nights, " + fixed.files.size() + " files");
    } else {
      actions.add("nothing to repair: every committed file of " + root + " matches the manifest");
    }
    return new Result(false, actions, lost);
  }

  /** A manifest from manifest.prev.json and the parts and findings history on disk; the damaged one moved aside. */
  private static Manifest rebuild(StateDir s, List<String> actions, List<StateIntegrity.Problem> lost)
      throws IOException {
    Path root = s.root();
    Manifest prev = null;
    Path prevFile = root.resolve(StateDir.PREVIOUS);
    if (Files.isRegularFile(prevFile)) {
      try {
        prev = StateDir.read(prevFile);
      } catch (IOException e) {
        actions.add(StateDir.PREVIOUS + " cannot be read either; rebuilding from the files on disk alone");
      }
    }
    if (Files.exists(root.resolve(StateDir.MANIFEST))) {
      actions.add("moved the damaged " + StateDir.MANIFEST + " to " + root.relativize(s.moveAside(StateDir.MANIFEST)));
    } else {
      actions.add(StateDir.MANIFEST + " was missing");
    }
    Map<String, Manifest.Part> prevParts = new HashMap<>();
    Map<String, Manifest.FileEntry> prevFiles = new HashMap<>();
    if (prev != null) {
      prev.parts.forEach(p -> prevParts.put(p.name, p));
      prev.files.forEach(f -> prevFiles.put(f.path, f));
    }
    Manifest m = new Manifest();
    List<Manifest.FileEntry> files = new ArrayList<>();
    Set<String> onDisk = new LinkedHashSet<>(s.partFoldersOnDisk());
    if (prev != null) {
      for (Manifest.Part p : prev.parts) {
        if (!onDisk.contains(p.name)) {
          lost.add(new StateIntegrity.Problem(p.name, StateIntegrity.MISSING));
        }
      }
    }
    for (String name : onDisk) {
      Manifest.Part known = prevParts.get(name);
      StateDir.PartRecord record = StateDir.readPartRecord(root.resolve(name));
      if (known != null && prev.version >= Manifest.CURRENT_VERSION) {
        m.parts.add(known);
        prevFiles.values().stream().filter(f -> f.path.startsWith(name + "/")).forEach(files::add);
      } else if (record != null) {
        m.parts.add(record.part);
        for (Manifest.FileEntry f : record.files) {
          files.add(new Manifest.FileEntry(name + "/" + f.path, f.size, f.sha256));
        }
        Path rec = root.resolve(name).resolve(StateDir.PART_RECORD);
        files.add(new Manifest.FileEntry(name + "/" + StateDir.PART_RECORD, Files.size(rec),
            StateIntegrity.sha256(rec)));
      } else if (known != null) { // a version-1 part: what is there is all it has
        m.parts.add(known);
        for (String rel : StateIntegrity.filesUnder(root, name)) {
          files.add(new Manifest.FileEntry(rel, Files.size(root.resolve(rel)), StateIntegrity.sha256(root.resolve(rel))));
        }
      } else {
        lost.add(new StateIntegrity.Problem(name, "in no manifest and without " + StateDir.PART_RECORD));
      }
    }
    m.parts.sort((a, b) -> a.name.compareTo(b.name));
    Set<String> nights = new TreeSet<>(s.historyOnDisk());
    if (prev != null) {
      nights.addAll(prev.nights);
    }
    for (String n : nights) {
      String rel = StateIntegrity.historyPath(n);
      Path f = root.resolve(rel);
      if (Files.isRegularFile(f)) { // a rerun of a night may have rewritten it since manifest.prev.json: as on disk
        files.add(new Manifest.FileEntry(rel, Files.size(f), StateIntegrity.sha256(f)));
      } else {
        files.add(prevFiles.getOrDefault(rel, new Manifest.FileEntry(rel, -1, "")));
      }
    }
    m.nights.addAll(nights);
    m.files = files;
    actions.add("rebuilt the manifest from " + (prev == null ? "" : StateDir.PREVIOUS + ", ") + m.parts.size()
        + " store parts and " + m.nights.size() + " findings histories on disk");
    return m;
  }

  /** Drops the parts and nights that hold lost files, moving what is left of them aside. */
  private static void forget(StateDir s, Manifest m, List<StateIntegrity.Problem> lost, List<String> actions)
      throws IOException {
    Path root = s.root();
    Set<String> parts = new TreeSet<>();
    Set<String> nights = new TreeSet<>();
    for (StateIntegrity.Problem p : lost) {
      for (Manifest.Part part : m.parts) {
        if (p.path.equals(part.name) || p.path.startsWith(part.name + "/")) {
          parts.add(part.name);
        }
      }
      for (String n : m.nights) {
        if (p.path.equals(StateIntegrity.historyPath(n))) {
          nights.add(n);
        }
      }
    }
    for (String name : parts) {
      m.parts.removeIf(p -> p.name.equals(name));
      String where = Files.exists(root.resolve(name)) ? " (moved to " + root.relativize(s.moveAside(name)) + ")" : "";
      actions.add("forgot store part " + name + where + "; its archive files are read again the next night");
    }
    for (String n : nights) {
      m.nights.remove(n);
      String rel = StateIntegrity.historyPath(n);
      String where = Files.exists(root.resolve(rel)) ? " (moved to " + root.relativize(s.moveAside(rel)) + ")" : "";
      actions.add("forgot the findings history of " + n + where + "; its findings' first_seen dates are lost");
    }
    m.files.removeIf(f -> parts.stream().anyMatch(p -> f.path.startsWith(p + "/"))
        || nights.stream().anyMatch(n -> f.path.equals(StateIntegrity.historyPath(n))));
  }

  private static boolean isUnderCommittedDir(Manifest m, String path) {
    return StateIntegrity.committedDirs(m).stream().anyMatch(d -> path.startsWith(d + "/"));
  }
}
