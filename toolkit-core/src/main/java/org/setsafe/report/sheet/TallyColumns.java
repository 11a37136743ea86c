package org.setsafe.report.sheet;

import java.util.List;
import org.setsafe.analysis.Tally;
import org.setsafe.model.Severity;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The columns a {@link Tally} fills on the trend and breakdown sheets: incidents by severity, the
 * people hurt (people, not incidents) and the incidents and failures of checks.
 */
final class TallyColumns {
  static final Column INCIDENTS = Column.integer("Incidents");
  static final Column NEAR = Column.integer("Near misses");
  static final Column INJURY = Column.integer("Injuries");
  static final Column SERIOUS = Column.integer("Serious injuries");
  static final Column FATAL = Column.integer("Fatal");
  static final Column INJURED = Column.integer("People injured");
  static final Column DEATHS = Column.integer("Deaths");
  static final Column WITH_FAILURE = Column.integer("Incidents with a failed check");
  static final Column FAILURES = Column.integer("Check failures");

  /** The columns in the order the sheets show them, after their own label columns. */
  static final List<Column> ALL =
      List.of(INCIDENTS, NEAR, INJURY, SERIOUS, FATAL, INJURED, DEATHS, WITH_FAILURE, FAILURES);

  private TallyColumns() {}

  /**
   * What a redacted report's breakdown and trend sheets say of their counts and of the incidents
   * coarsened before they were counted (empty when the report is not redacted).
   */
  static String redactionNote(int smallCell) {
    if (smallCell <= 0) {
      return "";
    }
    return String.format(
        " Redacted: counts of 1 to %d show as '< %d'. An incident that its department, roles,"
            + " month and severity shared with fewer than %d others was dated to its quarter (it is in"
            + " no month; its note names the quarter), and where its quarter still singled it out its"
            + " department was dropped (counted under ZZZ); the ledger beside the workbook counts"
            + " how many. The historical record is not redacted.",
        smallCell - 1, smallCell, smallCell - 1);
  }

  /** Fills the tally's columns of the row {@code t} is writing. */
  static void fill(SheetTable t, Tally c) {
    // a redacted report shows counts under its smallest as "< 5" (SheetTable.count)
    t.count(INCIDENTS, c.incidents())
        .count(NEAR, c.count(Severity.NEAR_MISS))
        .count(INJURY, c.count(Severity.INJURY))
        .count(SERIOUS, c.count(Severity.SERIOUS_INJURY))
        .count(FATAL, c.count(Severity.FATAL))
        .count(INJURED, c.injured())
        .count(DEATHS, c.deaths())
        .count(WITH_FAILURE, c.withFailure())
        .count(FAILURES, c.failures());
  }
}
