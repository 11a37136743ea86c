package org.setsafe.report.sheet;

import java.util.stream.Stream;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.Breakdown;
import org.setsafe.analysis.Tally;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * A breakdown sheet (Departments, Locations): incidents per value of the field, most first, by
 * severity, with the people hurt and the checks that failed; incidents with no value recorded and
 * (past {@link Breakdown#LIMIT} values) the others last. The groups split the incidents, so the
 * incident columns add up to the total row.
 */
public final class BreakdownSheet {
  public static final String DEPARTMENTS = "Departments";
  public static final String LOCATIONS = "Locations";

  private BreakdownSheet() {}

  public static void write(Page page, String what, Breakdown b, Analysis a) {
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
                : "")
            + TallyColumns.redactionNote(book.smallCell));
    Column label = Column.text(title, 34);
    SheetTable t =
        SheetTable.owning(
            page, Stream.concat(Stream.of(label), TallyColumns.ALL.stream()).toList(), 1);
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
      // outside the filter's range: sorting the rows leaves the total at the foot
      TallyColumns.fill(t.total("All incidents").text(label, "All incidents"), a.total());
    }
    t.finish("No incident in the input.");
  }

  private static void row(SheetTable t, Column label, String name, Tally c) {
    TallyColumns.fill(t.row(name).text(label, name), c);
  }
}
