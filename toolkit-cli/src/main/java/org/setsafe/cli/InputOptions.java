package org.setsafe.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.setsafe.data.BundledData;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.read.InputException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How input files are read. */
final class InputOptions {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      converter = CharsetConverter.class,
      description =
          "Character encoding of the input files (default: UTF-8; e.g. windows-1252). A byte-order"
              + " mark (UTF-8, UTF-16) decides on its own.")
  Charset encoding = StandardCharsets.UTF_8;

  @Option(
      names = {"-m", "--mapping"},
      paramLabel = "MAPPING.json",
      description =
          "Column mapping for a foreign log layout: a JSON file, or the name of a bundled one"
              + " (osha-severe-injury).")
  Path mapping;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      converter = DatePatternConverter.class,
      description =
          "Date pattern of flat logs, e.g. M/d/yyyy or dd.MM.yyyy (ISO dates are always accepted).")
  String dateFormat;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The sheet of .xlsx workbooks to read (default: the first visible sheet).")
  String sheet;

  @Option(
      names = "--header-row",
      paramLabel = "N",
      description =
          "The row that holds the column names (1 is the first row; default: the first non-blank"
              + " row), for a log with a title or notes above its header.")
  Integer headerRow;

  ImportOptions toImportOptions() {
    if (headerRow != null && headerRow < 1) {
      throw new UsageException("--header-row must be 1 or more (the row with the column names)");
    }
    ColumnMapping m = mapping == null ? null : ColumnMapping.load(resolveMapping(mapping));
    return new ImportOptions(encoding, m, dateFormat, sheet, headerRow == null ? 0 : headerRow);
  }

  /** A mapping file, or the name of one shipped with setsafe (with or without .json). */
  static Path resolveMapping(Path given) {
    if (Files.exists(given) || given.getNameCount() != 1) {
      return given;
    }
    String name = given.toString().endsWith(".json") ? given.toString() : given + ".json";
    try {
      return BundledData.path("mappings/" + name);
    } catch (IllegalStateException e) {
      return given;
    }
  }

  /** An encoding name; an unknown one is a usage error (exit 2) that says what would do. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown encoding '"
                + value
                + "' (try UTF-8, windows-1252, ISO-8859-1, UTF-16LE or UTF-16BE)");
      }
    }
  }

  /**
   * A java.time date pattern with a year, a month and a day; anything else is a usage error (exit
   * 2), worded by setsafe.
   */
  static final class DatePatternConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String hint =
          " (a date pattern uses y for the year, M for the month and d for the day, such as"
              + " dd/MM/yyyy or M/d/yyyy; text in quotes, such as 'T', is taken as it is)";
      try {
        ColumnMapping.formatter(value, "--date-format");
      } catch (InputException e) {
        throw new TypeConversionException("'" + value + "' is not a date pattern" + hint);
      }
      String letters = value.replaceAll("'[^']*'", "");
      if (!(letters.contains("y") || letters.contains("u"))
          || !(letters.contains("M") || letters.contains("L"))
          || !letters.contains("d")) {
        throw new TypeConversionException(
            "'" + value + "' does not give a year, a month and a day" + hint);
      }
      return value;
    }
  }
}
