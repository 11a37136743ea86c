package org.setsafe.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.data.BundledData;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.read.InputException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The one input model: {@code PATH...} (logs, workbooks, dataset folders, {@code -} for standard
 * input) and how they are read ({@code --mapping}, {@code --sheet}, {@code --header-row}, {@code
 * --encoding}, {@code --date-format}). Every command that reads incidents mixes this in; the PATH
 * parameters come after the command's own positional parameters (picocli's {@code index = "+"}), so
 * {@code show ID PATH...} and {@code list PATH...} read alike. Whether the reference dataset is
 * read is {@link ReferenceOption}'s rule.
 */
final class InputOptions {
  /** How help describes PATH, the same in every command. */
  static final String PATH_DESCRIPTION =
      "Your data: flat logs (.csv, .xlsx), canonical CSV files, dataset folders, or - for"
          + " standard input. With none, the reference dataset.";

  @Parameters(index = "+", arity = "0..*", paramLabel = "PATH", description = PATH_DESCRIPTION)
  List<Path> paths = new ArrayList<>();

  /**
   * PATH's help where the shared text is not true: commands that need a PATH say so (they have no
   * reference dataset to fall back on), and one that takes its file otherwise does not show it.
   */
  private static final Map<String, String> PATH_REQUIRED =
      Map.of(
          "setsafe import",
          "The data to import, at least one: flat logs (.csv, .xlsx), canonical CSV files,"
              + " dataset folders, or - for standard input.",
          "setsafe mapping draft",
          "The log to draft a mapping for: one flat log (.csv or .xlsx).");

  /** How the synopsis writes PATH in a command that needs it (picocli brackets it: optional). */
  private static final Map<String, String> PATH_SYNOPSIS =
      Map.of("setsafe import", "PATH...", "setsafe mapping draft", "PATH");

  /** Commands whose PATH is refused (their files come as their own parameters): not shown. */
  private static final Set<String> PATH_HIDDEN = Set.of("setsafe risk check");

  /**
   * Gives PATH its accurate help in {@code cl} and its subcommands (see {@link #PATH_REQUIRED}).
   */
  static void applyPathHelp(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    String text = PATH_REQUIRED.get(spec.qualifiedName());
    boolean hide = PATH_HIDDEN.contains(spec.qualifiedName());
    if (text != null || hide) {
      for (PositionalParamSpec p : new ArrayList<>(spec.positionalParameters())) {
        if (p.description().length == 1 && p.description()[0].equals(PATH_DESCRIPTION)) {
          PositionalParamSpec.Builder b = PositionalParamSpec.builder(p);
          if (text != null) {
            b.description(text);
          }
          b.hidden(hide);
          spec.remove(p);
          spec.addPositional(b.build());
        }
      }
    }
    String synopsis = PATH_SYNOPSIS.get(spec.qualifiedName());
    if (synopsis != null) {
      cl.getHelpSectionMap()
          .put(
              CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
              help -> help.synopsis(help.synopsisHeadingLength()).replace("[PATH...]", synopsis));
      // the parameter list too, padded to the bracketed label's width so the columns stay
      String padded = String.format("%-" + "[PATH...]".length() + "s", synopsis);
      cl.getHelpSectionMap()
          .put(
              CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
              help -> help.parameterList().replace("[PATH...]", padded));
    }
    cl.getSubcommands().values().forEach(InputOptions::applyPathHelp);
  }

  /** The old spelling of PATH ({@code -i/--in PATH}), kept as a hidden alias. */
  @Option(
      names = {"-i", "--in"},
      paramLabel = "PATH",
      hidden = true)
  List<Path> in = new ArrayList<>();

  /**
   * Every PATH given, positional ones first. A PATH that does not exist is a usage error (exit 2),
   * one line that names it.
   */
  List<Path> paths() {
    List<Path> all = new ArrayList<>(paths);
    all.addAll(in);
    Suggestions.requireExisting("PATH", all);
    return in.isEmpty() ? paths : all;
  }

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
      completionCandidates = Candidates.MappingNames.class,
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
    ColumnMapping m = null;
    if (mapping != null) {
      Path file = resolveMapping(mapping);
      Suggestions.requireExisting("--mapping", file);
      m = ColumnMapping.load(file);
    }
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
