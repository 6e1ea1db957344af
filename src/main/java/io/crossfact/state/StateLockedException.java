package io.crossfact.state;

/** Another run holds the state folder's lock. */
public final class StateLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateLockedException(String message) {
    super(message);
  }
}
