package org.setsafe.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How input is read: its character encoding, an optional column mapping for foreign logs, and the
 * date format flat logs use. Built once, validated once.
 *
 * @param mapping the column mapping for flat logs, or null
 * @param dateFormat a java.time pattern for dates in flat logs (overrides the mapping's), or null
 *     for ISO
 * @param today the day an incident's date may not be after (a later one gets a warning: an incident
 *     that happened is not in the future), or null for no such check
 */
public record ImportOptions(
    Charset charset, ColumnMapping mapping, String dateFormat, LocalDate today) {

  /** UTF-8, no mapping, ISO dates, no check against today. */
  public static final ImportOptions DEFAULT = new ImportOptions(StandardCharsets.UTF_8, null, null);

  public ImportOptions(Charset charset, ColumnMapping mapping, String dateFormat) {
    this(charset, mapping, dateFormat, null);
  }

  public ImportOptions {
    charset = charset == null ? StandardCharsets.UTF_8 : charset;
    if (dateFormat != null) {
      ColumnMapping.formatter(dateFormat, "--date-format");
    }
  }

  public ImportOptions withMapping(ColumnMapping m) {
    return new ImportOptions(charset, m, dateFormat, today);
  }

  /** These options with incident dates checked against {@code day} (null: not checked). */
  public ImportOptions withToday(LocalDate day) {
    return new ImportOptions(charset, mapping, dateFormat, day);
  }

  /** The formatter for flat-log dates: the explicit option, else the mapping's, else null (ISO). */
  DateTimeFormatter flatDateFormatter() {
    String p = dateFormat != null ? dateFormat : mapping != null ? mapping.dateFormat() : null;
    return p == null ? null : ColumnMapping.formatter(p, "date format");
  }

  /** Parses an encoding name such as {@code windows-1252}. */
  public static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new InputException("unknown encoding '" + name + "' (try UTF-8 or windows-1252)");
    }
  }
}
