package io.crossfact.spark;

import java.io.Serializable;

/** One input file found on the driver: its URI and size. Files are listed, never read, on the driver. */
public class InputFile implements Serializable {
  private static final long serialVersionUID = 1L;
  private String path = "";
  private long length;
  private long modificationTime;

  public InputFile() {}

  public InputFile(String path, long length, long modificationTime) {
    this.path = path;
    this.length = length;
    this.modificationTime = modificationTime;
  }

  public String getPath() { return path; }
  public void setPath(String v) { path = v; }
  public long getLength() { return length; }
  public void setLength(long v) { length = v; }
  public long getModificationTime() { return modificationTime; }
  public void setModificationTime(long v) { modificationTime = v; }
}
