package io.crossfact.ingest;

import java.io.Serializable;
import java.util.Locale;

/**
 * How much one document may cost to read: decompressed bytes, bytes of one record (a JSON line, a WARC record),
 * characters, and time without data. The byte limit is the smaller of the configured one and what one task may hold
 * ({@link #forTask}): memory per task is the heap divided by the tasks that run at once, so eight gzip bombs read by
 * eight tasks are held to one eighth of the heap each, and cannot together take the JVM down.
 */
public final class ReadLimits implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Heap a document costs per decompressed byte: bytes, decoded string, cleaned body, the row Spark encodes, tokens. */
  public static final int MEMORY_PER_BYTE = 6;
  /** Share of the heap left to tasks' own objects (Spark keeps the rest for caching and shuffles). */
  public static final double TASK_HEAP_SHARE = 0.6;

  private final long maxDocumentBytes;
  private final long maxRecordBytes;
  private final long maxChars;
  private final long readTimeoutMillis;
  /** Why the byte limit is what it is, for the quarantine reason. */
  private final String origin;
  /**
   * Whether a read cleans the decoded text (boilerplate blanked into the body, markers, metadata the text states).
   * Only the benchmark's floor reads without it ({@link #decodeOnly}): its body is the decoded text itself.
   */
  private final boolean cleans;

  public ReadLimits(long maxDocumentBytes, long maxRecordBytes, long maxChars, long readTimeoutMillis) {
    this(maxDocumentBytes, maxRecordBytes, maxChars, readTimeoutMillis, "ingest.maxDocumentBytes");
  }

  private ReadLimits(long maxDocumentBytes, long maxRecordBytes, long maxChars, long readTimeoutMillis,
      String origin) {
    this(maxDocumentBytes, maxRecordBytes, maxChars, readTimeoutMillis, origin, true);
  }

  private ReadLimits(long maxDocumentBytes, long maxRecordBytes, long maxChars, long readTimeoutMillis,
      String origin, boolean cleans) {
    this.cleans = cleans;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxRecordBytes = Math.min(maxRecordBytes, maxDocumentBytes);
    this.maxChars = maxChars;
    this.readTimeoutMillis = readTimeoutMillis;
    this.origin = origin;
  }

  /** Limits that never bind (tests of the readers themselves, and callers that bound their input otherwise). */
  public static ReadLimits unlimited() {
    return new ReadLimits(Integer.MAX_VALUE - 16, Integer.MAX_VALUE - 16, Long.MAX_VALUE, 0);
  }

  /**
   * These limits held also to a task's share of the heap: {@code maxHeap * TASK_HEAP_SHARE / tasks}, of which one
   * document may use {@code 1 / MEMORY_PER_BYTE} as decompressed bytes.
   */
  public ReadLimits forTask(long maxHeap, int tasks) {
    long perTask = (long) (maxHeap * TASK_HEAP_SHARE) / Math.max(1, tasks);
    long byMemory = Math.max(1L << 20, perTask / MEMORY_PER_BYTE);
    if (byMemory >= maxDocumentBytes) {
      return this;
    }
    return new ReadLimits(byMemory, maxRecordBytes, maxChars, readTimeoutMillis, String.format(Locale.ROOT,
        "memory per task: %d MB heap, %d tasks at once", maxHeap >> 20, tasks), cleans);
  }

  /**
   * The same limits for a read that only decodes: files, records, HTML and character sets are read and checked as
   * always, but the text is not cleaned (the benchmark's floor: what any extraction must pay before its own work).
   */
  public ReadLimits decodeOnly() {
    return new ReadLimits(maxDocumentBytes, maxRecordBytes, maxChars, readTimeoutMillis, origin, false);
  }

  /** False for {@link #decodeOnly} limits. */
  public boolean cleans() {
    return cleans;
  }

  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  public long maxRecordBytes() {
    return maxRecordBytes;
  }

  public long maxChars() {
    return maxChars;
  }

  /** 0: no timeout. */
  public long readTimeoutMillis() {
    return readTimeoutMillis;
  }

  /** {@code too large after decompression: more than 16 MB (limit from memory per task: ...)}. */
  public String tooLargeAfterDecompression() {
    return "too large after decompression: more than " + mb(maxDocumentBytes) + " (" + origin + ")";
  }

  /** For a file stored uncompressed: the same limit, said of its size. */
  public String tooLarge(long bytes) {
    return "too large: " + mb(bytes) + " file, more than " + mb(maxDocumentBytes) + " (" + origin + ")";
  }

  public String recordTooLarge(String what, long bytes) {
    return "record too large: " + what + " has " + (bytes < 0 ? "more than " + mb(maxRecordBytes) : mb(bytes))
        + ", limit " + mb(maxRecordBytes) + " (ingest.maxRecordBytes)";
  }

  public String tooLong(long chars) {
    return String.format(Locale.ROOT, "too long: %,d characters, limit %,d (extract.maxChars)", chars, maxChars);
  }

  static String mb(long bytes) {
    return bytes >= 10L << 20 || bytes % (1 << 20) == 0
        ? (bytes >> 20) + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  @Override
  public String toString() {
    return "ReadLimits{document=" + maxDocumentBytes + ", record=" + maxRecordBytes + ", chars=" + maxChars
        + ", timeoutMs=" + readTimeoutMillis + ", " + origin + (cleans ? "" : ", decode only") + "}";
  }
}
