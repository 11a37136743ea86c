package org.setsafe.mapping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.setsafe.read.InputException;

/**
 * How input is read: its character encoding, an optional column mapping for foreign logs, the date
 * format flat logs use, and for spreadsheets which sheet and which row holds the header. Built
 * once, validated once.
 *
 * @param mapping the column mapping for flat logs, or null
 * @param dateFormat a java.time pattern for dates in flat logs (overrides the mapping's), or null
 *     for ISO
 * @param sheet the sheet of a workbook to read, or null for the first visible one
 * @param headerRow the row (1-based) that holds the header, or 0 for the first non-blank row
 * @param today the day an incident's date may not be after (a later one gets a warning: an incident
 *     that happened is not in the future), or null for no such check
 */
public record ImportOptions(
    Charset charset,
    ColumnMapping mapping,
    String dateFormat,
    String sheet,
    int headerRow,
    LocalDate today) {

  /** UTF-8, no mapping, ISO dates, first sheet, header on the first non-blank row. */
  public static final ImportOptions DEFAULT = new ImportOptions(StandardCharsets.UTF_8, null, null);

  public ImportOptions {
    charset = charset == null ? StandardCharsets.UTF_8 : charset;
    if (dateFormat != null) {
      ColumnMapping.formatter(dateFormat, "--date-format");
    }
    if (headerRow < 0) {
      throw new IllegalArgumentException("headerRow must be 0 (first non-blank row) or more");
    }
    sheet = sheet == null || sheet.isBlank() ? null : sheet;
  }

  /** Text input options: no sheet, the header on the first non-blank row, no check of dates. */
  public ImportOptions(Charset charset, ColumnMapping mapping, String dateFormat) {
    this(charset, mapping, dateFormat, null, 0, null);
  }

  /** Options without a check of dates against today. */
  public ImportOptions(
      Charset charset, ColumnMapping mapping, String dateFormat, String sheet, int headerRow) {
    this(charset, mapping, dateFormat, sheet, headerRow, null);
  }

  public ImportOptions withMapping(ColumnMapping m) {
    return new ImportOptions(charset, m, dateFormat, sheet, headerRow, today);
  }

  /** The same options reading {@code sheetName} with its header on {@code row} (0: first). */
  public ImportOptions withSheet(String sheetName, int row) {
    return new ImportOptions(charset, mapping, dateFormat, sheetName, row, today);
  }

  /** These options with incident dates checked against {@code day} (null: not checked). */
  public ImportOptions withToday(LocalDate day) {
    return new ImportOptions(charset, mapping, dateFormat, sheet, headerRow, day);
  }

  /** The formatter for flat-log dates: the explicit option, else the mapping's, else null (ISO). */
  public DateTimeFormatter flatDateFormatter() {
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
