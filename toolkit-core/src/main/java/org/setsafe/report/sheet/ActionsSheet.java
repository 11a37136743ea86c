package org.setsafe.report.sheet;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.FollowUps;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Actions sheet: every follow-up action of the incidents reported on, in the one urgency order
 * the {@code actions} command uses (overdue first, highlighted, the longest overdue on top; then
 * open, status not recorded, done, verified, cancelled), with days open and overdue as of the
 * report's day. In the history report, and on Lessons from history, the same table lists what
 * followed in the industry, each action with its source.
 */
public final class ActionsSheet {
  public static final String NAME = "Actions";

  static final Column ID = Column.text("Incident", 20);
  static final Column TITLE = Column.text("Incident title", 30);
  static final Column SEVERITY = Column.text("Severity", 10);
  static final Column ACTION = Column.text("Action", 40);
  static final Column KIND = Column.text("Kind", 11);
  static final Column OWNER = Column.text("Owner", 18);
  static final Column RAISED = Column.date("Raised");
  static final Column DUE = Column.date("Due");
  static final Column STATUS = Column.text("Status", 22);
  static final Column CLOSED = Column.date("Closed");
  static final Column DAYS_OPEN = Column.integer("Days open");
  static final Column DAYS_OVERDUE = Column.integer("Days overdue");
  static final Column VERIFIED_BY = Column.text("Verified by", 14);
  static final Column NOTE = Column.text("Note", 30);
  static final Column SOURCE = Column.text("Source", 34);

  /** The industry's actions by the incident's date, then id and action id. */
  static final java.util.Comparator<ActionRow> CHRONOLOGICAL =
      java.util.Comparator.comparing((ActionRow r) -> r.incident().date())
          .thenComparing(r -> r.incident().id())
          .thenComparing(r -> r.action().actionId());

  private ActionsSheet() {}

  public static String describe(ReportFigures ctx) {
    return ctx.production()
        ? "Every follow-up action, overdue first (highlighted), with owner, days open and days"
            + " overdue as of "
            + ctx.followUps().asOf()
            + "."
        : "What followed the incidents in the industry (rules, bills, recommendations), with"
            + " sources.";
  }

  public static void write(Page page, ReportFigures ctx) {
    if (ctx.production()) {
      writeProduction(page, ctx.actions(), ctx.followUps());
    } else {
      page.title(page.book.title, 14, "What followed in the industry");
      List<ActionRow> rows = new java.util.ArrayList<>(ctx.actions());
      rows.sort(CHRONOLOGICAL);
      writeIndustry(
          page,
          rows,
          "What followed the incidents in the industry, where the facts record it: new rules,"
              + " bills, recommendations and undertakings, each with its source. A bill that was"
              + " not enacted is cancelled; status not recorded means its outcome is not"
              + " confirmed.",
          "The reference records no action for these incidents.");
    }
  }

  private static void writeProduction(Page page, List<ActionRow> rows, FollowUps f) {
    Book book = page.book;
    page.title(book.title, 14, "Follow-up actions as of " + f.asOf());
    page.note(
        book.note,
        "Overdue first (past its due date and not marked done, whether open or with no status"
            + " recorded; the longest overdue on top), then open (the soonest"
            + " due on top), status not recorded, done, verified and cancelled. Days open: from"
            + " raised to "
            + f.asOf()
            + " for an open action, to closed for the others; days are counted between complete"
            + " dates only. A follow-up whose status was never recorded is not counted as done.");
    page.skip(1);
    SheetTable t =
        SheetTable.owning(
            page,
            List.of(
                ID,
                TITLE,
                SEVERITY,
                ACTION,
                KIND,
                OWNER,
                RAISED,
                DUE,
                STATUS,
                CLOSED,
                DAYS_OPEN,
                DAYS_OVERDUE,
                VERIFIED_BY,
                NOTE),
            1);
    for (ActionRow r : rows) {
      CorrectiveAction a = r.action();
      t.row(a.actionId())
          .text(ID, r.incident().id())
          .text(TITLE, r.incident().title())
          .text(SEVERITY, r.incident().severity().label())
          .text(ACTION, a.action())
          .text(KIND, a.kind() == null ? null : a.kind().code())
          .text(OWNER, a.owner())
          .date(RAISED, a.raisedOn())
          .date(DUE, a.dueOn())
          .text(STATUS, status(r), style(book, r))
          .date(CLOSED, a.closedOn())
          .integer(DAYS_OPEN, r.daysOpen())
          .integer(DAYS_OVERDUE, r.daysOverdue())
          .text(VERIFIED_BY, a.verifiedBy())
          .text(NOTE, a.note());
    }
    t.finish("No follow-up action is recorded for the incidents reported on.");
  }

  /** The industry's actions after historical incidents: no due dates, each with its source. */
  static void writeIndustry(Page page, List<ActionRow> rows, String intro, String empty) {
    Book book = page.book;
    page.note(book.note, intro);
    page.skip(1);
    SheetTable t =
        SheetTable.owning(
            page, List.of(ID, TITLE, ACTION, OWNER, RAISED, STATUS, CLOSED, NOTE, SOURCE), 1);
    for (ActionRow r : rows) {
      CorrectiveAction a = r.action();
      t.row(a.actionId())
          .text(ID, r.incident().id())
          .text(TITLE, r.incident().title())
          .text(ACTION, a.action())
          .text(OWNER, a.owner())
          .date(RAISED, a.raisedOn())
          .text(STATUS, status(r))
          .date(CLOSED, a.closedOn())
          .text(NOTE, a.note())
          .text(SOURCE, a.sourceUrl() == null ? "no source recorded" : a.sourceUrl());
    }
    t.finish(empty);
  }

  /**
   * What the Status column says: the recorded status, or Overdue for one past due that is not known
   * to be done.
   */
  static String status(ActionRow r) {
    if (r.overdue()) {
      return switch (r.action().status()) {
        case IN_PROGRESS -> "Overdue (in progress)";
        case UNKNOWN -> "Overdue (status not recorded)";
        default -> "Overdue";
      };
    }
    return r.action().status().shortLabel();
  }

  /** Overdue in white on red; status not recorded in dark red on rose; the rest plain. */
  private static CellStyle style(Book book, ActionRow r) {
    if (r.overdue()) {
      return book.failed;
    }
    return r.action().status() == ActionStatus.UNKNOWN ? book.notPerformed : book.text;
  }

  /**
   * An action in a few words, for a list in one cell: the text before its first colon (a bill's or
   * recommendation's name) or its first 60 characters, and its status, e.g. {@code California SB
   * 831 (cancelled)}.
   */
  static String brief(CorrectiveAction a) {
    String text = a.action();
    int colon = text.indexOf(':');
    String head =
        colon > 0 && colon <= 60
            ? text.substring(0, colon)
            : text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
    String status =
        a.status() == ActionStatus.UNKNOWN
            ? "outcome not recorded"
            : a.status().code().replace('_', ' ').toLowerCase(Locale.ROOT);
    return head + " (" + status + ")";
  }
}
