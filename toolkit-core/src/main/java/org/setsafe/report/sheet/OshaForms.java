package org.setsafe.report.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.analysis.CaseDecision;
import org.setsafe.analysis.Casualty;
import org.setsafe.analysis.OshaLog;
import org.setsafe.analysis.Rates;
import org.setsafe.model.CaseType;
import org.setsafe.model.Establishment;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * An establishment's OSHA recordkeeping forms for a year as one workbook, laid out like the forms:
 * the Form 300 log (one row per recordable case, columns A to M with the form's letters), the Form
 * 300A summary (the totals of columns G to M, the establishment and its employment figures, with
 * the rates) and one Form 301 sheet per case (what the log holds of the case's questions; the rest
 * left for the employer to fill). A privacy case shows {@code privacy case} instead of the name.
 * Written as the report writes cells ({@link Book}, {@link SheetTable}: typed numbers and dates,
 * each sheet one page wide).
 */
public final class OshaForms {
  public static final String LOG = "Form 300";
  public static final String SUMMARY = "Form 300A";

  /** What setsafe says, and never decides, about whether the forms must be kept. */
  public static final String KEEPING_NOTE =
      "Whether this establishment must keep these forms is the employer's decision: an employer"
          + " with no more than ten employees at any time in the last calendar year (29 CFR"
          + " 1904.1) and establishments in the industries partially exempted (1904.2) need not"
          + " keep them unless OSHA or the BLS asks in writing. setsafe prepares them from the log"
          + " and never decides it.";

  static final String NOT_RECORDED = "not recorded in the log";

  private OshaForms() {}

  /**
   * Writes the workbook of {@code log} to {@code file}, a path that a {@link
   * org.setsafe.io.StagedFiles} staged (the caller commits it with the other outputs).
   */
  public static void write(Establishment e, OshaLog log, Rates rates, Path file, Path workFolder) {
    try (Book book = Book.small("OSHA forms " + log.year() + ": " + e.name(), workFolder)) {
      build(book, e, log, rates);
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      } catch (IOException x) {
        throw new UncheckedIOException("cannot write " + file, x);
      }
    }
  }

  static void build(Book book, Establishment e, OshaLog log, Rates rates) {
    writeLog(book, e, log);
    writeSummary(book, e, log, rates);
    for (OshaLog.Entry entry : log.entries()) {
      write301(book, e, log.year(), entry);
    }
  }

  /** The name as the log shows it: {@code privacy case} for a privacy case. */
  static String name(Casualty c) {
    return c.publicName();
  }

  static String describe(Injury f, Incident i) {
    List<String> parts = new ArrayList<>();
    if (f.nature() != null) {
      parts.add(f.nature());
    }
    if (f.bodyPart() != null) {
      parts.add(f.bodyPart());
    }
    String what = String.join(", ", parts);
    return what.isEmpty() ? i.title() : what + " (" + i.title() + ")";
  }

  private static final Column CASE = Column.integer("(A) Case no.");
  private static final Column NAME = Column.text("(B) Employee's name", 22);
  private static final Column JOB = Column.text("(C) Job title", 18);
  private static final Column DATE = Column.date("(D) Date of injury or onset of illness");
  private static final Column WHERE = Column.text("(E) Where the event occurred", 20);
  private static final Column WHAT =
      Column.text("(F) Injury or illness, parts of body affected, and what caused it", 40);
  private static final Column G = Column.text("(G) Death", 7);
  private static final Column H = Column.text("(H) Days away from work", 9);
  private static final Column I = Column.text("(I) Job transfer or restriction", 11);
  private static final Column J = Column.text("(J) Other recordable case", 10);
  private static final Column K = Column.integer("(K) Days away from work");
  private static final Column L = Column.integer("(L) Days on job transfer or restriction");
  private static final Column REASON = Column.text("Why recordable (29 CFR 1904.7)", 40);

  private static List<Column> typeColumns() {
    List<Column> m = new ArrayList<>();
    for (CaseType t : CaseType.values()) {
      m.add(Column.text("(M" + t.column() + ") " + t.label(), 10));
    }
    return m;
  }

  static void writeLog(Book book, Establishment e, OshaLog log) {
    Page page = book.page(LOG);
    page.title(book.title, 16, "OSHA's Form 300: Log of Work-Related Injuries and Illnesses");
    page.note(
        book.note,
        "Year "
            + log.year()
            + ". Establishment: "
            + e.name()
            + ", "
            + e.city()
            + ", "
            + e.state()
            + ". Prepared by setsafe from the production's log; every case with its reason.");
    page.note(book.note, KEEPING_NOTE);
    page.skip(1);
    List<Column> columns = new ArrayList<>(List.of(CASE, NAME, JOB, DATE, WHERE, WHAT, G, H, I, J));
    columns.add(K);
    columns.add(L);
    List<Column> types = typeColumns();
    columns.addAll(types);
    columns.add(REASON);
    SheetTable t = SheetTable.section(page, columns, false);
    for (OshaLog.Entry entry : log.entries()) {
      CaseDecision d = entry.decision();
      Casualty c = d.casualty();
      Injury f = c.injury();
      Incident i = c.incident();
      t.row(i.id())
          .integer(CASE, entry.caseNumber())
          .text(NAME, name(c))
          .text(JOB, f.jobTitle() == null ? "" : f.jobTitle())
          .date(DATE, i.date())
          .text(WHERE, i.location() == null ? "" : i.location())
          .text(WHAT, describe(f, i));
      t.text(G, d.column() == CaseDecision.Column.DEATH ? "X" : "");
      t.text(H, d.column() == CaseDecision.Column.DAYS_AWAY ? "X" : "");
      t.text(I, d.column() == CaseDecision.Column.RESTRICTED ? "X" : "");
      t.text(J, d.column() == CaseDecision.Column.OTHER ? "X" : "");
      t.integer(K, (long) d.daysAway());
      t.integer(L, (long) d.daysRestricted());
      CaseType type = f.caseTypeOrInjury();
      for (CaseType x : CaseType.values()) {
        t.text(types.get(x.ordinal()), x == type ? "X" : "");
      }
      t.text(
          REASON,
          d.reason()
              + (d.inferredFrom() == null ? "" : " [inferred from '" + d.inferredFrom() + "']"));
    }
    OshaLog.Totals s = log.totals();
    t.row("totals").text(NAME, "Totals", book.label);
    t.integer(G, s.g()).integer(H, s.h()).integer(I, s.i()).integer(J, s.j());
    t.integer(K, s.k()).integer(L, s.l());
    for (CaseType x : CaseType.values()) {
      t.integer(types.get(x.ordinal()), s.of(x));
    }
    t.finish("No recordable case in " + log.year() + ".");
    page.skip(1);
    page.note(
        book.note,
        "Privacy cases show 'privacy case' instead of the name (29 CFR 1904.29(b)(6)-(7)); keep"
            + " their names on a separate, confidential list, which setsafe does not write.");
    if (!log.undecided().isEmpty()) {
      page.note(
          book.note,
          log.undecided().size()
              + " case(s) of "
              + log.year()
              + " could not be decided from the log and are not on it: "
              + ids(log.undecided())
              + ".");
    }
    page.applyWidths();
  }

  private static String ids(List<CaseDecision> ds) {
    List<String> out = new ArrayList<>();
    for (CaseDecision d : ds) {
      out.add(d.casualty().incident().id() + " (" + d.reason() + ")");
    }
    return String.join("; ", out);
  }

  private static final Column LABEL =
      Column.text("Summary of Work-Related Injuries and Illnesses", 48);
  private static final Column VALUE = Column.text("", 48);

  static void writeSummary(Book book, Establishment e, OshaLog log, Rates rates) {
    Page page = book.page(SUMMARY);
    page.title(book.title, 16, "OSHA's Form 300A: Summary of Work-Related Injuries and Illnesses");
    page.note(book.note, "Year " + log.year() + ". " + KEEPING_NOTE);
    page.skip(1);
    SheetTable t = SheetTable.section(page, List.of(LABEL, VALUE), false).numbersLeft();
    OshaLog.Totals s = log.totals();
    heading(book, t, "Number of cases");
    count(book, t, "(G) Total number of deaths", s.g());
    count(book, t, "(H) Total number of cases with days away from work", s.h());
    count(book, t, "(I) Total number of cases with job transfer or restriction", s.i());
    count(book, t, "(J) Total number of other recordable cases", s.j());
    heading(book, t, "Number of days");
    count(book, t, "(K) Total number of days away from work", s.k());
    count(book, t, "(L) Total number of days of job transfer or restriction", s.l());
    heading(book, t, "Injury and illness types");
    for (CaseType x : CaseType.values()) {
      count(book, t, "(M" + x.column() + ") " + x.label(), s.of(x));
    }
    heading(book, t, "Establishment information");
    text(book, t, "Establishment name", e.name());
    text(book, t, "Company name", e.companyName());
    text(book, t, "Street", e.street());
    text(book, t, "City, state, ZIP", e.city() + ", " + e.state() + " " + e.zip());
    text(book, t, "Industry description", e.industryDescription());
    text(book, t, "North American Industry Classification System (NAICS)", e.naics());
    heading(book, t, "Employment information");
    count(book, t, "Annual average number of employees", e.annualAverageEmployees());
    t.row("hours").text(LABEL, "Total hours worked by all employees last year", book.label);
    t.decimal(1, e.totalHoursWorked().doubleValue());
    heading(book, t, "Rates per 200,000 hours worked (100 full-time workers for a year)");
    rate(
        book,
        t,
        "Total recordable case rate (TRIR): H + I + J",
        rates.recordableNonfatal(),
        rates.trir());
    rate(
        book,
        t,
        "Days away, restricted or transferred (DART): H + I",
        rates.dartCases(),
        rates.dart());
    rate(book, t, "Lost-time (days away) case rate: H", rates.daysAwayCases(), rates.lostTime());
    t.row("rate base")
        .text(
            LABEL,
            "Each rate is cases x 200,000 / "
                + String.format("%,.0f", e.totalHoursWorked().doubleValue())
                + " hours worked; deaths (G) are given apart.",
            book.note);
    heading(book, t, "Certification");
    text(
        book,
        t,
        "Signed by a company executive",
        "to be certified and signed by a company executive (29 CFR 1904.32(b)(3)), and posted"
            + " from February 1 to April 30 of the year after (1904.32(b)(6))");
    t.finish();
    page.applyWidths();
  }

  private static void heading(Book book, SheetTable t, String s) {
    t.row(s).text(LABEL, s, book.heading);
  }

  private static void count(Book book, SheetTable t, String label, long n) {
    t.row(label).text(LABEL, label, book.label);
    t.integer(1, n);
  }

  private static void text(Book book, SheetTable t, String label, String value) {
    t.row(label).text(LABEL, label, book.label);
    t.text(1, value == null ? NOT_RECORDED : value);
  }

  private static void rate(Book book, SheetTable t, String label, long cases, Double rate) {
    t.row(label)
        .text(LABEL, label + " (" + cases + (cases == 1 ? " case)" : " cases)"), book.label);
    if (rate == null) {
      t.text(1, "no hours worked given");
    } else {
      t.decimal(1, rate);
    }
  }

  private static final Column Q = Column.text("Form 301: Injury and Illness Incident Report", 48);
  private static final Column A = Column.text("", 60);

  static void write301(Book book, Establishment e, int year, OshaLog.Entry entry) {
    CaseDecision d = entry.decision();
    Casualty c = d.casualty();
    Incident i = c.incident();
    Injury f = c.injury();
    Page page = book.page("Form 301 (" + entry.caseNumber() + ")");
    page.title(book.title, 14, "OSHA's Form 301: Injury and Illness Incident Report");
    page.note(
        book.note,
        e.name()
            + ", "
            + year
            + ". Case "
            + entry.caseNumber()
            + " of the Form 300 log ("
            + i.id()
            + "). What the log does not record is left for the employer to fill in.");
    page.skip(1);
    SheetTable t = SheetTable.section(page, List.of(Q, A), false).numbersLeft();
    heading301(book, t, "Information about the employee");
    answer(book, t, "Full name", name(c));
    answer(book, t, "Job title", f.jobTitle());
    answer(book, t, "Employer", f.employer());
    answer(book, t, "Street, city, state, ZIP; date of birth; date hired; sex", null);
    heading301(book, t, "Information about the physician or other health care professional");
    answer(book, t, "Name; facility; emergency room; in-patient overnight", treatment(f));
    heading301(book, t, "Information about the case");
    t.row("case").text(Q, "Case number from the log", book.label);
    t.integer(1, entry.caseNumber());
    t.row("date").text(Q, "Date of injury or illness", book.label);
    t.date(1, i.date());
    answer(book, t, "Time of event", i.time() == null ? null : i.time().toString());
    answer(
        book,
        t,
        "What was the employee doing just before the incident occurred?",
        i.activity() == null ? null : i.activity().label());
    answer(book, t, "What happened?", i.summary());
    answer(book, t, "What was the injury or illness?", describe(f, i));
    answer(book, t, "What object or substance directly harmed the employee?", null);
    if (d.column() == CaseDecision.Column.DEATH) {
      answer(book, t, "If the employee died, when did death occur? Date of death", null);
    }
    answer(
        book,
        t,
        "Why the case is recordable (setsafe)",
        d.reason()
            + (d.inferredFrom() == null ? "" : " [inferred from '" + d.inferredFrom() + "']"));
    t.finish();
    page.applyWidths();
  }

  private static String treatment(Injury f) {
    if (f.treatment() == null) {
      return null;
    }
    String t = f.treatment().label();
    String w = f.inferredFrom("treatment");
    return w == null ? t : t + " (inferred from '" + w + "')";
  }

  private static void heading301(Book book, SheetTable t, String s) {
    t.row(s).text(Q, s, book.heading);
  }

  private static void answer(Book book, SheetTable t, String q, String a) {
    t.row(q).text(Q, q, book.label);
    t.text(1, a == null ? NOT_RECORDED : a);
  }
}
