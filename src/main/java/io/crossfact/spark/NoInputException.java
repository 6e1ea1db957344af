package io.crossfact.spark;

/** There is nothing to read: an input path does not exist, or no file is under any input path. */
public final class NoInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoInputException(String message) {
    super(message);
  }
}
