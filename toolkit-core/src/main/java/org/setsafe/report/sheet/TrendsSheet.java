package org.setsafe.report.sheet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.Tally;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The trend sheets: incidents per month (Trends) and, for a period under six months, per week
 * (Trends by week), by severity, with the people hurt and the checks that failed; periods without
 * incidents are shown as zeros so the trend is not squeezed.
 */
public final class TrendsSheet {
  public static final String NAME = "Trends";

  /** The longest run of months or weeks shown with the empty ones filled in. */
  static final int MAX_FILLED = 600;

  static final Column START = Column.date("Starts");
  static final Column PERIOD = Column.text("Period", 20);

  static final List<Column> COLUMNS =
      Stream.concat(Stream.of(START, PERIOD), TallyColumns.ALL.stream()).toList();

  private TrendsSheet() {}

  public static String describe(ReportFigures ctx) {
    return "Incidents per "
        + step(ctx).word
        + (ctx.weekly() ? " and per week" : "")
        + " by severity, with the people hurt and the checks that failed.";
  }

  /**
   * How finely the trend goes: by month for up to three years, else by quarter, past ten by year.
   */
  public enum Step {
    MONTH("month"),
    QUARTER("quarter"),
    YEAR("year");

    public final String word;

    Step(String word) {
      this.word = word;
    }
  }

  /** The step for the period reported on. */
  public static Step step(ReportFigures ctx) {
    LocalDate f = ctx.from();
    LocalDate t = ctx.to();
    if (f == null || t == null || !t.isAfter(f.plusYears(3))) {
      return Step.MONTH;
    }
    return t.isAfter(f.plusYears(10)) ? Step.YEAR : Step.QUARTER;
  }

  /** A period of the trend: its first day, its name and its counts. */
  public record Point(LocalDate start, String label, Tally tally) {}

  /** The trend by {@code step}, every period from the first to the last (empty ones as zeros). */
  public static List<Point> series(Analysis a, Step step) {
    java.util.TreeMap<LocalDate, Point> out = new java.util.TreeMap<>();
    months(a)
        .forEach(
            (m, t) -> {
              LocalDate start =
                  switch (step) {
                    case MONTH -> m.atDay(1);
                    case QUARTER ->
                        LocalDate.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1, 1);
                    case YEAR -> LocalDate.of(m.getYear(), 1, 1);
                  };
              String label =
                  switch (step) {
                    case MONTH -> m.toString();
                    case QUARTER -> m.getYear() + " Q" + ((m.getMonthValue() - 1) / 3 + 1);
                    case YEAR -> Integer.toString(m.getYear());
                  };
              out.computeIfAbsent(start, k -> new Point(k, label, new Tally())).tally().merge(t);
            });
    return List.copyOf(out.values());
  }

  /** Month → counts, every month from the first to the last (empty ones as zero counts). */
  static Map<YearMonth, Tally> months(Analysis a) {
    TreeMap<YearMonth, Tally> m = new TreeMap<>(a.byMonth());
    if (!m.isEmpty()
        && m.firstKey().until(m.lastKey(), java.time.temporal.ChronoUnit.MONTHS) < MAX_FILLED) {
      for (YearMonth y = m.firstKey(); y.isBefore(m.lastKey()); y = y.plusMonths(1)) {
        m.putIfAbsent(y, new Tally());
      }
    }
    return m;
  }

  /** Week (Monday) → counts, every week from the first to the last. */
  public static Map<LocalDate, Tally> weeks(Analysis a) {
    TreeMap<LocalDate, Tally> m = new TreeMap<>(a.byWeek());
    if (!m.isEmpty()
        && m.firstKey().until(m.lastKey(), java.time.temporal.ChronoUnit.WEEKS) < MAX_FILLED) {
      for (LocalDate w = m.firstKey(); w.isBefore(m.lastKey()); w = w.plusWeeks(1)) {
        m.putIfAbsent(w, new Tally());
      }
    }
    return m;
  }

  public static void write(Page page, ReportFigures ctx) {
    Book book = page.book;
    Analysis a = ctx.analysis();
    Step step = step(ctx);
    page.note(book.heading, "Incidents per " + step.word);
    page.note(
        book.note,
        "Counts of incidents by the "
            + step.word
            + " of their date"
            + (step == Step.MONTH
                ? ""
                : " (the period is over " + (step == Step.YEAR ? "ten" : "three") + " years)")
            + "; people injured and deaths are people, the"
            + " rest incidents. Check failures count every failed or not-performed check."
            + (a.datedToYear() > 0
                ? String.format(
                    " %,d incident(s) dated only to the year are in no month or quarter.",
                    a.datedToYear())
                : "")
            + TallyColumns.redactionNote(book.smallCell));
    // a short period's months and weeks are small tables: they share the page, the weeks below
    SheetTable t =
        ctx.weekly()
            ? SheetTable.section(page, COLUMNS, false)
            : SheetTable.owning(page, COLUMNS, 2);
    series(a, step).forEach(p -> row(t, p.start(), p.label(), p.tally()));
    t.finish("No incident is dated to the month.");
    if (ctx.weekly()) {
      page.skip(1);
      writeWeeks(page, ctx);
    }
    page.applyWidths();
  }

  /** The trend by week, below the months on the same page (a period under six months). */
  private static void writeWeeks(Page page, ReportFigures ctx) {
    Book book = page.book;
    Analysis a = ctx.analysis();
    page.note(book.heading, "Incidents per week");
    page.note(
        book.note,
        "Weeks run Monday to Sunday and are named by their Monday."
            + (a.datedToYear() + a.datedToMonth() > 0
                ? String.format(
                    " %,d incident(s) not dated to the day are in no week.",
                    a.datedToYear() + a.datedToMonth())
                : ""));
    SheetTable t = SheetTable.section(page, COLUMNS, false);
    weeks(a).forEach((w, tally) -> row(t, w, "week of " + w, tally));
    t.finish("No incident is dated to the day.");
  }

  private static void row(SheetTable t, LocalDate start, String label, Tally c) {
    TallyColumns.fill(t.row(label).date(START, start).text(PERIOD, label), c);
  }
}
