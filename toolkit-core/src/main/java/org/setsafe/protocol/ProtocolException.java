package org.setsafe.protocol;

/** A protocol file is malformed; the message names the file and the place. */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }
}
