package io.crossfact.spark;

import java.io.Serializable;

/**
 * What one ingest task reads: a whole file, or the lines starting in {@code [start, end)} of a big JSON-lines file,
 * whose first line is line {@code firstLine} of the file.
 */
public class ReadUnit implements Serializable {
  private static final long serialVersionUID = 1L;
  private String path = "";
  private long length;
  private long modificationTime;
  private long start;
  /** -1 for a whole file. */
  private long end = -1;
  private long newlinesBefore;

  public ReadUnit() {}

  static ReadUnit whole(InputFile f) {
    ReadUnit u = new ReadUnit();
    u.path = f.getPath();
    u.length = f.getLength();
    u.modificationTime = f.getModificationTime();
    return u;
  }

  static ReadUnit range(InputFile f, long start, long end) {
    ReadUnit u = whole(f);
    u.start = start;
    u.end = end;
    return u;
  }

  boolean isWhole() {
    return end < 0;
  }

  InputFile file() {
    return new InputFile(path, length, modificationTime);
  }

  public String getPath() { return path; }
  public void setPath(String v) { path = v; }
  public long getLength() { return length; }
  public void setLength(long v) { length = v; }
  public long getModificationTime() { return modificationTime; }
  public void setModificationTime(long v) { modificationTime = v; }
  public long getStart() { return start; }
  public void setStart(long v) { start = v; }
  public long getEnd() { return end; }
  public void setEnd(long v) { end = v; }
  /** Newline bytes in the file before {@code start}: the line number base of this range. */
  public long getNewlinesBefore() { return newlinesBefore; }
  public void setNewlinesBefore(long v) { newlinesBefore = v; }
}
