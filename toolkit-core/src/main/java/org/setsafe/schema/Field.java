package org.setsafe.schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.setsafe.model.Coded;
import org.setsafe.model.PartialDate;

/**
 * One field of a record as the canonical files hold it: its column name (in the CSV files and the
 * JSON alike), the kind of value, whether a row must give it, and how to get it from the record.
 * Each record's fields are declared once, in column order ({@link IncidentFields}, {@link
 * PersonFields}, {@link CheckFields}, {@link OutcomeFields}, {@link ActionFields}, {@link
 * SourceFields}); the canonical tables' columns, the dataset writer, the row reader, the CLI's JSON
 * and the log generator take their fields from those lists.
 *
 * @param <R> the record
 * @param <T> the value's type
 */
public final class Field<R, T> {
  /** The kinds of value: each is read in one way, and written in one way. */
  public enum Kind {
    /** Free text. */
    TEXT,
    /** A code of a closed vocabulary ({@link Coded}). */
    CODE,
    /** A date, possibly partial ({@code 2021}, {@code 2021-10}, {@code 2021-10-21}). */
    DATE,
    /** A time of day, written {@code HH:mm}, or {@code HH:mm:ss} when it has seconds. */
    TIME,
    /** A whole number, 0 or more; a number in JSON. */
    COUNT,
    /** An amount of money, written plain ({@code 289562.63}); a number in JSON. */
    MONEY,
    /** Yes or no, written {@code yes} or {@code no}; a boolean in JSON. */
    FLAG,
    /** A date and a time of day, written {@code yyyy-MM-dd HH:mm}. */
    MOMENT
  }

  /** How a field's value is read from a row. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(RowContext c, String field, boolean required);
  }

  private final String name;
  private final Kind kind;
  private final boolean required;
  private final Function<R, T> get;
  private final Reading<T> reading;
  private final Function<T, String> cell;

  private Field(
      String name,
      Kind kind,
      boolean required,
      Function<R, T> get,
      Reading<T> reading,
      Function<T, String> cell) {
    this.name = Objects.requireNonNull(name);
    this.kind = kind;
    this.required = required;
    this.get = get;
    this.reading = reading;
    this.cell = cell;
  }

  public static <R> Field<R, String> text(String name, Function<R, String> get) {
    return new Field<>(
        name,
        Kind.TEXT,
        false,
        get,
        (c, f, required) -> required ? c.required(f) : c.text(f),
        v -> v);
  }

  /**
   * @param what what a value is, for messages ({@code unknown WHAT 'x'; expected one of: ...})
   */
  public static <R, E extends Enum<E> & Coded> Field<R, E> code(
      String name, Class<E> type, String what, Function<R, E> get) {
    return new Field<>(
        name, Kind.CODE, false, get, (c, f, required) -> c.code(type, f, what, required), E::code);
  }

  public static <R> Field<R, PartialDate> date(String name, Function<R, PartialDate> get) {
    return new Field<>(
        name,
        Kind.DATE,
        false,
        get,
        (c, f, required) -> c.date(f, required),
        PartialDate::toString);
  }

  public static <R> Field<R, LocalTime> time(String name, Function<R, LocalTime> get) {
    return new Field<>(name, Kind.TIME, false, get, (c, f, required) -> c.time(f), Field::time);
  }

  public static <R> Field<R, Integer> count(String name, Function<R, Integer> get) {
    return new Field<>(
        name, Kind.COUNT, false, get, (c, f, required) -> c.count(f, required), String::valueOf);
  }

  public static <R> Field<R, BigDecimal> money(String name, Function<R, BigDecimal> get) {
    return new Field<>(
        name, Kind.MONEY, false, get, (c, f, required) -> c.money(f), BigDecimal::toPlainString);
  }

  public static <R> Field<R, Boolean> flag(String name, Function<R, Boolean> get) {
    return new Field<>(
        name, Kind.FLAG, false, get, (c, f, required) -> c.flag(f), v -> v ? "yes" : "no");
  }

  public static <R> Field<R, LocalDateTime> moment(String name, Function<R, LocalDateTime> get) {
    return new Field<>(
        name,
        Kind.MOMENT,
        false,
        get,
        (c, f, required) -> c.moment(f),
        v -> v.toLocalDate() + " " + time(v.toLocalTime()));
  }

  /** This field, which a row must give (its table's file must have its column). */
  public Field<R, T> required() {
    return new Field<>(name, kind, true, get, reading, cell);
  }

  /** The column's name, in the CSV files and the JSON. */
  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isRequired() {
    return required;
  }

  /** The record's value, or null. */
  public T get(R record) {
    return get.apply(record);
  }

  /** The record's value as a CSV cell holds it, or null for none. */
  public String cell(R record) {
    T v = get.apply(record);
    return v == null ? null : cell.apply(v);
  }

  /** The field's value in the row, or null, with any problem recorded in {@code c}. */
  public T read(RowContext c) {
    return reading.read(c, name, required);
  }

  /** As {@link #read}, with no value counting as no problem even when the field is required. */
  T readOptional(RowContext c) {
    return reading.read(c, name, false);
  }

  /** The names of {@code fields}, in order. */
  public static List<String> names(List<? extends Field<?, ?>> fields) {
    List<String> names = new ArrayList<>(fields.size());
    fields.forEach(f -> names.add(f.name()));
    return List.copyOf(names);
  }

  /** The field of {@code fields} named {@code name}, or null. */
  public static <R> Field<R, ?> named(List<Field<R, ?>> fields, String name) {
    for (Field<R, ?> f : fields) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Times are written to the minute, or to the second when they have seconds. */
  private static String time(LocalTime t) {
    return (t.getSecond() == 0 ? HH_MM : HH_MM_SS).format(t);
  }

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");
}
