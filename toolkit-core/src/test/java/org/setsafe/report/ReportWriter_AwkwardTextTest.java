package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.report.Workbooks.column;
import static org.setsafe.report.Workbooks.headerRow;
import static org.setsafe.report.Workbooks.rowWhere;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.report.book.CellText;

/**
 * Text a workbook cannot take as it is: over the cell limit, formula-like, with control characters.
 */
class ReportWriter_AwkwardTextTest {
  private static final Path LOG = Fixtures.path("report/awkward-text.csv");

  @TempDir static Path dir;

  private static ReportResult result;
  private static XSSFWorkbook wb;
  private static Sheet incidents;

  @BeforeAll
  static void write() {
    result =
        new ReportWriter(Workbooks.options(dir).build())
            .write(Workbooks.inputs(false, List.of(LOG), ImportOptions.DEFAULT));
    wb = Workbooks.open(result.workbook());
    incidents = wb.getSheet("Incidents");
  }

  @AfterAll
  static void close() throws IOException {
    wb.close();
  }

  private static Cell cell(String id, String header) {
    return rowWhere(incidents, 0, 0, id).getCell(column(incidents, 0, header));
  }

  /** A cell of Incident details, where the description is kept. */
  private static Cell detail(String id, String header) {
    Sheet details = wb.getSheet("Incident details");
    return rowWhere(details, 0, 0, id).getCell(column(details, 0, header));
  }

  @Test
  void longSummary_isCutAtTheCellLimit_withAVisibleMarker() throws IOException {
    String original =
        Files.readString(LOG)
            .lines()
            .filter(l -> l.startsWith("CUT-001,"))
            .findFirst()
            .orElseThrow()
            .split(",")[11];
    assertThat(original).hasSize(40_000);

    String cut = detail("CUT-001", "What happened").getStringCellValue();
    assertThat(cut.length()).isLessThanOrEqualTo(32_767).isGreaterThan(32_600);
    assertThat(cut).endsWith(CellText.marker(40_000)).contains("40,000 characters");
    assertThat(original)
        .startsWith(cut.substring(0, cut.length() - CellText.marker(40_000).length()));
  }

  @Test
  void cutText_isListedInDataQuality_withWhereAndWhose() {
    Sheet s = wb.getSheet("Data quality");
    int h = headerRow(s, "Change");
    Row cut = rowWhere(s, h, 0, "text cut");

    Sheet details = wb.getSheet("Incident details");
    int summaryColumn = column(details, 0, "What happened");
    String where =
        "Incident details!"
            + new org.apache.poi.ss.util.CellReference(
                    rowWhere(details, 0, 0, "CUT-001").getRowNum(), summaryColumn)
                .formatAsString(false);
    assertThat(cut.getCell(1).getStringCellValue()).isEqualTo(where);
    assertThat(cut.getCell(2).getStringCellValue())
        .contains("What happened of CUT-001")
        .contains("40,000 characters");
    assertThat(result.quality().flagCounts()).containsEntry("text cut", 1L);
  }

  @Test
  void formulaLikeText_staysText() {
    Cell title = cell("CUT-002", "Title");
    Cell summary = detail("CUT-002", "What happened");

    assertThat(title.getCellType()).isEqualTo(CellType.STRING);
    assertThat(title.getStringCellValue()).isEqualTo("=1+1");
    assertThat(summary.getCellType()).isEqualTo(CellType.STRING);
    assertThat(summary.getStringCellValue())
        .isEqualTo("=HYPERLINK(\"http://example.com\",\"click\")");
  }

  @Test
  void controlCharacters_areRemovedWhenRead_andListedAsWarnings() {
    // reading removes them (setsafe never stores a control character), with a warning that
    // names them; the workbook's own clean-up is left with nothing to do
    assertThat(detail("CUT-003", "What happened").getStringCellValue())
        .isEqualTo("Bell and vertical tab inside the text");
    assertThat(result.quality().flagCounts()).doesNotContainKey("control characters removed");
    Sheet s = wb.getSheet("Data quality");
    Row warning = null;
    for (Row r : s) {
      if (r.getCell(5) != null
          && r.getCell(5)
              .toString()
              .equals("2 control character(s) removed (<U+0007>, <U+000B>)")) {
        warning = r;
      }
    }
    assertThat(warning).as("the warning on Data quality").isNotNull();
    assertThat(warning.getCell(1).getNumericCellValue()).isEqualTo(4);
    assertThat(warning.getCell(4).getStringCellValue()).isEqualTo("warning");
  }

  @Test
  void monthOnlyDate_isItsFirstDay_shownToTheMonth() {
    Cell date = cell("CUT-003", "Date");

    assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(date.getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2023, 6, 1));
    assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
  }

  @Test
  void summary_countsTheChangedCells() {
    Sheet s = wb.getSheet("Figures");
    int h = headerRow(s, "Figure");

    assertThat(
            rowWhere(s, h, 0, "Cells this report had to change").getCell(1).getNumericCellValue())
        .isEqualTo(1);
    assertThat(rowWhere(s, h, 0, "Incidents").getCell(1).getNumericCellValue()).isEqualTo(3);
  }
}
