package io.crossfact.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The committed content of a state folder. Only what the manifest lists exists: a store part or a night written
 * by a run that died before replacing the manifest is invisible and removed by the next run.
 */
public final class Manifest {
  /** One committed store part: the documents of one run, under its ingest date. */
  public static final class Part {
    public String name = "";
    public String ingestDate = "";
    public long documents;

    public Part() {}

    public Part(String name, String ingestDate, long documents) {
      this.name = name;
      this.ingestDate = ingestDate;
      this.documents = documents;
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

  public int version = 1;
  public List<Part> parts = new ArrayList<>();
  /** Nights whose findings history is committed, ascending ISO dates. */
  public List<String> nights = new ArrayList<>();
  public Carried carried;

  public Manifest copy() {
    Manifest m = new Manifest();
    m.version = version;
    for (Part p : parts) {
      m.parts.add(new Part(p.name, p.ingestDate, p.documents));
    }
    m.nights.addAll(nights);
    m.carried = carried == null ? null
        : new Carried(carried.name, carried.night, carried.parts, carried.fingerprint);
    return m;
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
