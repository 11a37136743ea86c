package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.report.sheet.SummarySheet;

/** The report is honest where the data is silent: no 0 for an unknown, words shown as inferred. */
class ReportWriter_HonestTest {
  @TempDir Path dir;

  private static List<String> texts(XSSFSheet s) {
    List<String> out = new ArrayList<>();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING) {
          out.add(c.getStringCellValue());
        }
      }
    }
    return out;
  }

  @Test
  void overdue_withNoDueDates_cannotBeAssessed_onTheSummaryAndFigures() throws IOException {
    // a dataset folder whose two follow-ups have no due date
    Path log = Files.createDirectories(dir.resolve("no-due"));
    Files.writeString(
        log.resolve("incidents.csv"),
        "id,title,production,date,category,activity,severity,fatalities\n"
            + "A-1,Ladder slipped,Test,2026-03-02,fall_from_height,unknown,near_miss,0\n"
            + "A-2,Cable trip,Test,2026-03-03,electrical,unknown,injury,0\n");
    Files.writeString(
        log.resolve("actions.csv"),
        "incident_id,action_id,action,status\n"
            + "A-1,A-1-1,Foot every ladder,open\n"
            + "A-2,A-2-1,Cable ramps on every walkway,open\n");
    ReportResult r =
        new ReportWriter(Workbooks.options(dir.resolve("out")).build())
            .write(Workbooks.inputs(true, List.of(log), ImportOptions.DEFAULT));
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      assertThat(texts(wb.getSheet(SummarySheet.NAME)))
          .contains("not known", "cannot be assessed: 2 of 2 open actions have no due date");
      XSSFSheet f = wb.getSheet(SummarySheet.FIGURES);
      int h = Workbooks.headerRow(f, "Figure");
      Row overdue = Workbooks.rowWhere(f, h, 0, "Actions overdue");
      assertThat(overdue.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(overdue.getCell(1).getStringCellValue()).isEqualTo("cannot be assessed");
    }
  }

  @Test
  void hospitalInTheWords_ofAnInjury_isAWarningNamingTheRow_withTheTreatmentInferred()
      throws IOException {
    ReportResult r =
        new ReportWriter(Workbooks.options(dir.resolve("example")).build())
            .write(
                Workbooks.inputs(
                    true,
                    List.of(ReportWriter_InputsTest.EXAMPLE),
                    ReportWriter_InputsTest.EXAMPLE_MAPPING));
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      XSSFSheet q = wb.getSheet("Data quality");
      int h = Workbooks.headerRow(q, "Incident");
      Row w = Workbooks.rowWhere(q, h, 0, "DT-028");
      assertThat(w.getCell(1).getStringCellValue()).isEqualTo("dusty-trail-log.csv");
      assertThat(w.getCell(2).getStringCellValue())
          .contains("severity is injury")
          .contains("\"hospital\"")
          .contains("treatment inferred: emergency room");
      assertThat(texts(wb.getSheet(SummarySheet.NAME)))
          .anyMatch(t -> t.startsWith("\u2022 Check the severity of DT-028"));
    }
  }
}
