package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.setsafe.analysis.CheckStats;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The incident x check matrix: incidents with at least one failed check (rows) against the checks
 * that failed at least once (columns, most failed first), failures highlighted. It keeps the first
 * {@link ReportOptions#matrixLimit()} such incidents as they stream past, so memory stays bounded;
 * the sheet says when it shows fewer than there are.
 */
public final class CheckMatrix implements Consumer<IncidentRecord> {
  public static final String NAME = "Check matrix";

  private record Entry(
      String id, PartialDate date, String title, Map<String, CheckStatus> statuses) {}

  private final int limit;
  private final List<Entry> kept = new ArrayList<>();
  private long withFailures;

  public CheckMatrix(int limit) {
    this.limit = limit;
  }

  @Override
  public void accept(IncidentRecord r) {
    boolean anyFailure = false;
    for (CheckResult c : r.checks()) {
      if (c.status().failure() && !c.inferred()) {
        anyFailure = true;
        break;
      }
    }
    if (!anyFailure) {
      return;
    }
    withFailures++;
    if (kept.size() < limit) {
      Map<String, CheckStatus> statuses = new HashMap<>();
      for (CheckResult c : r.checks()) {
        if (!c.inferred()) {
          statuses.put(c.checkId(), c.status());
        }
      }
      kept.add(new Entry(r.id(), r.incident().date(), r.incident().title(), statuses));
    }
  }

  /** Incidents with at least one failed check, all of them (shown or not). */
  public long incidentsWithFailures() {
    return withFailures;
  }

  public long shown() {
    return kept.size();
  }

  /** Checks shown as columns at most: the most failed; the sheet says how many others failed. */
  static final int COLUMNS = 20;

  public void write(Page page, List<CheckStats> allFailed) {
    List<CheckStats> failedChecks = allFailed.subList(0, Math.min(COLUMNS, allFailed.size()));
    Book book = page.book;
    page.note(book.heading, "Incident x check matrix");
    page.note(
        book.note,
        "Rows: incidents with at least one failed check. Columns: the checks that failed at least once,"
            + " most failed first. FAIL = failed; skip = not performed (counts as a failure); pass = passed;"
            + " ? = not known; n/a = not applicable; empty = not assessed.");
    if (allFailed.size() > failedChecks.size()) {
      page.note(
          book.note,
          String.format(
              "Columns: the %,d most failed of the %,d checks that failed; Check failures lists"
                  + " them all.",
              failedChecks.size(), allFailed.size()));
    }
    page.note(
        book.note,
        kept.size() < withFailures
            ? String.format(
                "Showing the first %,d of %,d incidents with a failed check, in the order read; the"
                    + " Incidents sheet lists them all.",
                kept.size(), withFailures)
            : String.format("All %,d incidents with a failed check are shown.", withFailures));
    List<Column> cols =
        new ArrayList<>(
            List.of(Column.text("ID", 40), Column.date("Date"), Column.text("Incident", 36)));
    for (CheckStats c : failedChecks) {
      cols.add(Column.status(c.title()));
    }
    SheetTable t = SheetTable.owning(page, cols, 3);
    kept.sort(Comparator.comparing(Entry::date).thenComparing(Entry::id));
    for (Entry e : kept) {
      t.row(e.id()).text(0, e.id()).date(1, e.date()).text(2, e.title());
      for (int i = 0; i < failedChecks.size(); i++) {
        CheckStatus s = e.statuses().get(failedChecks.get(i).checkId());
        if (s != null) {
          switch (s) {
            case FAILED -> t.status(3 + i, "FAIL", book.failed);
            case NOT_PERFORMED -> t.status(3 + i, "skip", book.notPerformed);
            case PASSED -> t.status(3 + i, "pass", book.passed);
            case UNKNOWN -> t.status(3 + i, "?", book.quiet);
            case NOT_APPLICABLE -> t.status(3 + i, "n/a", book.quiet);
          }
        }
      }
    }
    t.finish("No incident in the input has a failed check.");
  }
}
