package org.setsafe.report;

import java.util.List;
import org.setsafe.report.chart.ChartsSheet;
import org.setsafe.report.sheet.ActionsSheet;
import org.setsafe.report.sheet.BreakdownSheet;
import org.setsafe.report.sheet.CheckFailuresSheet;
import org.setsafe.report.sheet.CheckMatrix;
import org.setsafe.report.sheet.ConsequencesSheet;
import org.setsafe.report.sheet.DataQualitySheet;
import org.setsafe.report.sheet.IncidentsSheet;
import org.setsafe.report.sheet.LessonsSheets;
import org.setsafe.report.sheet.OutcomesSheet;
import org.setsafe.report.sheet.ReportFigures;
import org.setsafe.report.sheet.ReportingSheet;
import org.setsafe.report.sheet.RolesSheet;
import org.setsafe.report.sheet.SheetSpec;
import org.setsafe.report.sheet.SheetSpec.When;
import org.setsafe.report.sheet.SummarySheet;
import org.setsafe.report.sheet.TrendsSheet;

/**
 * The report's sheets, declared once in workbook order: which the report has, what each shows and
 * how each is written from the figures. Adding a sheet is adding an entry to {@link #ALL}.
 */
public final class ReportSheets {
  private ReportSheets() {}

  /** Every sheet a report may have, in workbook order. */
  public static final List<SheetSpec> ALL =
      List.of(
          SheetSpec.of(SummarySheet.NAME, SummarySheet::describe, SummarySheet::write)
              .when(When.LAST),
          SheetSpec.of(
                  SummarySheet.FIGURES, SummarySheet::describeFigures, SummarySheet::writeFigures)
              .when(When.LAST),
          SheetSpec.of(
              TrendsSheet.NAME,
              ReportFigures::production,
              TrendsSheet::describe,
              TrendsSheet::write),
          SheetSpec.of(
              BreakdownSheet.DEPARTMENTS,
              ReportFigures::production,
              f -> "Incidents by department, most first.",
              (p, f) ->
                  BreakdownSheet.write(p, "department", f.analysis().byDepartment(), f.analysis())),
          SheetSpec.of(
              BreakdownSheet.LOCATIONS,
              ReportFigures::production,
              f -> "Incidents by location, most first.",
              (p, f) ->
                  BreakdownSheet.write(p, "location", f.analysis().byLocation(), f.analysis())),
          SheetSpec.inThePass(
              IncidentsSheet.NAME,
              f ->
                  "One row per incident"
                      + (f.production() ? " of the inputs" : "")
                      + ", in the order read, with its SCL class and where it came from (Source).",
              ReportFigures::incidentSheets),
          SheetSpec.inThePass(
              IncidentsSheet.DETAILS,
              f ->
                  "What happened in each incident, in the log's words; who reported it, and its note.",
              ReportFigures::detailSheets),
          SheetSpec.of(
              CheckFailuresSheet.NAME,
              f ->
                  "Every check recorded, ranked by failures, with honest denominators and the"
                      + " incidents where it failed; failures per HFACS layer.",
              (p, f) -> CheckFailuresSheet.write(p, f.analysis())),
          SheetSpec.of(
              CheckMatrix.NAME,
              f -> "Incidents against the checks that failed most, failures highlighted.",
              (p, f) -> f.matrix().write(p, f.analysis().failedChecks())),
          SheetSpec.of(
              ConsequencesSheet.NAME,
              f -> "What followed the incidents: in all, by severity and by category.",
              (p, f) -> ConsequencesSheet.write(p, f.analysis())),
          SheetSpec.of(
              RolesSheet.NAME,
              f ->
                  !f.production()
                      || !f.analysis().outcomes().isEmpty()
                      || !f.analysis().failuresByRole().isEmpty(),
              f -> "Failed checks owned and legal outcomes per role, with the incidents.",
              (p, f) -> RolesSheet.write(p, f.analysis())),
          SheetSpec.of(
              OutcomesSheet.NAME,
              f -> !f.production() || !f.analysis().outcomes().isEmpty(),
              f -> "Every criminal, regulatory, civil and inquest outcome.",
              (p, f) -> OutcomesSheet.write(p, f.analysis().outcomes())),
          SheetSpec.of(
              ActionsSheet.NAME,
              f -> f.production() || !f.actions().isEmpty(),
              ActionsSheet::describe,
              ActionsSheet::write),
          SheetSpec.of(
              ReportingSheet.NAME,
              ReportingSheet::shown,
              ReportingSheet::describe,
              ReportingSheet::write),
          SheetSpec.of(
                  ChartsSheet.NAME,
                  f -> "The charts (also written as PNG and SVG files beside the workbook).",
                  ChartsSheet::write)
              .when(When.WITH_THE_CHARTS),
          lessons(
              LessonsSheets.LESSONS,
              LessonsSheets.LESSONS_TEXT,
              (p, f) -> new LessonsSheets(f).writeLessons(p)),
          lessons(
              LessonsSheets.CHECKS,
              LessonsSheets.CHECKS_TEXT,
              (p, f) -> new LessonsSheets(f).writeChecks(p)),
          lessons(
              LessonsSheets.INCIDENTS,
              LessonsSheets.INCIDENTS_TEXT,
              (p, f) -> new LessonsSheets(f).writeIncidents(p)),
          lessons(
              LessonsSheets.OUTCOMES,
              LessonsSheets.OUTCOMES_TEXT,
              (p, f) -> new LessonsSheets(f).writeOutcomes(p)),
          lessons(
              LessonsSheets.CHANGES,
              LessonsSheets.CHANGES_TEXT,
              (p, f) -> new LessonsSheets(f).writeChanges(p)),
          SheetSpec.of(
                  DataQualitySheet.NAME,
                  f ->
                      "Rows read, imported and rejected per file, every problem kept, and what"
                          + " this report changed to fit a workbook.",
                  (p, f) -> DataQualitySheet.write(p, f.quality()))
              .when(When.LAST));

  /** A sheet of the Lessons from history part: in a production's report with the history. */
  private static SheetSpec lessons(
      String name,
      String shows,
      java.util.function.BiConsumer<org.setsafe.report.book.Page, ReportFigures> write) {
    return SheetSpec.of(name, f -> f.history() != null, f -> shows, write);
  }

  /** The sheets of {@code list} a report with these figures has, in workbook order. */
  static List<SheetSpec> of(List<SheetSpec> list, ReportFigures figures) {
    return list.stream().filter(s -> s.shown().test(figures)).toList();
  }
}
