package io.crossfact.state;

import java.util.List;

/**
 * A state folder that cannot be used as it is: its manifest is unreadable or missing while the folder holds data,
 * or a committed file is missing or differs from what the manifest recorded. The message is one line: the file, what
 * is wrong with it, and what to run.
 */
public final class DamagedStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<StateIntegrity.Problem> problems;

  public DamagedStateException(String message) {
    this(message, List.of());
  }

  public DamagedStateException(String message, List<StateIntegrity.Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** What the verification found (empty when the manifest itself is damaged). */
  public List<StateIntegrity.Problem> problems() {
    return problems;
  }
}
