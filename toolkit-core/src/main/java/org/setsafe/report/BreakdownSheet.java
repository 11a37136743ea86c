package org.setsafe.report;

import java.util.List;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.Breakdown;
import org.setsafe.analysis.Tally;
import org.setsafe.model.Severity;
import org.setsafe.report.SheetTable.Column;

/**
 * A breakdown sheet (Departments, Locations): incidents per value of the field, most first, by
 * severity, with the people hurt and the checks that failed; incidents with no value recorded and
 * (past {@link Breakdown#LIMIT} values) the others last. The groups split the incidents, so the
 * incident columns add up to the total row.
 */
final class BreakdownSheet {
  static final String DEPARTMENTS = "Departments";
  static final String LOCATIONS = "Locations";

  static final Column INCIDENTS = Column.integer("Incidents");
  static final Column NEAR = Column.integer("Near misses");
  static final Column INJURY = Column.integer("Injuries");
  static final Column SERIOUS = Column.integer("Serious injuries");
  static final Column FATAL = Column.integer("Fatal");
  static final Column INJURED = Column.integer("People injured");
  static final Column DEATHS = Column.integer("Deaths");
  static final Column WITH_FAILURE = Column.integer("Incidents with a failed check");
  static final Column FAILURES = Column.integer("Check failures");

  private BreakdownSheet() {}

  static void write(Page page, String what, Breakdown b, Analysis a) {
    Book book = page.book;
    String title = what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
    page.note(book.heading, "Incidents by " + what);
    page.note(
        book.note,
        "As the inputs name the "
            + what
            + " (the same name in other capitals or spacing counted together); most incidents"
            + " first. People injured and deaths are people, the rest incidents."
            + (b.overflowed()
                ? String.format(
                    " Past %,d different values, the rest are counted together as 'Other'.",
                    Breakdown.LIMIT)
                : ""));
    Column label = Column.text(title, 34);
    SheetTable t =
        SheetTable.owning(
            page,
            List.of(
                label,
                INCIDENTS,
                NEAR,
                INJURY,
                SERIOUS,
                FATAL,
                INJURED,
                DEATHS,
                WITH_FAILURE,
                FAILURES),
            1);
    for (Breakdown.Group g : b.groups()) {
      row(t, label, g.label(), g.tally());
    }
    if (b.other().incidents() > 0) {
      row(t, label, "Other", b.other());
    }
    if (b.notRecorded().incidents() > 0) {
      row(t, label, "(not recorded)", b.notRecorded());
    }
    if (a.incidents() > 0) {
      row(t, label, "All incidents", a.total());
    }
    t.finish("No incident in the input.");
  }

  private static void row(SheetTable t, Column label, String name, Tally c) {
    t.row(name)
        .text(label, name)
        .integer(INCIDENTS, c.incidents())
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
