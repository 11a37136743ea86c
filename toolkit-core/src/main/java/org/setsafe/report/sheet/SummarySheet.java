package org.setsafe.report.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.MoneyTotals;
import org.setsafe.model.Severity;
import org.setsafe.read.FileStats;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.ReportOptions;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Summary sheet, one screen: who and what the report is about, the headline figures in blocks
 * (each a {@link Block}; a new block is one more entry in {@link #BLOCKS}), findings in sentences
 * made from the figures, then the inputs with their row counts and a guide to the sheets.
 */
public final class SummarySheet {
  public static final String NAME = "Summary";

  /** Most failed checks named on the summary. */
  static final int TOP_CHECKS = 3;

  static final Column FIGURE = Column.text("Figure", 34);
  static final Column VALUE = Column.text("Value", 30);
  static final Column NOTES = Column.spanning("Notes", 84, 4);

  /** A block of figures: rows added to the figures table. */
  interface Block {
    public void write(Figures f, ReportFigures ctx);
  }

  /** The blocks of the figures table, in order. */
  static final List<Block> BLOCKS =
      List.of(
          SummarySheet::identity,
          SummarySheet::incidents,
          SummarySheet::followUps,
          SummarySheet::checks,
          SummarySheet::change,
          SummarySheet::legal,
          SummarySheet::data);

  private SummarySheet() {}

  public static String describe(ReportFigures ctx) {
    return ctx.production()
        ? "The production's figures on one screen, findings in sentences, the inputs and this guide."
        : "The historical record's figures, the inputs and this guide.";
  }

  public static void write(Page page, ReportFigures ctx) {
    Book book = page.book;
    page.title(book.title, 16, book.reportTitle);
    page.note(
        book.note,
        ctx.production()
            ? "A production's report: every figure, table and chart is about the inputs below"
                + (ctx.history() == null
                    ? "."
                    : "; the historical record is kept apart, in its own part, Lessons from"
                        + " history, and is in no figure here.")
            : String.format(
                "The historical record: %,d real film-set incidents from setsafe's reference"
                    + " dataset, each with its sources. Give your own log (setsafe report LOG) for"
                    + " a production's report with these as lessons beside it.",
                ctx.analysis().incidents()));
    page.skip(1);
    Figures f = new Figures(page);
    for (Block b : BLOCKS) {
      b.write(f, ctx);
    }
    f.table.finish();
    page.skip(1);

    List<String> findings = Findings.of(ctx);
    if (!findings.isEmpty()) {
      page.note(book.heading, "Findings");
      SheetTable t = SheetTable.section(page, List.of(Column.spanning("Finding", 150, 6)), false);
      for (String s : findings) {
        t.row(null).text(0, "\u2022 " + s);
      }
      t.finish();
      page.skip(1);
    }

    page.note(book.heading, "Inputs");
    SheetTable in =
        SheetTable.section(
            page,
            List.of(
                Column.text("File", 34),
                Column.text("Read as", 30),
                Column.integer("Rows read"),
                Column.integer("Imported"),
                Column.integer("Rejected"),
                Column.integer("Blank rows skipped")),
            false);
    for (FileStats fs : ctx.files()) {
      in.row(fs.file())
          .text(0, fs.file())
          .text(1, fs.kind().label() + (fs.stoppedEarly() ? " (reading stopped early)" : ""))
          .integer(2, fs.read())
          .integer(3, fs.imported())
          .integer(4, fs.rejected())
          .integer(5, fs.blank());
    }
    in.finish();
    page.skip(1);

    page.note(book.heading, "Contents");
    SheetTable guide =
        SheetTable.section(
            page,
            List.of(Column.text("Sheet", 34), Column.spanning("What it shows", 90, 5)),
            false);
    for (ReportFigures.Contents s : ctx.contents()) {
      guide.row(s.sheet()).text(0, s.sheet()).text(1, s.shows());
    }
    guide.finish();
    page.applyWidths();
  }

  /** The figures table, a row at a time. */
  static final class Figures {
    final SheetTable table;

    Figures(Page page) {
      table = SheetTable.section(page, List.of(FIGURE, VALUE, NOTES), false).numbersLeft();
    }

    Figures count(String label, long v, String note) {
      table.row(label).text(FIGURE, label).integer(VALUE, v).text(NOTES, note);
      return this;
    }

    Figures text(String label, String v, String note) {
      table.row(label).text(FIGURE, label).text(VALUE, v).text(NOTES, note);
      return this;
    }

    Figures decimal(String label, double v, String note) {
      table.row(label).text(FIGURE, label).decimal(VALUE, v).text(NOTES, note);
      return this;
    }

    Figures date(String label, LocalDate d, String note) {
      table.row(label).text(FIGURE, label);
      if (d == null) {
        table.text(VALUE, "no incidents");
      } else {
        table.date(VALUE, d);
      }
      table.text(NOTES, note);
      return this;
    }

    /** One row per currency ({@code label (USD)}), or "none recorded". */
    Figures money(String label, MoneyTotals m) {
      Map<String, BigDecimal> sums = m.byCurrency();
      if (sums.isEmpty()) {
        return text(label, "none recorded", null);
      }
      sums.forEach(
          (cur, v) ->
              table
                  .row(label)
                  .text(FIGURE, label + " (" + cur + ")")
                  .money(VALUE, v, cur)
                  .text(
                      NOTES,
                      sums.size() > 1
                          ? "Amounts in different currencies are not added together."
                          : null));
      return this;
    }
  }

  private static void identity(Figures f, ReportFigures ctx) {
    ReportOptions o = ctx.options();
    if (ctx.production()) {
      f.text(
          "Production",
          ctx.productionName(),
          o.production() != null ? null : "From the inputs; set it with --production.");
      String given = o.from() != null || o.to() != null ? "As given (--from/--to)." : null;
      f.date(
          "Period from",
          ctx.from(),
          given != null ? given : "The first incident's date; set the period with --from/--to.");
      f.date("Period to", ctx.to(), given != null ? null : "The last incident's date.");
      String by = ctx.preparedBy();
      f.text(
          "Prepared by",
          by == null ? "not given" : by,
          o.preparedBy() != null
              ? null
              : by == null
                  ? "Say who with --prepared-by."
                  : "The publisher the inputs' source names; set it with --prepared-by.");
    } else {
      f.date("Period from", ctx.from(), "The earliest incident in the record.");
      f.date("Period to", ctx.to(), "The latest incident in the record.");
    }
    f.table
        .row("Generated at")
        .text(FIGURE, "Generated at (UTC)")
        .dateTime(1, LocalDateTime.ofInstant(o.clock().instant(), ZoneOffset.UTC));
    f.text("Toolkit version", o.toolkitVersion(), null);
  }

  private static void incidents(Figures f, ReportFigures ctx) {
    Analysis a = ctx.analysis();
    f.count(
        "Incidents",
        a.incidents(),
        ctx.outside() > 0
            ? String.format(
                "%,d incident(s) of the inputs fall outside the period and are left out%s.",
                ctx.outside(),
                ctx.straddling() > 0
                    ? String.format(
                        " (%,d of them dated only to a month or year that straddles an end)",
                        ctx.straddling())
                    : "")
            : null);
    for (Severity s : Severity.values()) {
      f.count("Incidents: " + s.label().toLowerCase(Locale.ROOT), a.count(s), null);
    }
    f.count("Deaths", a.fatalities(), "People killed.");
    f.count(
        "Injured",
        a.injuries(),
        a.injuriesUnknown() == 0
            ? "People injured."
            : String.format(
                "People injured; the count is not known for %,d incident(s).",
                a.injuriesUnknown()));
    long nearMisses = a.nearMisses();
    long harmful = a.incidents() - nearMisses;
    if (harmful == 0) {
      f.text(
          "Near misses per harmful incident",
          "no harmful incident",
          String.format("%,d near miss(es) and no incident with an injury or worse.", nearMisses));
    } else {
      f.decimal(
          "Near misses per harmful incident",
          (double) nearMisses / harmful,
          String.format(
              "= near misses / incidents with an injury or worse = %,d / %,d. How often a failure"
                  + " was caught before anyone was hurt.",
              nearMisses, harmful));
    }
    if (ctx.highPotential() != null) {
      f.count(
          "Potential serious injuries or fatalities",
          ctx.highPotential().count(),
          "HSIF and PSIF in the SCL model: high energy released with a serious injury, or with no"
              + " direct control; each incident's class is on the Incidents sheet.");
    }
  }

  /** Open and overdue actions, the median days to close, the incidents left without an action. */
  private static void followUps(Figures f, ReportFigures ctx) {
    if (!ctx.production()) {
      return;
    }
    FollowUps u = ctx.followUps();
    String asOf = u.asOf().toString();
    f.count(
        "Follow-up actions",
        u.actions(),
        String.format(
            "Recorded for %,d of the %,d incidents; listed on the Actions sheet.",
            u.incidentsWithActions(), u.incidents()));
    if (u.actions() == 0) {
      f.text(
          "Incidents with no follow-up action",
          "all",
          "The inputs record no follow-up action: does the log have a follow-up column (a mapping"
              + " can make one an action)?");
      return;
    }
    f.count(
        "Actions open",
        u.open(),
        "Open or in progress as of " + asOf + ", the overdue ones included.");
    f.count(
        "Actions overdue",
        u.overdue(),
        u.overdue() == 0
            ? "No open action is past its due date as of " + asOf + "."
            : "Open past their due date as of "
                + asOf
                + "; first on the Actions sheet, highlighted.");
    f.count(
        "Actions with no status recorded",
        u.unknown(),
        "A follow-up written without a status: not counted as done.");
    Double median = u.medianDaysToClose();
    if (median == null) {
      f.text(
          "Median days to close",
          "no action closed with dates",
          "Needs done or verified actions with both a raised and a closed date.");
    } else {
      f.decimal(
          "Median days to close",
          median,
          String.format(
              "From raised to closed, over the %,d done or verified action(s) with both dates%s.",
              u.closedWithDays(),
              u.closedWithoutDays() == 0
                  ? ""
                  : String.format(" (%,d more have no closing date)", u.closedWithoutDays())));
    }
    f.count(
        "Incidents with no follow-up action",
        u.noActionCount(),
        u.noActionCount() == 0 ? "Every incident has a follow-up action." : u.noActionFinding());
  }

  private static void checks(Figures f, ReportFigures ctx) {
    Analysis a = ctx.analysis();
    List<CheckStats> failed = a.failedChecks();
    f.count(
        "Incidents with checks assessed",
        a.incidentsWithChecks(),
        "At least one check passed, failed or not performed (unknown and not applicable are not"
            + " assessed).");
    f.count(
        "Check failures recorded",
        failed.stream().mapToLong(CheckStats::failed).sum(),
        "Failed or not performed, over all checks.");
    if (!a.inferred().isEmpty()) {
      f.count(
          "Check failures inferred, not counted",
          a.inferred().failures(),
          String.format(
              "In %,d incident(s); %s. Listed apart on Check failures (%s), in no other figure.",
              a.incidentsWithInferred(),
              a.inferred().suggested() == a.inferred().failures()
                  ? "suggested from the words of their descriptions"
                  : a.inferred().suggested() == 0
                      ? "our reading of the facts, not findings"
                      : String.format(
                          "%,d suggested from the words of their descriptions, the rest our"
                              + " reading of the facts",
                          a.inferred().suggested()),
              CheckFailuresSheet.inferredTitle(a.inferred())));
    }
    int[] ranks = CheckStats.ranks(failed);
    for (int i = 0; i < Math.min(TOP_CHECKS, failed.size()); i++) {
      CheckStats c = failed.get(i);
      f.table
          .row(c.checkId())
          .text(FIGURE, "Most failed check, rank " + ranks[i])
          .text(VALUE, c.title())
          .text(NOTES, c.checkId() + " " + c.failedIn() + ".");
    }
  }

  private static void change(Figures f, ReportFigures ctx) {
    if (!ctx.production()) {
      return;
    }
    if (ctx.previousPeriod() == null) {
      f.text(
          "Change on the previous period",
          "not compared",
          "Give a period (--from and --to) to compare it with the period of the same length"
              + " before it.");
      return;
    }
    if (ctx.previous() == null) {
      f.text(
          "Change on the previous period",
          "not compared",
          String.format(
              "The inputs do not reach back over the previous %,d days (%s to %s)%s.",
              ctx.previousPeriod().days(),
              ctx.previousPeriod().from(),
              ctx.previousPeriod().to(),
              ctx.earliestRead() == null ? "" : "; they start on " + ctx.earliestRead()));
      return;
    }
    Analysis now = ctx.analysis();
    Analysis before = ctx.previous();
    String span =
        String.format(
            "In the previous %,d days (%s to %s).",
            ctx.previousPeriod().days(), ctx.previousPeriod().from(), ctx.previousPeriod().to());
    f.count(
        "Incidents, previous period",
        before.incidents(),
        span + " " + Findings.change(before.incidents(), now.incidents()));
    f.count(
        "Harmful incidents, previous period",
        before.incidents() - before.nearMisses(),
        Findings.change(
            before.incidents() - before.nearMisses(), now.incidents() - now.nearMisses()));
    f.count(
        "Near misses, previous period",
        before.nearMisses(),
        Findings.change(before.nearMisses(), now.nearMisses()));
  }

  private static void legal(Figures f, ReportFigures ctx) {
    Consequences c = ctx.analysis().consequences();
    f.count("Criminal charges", c.criminalCharges(), null);
    f.count("Convictions (incl. pleas)", c.convictions(), null);
    f.count("Dismissals and acquittals", c.acquittalsAndDismissals(), null);
    f.money("Court fines", c.courtFines());
    f.money("Regulator fines", c.fines());
    f.count("Civil settlements and verdicts", c.civilSettlements() + c.civilVerdicts(), null);
    f.money("Settlements and awards disclosed", c.civilAmounts());
  }

  private static void data(Figures f, ReportFigures ctx) {
    long rejected = ctx.files().stream().mapToLong(FileStats::rejected).sum();
    f.count(
        "Input rows rejected",
        rejected,
        rejected == 0 ? null : "Listed with their reasons on the Data quality sheet.");
    long changed = ctx.quality().flagCounts().values().stream().mapToLong(Long::longValue).sum();
    f.count(
        "Cells this report had to change",
        changed,
        changed == 0
            ? null
            : "Text cut at the cell limit or control characters removed: see Data quality.");
  }
}
