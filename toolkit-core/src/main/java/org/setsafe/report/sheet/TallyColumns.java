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

  /** Fills the tally's columns of the row {@code t} is writing. */
  static void fill(SheetTable t, Tally c) {
    t.integer(INCIDENTS, c.incidents())
        .integer(NEAR, c.count(Severity.NEAR_MISS))
        .integer(INJURY, c.count(Severity.INJURY))
        .integer(SERIOUS, c.count(Severity.SERIOUS_INJURY))
        .integer(FATAL, c.count(Severity.FATAL))
        .integer(INJURED, c.injured())
        .integer(DEATHS, c.deaths())
        .integer(WITH_FAILURE, c.withFailure())
        .integer(FAILURES, c.failures());
  }
}
