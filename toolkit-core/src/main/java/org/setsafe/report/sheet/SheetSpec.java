package org.setsafe.report.sheet;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.setsafe.report.book.Page;

/**
 * One sheet of the report as the report's declared list of sheets holds it: its name, when it is in
 * the workbook, what it shows (for the Summary's guide) and how it is written from the figures.
 * Adding a sheet to the report is adding one of these to that list.
 *
 * @param name the sheet's name (a table continued past a sheet's rows goes on on {@code NAME (2)})
 * @param shown whether the report has the sheet
 * @param shows what it shows, one sentence for the Summary's guide
 * @param when when it is written
 * @param write writes it on its page from the figures (nothing for a sheet written in the pass)
 * @param names the sheets it takes, in order (a table's continuation sheets included)
 */
public record SheetSpec(
    String name,
    Predicate<ReportFigures> shown,
    Function<ReportFigures, String> shows,
    When when,
    BiConsumer<Page, ReportFigures> write,
    Function<ReportFigures, List<String>> names) {

  /** When a sheet is written. */
  public enum When {
    /** Row by row as the records are read (its sheets are made before the pass). */
    IN_THE_PASS,
    /** After the pass, from the figures, in the list's order. */
    AFTER_THE_PASS,
    /** After the pass, once the charts are drawn. */
    WITH_THE_CHARTS,
    /**
     * After every other sheet, which it describes (the Summary's guide, what the workbook changed).
     */
    LAST
  }

  public SheetSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(shows, "shows");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(names, "names");
  }

  /** A sheet written after the pass, in every report. */
  public static SheetSpec of(
      String name, Function<ReportFigures, String> shows, BiConsumer<Page, ReportFigures> write) {
    return new SheetSpec(name, f -> true, shows, When.AFTER_THE_PASS, write, f -> List.of(name));
  }

  /** A sheet written after the pass, in the reports it is {@code shown} in. */
  public static SheetSpec of(
      String name,
      Predicate<ReportFigures> shown,
      Function<ReportFigures, String> shows,
      BiConsumer<Page, ReportFigures> write) {
    return new SheetSpec(name, shown, shows, When.AFTER_THE_PASS, write, f -> List.of(name));
  }

  /** This sheet, written at another time. */
  public SheetSpec when(When w) {
    return new SheetSpec(name, shown, shows, w, write, names);
  }

  /** A sheet written row by row in the pass, taking the sheets {@code names} gives. */
  public static SheetSpec inThePass(
      String name,
      Function<ReportFigures, String> shows,
      Function<ReportFigures, List<String>> names) {
    return new SheetSpec(name, f -> true, shows, When.IN_THE_PASS, (p, f) -> {}, names);
  }
}
