package org.setsafe.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A closed vocabulary whose constants have a stable code (as written in CSV and JSON) and a label
 * for reports. Codes are the lower-case constant names.
 */
public interface Coded {

  /** The stable code used in files, e.g. {@code first_ad}. */
  default String code() {
    Enum<?> e = (Enum<?>) this;
    return CodeIndex.of(e.getDeclaringClass()).code(e);
  }

  /** A human label for reports, e.g. {@code First assistant director}. */
  String label();

  /**
   * Parses a code (case-insensitive, spaces and hyphens read as underscores).
   *
   * @throws IllegalArgumentException naming the valid codes when {@code text} is not one of them
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String what, String text) {
    E e = find(type, text);
    if (e != null) {
      return e;
    }
    throw new IllegalArgumentException(
        "unknown " + what + " '" + text + "'; expected one of: " + codes(type));
  }

  /** Like {@link #parse} but returns null instead of throwing. */
  static <E extends Enum<E> & Coded> E find(Class<E> type, String text) {
    CodeIndex index = CodeIndex.of(type);
    Object e = index.find(text);
    if (e == null) {
      e = index.find(normalise(text));
    }
    if (e == null) {
      e = index.find(american(normalise(text)));
    }
    return type.cast(e);
  }

  static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(", "));
  }

  /**
   * British spellings as the codes write them (the codes are American, as the sources they come
   * from): {@code armourer} is {@code armorer}, {@code colour} {@code color}, {@code centre} {@code
   * center}, {@code organise} {@code organize}.
   */
  public static String american(String code) {
    return code.replaceAll("our(?=er|ed|ing|s|_|$)", "or")
        .replaceAll("tre(?=_|s_|s$|$)", "ter")
        .replaceAll("(?<=[a-z]{3})is(?=e$|ed$|ing$|ation)", "iz");
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
