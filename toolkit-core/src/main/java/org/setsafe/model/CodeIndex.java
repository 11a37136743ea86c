package org.setsafe.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The codes of one {@link Coded} enum, computed once: code by ordinal and constant by code. Ingest
 * looks codes up for every value of every row, so this keeps the lookup to one hash probe.
 */
final class CodeIndex {
  private static final ClassValue<CodeIndex> INDEXES =
      new ClassValue<>() {
        @Override
        protected CodeIndex computeValue(Class<?> type) {
          return new CodeIndex(type);
        }
      };

  private final String[] codes;
  private final Object[] constants;
  private final Map<String, Object> byCode;

  private CodeIndex(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    this.constants = constants.clone();
    codes = new String[constants.length];
    byCode = new HashMap<>();
    for (Object c : constants) {
      Enum<?> e = (Enum<?>) c;
      String code = e.name().toLowerCase(Locale.ROOT);
      codes[e.ordinal()] = code;
      byCode.put(code, c);
    }
  }

  static CodeIndex of(Class<?> type) {
    return INDEXES.get(type);
  }

  String code(Enum<?> e) {
    return codes[e.ordinal()];
  }

  /** The constant whose code is exactly {@code code}, or null. */
  Object find(String code) {
    // a scan: vocabularies are small, and hashing each value read costs more than a few equals
    if (codes.length <= 32) {
      for (int i = 0; i < codes.length; i++) {
        if (codes[i].equals(code)) {
          return constants[i];
        }
      }
      return null;
    }
    return byCode.get(code);
  }
}
