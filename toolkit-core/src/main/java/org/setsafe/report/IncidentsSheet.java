package org.setsafe.report;

import java.util.List;
import java.util.function.Consumer;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.report.SheetTable.Column;

/**
 * The Incidents sheet, written as records stream in: one row per incident in the order read,
 * continued on {@code Incidents (2)}, ... past a sheet's row limit. Memory does not grow with the
 * rows.
 */
final class IncidentsSheet implements Consumer<IncidentRecord> {
  static final String NAME = "Incidents";

  static final List<Column> COLUMNS =
      List.of(
          Column.text("ID", 40),
          Column.date("Date"),
          Column.text("Title", 34),
          Column.text("Production", 22),
          Column.text("Location", 26),
          Column.text("Jurisdiction", 10),
          Column.text("Category", 16),
          Column.text("Activity", 14),
          Column.text("Severity", 12),
          Column.integer("Killed"),
          Column.integer("Injured"),
          Column.integer("Failed checks"),
          Column.text("Failed check ids", 44),
          Column.integer("Outcomes"),
          Column.text("Summary", 60),
          Column.text("Note", 50));

  private final SheetTable table;
  private final StringBuilder failed = new StringBuilder();

  IncidentsSheet(Page page) {
    this.table = SheetTable.owning(page, COLUMNS, 1);
  }

  @Override
  public void accept(IncidentRecord r) {
    Incident i = r.incident();
    failed.setLength(0);
    int failedCount = 0;
    for (CheckResult c : r.checks()) {
      if (c.status().failure()) {
        if (failedCount++ > 0) {
          failed.append(", ");
        }
        failed.append(c.checkId());
      }
    }
    table
        .row(i.id())
        .text(0, i.id())
        .date(1, i.date())
        .text(2, i.title())
        .text(3, i.production())
        .text(4, i.location())
        .text(5, i.jurisdiction())
        .text(6, i.category().label())
        .text(7, i.activity().label())
        .text(8, i.severity().label())
        .integer(9, i.fatalities())
        .integer(10, i.injuries())
        .integer(11, failedCount)
        .text(12, failedCount == 0 ? null : failed.toString())
        .integer(13, r.outcomes().size())
        .text(14, i.summary())
        .text(15, i.note());
  }

  long rows() {
    return table.rows();
  }

  List<String> sheetNames() {
    return table.sheetNames();
  }

  void finish() {
    table.finish("No incident was imported; the Data quality sheet says why.");
  }
}
