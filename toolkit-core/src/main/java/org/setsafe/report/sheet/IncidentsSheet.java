package org.setsafe.report.sheet;

import java.util.List;
import java.util.function.Consumer;
import org.setsafe.analysis.IdSample;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Incidents sheet, written as records stream in: one row per incident in the order read, with
 * the input it came from, continued on {@code Incidents (2)}, ... past a sheet's row limit; who
 * reported an incident and its note go to an Incident details sheet, so that the incident rows stay
 * one page wide. Memory does not grow with the rows.
 */
public final class IncidentsSheet implements Consumer<IncidentsSheet.Item> {
  public static final String NAME = "Incidents";
  public static final String DETAILS = "Incident details";

  /** Failed check ids named in a row before the rest are counted. */
  static final int CHECKS_SHOWN = 3;

  /** An incident and the input it came from. */
  public record Item(IncidentRecord record, String source) {}

  static final Column ID = Column.text("ID", 24);
  static final Column DATE = Column.date("Date");
  static final Column PRECISION = Column.text("Date known to", 6);
  static final Column TIME = Column.text("Time", 5);
  public static final Column TITLE = Column.text("Title", 28);
  static final Column PRODUCTION = Column.text("Production", 16);
  static final Column DEPARTMENT = Column.text("Department", 14);
  static final Column LOCATION = Column.text("Location (jurisdiction)", 20);
  static final Column CATEGORY = Column.text("Category, activity", 22);
  static final Column SEVERITY = Column.text("Severity", 9);
  static final Column KILLED = Column.integer("Killed");
  static final Column INJURED = Column.integer("Injured");
  static final Column FAILED = Column.integer("Failed checks");

  /**
   * The recorded failed checks; then, on a line of their own, failures only inferred (suggested
   * from the description's words, or our reading), which the count beside does not include.
   */
  static final Column FAILED_IDS = Column.text("Failed check ids", 26);

  static final Column SUMMARY = Column.text("Summary", 48);
  static final Column SOURCE = Column.text("Source", 16);

  public static final List<Column> COLUMNS =
      List.of(
          ID,
          DATE,
          PRECISION,
          TIME,
          TITLE,
          PRODUCTION,
          DEPARTMENT,
          LOCATION,
          CATEGORY,
          SEVERITY,
          KILLED,
          INJURED,
          FAILED,
          FAILED_IDS,
          SUMMARY,
          SOURCE);

  static final Column D_ID = Column.text("ID", 20);
  static final Column D_DATE = Column.date("Date");
  static final Column D_REPORTED_BY = Column.text("Reported by", 24);
  static final Column D_NOTE = Column.text("Note", 110);

  private final SheetTable table;
  private final SheetTable details;
  private final java.util.ArrayList<String> failed = new java.util.ArrayList<>();
  private final java.util.ArrayList<String> inferred = new java.util.ArrayList<>();

  public IncidentsSheet(Page page, Page details) {
    this.table = SheetTable.owning(page, COLUMNS, 1);
    this.details = SheetTable.owning(details, List.of(D_ID, D_DATE, D_REPORTED_BY, D_NOTE), 1);
  }

  /** What a partial date is known to: day, month or year. */
  static String precision(PartialDate d) {
    return d.isComplete() ? "day" : d.month() != null ? "month" : "year";
  }

  @Override
  public void accept(Item item) {
    IncidentRecord r = item.record();
    Incident i = r.incident();
    failed.clear();
    inferred.clear();
    boolean allSuggested = true;
    for (CheckResult c : r.checks()) {
      if (c.status().failure()) {
        (c.inferred() ? inferred : failed).add(c.checkId());
        allSuggested &= !c.inferred() || c.suggested();
      }
    }
    String ids = IdSample.capped(failed, CHECKS_SHOWN, failed.size());
    if (!inferred.isEmpty()) {
      // a guess is named apart, and not counted with the recorded failures
      String guessed =
          (allSuggested ? "suggested: " : "inferred: ")
              + IdSample.capped(inferred, 1, inferred.size());
      ids = ids == null ? guessed : ids + "\n" + guessed;
    }
    table
        .row(i.id())
        .text(ID, i.id())
        .date(DATE, i.date())
        .text(PRECISION, precision(i.date()))
        .text(TIME, i.time() == null ? null : i.time().toString())
        .text(TITLE, i.title())
        .text(PRODUCTION, i.production())
        .text(DEPARTMENT, i.department())
        .text(LOCATION, place(i))
        .text(
            CATEGORY,
            i.category().label() + ", " + i.activity().label().toLowerCase(java.util.Locale.ROOT))
        .text(SEVERITY, i.severity().label())
        .integer(KILLED, i.fatalities())
        .integer(INJURED, i.injuries())
        .integer(FAILED, failed.size())
        .text(FAILED_IDS, ids)
        .text(SUMMARY, i.summary())
        .text(SOURCE, item.source());
    if (i.reportedBy() != null || i.note() != null) {
      details
          .row(i.id())
          .text(D_ID, i.id())
          .date(D_DATE, i.date())
          .text(D_REPORTED_BY, i.reportedBy())
          .text(D_NOTE, i.note());
    }
  }

  /** {@code Stage 6 (US-GA)}: the location with the jurisdiction, either alone, or null. */
  static String place(Incident i) {
    if (i.location() == null) {
      return i.jurisdiction();
    }
    return i.jurisdiction() == null ? i.location() : i.location() + " (" + i.jurisdiction() + ")";
  }

  long rows() {
    return table.rows();
  }

  public List<String> sheetNames() {
    return table.sheetNames();
  }

  public List<String> detailSheetNames() {
    return details.sheetNames();
  }

  public void finish() {
    table.finish("No incident was imported; the Data quality sheet says why.");
    details.finish("No incident in the input records who reported it or a note.");
  }
}
