package io.crossfact.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What one {@code check} run reads and where it writes. */
public final class CheckOptions {
  public final List<String> inputs;
  public final Path out;
  public final String master;
  /** Output formats ({@link TableStage#FORMATS}); always holds {@code csv}. */
  public final Set<String> formats;
  /**
   * Where the Parquet and JSON tables go: a folder URI on any Hadoop file system ({@code s3a://bucket/x},
   * {@code hdfs:///x}, {@code file:///x}); null for the {@link #out} folder.
   */
  public final String tables;
  /** The output folder as run.json names it (a nightly run writes to staging, then moves to its report folder). */
  public final String shownOut;

  public CheckOptions(List<String> inputs, Path out, String master) {
    this(inputs, out, master, Set.of(TableStage.CSV), null);
  }

  public CheckOptions(List<String> inputs, Path out, String master, Set<String> formats, String tables) {
    this(inputs, out, master, formats, tables, out.toString());
  }

  CheckOptions(List<String> inputs, Path out, String master, Set<String> formats, String tables, String shownOut) {
    this.inputs = List.copyOf(inputs);
    this.out = out;
    this.master = master == null ? "" : master;
    this.formats = formats == null || formats.isEmpty() ? Set.of(TableStage.CSV) : Set.copyOf(formats);
    this.tables = tables == null || tables.isBlank() ? null : tables;
    this.shownOut = shownOut;
  }

  /** The tables' folder as a URI Spark's writers take: {@link #tables}, or {@link #out} as a {@code file:} URI. */
  public String tablesRoot() {
    return tables != null ? tables : out.toAbsolutePath().normalize().toUri().toString();
  }
}
