package org.setsafe.ingest;

/**
 * Input cannot be read at all (missing file, unreadable mapping, bad option); one line for the
 * user.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
