package org.setsafe.risk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.ingest.FlatLogReader;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.RiskMatrix;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;
import org.setsafe.read.RowSource;
import org.setsafe.read.RowSources;
import org.setsafe.schema.AssessmentFields;
import org.setsafe.schema.AssessmentRows;
import org.setsafe.schema.RecordKind;

/**
 * A scene risk assessment as read from its file (CSV or a workbook's sheet, through a mapping of
 * {@code "record": "assessment"} when its columns are not named as setsafe's): the hazards that
 * could be read, the rows that could not (with the scene they name, so that the scene is not
 * ready), and every problem, located.
 *
 * @param file how messages name the file
 */
public record Assessment(
    String file, List<AssessedHazard> hazards, List<Rejected> rejected, List<Diagnostic> problems) {

  /** A row that could not be read: the scene its cell names (or empty), where, and why. */
  public record Rejected(String scene, long line, Diagnostic reason) {}

  public Assessment {
    hazards = List.copyOf(hazards);
    rejected = List.copyOf(rejected);
    problems = List.copyOf(problems);
  }

  /** The errors found (the located problems that make a scene not ready). */
  public List<Diagnostic> errors() {
    return problems.stream().filter(Diagnostic::isError).toList();
  }

  /** The errors placed on one line of the file. */
  public List<Diagnostic> errorsAt(long line) {
    return problems.stream().filter(d -> d.isError() && d.line() == line).toList();
  }

  /**
   * Reads {@code path} (named {@code name} in messages) against the catalogue's check ids and the
   * matrix's scales.
   */
  public static Assessment read(
      Path path, String name, ImportOptions options, ProtocolCatalog catalog, RiskMatrix matrix) {
    List<AssessedHazard> hazards = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    java.util.Map<Long, String> scenes = new java.util.HashMap<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void report(Diagnostic d) {
            problems.add(d);
          }

          @Override
          public void rejected(String file, RawRow row, Diagnostic reason) {
            String scene = scenes.getOrDefault(row.line(), "");
            rejected.add(new Rejected(scene, row.line(), reason));
          }
        };
    int headerRow = headerRow(path, name, options);
    FlatLogReader.readRecords(
        path,
        name,
        headerRow == options.headerRow() ? options : options.withSheet(options.sheet(), headerRow),
        RecordKind.ASSESSMENT,
        catalog,
        listener,
        c -> {
          String s = c.text(AssessmentFields.SCENE.name());
          scenes.put(c.line(), s == null ? "" : s);
          return AssessmentRows.hazard(c, catalog, matrix);
        },
        hazards::add);
    return new Assessment(name, hazards, rejected, problems);
  }

  /** How far down a file the header of an assessment is looked for. */
  static final int HEADER_SEARCH_ROWS = 20;

  /**
   * The row that holds the assessment's header: the one given, else the first row (of the first
   * {@link #HEADER_SEARCH_ROWS}) that names every field an assessment needs (directly or through
   * the mapping), so that a form with a title and notes above its table reads without options; 0
   * (the first non-blank row) when none does.
   */
  static int headerRow(Path path, String name, ImportOptions options) {
    if (options.headerRow() > 0) {
      return options.headerRow();
    }
    IngestListener quiet = d -> {};
    try (RowSource in = RowSources.open(path, name, options.charset(), options.sheet(), 0, quiet)) {
      if (in.header().isEmpty() || names(in.header(), options.mapping())) {
        return 0;
      }
      for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
        RawRow r = in.next();
        if (r == null) {
          break;
        }
        if (names(java.util.Arrays.asList(r.values()), options.mapping())) {
          return (int) r.line();
        }
      }
    } catch (RuntimeException e) {
      return 0; // the reading proper reports what is wrong with the file
    }
    return 0;
  }

  /** Whether {@code cells} name every field an assessment must have. */
  private static boolean names(List<String> cells, ColumnMapping mapping) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (String cell : cells) {
      if (cell == null || cell.isBlank()) {
        continue;
      }
      List<ColumnMapping.ColumnRule> rules =
          mapping == null ? null : mapping.rulesFor(cell.strip());
      if (rules != null) {
        rules.forEach(r -> found.add(r.target()));
      } else {
        String f = RecordKind.ASSESSMENT.fieldNamed(cell);
        if (f != null) {
          found.add(f);
        }
      }
    }
    return found.containsAll(RecordKind.ASSESSMENT.requiredColumns());
  }
}
