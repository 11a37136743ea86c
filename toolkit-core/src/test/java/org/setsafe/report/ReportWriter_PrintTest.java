package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.TextFit;
import org.setsafe.report.sheet.CheckFailuresSheet;
import org.setsafe.report.sheet.SummarySheet;
import org.setsafe.synth.LogGenerator;

/**
 * How the production reports print, read back from the workbooks: every sheet one page wide in
 * landscape with its header repeated, no row lower than its wrapped text, typed figures.
 */
class ReportWriter_PrintTest {
  @TempDir static Path dir;

  private static XSSFWorkbook example;
  private static XSSFWorkbook generated;
  private static XSSFWorkbook history;

  @BeforeAll
  static void write() {
    ReportResult e =
        new ReportWriter(Workbooks.options(dir.resolve("example")).build())
            .write(
                Workbooks.inputs(
                    true,
                    List.of(ReportWriter_InputsTest.EXAMPLE),
                    ReportWriter_InputsTest.EXAMPLE_MAPPING));
    example = Workbooks.open(e.workbook());
    Path log = dir.resolve("log300.csv");
    new LogGenerator(ProtocolCatalog.bundled(), 300, 1, 0).writeTo(log);
    ReportResult g =
        new ReportWriter(Workbooks.options(dir.resolve("generated")).build())
            .write(Workbooks.inputs(true, List.of(log), ImportOptions.DEFAULT));
    generated = Workbooks.open(g.workbook());
    ReportResult h =
        new ReportWriter(Workbooks.options(dir.resolve("history")).build())
            .write(ReportInputs.referenceOnly());
    history = Workbooks.open(h.workbook());
  }

  @AfterAll
  static void close() throws IOException {
    example.close();
    generated.close();
    history.close();
  }

  private static List<XSSFWorkbook> all() {
    return List.of(example, generated, history);
  }

  @Test
  void everySheetButTheSummary_printsOnePageWide_inLandscape() {
    for (XSSFWorkbook wb : all()) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        if (s.getSheetName().equals(SummarySheet.NAME)) {
          continue;
        }
        assertThat(s.getFitToPage()).as(s.getSheetName()).isTrue();
        assertThat(s.getPrintSetup().getFitWidth()).as(s.getSheetName()).isEqualTo((short) 1);
        assertThat(s.getPrintSetup().getFitHeight()).as(s.getSheetName()).isZero();
        assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
        assertThat(s.getRepeatingColumns()).as(s.getSheetName()).isNull();
      }
    }
  }

  /**
   * Letter paper upright, less the margins every sheet has (0.4 in each side, 0.6 top and foot).
   */
  static final double PRINTABLE_WIDTH = (8.5 - 0.8) * 72;

  static final double PRINTABLE_HEIGHT = (11 - 1.2) * 72;

  /** Points of one character of column width (7 pixels of Arial 10 at 96 dpi). */
  static final double POINTS_PER_CHAR = 7 * 0.75;

  @Test
  void summary_printsOnOnePage_upright_atEightPointsOrMore() {
    for (XSSFWorkbook wb : all()) {
      XSSFSheet s = wb.getSheet(SummarySheet.NAME);
      assertThat(s.getFitToPage()).isTrue();
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getLandscape()).isFalse();
      double height = 0;
      int lastColumn = 0;
      for (Row r : s) {
        height += r.getHeightInPoints();
        lastColumn = Math.max(lastColumn, r.getLastCellNum());
      }
      double width = 0;
      for (int c = 0; c < lastColumn; c++) {
        width += s.getColumnWidth(c) / 256.0 * POINTS_PER_CHAR;
      }
      // fitted to one page, 10-point text prints at 8 points or more
      double scale = Math.min(1, Math.min(PRINTABLE_WIDTH / width, PRINTABLE_HEIGHT / height));
      assertThat(scale).as("scale of %s's Summary", wb).isGreaterThanOrEqualTo(0.8);
    }
  }

  @Test
  void incidents_ofAProduction_printOnePageWide_atEightPointsOrMore() {
    // (the history report's ids run to 28 characters, which are never broken)
    for (XSSFWorkbook wb : List.of(example, generated)) {
      XSSFSheet s = wb.getSheet("Incidents");
      double width = 0;
      List<String> columns = new java.util.ArrayList<>();
      for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
        width += s.getColumnWidth(c) / 256.0 * POINTS_PER_CHAR;
        columns.add(s.getRow(0).getCell(c) + " " + s.getColumnWidth(c) / 256);
      }
      // landscape letter less the margins; fitted one page wide, 10-point text at 8 or more
      double scale = Math.min(1, (11 - 0.8) * 72 / width);
      assertThat(scale).as("Incidents: %s", columns).isGreaterThanOrEqualTo(0.8);
    }
  }

  @Test
  void summary_ofTheExample_namesTheLiveRoundsFirstAmongSignificantEvents() {
    XSSFSheet s = example.getSheet(SummarySheet.NAME);
    int h = Workbooks.headerRow(s, SIGNIFICANT);
    String first = s.getRow(h + 1).getCell(0).getStringCellValue();
    assertThat(first)
        .contains("DT-007")
        .contains("live rounds")
        .contains("Failed: No live ammunition");
    assertThat(first).contains("Follow-up: Quarantine the supplier's batch");
    // the classes follow: potential SIFs before the exposures
    List<String> classes = new java.util.ArrayList<>();
    for (int r = h + 1; r < h + 9; r++) {
      String line = s.getRow(r).getCell(0).getStringCellValue();
      if (line.startsWith("and ")) {
        break;
      }
      classes.add(line.replaceAll("^[0-9-]+, ([A-Za-z]+).*$", "$1"));
    }
    assertThat(classes)
        .isSortedAccordingTo(
            java.util.Comparator.comparingInt(c -> List.of("HSIF", "PSIF", "Exposure").indexOf(c)));
  }

  @Test
  void totalRows_standOutsideTheFilterRange() {
    int totals = 0;
    for (XSSFWorkbook wb : all()) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        if (s.getCTWorksheet().getAutoFilter() == null) {
          continue;
        }
        CellRangeAddress f = CellRangeAddress.valueOf(s.getCTWorksheet().getAutoFilter().getRef());
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.STRING
                && c.getColumnIndex() <= 1
                && c.getStringCellValue().equals("All incidents")) {
              totals++;
              assertThat(r.getRowNum())
                  .as("%s total row", s.getSheetName())
                  .isGreaterThan(f.getLastRow());
            }
          }
        }
      }
    }
    assertThat(totals).isPositive();
  }

  static final String SIGNIFICANT =
      "Significant events: HSIF, then PSIF, then exposures where a direct control failed";

  @Test
  void everySheetWithATableOfItsOwn_repeatsItsHeaderOnEveryPage() {
    for (XSSFWorkbook wb : all()) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        if (s.getPaneInformation() != null && s.getPaneInformation().isFreezePane()) {
          CellRangeAddress rows = s.getRepeatingRows();
          assertThat(rows).as(s.getSheetName()).isNotNull();
          assertThat(rows.getFirstRow() + 1)
              .as(s.getSheetName())
              .isEqualTo(s.getPaneInformation().getHorizontalSplitPosition());
        }
      }
    }
  }

  @Test
  void noRow_isLowerThanItsWrappedText() {
    for (XSSFWorkbook wb : all()) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        for (Row r : s) {
          int lines = 1;
          for (Cell c : r) {
            if (c.getCellType() != CellType.STRING || !c.getCellStyle().getWrapText()) {
              continue;
            }
            lines = Math.max(lines, TextFit.lines(c.getStringCellValue(), width(s, c)));
          }
          float height = r.getHeightInPoints();
          assertThat(height)
              .as("%s row %d (%d lines)", s.getSheetName(), r.getRowNum() + 1, lines)
              .isGreaterThanOrEqualTo(lines * Page.LINE_POINTS);
        }
      }
    }
  }

  /** The width of a cell in characters, the whole merged region's for a merged cell. */
  private static int width(XSSFSheet s, Cell c) {
    for (CellRangeAddress m : s.getMergedRegions()) {
      if (m.isInRange(c)) {
        int w = 0;
        for (int col = m.getFirstColumn(); col <= m.getLastColumn(); col++) {
          w += s.getColumnWidth(col);
        }
        return w / 256;
      }
    }
    return s.getColumnWidth(c.getColumnIndex()) / 256;
  }

  @Test
  void titleRows_areTallEnoughForTheirFont() {
    for (XSSFWorkbook wb : all()) {
      Row title = wb.getSheet("Summary").getRow(0);
      short points =
          wb.getFontAt(title.getCell(0).getCellStyle().getFontIndex()).getFontHeightInPoints();
      assertThat(title.getHeightInPoints()).isGreaterThanOrEqualTo(points * 1.3f);
    }
  }

  @Test
  void summary_nearMissRatio_andPeriod_areNumbersAndDates() {
    XSSFSheet s = example.getSheet("Figures");
    int h = Workbooks.headerRow(s, "Figure");
    Cell ratio = Workbooks.rowWhere(s, h, 0, "Near misses per harmful incident").getCell(1);
    assertThat(ratio.getCellType()).isEqualTo(CellType.NUMERIC);
    double near =
        Workbooks.rowWhere(s, h, 0, "Incidents: near miss").getCell(1).getNumericCellValue();
    double all = Workbooks.rowWhere(s, h, 0, "Incidents").getCell(1).getNumericCellValue();
    assertThat(ratio.getNumericCellValue())
        .isCloseTo(near / (all - near), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(
            Workbooks.rowWhere(s, h, 0, "Near misses per harmful incident")
                .getCell(2)
                .getStringCellValue())
        .contains("near misses / incidents with an injury or worse");
    for (String period : List.of("Period from", "Period to")) {
      Cell d = Workbooks.rowWhere(s, h, 0, period).getCell(1);
      assertThat(d.getCellType()).as(period).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(d)).as(period).isTrue();
    }
  }

  @Test
  void longIdLists_areCapped() {
    XSSFSheet s = generated.getSheet(CheckFailuresSheet.NAME);
    int h = Workbooks.headerRow(s, "Rank");
    int ids = Workbooks.column(s, h, "Those incidents");
    int n = Workbooks.column(s, h, "Incidents where it failed");
    for (int r = h + 1; r <= h + Workbooks.dataRows(s, h); r++) {
      Row row = s.getRow(r);
      long incidents = (long) row.getCell(n).getNumericCellValue();
      if (incidents > CheckFailuresSheet.IDS_SHOWN) {
        assertThat(row.getCell(ids).getStringCellValue())
            .endsWith(" and " + (incidents - CheckFailuresSheet.IDS_SHOWN) + " more");
      }
    }
  }
}
