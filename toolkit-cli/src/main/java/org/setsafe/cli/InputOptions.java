package org.setsafe.cli;

import java.nio.file.Path;
import org.setsafe.ingest.ColumnMapping;
import org.setsafe.ingest.ImportOptions;
import picocli.CommandLine.Option;

/** How input files are read. */
final class InputOptions {
  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Character encoding of the input files (default: ${DEFAULT-VALUE}; e.g. windows-1252).")
  String encoding;

  @Option(names = {"-m", "--mapping"}, paramLabel = "MAPPING.json",
      description = "Column mapping for a foreign log layout (see data/mappings/).")
  Path mapping;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "Date pattern of flat logs, e.g. M/d/yyyy or dd.MM.yyyy (ISO dates are always accepted).")
  String dateFormat;

  ImportOptions toImportOptions() {
    ColumnMapping m = mapping == null ? null : ColumnMapping.load(mapping);
    return new ImportOptions(ImportOptions.charset(encoding), m, dateFormat);
  }
}
