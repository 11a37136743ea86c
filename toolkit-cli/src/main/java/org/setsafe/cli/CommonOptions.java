package org.setsafe.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Flags every command whose output is data shares: {@code --format table|json|csv} and {@code
 * --debug}. JSON is one envelope ({@link org.setsafe.cli.text.JsonEnvelope}) whose shape each
 * command documents in its JSON Schema; CSV has a header row and escapes formula-like text ({@link
 * org.setsafe.cli.text.CsvTable}).
 */
final class CommonOptions {
  /** Output formats for results that are data. */
  enum Format {
    table,
    json,
    csv
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description =
          "Output format: table, json (one envelope: schema, version, data, problems) or csv (a"
              + " header row, then one row per item) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DebugOption debug;

  /** Read by {@link Pager} from the arguments, before the command runs. */
  @Option(
      names = Pager.OPTION,
      description =
          "Print long output as it is, rather than through $PAGER (else less) on a terminal.")
  boolean noPager;

  boolean json() {
    return format == Format.json;
  }

  boolean csv() {
    return format == Format.csv;
  }

  /** A format name, any case; {@code text}, the old name of {@code table}, is still taken. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("text")) {
        return Format.table;
      }
      for (Format f : Format.values()) {
        if (f.name().equals(v)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not an output format (expected table, json or csv)");
    }
  }

  /** The format names, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(Enum::name).iterator();
    }
  }
}
