package org.setsafe.report.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.setsafe.compare.CheckLine;
import org.setsafe.compare.Comparison;
import org.setsafe.compare.OutcomeLine;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.compare.Side;
import org.setsafe.compare.Spread;
import org.setsafe.io.StagedFiles;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * Writes a comparison as a "Compare" sheet: one column per incident, a row per fact, per protocol
 * check and per party role, then the summary. The header row (the incident ids) is frozen with the
 * label column and repeated on every printed page; failed checks are highlighted, and a check
 * failed in every incident is marked ALL in red. The cells are written as the report writes them
 * ({@link Book}, {@link SheetTable}: the same cleaning, styles, widths, row heights and page
 * setup), and the file is staged beside the target and switched into place ({@link StagedFiles}),
 * so a failure never leaves a half-written workbook.
 */
public final class CompareWorkbook {
  public static final String SHEET = "Compare";

  /** The widest a column of the sheet gets before its text wraps. */
  static final int MAX_WIDTH = 48;

  /** The label column: the fact, check or role a row is about. */
  static final Column LABEL = Column.text("Incident", MAX_WIDTH);

  /** The last column: in how many of the incidents a check failed. */
  static final Column FAILED_IN = Column.text("Failed in", 10);

  private CompareWorkbook() {}

  /**
   * Writes the workbook to {@code file} (its folder is created if needed).
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(Comparison c, Path file) {
    Path target = file.toAbsolutePath();
    try (StagedFiles files = new StagedFiles(target.getParent(), "compare");
        Book book = Book.small("Incident comparison", files.workFolder())) {
      build(book, c);
      try (OutputStream out = Files.newOutputStream(files.stage(target))) {
        book.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      } catch (UncheckedIOException e) {
        throw new UncheckedIOException("cannot write " + file, e.getCause());
      }
      files.commit();
    }
  }

  /** Writes the Compare sheet into {@code book}. */
  static void build(Book book, Comparison c) {
    List<Side> sides = c.sides();
    int n = sides.size();
    List<Column> columns = new ArrayList<>();
    columns.add(LABEL);
    for (Side s : sides) {
      columns.add(Column.text(s.id(), MAX_WIDTH));
    }
    columns.add(FAILED_IN);
    Page page = book.page(SHEET);
    SheetTable t = SheetTable.owning(page, columns, 1, false);
    int marker = n + 1;

    fact(book, t, "Title", sides, s -> s.record().incident().title());
    fact(book, t, "Date", sides, s -> s.record().incident().date().toString());
    fact(book, t, "Production", sides, s -> s.record().incident().production());
    fact(book, t, "Place", sides, s -> place(s.record().incident()));
    fact(book, t, "Category", sides, s -> s.record().incident().category().label());
    fact(book, t, "Activity", sides, s -> s.record().incident().activity().label());
    fact(book, t, "Severity", sides, s -> s.record().incident().severity().label());
    t.row("Killed").text(LABEL, "Killed", book.label);
    for (int i = 0; i < n; i++) {
      t.integer(i + 1, sides.get(i).record().incident().fatalities());
    }
    t.row("Injured").text(LABEL, "Injured", book.label);
    for (int i = 0; i < n; i++) {
      Integer injured = sides.get(i).record().incident().injuries();
      if (injured == null) {
        t.text(i + 1, "not known");
      } else {
        t.integer(i + 1, injured);
      }
    }
    fact(
        book,
        t,
        "Casualties",
        sides,
        s ->
            s.casualties().stream()
                .map(
                    p ->
                        (p.harm() == Harm.KILLED ? "killed: " : "injured: ")
                            + p.name()
                            + " ("
                            + p.role().label().toLowerCase(Locale.ROOT)
                            + ")")
                .collect(Collectors.joining("\n")));
    fact(
        book,
        t,
        "Roles involved",
        sides,
        s ->
            s.rolesInvolved().stream()
                .map(x -> x.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    fact(
        book,
        t,
        "Checks failed",
        sides,
        s -> s.record().failedChecks().size() + " of " + s.record().checks().size() + " recorded");

    section(book, t, columns.size(), "Protocol checks");
    for (CheckLine l : c.checks()) {
      t.row(l.checkId()).text(LABEL, l.title() + " (" + l.checkId() + ")", book.label);
      for (int i = 0; i < n; i++) {
        CheckStatus s = l.status(sides.get(i).id());
        t.status(i + 1, s == null ? "not assessed" : s.label(), statusStyle(book, s));
      }
      boolean all = l.spread() == Spread.FAILED_IN_ALL;
      t.status(
          marker,
          switch (l.spread()) {
            case FAILED_IN_ALL -> "ALL";
            case FAILED_IN_SOME -> l.failedBy().size() + " of " + n;
            case FAILED_IN_NONE -> "none";
          },
          all ? book.failed : book.quiet);
    }

    section(book, t, columns.size(), "Outcomes by party role");
    for (OutcomeLine l : c.outcomes()) {
      String role = l.role() == null ? "Role not given" : l.role().label();
      t.row(role).text(LABEL, role, book.label);
      for (int i = 0; i < n; i++) {
        t.text(
            i + 1,
            l.perIncident().get(i).stream()
                .map(OutcomeSentence::of)
                .collect(Collectors.joining("\n")));
      }
    }
    fact(book, t, "What followed", sides, Side::consequences);
    t.finish();

    // each summary sentence spans every column, wrapped at the widths the table above has
    page.skip(1);
    SheetTable summary =
        SheetTable.section(page, List.of(Column.spanning("Summary", 150, columns.size())), false);
    for (String s : c.summary()) {
      summary.row(null).text(0, s);
    }
    summary.finish();
    page.applyWidths();
  }

  /** A check's status in the report's status styles: failed red, not performed rose. */
  private static CellStyle statusStyle(Book book, CheckStatus s) {
    if (s == null) {
      return book.quiet;
    }
    return switch (s) {
      case FAILED -> book.failed;
      case NOT_PERFORMED -> book.notPerformed;
      case PASSED -> book.passed;
      case UNKNOWN, NOT_APPLICABLE -> book.quiet;
    };
  }

  private static String place(Incident i) {
    if (i.location() == null) {
      return i.jurisdiction() == null ? "" : i.jurisdiction();
    }
    return i.jurisdiction() == null ? i.location() : i.location() + " (" + i.jurisdiction() + ")";
  }

  private static void fact(
      Book book, SheetTable t, String label, List<Side> sides, Function<Side, String> value) {
    t.row(label).text(LABEL, label, book.label);
    for (int i = 0; i < sides.size(); i++) {
      t.text(i + 1, value.apply(sides.get(i)));
    }
  }

  /** A row that opens a part of the sheet: its title on a header-coloured band. */
  private static void section(Book book, SheetTable t, int columns, String title) {
    t.row(title).text(0, title, book.header);
    for (int c = 1; c < columns; c++) {
      t.text(c, "", book.header);
    }
  }
}
