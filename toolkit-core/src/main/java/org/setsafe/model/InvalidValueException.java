package org.setsafe.model;

/**
 * A domain value was rejected at construction; names the field so a reader can point at the column.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidValueException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The canonical field (CSV column) the problem belongs to. */
  public String field() {
    return field;
  }

  static void check(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidValueException(field, message);
    }
  }

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, field + " is required");
    }
    return value.strip();
  }

  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
