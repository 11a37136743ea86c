package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.report.Workbooks.headerRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.read.InputException;
import org.setsafe.report.book.ReportOptions;
import org.setsafe.report.sheet.LessonsSheets;

/** Reports on a user's log alone, combined with the reference data, and on inputs with problems. */
class ReportWriter_InputsTest {
  private static final Path LOG = Fixtures.path("ingest/valid-flat-log.csv");
  static final Path EXAMPLE = Fixtures.path("setsafe-data/examples/dusty-trail-log.csv");
  static final ImportOptions EXAMPLE_MAPPING =
      ImportOptions.DEFAULT.withMapping(
          org.setsafe.mapping.ColumnMapping.load(
              Fixtures.path("setsafe-data/examples/dusty-trail-log.mapping.json")));

  @TempDir Path dir;

  private ReportResult write(ReportOptions options, ReportInputs inputs) {
    return new ReportWriter(options).write(inputs);
  }

  private static long incidentRows(Path workbook) throws IOException {
    try (XSSFWorkbook wb = Workbooks.open(workbook)) {
      return Workbooks.dataRows(wb.getSheet("Incidents"), 0);
    }
  }

  @Test
  void userLogAlone_andCombined_incidentCountsAddUp() throws IOException {
    ReportResult alone =
        write(
            Workbooks.options(dir.resolve("alone")).build(),
            Workbooks.inputs(false, List.of(LOG), ImportOptions.DEFAULT));
    ReportResult both =
        write(
            Workbooks.options(dir.resolve("both")).build(),
            Workbooks.inputs(true, List.of(LOG), ImportOptions.DEFAULT));
    int reference = Ingest.reference().size();

    assertThat(alone.analysis().incidents()).isEqualTo(2);
    assertThat(incidentRows(alone.workbook())).isEqualTo(2);
    // the reference is a part of its own, never in the production's figures or rows
    assertThat(both.analysis().incidents()).isEqualTo(2);
    assertThat(incidentRows(both.workbook())).isEqualTo(2);
    assertThat(both.historyIncidents()).isEqualTo(reference);
    assertThat(alone.sheets()).doesNotContain(LessonsSheets.LESSONS);
    assertThat(both.sheets())
        .contains(
            LessonsSheets.LESSONS,
            LessonsSheets.CHECKS,
            LessonsSheets.INCIDENTS,
            LessonsSheets.OUTCOMES);
    // the reference is the source of the lessons, never among the inputs
    assertThat(both.ingest().files()).extracting(f -> f.file()).containsExactly(LOG.toString());
  }

  @Test
  void logWithNoDeaths_withTheReferencePresent_showsNoDeathsChargesOrSettlements()
      throws IOException {
    ReportResult r =
        write(
            Workbooks.options(dir).build(),
            Workbooks.inputs(true, List.of(EXAMPLE), EXAMPLE_MAPPING));

    assertThat(r.analysis().incidents()).isEqualTo(42);
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      Sheet s = wb.getSheet("Figures");
      int h = headerRow(s, "Figure");
      assertThat(figure(s, h, "Incidents").getNumericCellValue()).isEqualTo(42);
      assertThat(figure(s, h, "Deaths").getNumericCellValue()).isZero();
      assertThat(figure(s, h, "Criminal charges").getNumericCellValue()).isZero();
      assertThat(figure(s, h, "Convictions (incl. pleas)").getNumericCellValue()).isZero();
      assertThat(figure(s, h, "Civil settlements and verdicts").getNumericCellValue()).isZero();
      assertThat(figure(s, h, "Settlements and awards disclosed").getStringCellValue())
          .isEqualTo("none recorded");
      assertThat(figure(s, h, "Production").getStringCellValue()).isEqualTo("Dusty Trail");
      // every incident row is the log's, and says so
      Sheet inc = wb.getSheet("Incidents");
      int source = Workbooks.column(inc, 0, "Source");
      assertThat(Workbooks.dataRows(inc, 0)).isEqualTo(42);
      for (int i = 1; i <= 42; i++) {
        assertThat(inc.getRow(i).getCell(source).getStringCellValue())
            .isEqualTo("dusty-trail-log.csv");
      }
      // the history is in its own part
      Sheet lessons = wb.getSheet(LessonsSheets.CHECKS);
      int lh = headerRow(lessons, "Check that failed in your inputs");
      assertThat(Workbooks.dataRows(lessons, lh)).isEqualTo(r.analysis().failedChecks().size());
    }
  }

  /** The value cell of a Summary figure. */
  private static org.apache.poi.ss.usermodel.Cell figure(Sheet s, int header, String name) {
    return Workbooks.rowWhere(s, header, 0, name).getCell(1);
  }

  @Test
  void userLogAlone_nearMissesCount() {
    ReportResult alone =
        write(
            Workbooks.options(dir).build(),
            Workbooks.inputs(false, List.of(LOG), ImportOptions.DEFAULT));

    assertThat(alone.analysis().nearMisses()).isEqualTo(1);
  }

  @Test
  void rejectedRows_areListedInDataQuality_andTheReportIsWritten() throws IOException {
    Path bad = Fixtures.path("ingest/impossible-date.csv");
    ReportResult r =
        write(
            Workbooks.options(dir).build(),
            Workbooks.inputs(false, List.of(bad), ImportOptions.DEFAULT));

    assertThat(r.ingest().rejected()).isEqualTo(1);
    assertThat(r.analysis().incidents()).isEqualTo(1);
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      Sheet s = wb.getSheet("Data quality");
      int files = headerRow(s, "File");
      // a file's name, never its folder
      assertThat(
              Workbooks.rowWhere(s, files, 0, bad.getFileName().toString())
                  .getCell(4)
                  .getNumericCellValue())
          .isEqualTo(1);
      List<String> problems = new java.util.ArrayList<>();
      for (Row row : s) {
        if (row.getRowNum() > files + 2
            && row.getCell(5) != null
            && row.getCell(1) != null
            && row.getCell(1).getCellType() == CellType.NUMERIC) {
          problems.add(
              row.getCell(0).getStringCellValue()
                  + ":"
                  + (long) row.getCell(1).getNumericCellValue()
                  + ":"
                  + (long) row.getCell(2).getNumericCellValue()
                  + " "
                  + row.getCell(4).getStringCellValue()
                  + " "
                  + row.getCell(5).getStringCellValue());
        }
      }
      assertThat(problems)
          .containsExactly(
              bad.getFileName() + ":3:4 error " + r.quality().problems().get(0).message());
    }
  }

  @Test
  void matrixLimit_showsTheFirstIncidents_andSaysSo() throws IOException {
    ReportResult r =
        write(Workbooks.options(dir).matrixLimit(3).build(), ReportInputs.referenceOnly());

    assertThat(r.matrixShown()).isEqualTo(3);
    assertThat(r.matrixTotal()).isGreaterThan(3);
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      Sheet s = wb.getSheet("Check matrix");
      int h = headerRow(s, "ID");
      assertThat(Workbooks.dataRows(s, h)).isEqualTo(3);
      StringBuilder notes = new StringBuilder();
      for (int i = 1; i < h; i++) {
        notes.append(s.getRow(i).getCell(0).getStringCellValue()).append(' ');
      }
      assertThat(notes.toString())
          .contains(
              "Showing the first 3 of "
                  + r.matrixTotal()
                  + " incidents with a failed check, in the order read; the Incidents sheet lists them all.");
    }
  }

  @Test
  void missingInput_failsBeforeAnythingIsWritten() {
    Path missing = dir.resolve("no-such-log.csv");

    assertThatThrownBy(
            () ->
                write(
                    Workbooks.options(dir).build(),
                    Workbooks.inputs(true, List.of(missing), ImportOptions.DEFAULT)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no-such-log.csv: no such file or folder");
    assertThat(dir.resolve("reports")).doesNotExist();
  }
}
