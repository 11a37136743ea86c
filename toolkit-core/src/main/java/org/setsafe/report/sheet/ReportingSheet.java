package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.analysis.CaseDecision;
import org.setsafe.analysis.Casualty;
import org.setsafe.analysis.Deadline;
import org.setsafe.analysis.Deadlines;
import org.setsafe.analysis.OshaLog;
import org.setsafe.analysis.Rates;
import org.setsafe.analysis.Reporting;
import org.setsafe.model.CaseType;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Reporting sheet of a production's report: the reports its incidents call for under the rules
 * of their jurisdictions and the production's own, each with its deadline and where it stands as of
 * the report's day (missed first, then open, then met: the order {@code setsafe due} lists them);
 * each person hurt with the OSHA recordability of their case (29 CFR 1904.7) and its reason; the
 * 300A totals; and, with the hours worked given, the rates per 200,000 hours with their numerators.
 * Dates and numbers are typed cells; what was read from words says so, with the words.
 */
public final class ReportingSheet {
  public static final String NAME = "Reporting";

  static final Column FIGURE = Column.text("Figure", 60);
  static final Column VALUE = Column.decimal("Value");
  static final Column BASIS = Column.text("Out of", 40);

  static final Column STATUS = Column.text("Status", 8);
  static final Column DUE = Column.dateTime("Due");
  static final Column INCIDENT = Column.text("Incident", 12);
  static final Column REPORT = Column.text("Report", 36);
  static final Column TO = Column.text("To", 12);
  static final Column WITHIN = Column.text("Within", 14);
  static final Column CITATION = Column.text("Rule", 30);
  static final Column WHY = Column.text("Why", 36);
  static final Column PEOPLE = Column.text("People", 18);
  static final Column REPORTED = Column.dateTime("Reported");

  static final Column DATE = Column.date("Date");
  static final Column PERSON = Column.text("Person", 18);
  static final Column DECISION = Column.text("Decision", 14);
  static final Column COL = Column.text("300 column", 12);
  static final Column AWAY = Column.integer("Days away");
  static final Column RESTRICTED = Column.integer("Days restricted");
  static final Column REASON = Column.text("Reason (29 CFR 1904.7)", 50);
  static final Column INFERRED = Column.text("Inferred from the words", 22);

  private ReportingSheet() {}

  /** Whether the report has the sheet: a production's report. */
  public static boolean shown(ReportFigures f) {
    return f.production() && f.reporting() != null;
  }

  public static String describe(ReportFigures f) {
    Deadlines.Result d = f.reporting().deadlines();
    return "Reports owed after injuries, with deadlines as of "
        + d.asOf()
        + " ("
        + d.count(Deadline.Status.MISSED)
        + " missed, "
        + d.count(Deadline.Status.OPEN)
        + " open); OSHA recordable cases and rates.";
  }

  public static void write(Page page, ReportFigures f) {
    Reporting.Figures r = f.reporting();
    Book book = page.book;
    Deadlines.Result dl = r.deadlines();
    page.title(book.title, 14, "Reporting and recordkeeping as of " + dl.asOf());
    page.note(
        book.note,
        "The reports each incident calls for under the rules of its jurisdiction (US federal OSHA,"
            + " California, Great Britain's RIDDOR) and the production's own, with each deadline"
            + " counted from the incident's date and time; missed first, then open, then met."
            + " Recordability is decided by 29 CFR 1904.7 for the incidents in U.S. jurisdictions"
            + " (or none recorded). Whether the production must keep OSHA's forms is the"
            + " employer's decision; this is not legal advice.");
    page.skip(1);
    figures(book, page, r);
    page.skip(1);
    deadlines(book, page, dl);
    page.skip(1);
    decisions(book, page, r.decisions());
    page.applyWidths();
  }

  private static void figures(Book book, Page page, Reporting.Figures r) {
    SheetTable t = SheetTable.section(page, List.of(FIGURE, VALUE, BASIS), false);
    Deadlines.Result dl = r.deadlines();
    long all = dl.deadlines().size();
    count(t, "Reports missed", dl.count(Deadline.Status.MISSED), all + " reports owed");
    count(t, "Reports open", dl.count(Deadline.Status.OPEN), all + " reports owed");
    count(t, "Reports met", dl.count(Deadline.Status.MET), all + " reports owed");
    long people = r.decisions().size();
    count(
        t,
        "Recordable cases (29 CFR 1904.7)",
        r.count(CaseDecision.Answer.RECORDABLE),
        people + " people hurt (U.S.)");
    count(
        t,
        "Not recordable",
        r.count(CaseDecision.Answer.NOT_RECORDABLE),
        people + " people hurt (U.S.)");
    count(
        t,
        "Not decided from the log",
        r.count(CaseDecision.Answer.UNDECIDED),
        people + " people hurt (U.S.)");
    OshaLog.Totals s = r.totals();
    count(t, "(G) Deaths", s.g(), s.cases() + " recordable cases");
    count(t, "(H) Cases with days away from work", s.h(), s.cases() + " recordable cases");
    count(t, "(I) Cases with job transfer or restriction", s.i(), s.cases() + " recordable cases");
    count(t, "(J) Other recordable cases", s.j(), s.cases() + " recordable cases");
    count(t, "(K) Days away from work", s.k(), "at most 180 per case");
    count(t, "(L) Days of job transfer or restriction", s.l(), "at most 180 per case");
    for (CaseType x : CaseType.values()) {
      count(t, "(M" + x.column() + ") " + x.label(), s.of(x), s.cases() + " recordable cases");
    }
    Rates rates = r.rates();
    if (rates.hours() == null) {
      t.row("rates")
          .text(FIGURE, "Rates per 200,000 hours worked")
          .text(BASIS, "no hours worked given: no rate");
    } else {
      String hours = String.format(Locale.ROOT, "%,.0f hours worked", rates.hours().doubleValue());
      rate(t, "TRIR per 200,000 hours", rates.trir(), rates.recordableNonfatal(), hours);
      rate(t, "DART rate per 200,000 hours", rates.dart(), rates.dartCases(), hours);
      rate(t, "Lost-time rate per 200,000 hours", rates.lostTime(), rates.daysAwayCases(), hours);
    }
    if (rates.nearMissRatio() == null) {
      t.row("near-miss ratio")
          .text(FIGURE, "Near misses per incident with someone hurt")
          .text(BASIS, "no incident with someone hurt");
    } else {
      t.row("near-miss ratio")
          .text(FIGURE, "Near misses per incident with someone hurt")
          .decimal(VALUE, rates.nearMissRatio())
          .text(
              BASIS,
              rates.nearMisses()
                  + " near misses / "
                  + rates.harmfulIncidents()
                  + " incidents with someone hurt");
    }
    t.finish();
  }

  private static void count(SheetTable t, String figure, long n, String basis) {
    t.row(figure).text(FIGURE, figure).integer(VALUE, n).text(BASIS, basis);
  }

  private static void rate(SheetTable t, String figure, double v, long cases, String hours) {
    t.row(figure)
        .text(FIGURE, figure)
        .decimal(VALUE, v)
        .text(BASIS, cases + (cases == 1 ? " case" : " cases") + " x 200,000 / " + hours);
  }

  private static void deadlines(Book book, Page page, Deadlines.Result dl) {
    page.note(book.heading, "Reports owed");
    SheetTable t =
        SheetTable.section(
            page,
            List.of(STATUS, DUE, INCIDENT, REPORT, TO, WITHIN, CITATION, WHY, PEOPLE, REPORTED),
            false);
    for (Deadline d : dl.deadlines()) {
      t.row(d.incident().id() + " " + d.rule().id())
          .text(STATUS, d.status().code(), style(book, d.status()))
          .text(INCIDENT, d.incident().id())
          .text(REPORT, d.rule().title())
          .text(TO, d.rule().reportTo())
          .text(WITHIN, d.rule().window().words())
          .text(CITATION, d.rule().citation())
          .text(WHY, why(d))
          .text(PEOPLE, people(d));
      if (d.due() == null) {
        t.text(DUE, "without delay");
      } else {
        t.dateTime(1, d.due());
      }
      if (d.reportedAt() != null) {
        t.dateTime(9, d.reportedAt());
      }
    }
    t.finish("No report is owed under these rules.");
    List<String> notes = new ArrayList<>();
    if (!dl.noJurisdiction().isEmpty()) {
      notes.add(
          "No jurisdiction recorded (only the production's own rules applied): "
              + String.join(", ", dl.noJurisdiction()));
    }
    if (!dl.dateNotKnown().isEmpty()) {
      notes.add("Date known only to the month or year: " + String.join(", ", dl.dateNotKnown()));
    }
    if (!dl.daysNotKnown().isEmpty()) {
      notes.add(
          "Days away not recorded, so a report on days of incapacity cannot be ruled out: "
              + String.join(", ", dl.daysNotKnown()));
    }
    for (String n : notes) {
      page.note(book.note, n + ".");
    }
  }

  static String why(Deadline d) {
    String b = (d.possible() ? "possibly: " : "") + d.basis();
    return d.inferredFrom() == null ? b : b + " [inferred from '" + d.inferredFrom() + "']";
  }

  static String people(Deadline d) {
    List<String> names = new ArrayList<>();
    for (Casualty c : d.people()) {
      if (!names.contains(c.publicName())) {
        names.add(c.publicName());
      }
    }
    return String.join("; ", names);
  }

  private static org.apache.poi.ss.usermodel.CellStyle style(Book book, Deadline.Status s) {
    return switch (s) {
      case MISSED -> book.failed;
      case OPEN -> book.notPerformed;
      case MET -> book.passed;
    };
  }

  private static void decisions(Book book, Page page, List<CaseDecision> decisions) {
    page.note(book.heading, "OSHA recordability of each person hurt (U.S.)");
    SheetTable t =
        SheetTable.section(
            page,
            List.of(INCIDENT, DATE, PERSON, DECISION, COL, AWAY, RESTRICTED, REASON, INFERRED),
            false);
    for (CaseDecision d : decisions) {
      Casualty c = d.casualty();
      t.row(c.incident().id())
          .text(INCIDENT, c.incident().id())
          .date(DATE, c.incident().date())
          .text(PERSON, c.publicName())
          .text(DECISION, d.answer().label())
          .text(COL, d.column() == null ? "" : d.column().letter() + " " + d.column().label())
          .integer(AWAY, (long) d.daysAway())
          .integer(RESTRICTED, (long) d.daysRestricted())
          .text(REASON, d.reason())
          .text(INFERRED, d.inferredFrom());
    }
    t.finish("Nobody was hurt in an incident in a U.S. jurisdiction.");
  }

  /**
   * The Summary's tile of reporting: the reports missed as of the report's day, with those open and
   * met (the Reporting sheet has the rest, the recordable cases and the rates).
   */
  public static List<SummarySheet.Tile> tiles(ReportFigures f) {
    if (!shown(f)) {
      return List.of();
    }
    Reporting.Figures r = f.reporting();
    Deadlines.Result dl = r.deadlines();
    List<SummarySheet.Tile> out = new ArrayList<>();
    out.add(
        SummarySheet.Tile.of(
            "Reports missed",
            dl.count(Deadline.Status.MISSED),
            String.format(
                Locale.ROOT,
                "of %,d reports owed, as of %s; %,d open, %,d met (Reporting)",
                dl.deadlines().size(),
                dl.asOf(),
                dl.count(Deadline.Status.OPEN),
                dl.count(Deadline.Status.MET))));
    return out;
  }
}
