package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.report.Workbooks.column;
import static org.setsafe.report.Workbooks.headerRow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.FollowUps;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.report.sheet.ActionsSheet;
import org.setsafe.report.sheet.LessonsSheets;
import org.setsafe.report.sheet.SummarySheet;

/**
 * The follow-up actions in the workbook, read back: the Actions sheet lists the example log's
 * follow-ups in the order and with the day counts the analysis gives, and the Summary's figures and
 * findings are those figures; the historical record's actions stay in Lessons from history.
 */
class ReportWriter_ActionsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 20);

  @TempDir static Path dir;
  private static ReportResult result;
  private static List<IncidentRecord> records;

  @BeforeAll
  static void writeTheExampleProductionsReport() {
    result =
        new ReportWriter(Workbooks.options(dir).asOf(AS_OF).build())
            .write(
                Workbooks.inputs(
                    true,
                    List.of(ReportWriter_InputsTest.EXAMPLE),
                    ReportWriter_InputsTest.EXAMPLE_MAPPING));
    records = new ArrayList<>();
    Diagnostics problems = new Diagnostics();
    new Ingest(ReportWriter_InputsTest.EXAMPLE_MAPPING, ProtocolCatalog.bundled())
        .read(List.of(ReportWriter_InputsTest.EXAMPLE), problems, records::add);
    assertThat(problems.hasErrors()).isFalse();
  }

  private static String text(Row r, int col) {
    Cell c = r.getCell(col);
    return c == null ? "" : c.getStringCellValue();
  }

  private static Double number(Row r, int col) {
    Cell c = r.getCell(col);
    return c == null ? null : c.getNumericCellValue();
  }

  @Test
  void actionsSheet_listsEveryFollowUp_inTheAnalysisOrder_overdueFirstWithTheirDays()
      throws IOException {
    List<ActionRow> expected = ActionRow.of(records, AS_OF);
    try (XSSFWorkbook wb = Workbooks.open(result.workbook())) {
      Sheet s = wb.getSheet(ActionsSheet.NAME);
      int h = headerRow(s, "Incident");
      int action = column(s, h, "Action");
      int status = column(s, h, "Status");
      int owner = column(s, h, "Owner");
      int title = column(s, h, "Incident title");
      int daysOpen = column(s, h, "Days open");
      int daysOverdue = column(s, h, "Days overdue");

      assertThat(Workbooks.dataRows(s, h)).isEqualTo(expected.size()).isEqualTo(38);
      for (int i = 0; i < expected.size(); i++) {
        ActionRow e = expected.get(i);
        Row r = s.getRow(h + 1 + i);
        assertThat(text(r, 0)).as("row %d", i).isEqualTo(e.incident().id());
        assertThat(text(r, action)).isEqualTo(e.action().action());
        assertThat(text(r, title)).isEqualTo(e.incident().title());
        assertThat(number(r, daysOverdue))
            .isEqualTo(e.daysOverdue() == null ? null : e.daysOverdue().doubleValue());
        assertThat(number(r, daysOpen))
            .isEqualTo(e.daysOpen() == null ? null : e.daysOpen().doubleValue());
      }
      Row first = s.getRow(h + 1);
      assertThat(text(first, 0)).isEqualTo("DT-008");
      assertThat(text(first, status)).isEqualTo("Overdue");
      assertThat(text(first, owner)).isEqualTo("Key grip");
      assertThat(number(first, daysOverdue)).isEqualTo(35.0);
      List<String> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(text(s.getRow(h + 1 + i), 0) + " " + text(s.getRow(h + 1 + i), status));
      }
      assertThat(statuses)
          .containsExactly(
              "DT-008 Overdue",
              "DT-010 Overdue (in progress)",
              "DT-021 Overdue",
              "DT-024 Overdue",
              "DT-028 Overdue (in progress)",
              "DT-033 Overdue (status not recorded)",
              "DT-037 Overdue",
              "DT-038 Open");
      // the overdue ones are highlighted, an open one not
      assertThat(s.getRow(h + 1).getCell(status).getCellStyle().getFillForegroundColor())
          .isNotEqualTo(s.getRow(h + 8).getCell(status).getCellStyle().getFillForegroundColor());
    }
  }

  @Test
  void summary_followUpFigures_areTheAnalysisFigures() throws IOException {
    FollowUps f = FollowUps.of(records, AS_OF);
    // six open ones past due, and DT-033's follow-up: no status recorded, due 2026-04-16
    assertThat(result.followUps().overdue()).isEqualTo(f.overdue()).isEqualTo(7);
    assertThat(f.overdueWithoutStatus()).isEqualTo(1);
    try (XSSFWorkbook wb = Workbooks.open(result.workbook())) {
      Sheet s = wb.getSheet(SummarySheet.FIGURES);
      int h = headerRow(s, "Figure");

      assertThat(figure(s, h, "Follow-up actions")).isEqualTo(f.actions()).isEqualTo(38);
      assertThat(figure(s, h, "Actions open")).isEqualTo(f.open()).isEqualTo(7);
      assertThat(figure(s, h, "Actions overdue")).isEqualTo(f.overdue());
      assertThat(figure(s, h, "Actions with no status recorded"))
          .isEqualTo(f.unknown())
          .isEqualTo(1);
      assertThat(
              Workbooks.rowWhere(s, h, 0, "Median days to close").getCell(1).getNumericCellValue())
          .isEqualTo(f.medianDaysToClose());
      assertThat(figure(s, h, "Incidents with no follow-up action"))
          .isEqualTo(f.noActionCount())
          .isEqualTo(4);
    }
  }

  @Test
  void nearMissesAndInjuriesWithNoFollowUp_areCountedAndNamed_onTheSummary() throws IOException {
    try (XSSFWorkbook wb = Workbooks.open(result.workbook())) {
      Sheet s = wb.getSheet(SummarySheet.FIGURES);
      int h = headerRow(s, "Figure");
      Row none = Workbooks.rowWhere(s, h, 0, "Incidents with no follow-up action");
      assertThat(text(none, 2))
          .isEqualTo(
              "2 near misses (DT-039, DT-042) and 2 injuries (DT-015, DT-022) have no follow-up"
                  + " action.");
      List<String> findings = findings(s);
      assertThat(findings)
          .contains(
              "\u2022 2 near misses (DT-039, DT-042) and 2 injuries (DT-015, DT-022) have no"
                  + " follow-up action.")
          .anyMatch(
              l ->
                  l.startsWith(
                      "\u2022 7 follow-up action(s) are overdue as of 2026-04-20, the longest by 35"
                          + " day(s): DT-008, 'Gloves for all track laying' (owner: Key grip)"));
    }
  }

  @Test
  void lessonsFromHistory_sayWhatChangedAfterTheHistoricalIncidents_withSources()
      throws IOException {
    try (XSSFWorkbook wb = Workbooks.open(result.workbook())) {
      Sheet checks = wb.getSheet(LessonsSheets.CHECKS);
      int h = headerRow(checks, "Check that failed in your inputs");
      int changed = column(checks, h, "What changed after them");
      Row noLiveAmmo = Workbooks.rowWhere(checks, h, 0, "No live ammunition");
      assertThat(text(noLiveAmmo, changed))
          .startsWith("California SB 831 (cancelled)")
          .endsWith("(see " + LessonsSheets.CHANGES + ")");

      Sheet what = wb.getSheet(LessonsSheets.CHANGES);
      int wh = headerRow(what, "Incident");
      int source = column(what, wh, "Source");
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= Workbooks.dataRows(what, wh); i++) {
        ids.add(text(what.getRow(wh + i), 0));
        assertThat(text(what.getRow(wh + i), source)).startsWith("https://");
      }
      assertThat(ids).contains("RUST_2021", "MIDNIGHTRIDER_2014");
      // the production's Actions sheet holds the production's actions only
      Sheet actions = wb.getSheet(ActionsSheet.NAME);
      int ah = headerRow(actions, "Incident");
      assertThat(Workbooks.rowsWhere(actions, ah, 0, "RUST_2021")).isEmpty();
    }
  }

  @Test
  void logWithoutFollowUps_saysSo_insteadOfListingEveryIncident(@TempDir Path own)
      throws IOException {
    ReportResult r =
        new ReportWriter(Workbooks.options(own).asOf(AS_OF).build())
            .write(
                Workbooks.inputs(
                    false,
                    List.of(Fixtures.path("ingest/valid-flat-log.csv")),
                    ImportOptions.DEFAULT));
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      Sheet s = wb.getSheet(SummarySheet.FIGURES);
      int h = headerRow(s, "Figure");
      assertThat(figure(s, h, "Follow-up actions")).isZero();
      Row none = Workbooks.rowWhere(s, h, 0, "Incidents with no follow-up action");
      assertThat(text(none, 1)).isEqualTo("all");
      assertThat(findings(s))
          .contains(
              "\u2022 No follow-up action is recorded for any of the 2 incidents (does the log have"
                  + " a follow-up column?).");
      Sheet actions = wb.getSheet(ActionsSheet.NAME);
      assertThat(actions).isNotNull();
    }
  }

  @Test
  void historyReport_listsWhatFollowedInTheIndustry(@TempDir Path own) throws IOException {
    ReportResult r =
        new ReportWriter(Workbooks.options(own).asOf(AS_OF).build())
            .write(Workbooks.inputs(true, List.of(), ImportOptions.DEFAULT));
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      Sheet s = wb.getSheet(ActionsSheet.NAME);
      int h = headerRow(s, "Incident");
      long expected =
          Ingest.reference().records().stream().mapToLong(x -> x.actions().size()).sum();
      assertThat(Workbooks.dataRows(s, h)).isEqualTo(expected).isPositive();
      assertThat(Workbooks.headers(s, h)).contains("Source").doesNotContain("Days overdue");
      Sheet summary = wb.getSheet(SummarySheet.FIGURES);
      assertThat(Workbooks.rowsWhere(summary, headerRow(summary, "Figure"), 0, "Actions overdue"))
          .isEmpty();
    }
  }

  private static long figure(Sheet s, int header, String name) {
    return (long) Workbooks.rowWhere(s, header, 0, name).getCell(1).getNumericCellValue();
  }

  /** The bullet lines under the Findings heading. */
  private static List<String> findings(Sheet s) {
    List<String> out = new ArrayList<>();
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null
          && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && c.getStringCellValue().startsWith("\u2022 ")) {
        out.add(c.getStringCellValue());
      }
    }
    return out;
  }
}
