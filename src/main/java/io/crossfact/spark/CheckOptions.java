package io.crossfact.spark;

import java.nio.file.Path;
import java.util.List;

/** What one {@code check} run reads and where it writes. */
public final class CheckOptions {
  public final List<String> inputs;
  public final Path out;
  public final String master;

  public CheckOptions(List<String> inputs, Path out, String master) {
    this.inputs = List.copyOf(inputs);
    this.out = out;
    this.master = master == null ? "" : master;
  }
}
