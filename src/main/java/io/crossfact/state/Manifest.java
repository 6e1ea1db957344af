package io.crossfact.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The committed content of a state folder. Only what the manifest lists exists: a store part or a night written
 * by a run that died before replacing the manifest is invisible and moved aside by the next run.
 *
 * <p>Version 2 records every committed file (store parts, findings history, carried results) with its size and
 * SHA-256 ({@link #files}); every night verifies them before use ({@link StateIntegrity}). It also records the
 * moves that complete a commit ({@link #pending}: the night's findings history and report), which the next run
 * finishes if the committing run was killed after the commit.
 */
public final class Manifest {
  /** The manifest format this build writes; version 1 (no checksums) is upgraded once when read. */
  public static final int CURRENT_VERSION = 2;

  /** One committed file: its path relative to the state folder, size in bytes and SHA-256 (hex). */
  public static final class FileEntry {
    public String path = "";
    public long size;
    public String sha256 = "";

    public FileEntry() {}

    public FileEntry(String path, long size, String sha256) {
      this.path = path;
      this.size = size;
      this.sha256 = sha256;
    }
  }

  /**
   * A move that completes a commit: {@code from} (relative to the state folder, under {@code outbox/}) to
   * {@code to} (relative to the state folder, or absolute for the reports folder). Done right after the commit,
   * or by the next run when the committing run was killed before.
   */
  public static final class Move {
    public String from = "";
    public String to = "";

    public Move() {}

    public Move(String from, String to) {
      this.from = from;
      this.to = to;
    }
  }

  /** One committed store part: the documents of one run, under its ingest date. */
  public static final class Part {
    public String name = "";
    public String ingestDate = "";
    public long documents;
    /** Archive files the part ingested; null in parts stored before version 2 (then counted from the part). */
    public Long inputFiles;

    public Part() {}

    public Part(String name, String ingestDate, long documents) {
      this(name, ingestDate, documents, null);
    }

    public Part(String name, String ingestDate, long documents, Long inputFiles) {
      this.name = name;
      this.ingestDate = ingestDate;
      this.documents = documents;
      this.inputFiles = inputFiles;
    }
  }

  /**
   * What the last committed night computed over the store (copy links per LSH bucket, copy clusters, findings per
   * comparison group): the next night recomputes only what its new articles touch. Null before the first night.
   */
  public static final class Carried {
    public String name = "";
    public String night = "";
    /** Store parts that night's comparison covered. */
    public List<String> parts = new ArrayList<>();
    /** Config and version the results were computed with; another fingerprint means a full recomputation. */
    public String fingerprint = "";

    public Carried() {}

    public Carried(String name, String night, List<String> parts, String fingerprint) {
      this.name = name;
      this.night = night;
      this.parts = new ArrayList<>(parts);
      this.fingerprint = fingerprint;
    }
  }

  public int version = CURRENT_VERSION;
  public List<Part> parts = new ArrayList<>();
  /** Nights whose findings history is committed, ascending ISO dates. */
  public List<String> nights = new ArrayList<>();
  public Carried carried;
  /** Every committed file with its size and checksum, sorted by path (version 2). */
  public List<FileEntry> files = new ArrayList<>();
  /** The moves that complete the last commit (findings history, then report). */
  public List<Move> pending = new ArrayList<>();

  public Manifest copy() {
    Manifest m = new Manifest();
    m.version = version;
    for (Part p : parts) {
      m.parts.add(new Part(p.name, p.ingestDate, p.documents, p.inputFiles));
    }
    m.nights.addAll(nights);
    m.carried = carried == null ? null
        : new Carried(carried.name, carried.night, carried.parts, carried.fingerprint);
    for (FileEntry f : files) {
      m.files.add(new FileEntry(f.path, f.size, f.sha256));
    }
    for (Move mv : pending) {
      m.pending.add(new Move(mv.from, mv.to));
    }
    return m;
  }

  /** Documents ingested on {@code date} (the parts stored under that ingest date). */
  public long documentsOn(String date) {
    long n = 0;
    for (Part p : parts) {
      if (p.ingestDate.equals(date)) {
        n += p.documents;
      }
    }
    return n;
  }

  /** Parts stored under {@code date}. */
  public List<Part> partsOn(String date) {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (p.ingestDate.equals(date)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The latest committed night strictly before {@code date}, or null. */
  public String nightBefore(String date) {
    String best = null;
    for (String n : nights) {
      if (n.compareTo(date) < 0 && (best == null || n.compareTo(best) > 0)) {
        best = n;
      }
    }
    return best;
  }

  public Manifest withNight(String date) {
    Manifest m = copy();
    if (!m.nights.contains(date)) {
      m.nights.add(date);
      m.nights.sort(String::compareTo);
    }
    return m;
  }

  public Manifest withCarried(Carried c) {
    Manifest m = copy();
    m.carried = c;
    return m;
  }

  public Manifest withPart(Part part) {
    Manifest m = copy();
    m.parts.add(part);
    return m;
  }
}
