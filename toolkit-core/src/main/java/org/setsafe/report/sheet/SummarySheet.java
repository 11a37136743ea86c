package org.setsafe.report.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.analysis.DataQuality;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.IdSample;
import org.setsafe.analysis.MoneyTotals;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.SclClass;
import org.setsafe.model.Severity;
import org.setsafe.read.FileStats;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.ReportOptions;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;
import org.setsafe.report.book.TextFit;

/**
 * The Summary, one printed page, and the Figures sheet behind it.
 *
 * <p>The Summary leads with what matters: the production and the period, the key figures as tiles
 * (each tile source one entry of {@link #TILES}; a new tile is one more entry), the significant
 * events in words (HSIF, then PSIF, then exposures where a direct control failed: date, what
 * happened, the control that failed, its follow-up) and the next steps the figures call for
 * (overdue actions by owner, direct controls that failed more than once, potential serious injuries
 * and fatalities with no action).
 *
 * <p>The Figures sheet holds the rest: the figures in blocks (each a {@link Block}; a new block is
 * one more entry in {@link #BLOCKS}), findings in sentences made from the figures, the inputs with
 * their row counts and a guide to the sheets.
 */
public final class SummarySheet {
  public static final String NAME = "Summary";
  public static final String FIGURES = "Figures";

  /** Most failed checks named on the Figures sheet. */
  static final int TOP_CHECKS = 3;

  /** Significant events and next steps named on the Summary before the rest are counted. */
  static final int EVENTS_SHOWN = 8;

  static final int STEPS_SHOWN = 7;

  /** Tiles side by side, and the width of each in characters. */
  static final int TILES_PER_ROW = 6;

  static final int TILE_WIDTH = 16;

  static final Column FIGURE = Column.text("Figure", 34);
  static final Column VALUE = Column.text("Value", 30);
  static final Column NOTES = Column.spanning("Notes", 84, 4);

  /**
   * One tile of the Summary: a figure, its label and a short note. A figure that cannot be given as
   * a number (an overdue count without due dates) is {@code text} instead, said in the note.
   */
  public record Tile(String label, Long value, String text, String note) {
    public static Tile of(String label, long value, String note) {
      return new Tile(label, value, null, note);
    }

    public static Tile text(String label, String text, String note) {
      return new Tile(label, null, text, note);
    }
  }

  /** A source of tiles: the tiles it gives for a report's figures (none when it has nothing). */
  public interface Tiles {
    List<Tile> of(ReportFigures ctx);
  }

  /** The tiles of the Summary, in order. */
  public static final List<Tiles> TILES =
      List.of(
          SummarySheet::classTiles,
          SummarySheet::injuryTiles,
          SummarySheet::actionTiles,
          ReportingSheet::tiles);

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
        ? "One page: the production's key figures, its significant events and the next steps."
        : "One page: the historical record's key figures and its most serious events.";
  }

  public static String describeFigures(ReportFigures ctx) {
    return ctx.production()
        ? "Every headline figure with its note, findings in sentences, the inputs and this guide."
        : "The historical record's figures, the inputs and this guide.";
  }

  /** What the Summary of a redacted report says of its data and of the historical record. */
  public static String redactedLine(int smallCell) {
    return "Redacted: the production's data was redacted before any figure was made (names as"
        + " roles or ZZZ, dates to the month, times to a quarter of the day, places to their"
        + " region; counts under "
        + smallCell
        + " shown as < "
        + smallCell
        + "; an action counts as overdue once its due month is over, days to close are not"
        + " counted). The historical record is public and sourced, and is not redacted.";
  }

  /** The production and the period in words, for the Summary and every page's footer. */
  public static String productionAndPeriod(ReportFigures ctx) {
    String period = ctx.span() == null ? "no incidents" : ctx.span();
    return ctx.production() ? ctx.productionName() + ", " + period : "Historical record, " + period;
  }

  // ---- the Summary ------------------------------------------------------------------------

  public static void write(Page page, ReportFigures ctx) {
    Book book = page.book;
    page.onePage();
    page.title(book.title, 16, book.reportTitle);
    page.note(book.heading, productionAndPeriod(ctx) + period(ctx));
    page.note(
        book.note,
        ctx.production()
            ? "About the inputs ("
                + inputNames(ctx)
                + ") and nothing else"
                + (ctx.history() == null
                    ? "."
                    : "; the historical record is kept apart, in Lessons from history.")
            : String.format(
                "The historical record: %,d real film-set incidents from setsafe's reference"
                    + " dataset, each with its sources.",
                ctx.analysis().incidents()));
    if (ctx.production() && ctx.options().redacted()) {
      page.note(book.note, redactedLine(ctx.options().smallCell()));
    }
    page.skip(1);
    tiles(page, ctx);
    page.skip(1);
    significant(page, ctx);
    if (ctx.production()) {
      page.skip(1);
      nextSteps(page, ctx);
    }
    page.skip(1);
    page.note(
        book.note,
        "Classes of the Safety Classification and Learning (SCL) model (Edison Electric Institute,"
            + " 2019): HSIF, a high-energy serious injury or fatality; PSIF, high energy released"
            + " with no direct control. Each incident's class is on Incidents; every other figure"
            + " on "
            + FIGURES
            + ".");
    page.applyWidths();
    for (int c = 0; c < TILES_PER_ROW; c++) {
      page.width(c, TILE_WIDTH);
    }
  }

  /** How the period was set: {@code (the first and the last incident's dates)}, or nothing. */
  private static String period(ReportFigures ctx) {
    if (ctx.from() == null || !ctx.production()) {
      return "";
    }
    ReportOptions o = ctx.options();
    return o.from() != null || o.to() != null
        ? " (the period asked for)"
        : " (the first and the last incident's dates)";
  }

  /** The names of the inputs' files, never their folders. */
  static String inputNames(ReportFigures ctx) {
    List<String> names = new ArrayList<>();
    for (FileStats fs : ctx.files()) {
      String n = fileName(fs.file());
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names.isEmpty() ? "none" : IdSample.capped(names, 3, names.size());
  }

  /** A file's name without its folders ({@code log.csv} for {@code /home/a/log.csv}). */
  public static String fileName(String file) {
    if (file == null) {
      return null;
    }
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash < 0 ? file : file.substring(slash + 1);
  }

  private static void tiles(Page page, ReportFigures ctx) {
    Book book = page.book;
    List<Tile> all = new ArrayList<>();
    for (Tiles t : TILES) {
      all.addAll(t.of(ctx));
    }
    for (int from = 0; from < all.size(); from += TILES_PER_ROW) {
      List<Tile> row = all.subList(from, Math.min(all.size(), from + TILES_PER_ROW));
      Row values = page.newRow();
      values.setHeightInPoints(18 * 1.45f);
      Row labels = page.newRow();
      Row notes = page.newRow();
      int labelLines = 1;
      int noteLines = 1;
      for (int i = 0; i < row.size(); i++) {
        Tile t = row.get(i);
        Cell v = values.createCell(i);
        if (t.value() != null && book.small(t.value())) {
          book.onSmallCell.run();
          v.setCellValue("< " + book.smallCell);
          v.setCellStyle(book.tileValue);
        } else if (t.value() != null) {
          v.setCellValue(t.value());
          v.setCellStyle(book.tileValue);
        } else {
          v.setCellValue(t.text());
          v.setCellStyle(book.tileText);
        }
        Cell l = labels.createCell(i);
        l.setCellValue(t.label());
        l.setCellStyle(book.tileLabel);
        labelLines = Math.max(labelLines, TextFit.lines(t.label(), (int) (TILE_WIDTH / 1.1)));
        Cell n = notes.createCell(i);
        n.setCellStyle(book.tileNote);
        if (t.note() != null) {
          String note = smallCounts(book, t.note());
          n.setCellValue(note);
          noteLines = Math.max(noteLines, TextFit.lines(note, TILE_WIDTH));
        }
      }
      labels.setHeightInPoints(labelLines * Page.LINE_POINTS + 1);
      notes.setHeightInPoints(noteLines * Page.LINE_POINTS + 1);
      page.skip(1);
    }
  }

  /** A count in a tile's note: a number standing alone, not part of a date, time or figure. */
  private static final Pattern COUNT =
      Pattern.compile("(?<![\\d\\-:./,])(\\d+)(?![\\d\\-:./,]\\d)");

  /**
   * A tile's note as a redacted report shows it: every count of 1 to N - 1 in it as {@code < N},
   * like the tile's figure (a note's "1 at worst" would give away what the figure hides).
   */
  static String smallCounts(Book book, String note) {
    if (book.smallCell <= 0) {
      return note;
    }
    Matcher m = COUNT.matcher(note);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group(1);
      boolean hide = digits.length() < 10 && book.small(Long.parseLong(digits));
      m.appendReplacement(out, Matcher.quoteReplacement(hide ? "< " + book.smallCell : digits));
    }
    return m.appendTail(out).toString();
  }

  /** The short label of a class's tile (its meaning is the tile's note). */
  static final Map<SclClass, String> TILE_LABELS =
      Map.of(
          SclClass.HSIF, "HSIF: serious injury or death",
          SclClass.PSIF, "PSIF: potential serious injury",
          SclClass.LSIF, "LSIF: low-energy serious injury");

  /** Incidents by SCL class: the potential SIFs first, the classes with none left out. */
  static List<Tile> classTiles(ReportFigures ctx) {
    HighPotential hp = ctx.highPotential();
    List<Tile> out = new ArrayList<>();
    out.add(
        Tile.of(
            "Incidents",
            ctx.analysis().incidents(),
            ctx.outside() > 0
                ? String.format("%,d more outside the period", ctx.outside())
                : null));
    if (hp == null) {
      return out;
    }
    for (SclClass c : SclClass.values()) {
      long n = hp.count(c);
      if (n == 0 && !c.potentialSif()) {
        continue;
      }
      long worst = hp.atWorst(c);
      out.add(
          Tile.of(
              TILE_LABELS.getOrDefault(c, c.label()),
              n,
              worst == 0
                  ? c.meaning()
                  : String.format(
                      "%,d at worst: an answer unknown, a less serious class possible", worst)));
    }
    return out;
  }

  /** Serious injuries and deaths, in the model's sense, beside the severity the log records. */
  static List<Tile> injuryTiles(ReportFigures ctx) {
    HighPotential hp = ctx.highPotential();
    Analysis a = ctx.analysis();
    List<Tile> out = new ArrayList<>();
    if (hp != null) {
      out.add(
          Tile.of(
              "Serious injuries or deaths",
              hp.seriousInjuries(),
              String.format(
                  "Life-threatening or life-altering (HSIF, LSIF); %,d recorded as serious, %,d as"
                      + " fatal",
                  a.count(Severity.SERIOUS_INJURY), a.count(Severity.FATAL))));
    }
    return out;
  }

  /** Open and overdue actions (a production's report). */
  static List<Tile> actionTiles(ReportFigures ctx) {
    if (!ctx.production()) {
      return List.of();
    }
    FollowUps u = ctx.followUps();
    List<Tile> out = new ArrayList<>();
    if (u.actions() == 0) {
      return List.of(
          Tile.text(
              "Follow-up actions",
              "none recorded",
              "the inputs record no follow-up action, so none can be open or overdue"));
    }
    out.add(
        Tile.of(
            "Actions open",
            u.open(),
            String.format("of %,d follow-up actions, as of %s", u.actions(), u.asOf())
                + (u.unknown() == 0
                    ? ""
                    : String.format("; %,d more with no status recorded", u.unknown()))));
    if (u.overdueKnown()) {
      out.add(
          Tile.of(
              "Actions overdue",
              u.overdue(),
              u.overdue() == 0
                  ? "none past its due date"
                  : "by owner under Next steps"
                      + (u.overdueWithoutStatus() == 0
                          ? ""
                          : String.format(
                              "; %,d with no status recorded", u.overdueWithoutStatus()))));
    } else {
      String text = u.overdueUnknownText();
      out.add(
          u.overdue() == 0
              ? Tile.text("Actions overdue", "not known", text)
              : Tile.text("Actions overdue", String.format("%,d or more", u.overdue()), text));
    }
    return out;
  }

  /** The significant events in words, most serious first. */
  private static void significant(Page page, ReportFigures ctx) {
    HighPotential hp = ctx.highPotential();
    Column col =
        Column.spanning(
            "Significant events: HSIF, then PSIF, then exposures where a direct control failed",
            TILES_PER_ROW * TILE_WIDTH,
            TILES_PER_ROW);
    SheetTable t = SheetTable.section(page, List.of(col), false);
    List<HighPotential.Entry> events = hp == null ? List.of() : hp.entries();
    for (HighPotential.Entry e : events.subList(0, Math.min(EVENTS_SHOWN, events.size()))) {
      t.row(e.id()).text(0, eventLine(e));
    }
    long more = hp == null ? 0 : hp.significant() - Math.min(EVENTS_SHOWN, events.size());
    if (more > 0) {
      t.row(null)
          .text(
              0,
              String.format(
                  "and %,d more: every incident's class is on Incidents%s.",
                  more,
                  ctx.history() == null ? "" : "; the potential SIFs head Lessons from history"));
    }
    t.finish(
        "None: no incident was a potential serious injury or fatality, nor an exposure"
            + " whose direct control failed.");
  }

  /**
   * One significant event in words: {@code 2026-03-09, PSIF: live rounds found among the dummy
   * rounds in a box on the prop truck. Failed: No live ammunition. Follow-up: quarantine the
   * supplier's batch (Armorer, verified).}
   */
  static String eventLine(HighPotential.Entry e) {
    StringBuilder b = new StringBuilder();
    b.append(e.date()).append(", ").append(e.classText()).append(" (").append(e.id()).append("): ");
    b.append(e.what()).append(". ");
    if (!e.failedControls().isEmpty()) {
      b.append(e.controlsFromWords() ? "Direct control missing, the words say: " : "Failed: ")
          .append(
              e.controlsFromWords()
                  ? e.failedControls().stream()
                      .map(w -> "\"" + w + "\"")
                      .toList()
                      .toString()
                      .replaceAll("^\\[|\\]$", "")
                  : String.join(", ", e.failedControls()))
          .append(". ");
    } else if (e.sclClass().potentialSif()) {
      b.append("No direct control recorded. ");
    }
    if (e.actions().isEmpty()) {
      b.append("Follow-up: none recorded.");
    } else {
      CorrectiveAction a = e.actions().get(0);
      b.append("Follow-up: ").append(a.action());
      List<String> how = new ArrayList<>();
      if (a.owner() != null) {
        how.add(a.owner());
      }
      how.add(a.status().label().toLowerCase(Locale.ROOT));
      if (a.isPending() && a.dueOn() != null) {
        how.add("due " + a.dueOn());
      }
      b.append(" (").append(String.join(", ", how)).append(")");
      if (e.actions().size() > 1) {
        b.append(String.format(" and %,d more", e.actions().size() - 1));
      }
      b.append(".");
    }
    return b.toString();
  }

  /** The next steps the figures call for, each a line. */
  static List<String> nextSteps(ReportFigures ctx) {
    List<String> out = new ArrayList<>();
    FollowUps u = ctx.followUps();
    Map<String, List<ActionRow>> byOwner = new LinkedHashMap<>();
    for (ActionRow r : ctx.actions()) {
      if (r.overdue()) {
        String owner = r.action().owner() == null ? "no owner named" : r.action().owner();
        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
      }
    }
    byOwner.forEach(
        (owner, rows) -> {
          ActionRow worst = rows.get(0);
          out.add(
              String.format(
                  "%s: %,d overdue action%s; the longest%s: %s (%s).",
                  owner,
                  rows.size(),
                  rows.size() == 1 ? "" : "s",
                  worst.daysOverdue() == null
                      ? ""
                      : String.format(
                          ", %,d day%s past due",
                          worst.daysOverdue(), worst.daysOverdue() == 1 ? "" : "s"),
                  worst.action().action(),
                  worst.incident().id()));
        });
    if (!u.overdueKnown()) {
      out.add(
          String.format(
              "%s: overdue %s.",
              u.pending() == u.open()
                  ? "Give every open action a due date"
                  : "Give every action a status, and every one not done a due date",
              u.overdueUnknownText()));
    }
    for (CheckStats c : ctx.analysis().failedChecks()) {
      if (c.directControl() && c.failed() > 1) {
        out.add(
            String.format(
                "%s, a direct control, failed in %,d incidents (%s): find why it fails and fix the"
                    + " control, not only the event.",
                c.title(), c.failed(), c.consequences().incidentIds().describe(3, c.failed())));
      }
    }
    long words = ctx.quality().wordsWarningCount();
    if (words > 0) {
      out.add(
          String.format(
              "Check the severity of %s: the description speaks of more care than the severity"
                  + " says (treatment inferred from the words; see Data quality).",
              IdSample.capped(
                  ctx.quality().wordsWarnings().stream()
                      .map(DataQuality.WordsWarning::incidentId)
                      .toList(),
                  4,
                  words)));
    }
    HighPotential hp = ctx.highPotential();
    if (hp != null && hp.withoutAction().count() > 0) {
      out.add(
          String.format(
              "Raise a follow-up action for %s: potential serious injur%s or fatalit%s with"
                  + " none recorded.",
              hp.withoutAction().describe(4, hp.withoutAction().count()),
              hp.withoutAction().count() == 1 ? "y" : "ies",
              hp.withoutAction().count() == 1 ? "y" : "ies"));
    }
    return out;
  }

  private static void nextSteps(Page page, ReportFigures ctx) {
    Column col = Column.spanning("Next steps", TILES_PER_ROW * TILE_WIDTH, TILES_PER_ROW);
    SheetTable t = SheetTable.section(page, List.of(col), false);
    List<String> steps = nextSteps(ctx);
    for (String s : steps.subList(0, Math.min(STEPS_SHOWN, steps.size()))) {
      t.row(null).text(0, "\u2022 " + s);
    }
    if (steps.size() > STEPS_SHOWN) {
      t.row(null)
          .text(
              0,
              String.format(
                  "and %,d more: every overdue action is on Actions, every failed check on Check"
                      + " failures.",
                  steps.size() - STEPS_SHOWN));
    }
    t.finish(
        "None that the figures call for: no overdue action, no direct control failed twice,"
            + " every potential serious injury or fatality has an action.");
  }

  // ---- the Figures sheet -------------------------------------------------------------------

  public static void writeFigures(Page page, ReportFigures ctx) {
    Book book = page.book;
    page.title(book.title, 16, book.reportTitle + ": figures");
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
                    + " dataset, each with its sources. A report on a production's own log sets"
                    + " these beside it as lessons.",
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
      SheetTable t = SheetTable.section(page, List.of(Column.spanning("Findings", 150, 6)), false);
      for (String s : findings) {
        t.row(null).text(0, "\u2022 " + s);
      }
      t.finish();
      page.skip(1);
    }

    SheetTable in =
        SheetTable.section(
            page,
            List.of(
                Column.text(ctx.production() ? "Input file" : "Reference file", 34),
                Column.text("Read as", 30),
                Column.integer("Rows read"),
                Column.integer("Imported"),
                Column.integer("Rejected"),
                Column.integer("Blank rows skipped")),
            false);
    for (FileStats fs : ctx.files()) {
      String name = fileName(fs.file());
      in.row(name)
          .text(0, name)
          .text(1, fs.kind().label() + (fs.stoppedEarly() ? " (reading stopped early)" : ""))
          .integer(2, fs.read())
          .integer(3, fs.imported())
          .integer(4, fs.rejected())
          .integer(5, fs.blank());
    }
    in.finish();
    if (ctx.history() != null) {
      page.note(
          book.note,
          String.format(
              "The lessons from history come from setsafe's reference dataset (%,d real incidents,"
                  + " with sources), not from these inputs.",
              ctx.history().incidents().size()));
    }
    page.skip(1);

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
          o.production() != null ? null : "As the inputs name it.");
      String given = o.from() != null || o.to() != null ? "The period asked for." : null;
      f.date("Period from", ctx.from(), given != null ? given : "The first incident's date.");
      f.date("Period to", ctx.to(), given != null ? null : "The last incident's date.");
      String by = ctx.preparedBy();
      f.text(
          "Prepared by",
          by == null ? "not given" : by,
          o.preparedBy() != null || by == null ? null : "The publisher the inputs' source names.");
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
        "Open or in progress as of "
            + asOf
            + ", the overdue ones included"
            + (u.unknown() == 0 ? "." : "; those with no status recorded are counted below."));
    if (u.overdueKnown()) {
      f.count(
          "Actions overdue",
          u.overdue(),
          u.overdue() == 0
              ? "No open action, nor one without a status, is past its due date as of " + asOf + "."
              : "Past their due date and not marked done as of "
                  + asOf
                  + (u.overdueWithoutStatus() == 0
                      ? ""
                      : String.format(" (%,d with no status recorded)", u.overdueWithoutStatus()))
                  + "; first on the Actions sheet, highlighted.");
    } else {
      f.text(
          "Actions overdue",
          u.overdue() == 0 ? "cannot be assessed" : String.format("%,d or more", u.overdue()),
          u.overdueUnknownText() + ", as of " + asOf + ".");
    }
    f.count(
        "Actions with no status recorded",
        u.unknown(),
        "A follow-up written without a status: not counted as done, overdue once past its due"
            + " date.");
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
          .text(NOTES, "It " + c.failedIn() + ".");
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
          "A report for a given period (from and to dates) compares it with the period of the"
              + " same length before it.");
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
