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
import org.setsafe.ingest.ImportOptions;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.InputException;

/** Reports on a user's log alone, combined with the reference data, and on inputs with problems. */
class ReportWriter_InputsTest {
  private static final Path LOG = Fixtures.path("ingest/valid-flat-log.csv");

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
            new ReportInputs(false, List.of(LOG), ImportOptions.DEFAULT));
    ReportResult both =
        write(
            Workbooks.options(dir.resolve("both")).build(),
            new ReportInputs(true, List.of(LOG), ImportOptions.DEFAULT));
    int reference = Ingest.reference().size();

    assertThat(alone.analysis().incidents()).isEqualTo(2);
    assertThat(incidentRows(alone.workbook())).isEqualTo(2);
    assertThat(both.analysis().incidents()).isEqualTo(reference + 2);
    assertThat(incidentRows(both.workbook())).isEqualTo(reference + 2);
    assertThat(both.ingest().files())
        .extracting(f -> f.file())
        .startsWith(Ingest.REFERENCE_NAME + "/incidents.csv")
        .contains(LOG.toString());
  }

  @Test
  void userLogAlone_nearMissesCount() {
    ReportResult alone =
        write(
            Workbooks.options(dir).build(),
            new ReportInputs(false, List.of(LOG), ImportOptions.DEFAULT));

    assertThat(alone.analysis().nearMisses()).isEqualTo(1);
  }

  @Test
  void rejectedRows_areListedInDataQuality_andTheReportIsWritten() throws IOException {
    Path bad = Fixtures.path("ingest/impossible-date.csv");
    ReportResult r =
        write(
            Workbooks.options(dir).build(),
            new ReportInputs(false, List.of(bad), ImportOptions.DEFAULT));

    assertThat(r.ingest().rejected()).isEqualTo(1);
    assertThat(r.analysis().incidents()).isEqualTo(1);
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      Sheet s = wb.getSheet("Data quality");
      int files = headerRow(s, "File");
      assertThat(Workbooks.rowWhere(s, files, 0, bad.toString()).getCell(4).getNumericCellValue())
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
          .containsExactly(bad + ":3:4 error " + r.quality().problems().get(0).message());
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
                    new ReportInputs(true, List.of(missing), ImportOptions.DEFAULT)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no-such-log.csv: no such file or folder");
    assertThat(dir.resolve("reports")).doesNotExist();
  }
}
