package org.setsafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.ColumnMapping;
import org.setsafe.ingest.ImportOptions;
import picocli.CommandLine.Option;

/** How input files are read. */
final class InputOptions {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "UTF-8",
      description =
          "Character encoding of the input files (default: ${DEFAULT-VALUE}; e.g. windows-1252).")
  String encoding;

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
    return new ImportOptions(
        ImportOptions.charset(encoding), m, dateFormat, sheet, headerRow == null ? 0 : headerRow);
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
}
