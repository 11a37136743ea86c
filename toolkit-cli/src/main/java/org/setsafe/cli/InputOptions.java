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

  ImportOptions toImportOptions() {
    ColumnMapping m = mapping == null ? null : ColumnMapping.load(resolveMapping(mapping));
    return new ImportOptions(ImportOptions.charset(encoding), m, dateFormat);
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
