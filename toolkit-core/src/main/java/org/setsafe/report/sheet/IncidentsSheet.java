package org.setsafe.report.sheet;

import java.util.List;
import java.util.function.Consumer;
import org.setsafe.analysis.IdSample;
import org.setsafe.analysis.SclResult;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Incidents sheet, written as records stream in: one row per incident in the order read, with
 * the input it came from and its SCL class, continued on {@code Incidents (2)}, ... past a sheet's
 * row limit; what happened, who reported it and its note go to an Incident details sheet, so that
 * the incident rows print one page wide at a readable size. Memory does not grow with the rows.
 */
public final class IncidentsSheet implements Consumer<IncidentsSheet.Item> {
  public static final String NAME = "Incidents";
  public static final String DETAILS = "Incident details";

  /** Failed checks named in a row before the rest are counted. */
  static final int CHECKS_SHOWN = 3;

  /** An incident, the input it came from and its SCL class (null where it was not classified). */
  public record Item(IncidentRecord record, String source, SclResult scl) {
    public Item(IncidentRecord record, String source) {
      this(record, source, null);
    }
  }

  static final Column ID = Column.text("ID", 16);
  static final Column DATE = Column.date("Date");
  static final Column TIME = Column.text("Time", 5);
  public static final Column TITLE = Column.text("Title", 22);
  static final Column DEPARTMENT = Column.text("Department", 12);
  static final Column LOCATION = Column.text("Location (jurisdiction)", 14);
  static final Column CATEGORY = Column.text("Hazard", 12);
  static final Column ACTIVITY = Column.text("Activity", 12);
  static final Column SEVERITY = Column.text("Severity", 9);

  /** The SCL class ({@code PSIF}, {@code PSIF at worst}); the class command gives the same. */
  public static final Column SCL = Column.text("SCL class", 10);

  static final Column KILLED = Column.integer("Killed");
  static final Column INJURED = Column.integer("Injured");

  /**
   * The titles of the recorded failed checks; then, on a line of their own, failures only inferred
   * (suggested from the description's words, or our reading), which are not counted anywhere.
   */
  static final Column FAILED = Column.text("Failed checks", 24);

  static final Column SOURCE = Column.text("Source", 12);

  /**
   * The columns, kept to what prints one page wide at 8 pt or more: the description, who reported
   * it, the note and the production go to Incident details.
   */
  public static final List<Column> COLUMNS =
      List.of(
          ID,
          DATE,
          TIME,
          TITLE,
          DEPARTMENT,
          LOCATION,
          CATEGORY,
          ACTIVITY,
          SEVERITY,
          SCL,
          KILLED,
          INJURED,
          FAILED,
          SOURCE);

  static final Column D_ID = Column.text("ID", 16);
  static final Column D_DATE = Column.date("Date");
  static final Column D_PRODUCTION = Column.text("Production", 16);
  static final Column D_SUMMARY = Column.text("What happened", 70);
  static final Column D_REPORTED_BY = Column.text("Reported by", 18);
  static final Column D_NOTE = Column.text("Note", 40);

  private final SheetTable table;
  private final SheetTable details;
  private final ProtocolCatalog catalog;
  private final java.util.ArrayList<String> failed = new java.util.ArrayList<>();
  private final java.util.ArrayList<String> inferred = new java.util.ArrayList<>();

  /** Check titles are the bundled protocols'. */
  public IncidentsSheet(Page page, Page details) {
    this(page, details, ProtocolCatalog.bundled());
  }

  /**
   * @param catalog where failed checks' titles come from (a check it does not hold shows its id)
   */
  public IncidentsSheet(Page page, Page details, ProtocolCatalog catalog) {
    this.catalog = catalog;
    this.table = SheetTable.owning(page, COLUMNS, 1);
    this.details =
        SheetTable.owning(
            details, List.of(D_ID, D_DATE, D_PRODUCTION, D_SUMMARY, D_REPORTED_BY, D_NOTE), 1);
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
        String title = catalog.title(c.checkId());
        java.util.List<String> to = c.inferred() ? inferred : failed;
        if (!to.contains(title)) {
          to.add(title);
        }
        allSuggested &= !c.inferred() || c.suggested();
      }
    }
    String names = IdSample.capped(failed, CHECKS_SHOWN, failed.size());
    if (!inferred.isEmpty()) {
      // a guess is named apart, and not counted with the recorded failures
      String guessed =
          (allSuggested ? "suggested: " : "inferred: ")
              + IdSample.capped(inferred, 1, inferred.size());
      names = names == null ? guessed : names + "\n" + guessed;
    }
    table
        .row(i.id())
        .text(ID, i.id())
        .date(DATE, i.date())
        .text(TIME, i.time() == null ? null : i.time().toString())
        .text(TITLE, i.title())
        .text(DEPARTMENT, i.department())
        .text(LOCATION, place(i))
        .text(CATEGORY, i.category().label())
        .text(ACTIVITY, i.activity().label())
        .text(SEVERITY, i.severity().label())
        .text(SCL, item.scl() == null ? null : item.scl().classText())
        .integer(KILLED, i.fatalities())
        .integer(INJURED, i.injuries())
        .text(FAILED, names)
        .text(SOURCE, item.source());
    details
        .row(i.id())
        .text(D_ID, i.id())
        .date(D_DATE, i.date())
        .text(D_PRODUCTION, i.production())
        .text(D_SUMMARY, i.summary())
        .text(D_REPORTED_BY, i.reportedBy())
        .text(D_NOTE, i.note());
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
    details.finish("No incident was imported.");
  }
}
