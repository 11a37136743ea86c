package org.setsafe.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for setsafe's codes (lower-case, as in the CSV files). */
final class Converters {
  private Converters() {}

  private static <E extends Enum<E> & Coded> E convert(Class<E> type, String what, String value) {
    try {
      return Coded.parse(type, what, value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  static final class CategoryConverter implements ITypeConverter<Category> {
    @Override
    public Category convert(String value) {
      return Converters.convert(Category.class, "category", value);
    }
  }

  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return Converters.convert(Severity.class, "severity", value);
    }
  }

  static final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      return Converters.convert(Role.class, "role", value);
    }
  }

  /** A day, {@code yyyy-MM-dd}. */
  static final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a day (expected yyyy-MM-dd, e.g. 2026-04-20)");
      }
    }
  }

  static final class CategoryCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Category.values()).map(Coded::code).iterator();
    }
  }

  static final class SeverityCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Severity.values()).map(Coded::code).iterator();
    }
  }
}
