package org.setsafe.risk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.ingest.FlatLogReader;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.RiskMatrix;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;
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
    FlatLogReader.readRecords(
        path,
        name,
        options,
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
}
