package org.setsafe.cli;

/**
 * The command was used wrongly (an unknown incident name, a bad combination of options): exit 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
