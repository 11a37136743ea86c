package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.report.Workbooks.column;
import static org.setsafe.report.Workbooks.headerRow;
import static org.setsafe.report.Workbooks.headers;
import static org.setsafe.report.Workbooks.rowWhere;
import static org.setsafe.report.Workbooks.rowsWhere;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.analysis.CheckStats;
import org.setsafe.ingest.Ingest;
import org.setsafe.io.FolderLock;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.ReportOptions;
import org.setsafe.report.book.TextFit;
import org.setsafe.report.chart.ReportCharts;
import org.w3c.dom.Document;

/** The report on the reference dataset, written once and read back with POI. */
class ReportWriter_ReferenceTest {
  private static final Dataset REFERENCE = Ingest.reference();

  @TempDir static Path dir;

  private static ReportResult result;
  private static XSSFWorkbook wb;

  @BeforeAll
  static void write() {
    result = new ReportWriter(Workbooks.options(dir).build()).write(ReportInputs.referenceOnly());
    wb = Workbooks.open(result.workbook());
  }

  @AfterAll
  static void close() throws IOException {
    wb.close();
  }

  @Test
  void workbook_hasTheSheetsInOrder() {
    assertThat(Workbooks.sheetNames(wb))
        .containsExactly(
            "Summary",
            "Figures",
            "Incidents",
            "Incident details",
            "Check failures",
            "Check matrix",
            "Consequences",
            "Roles",
            "Outcomes",
            "Actions",
            "Charts",
            "Data quality");
    assertThat(result.sheets()).isEqualTo(Workbooks.sheetNames(wb));
  }

  @Test
  void incidents_headerRow_isBoldFrozenAndFiltered() {
    XSSFSheet s = wb.getSheet("Incidents");

    assertThat(headers(s, 0))
        .containsExactly(
            "ID",
            "Date",
            "Time",
            "Title",
            "Department",
            "Location (jurisdiction)",
            "Hazard",
            "Activity",
            "Severity",
            "SCL class",
            "Killed",
            "Injured",
            "Failed checks",
            "Source");
    assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
        .isTrue();
    assertThat(s.getPaneInformation().isFreezePane()).isTrue();
    assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(s.getCTWorksheet().getAutoFilter().getRef())
        .isEqualTo("A1:N" + (REFERENCE.size() + 1));
    assertThat(rowWhere(s, 0, 0, "RUST_2021").getCell(column(s, 0, "Source")).getStringCellValue())
        .isEqualTo("reference");
    assertThat(Workbooks.dataRows(s, 0)).isEqualTo(REFERENCE.size());
  }

  @Test
  void incidents_rustRow_showsOneDeathAndOneInjury_asNumbers() {
    Sheet s = wb.getSheet("Incidents");
    IncidentRecord rust = REFERENCE.get("RUST_2021").orElseThrow();
    Row row = rowWhere(s, 0, 0, "RUST_2021");

    Cell killed = row.getCell(column(s, 0, "Killed"));
    Cell injured = row.getCell(column(s, 0, "Injured"));
    assertThat(killed.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(killed.getNumericCellValue()).isEqualTo(rust.incident().fatalities()).isEqualTo(1);
    assertThat(injured.getNumericCellValue())
        .isEqualTo(rust.incident().injuries().doubleValue())
        .isEqualTo(1);
    // recorded failures are named by title; the one that is our reading is named apart
    long recorded = rust.failedChecks().stream().filter(c -> !c.inferred()).count();
    assertThat(recorded).isLessThan(rust.failedChecks().size());
    org.setsafe.protocol.ProtocolCatalog catalog = org.setsafe.protocol.ProtocolCatalog.bundled();
    assertThat(row.getCell(column(s, 0, "Failed checks")).getStringCellValue())
        .contains(catalog.title("NO_LIVE_AMMO"))
        .doesNotContain("NO_LIVE_AMMO")
        .contains(
            "\ninferred: "
                + catalog.title(
                    rust.failedChecks().stream()
                        .filter(c -> c.inferred())
                        .findFirst()
                        .orElseThrow()
                        .checkId()));
    assertThat(row.getCell(column(s, 0, "SCL class")).getStringCellValue()).isEqualTo("HSIF");
  }

  @Test
  void incidents_everyDateIsADateCell_partialOnesAtTheirFirstDay_andSortInOrder() {
    Sheet s = wb.getSheet("Incidents");
    Cell rust = rowWhere(s, 0, 0, "RUST_2021").getCell(1);

    assertThat(rust.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(rust)).isTrue();
    assertThat(rust.getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(LocalDate.of(2021, 10, 21));
    for (IncidentRecord r : REFERENCE.records()) {
      Cell c = rowWhere(s, 0, 0, r.id()).getCell(1);
      assertThat(c.getCellType()).as(r.id()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(c)).as(r.id()).isTrue();
      assertThat(c.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(r.incident().date().firstDay());
      assertThat(c.getCellStyle().getDataFormatString())
          .as("shown to its precision")
          .isEqualTo(
              r.incident().date().isComplete()
                  ? "yyyy-mm-dd"
                  : r.incident().date().month() != null ? "yyyy-mm" : "yyyy");
    }
    // sorted by the cell values, the incidents come in date order, partial dates among them
    List<double[]> byCell = new java.util.ArrayList<>();
    List<org.setsafe.model.PartialDate> dates = new java.util.ArrayList<>();
    for (IncidentRecord r : REFERENCE.records()) {
      byCell.add(new double[] {rowWhere(s, 0, 0, r.id()).getCell(1).getNumericCellValue()});
      dates.add(r.incident().date());
    }
    assertThat(REFERENCE.records().stream().anyMatch(r -> !r.incident().date().isComplete()))
        .isTrue();
    for (int i = 0; i < dates.size(); i++) {
      for (int j = 0; j < dates.size(); j++) {
        if (dates.get(i).firstDay().isBefore(dates.get(j).firstDay())) {
          assertThat(byCell.get(i)[0]).isLessThan(byCell.get(j)[0]);
        }
      }
    }
  }

  @Test
  void incidents_longIdsWrap_inRowsTallEnoughForThem() {
    Sheet s = wb.getSheet("Incidents");
    int longestId = REFERENCE.records().stream().mapToInt(r -> r.id().length()).max().orElseThrow();

    String longest =
        REFERENCE.records().stream()
            .map(IncidentRecord::id)
            .max(java.util.Comparator.comparingDouble(TextFit::units))
            .orElseThrow();
    assertThat(longest.length()).isEqualTo(longestId);
    // a long id wraps at its capped width, and its row is made tall enough for it
    int lines = TextFit.lines(longest, s.getColumnWidth(0) / 256);
    assertThat(lines).isLessThanOrEqualTo(2);
    assertThat(rowWhere(s, 0, 0, longest).getHeightInPoints())
        .isGreaterThanOrEqualTo(lines * Page.LINE_POINTS);
    assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(10 * 256);
  }

  @Test
  void outcomes_listTheArmorersConviction_andTheActorsDismissal() {
    Sheet s = wb.getSheet("Outcomes");
    int party = column(s, 0, "Party");
    int disposition = column(s, 0, "Outcome");

    assertThat(headers(s, 0))
        .startsWith(
            "Incident",
            "Incident date",
            "Party",
            "Role",
            "Kind",
            "Action",
            "Outcome",
            "Decided on",
            "Sentence (months)");
    List<Row> hannah = rowsWhere(s, 0, party, "Hannah Gutierrez-Reed");
    assertThat(hannah)
        .anySatisfy(
            r -> {
              assertThat(r.getCell(disposition).getStringCellValue()).startsWith("convicted");
              assertThat(r.getCell(column(s, 0, "Role")).getStringCellValue()).isEqualTo("Armorer");
              assertThat(r.getCell(column(s, 0, "Sentence (months)")).getNumericCellValue())
                  .isEqualTo(18);
            });
    assertThat(rowsWhere(s, 0, party, "Alec Baldwin"))
        .anySatisfy(
            r -> {
              assertThat(r.getCell(disposition).getStringCellValue())
                  .startsWith("dismissed with prejudice");
              assertThat(r.getCell(column(s, 0, "Role")).getStringCellValue()).isEqualTo("Actor");
              Cell decided = r.getCell(column(s, 0, "Decided on"));
              assertThat(DateUtil.isCellDateFormatted(decided)).isTrue();
              assertThat(decided.getLocalDateTimeCellValue().toLocalDate())
                  .isEqualTo(LocalDate.of(2024, 7, 12));
            });
    assertThat(Workbooks.dataRows(s, 0)).isEqualTo(result.analysis().outcomes().size());
  }

  @Test
  void outcomes_amountsAreNumbersInTheirCurrency() {
    Sheet s = wb.getSheet("Outcomes");
    Row fine = rowsWhere(s, 0, column(s, 0, "Party"), "Rust Movie Productions LLC").get(0);

    Cell first = fine.getCell(column(s, 0, "First amount"));
    Cell last = fine.getCell(column(s, 0, "Final amount"));
    assertThat(first.getNumericCellValue()).isEqualTo(136_793);
    assertThat(last.getNumericCellValue()).isEqualTo(100_000);
    // the currency once, in its column; whole units from 1,000 up
    assertThat(last.getCellStyle().getDataFormatString()).isEqualTo("#,##0" + Book.RIGHT_GAP);
    assertThat(fine.getCell(column(s, 0, "Currency")).getStringCellValue()).isEqualTo("USD");
  }

  @Test
  void checkFailures_rankNoLiveAmmoAmongTheMostFailed_withoutAShare_andTiesShareARank() {
    Sheet s = wb.getSheet("Check failures");
    int h = headerRow(s, "Rank");
    List<CheckStats> ranked = result.analysis().checkFailures();
    long medianFailures = ranked.get(ranked.size() / 2).failed();
    int failedCol = column(s, h, "Failed (incl. not performed)");

    Row row = rowWhere(s, h, column(s, h, "Check"), "No live ammunition");
    CheckStats stats =
        ranked.stream().filter(c -> c.checkId().equals("NO_LIVE_AMMO")).findFirst().orElseThrow();
    assertThat(row.getCell(failedCol).getNumericCellValue()).isEqualTo(stats.failed());
    assertThat((long) row.getCell(failedCol).getNumericCellValue()).isGreaterThan(medianFailures);
    assertThat(row.getCell(0).getNumericCellValue()).isLessThanOrEqualTo(15);
    assertThat(row.getCell(column(s, h, "Deaths in them")).getNumericCellValue())
        .isEqualTo(stats.consequences().fatalities());
    assertThat(row.getCell(column(s, h, "Responsible roles")).getStringCellValue())
        .contains("Armorer");
    assertThat(headers(s, h))
        .contains(
            "Passed",
            "Assessed",
            "Unknown or n/a",
            "Failure share",
            "HFACS layer",
            "Incidents where it failed",
            "of them with charges",
            "of them with a conviction");
    assertThat(headers(s, h)).noneMatch(x -> x.contains("(USD)"));
    assertThat(Workbooks.dataRows(s, h)).isEqualTo(ranked.size());
    int share = column(s, h, "Failure share");
    int passed = column(s, h, "Passed");
    int assessed = column(s, h, "Assessed");
    int rank = column(s, h, "Rank");
    for (int i = h + 1; i <= h + ranked.size(); i++) {
      Row r = s.getRow(i);
      // the record holds failures only: no share anywhere, a reason instead
      assertThat(r.getCell(passed).getNumericCellValue()).isZero();
      assertThat(r.getCell(share).getCellType()).isEqualTo(CellType.STRING);
      assertThat(r.getCell(share).getStringCellValue())
          .isEqualTo(r.getCell(assessed).getNumericCellValue() < 5 ? "n < 5" : "failures only");
      if (i > h + 1) {
        Row above = s.getRow(i - 1);
        boolean tie =
            above.getCell(failedCol).getNumericCellValue()
                == r.getCell(failedCol).getNumericCellValue();
        assertThat(r.getCell(rank).getNumericCellValue())
            .isEqualTo(tie ? above.getCell(rank).getNumericCellValue() : i - h);
      }
    }
  }

  @Test
  void checkMatrix_highlightsFailures_forEveryIncidentWithOne() {
    Sheet s = wb.getSheet("Check matrix");
    int h = headerRow(s, "ID");
    long withFailures =
        REFERENCE.records().stream()
            .filter(r -> r.failedChecks().stream().anyMatch(c -> !c.inferred()))
            .count();

    assertThat(Workbooks.dataRows(s, h)).isEqualTo(withFailures);
    Row rust = rowWhere(s, h, 0, "RUST_2021");
    Cell cell = rust.getCell(column(s, h, "No live ammunition"));
    assertThat(cell.getStringCellValue()).isEqualTo("FAIL");
    assertThat(cell.getCellStyle().getFillForegroundColor())
        .isNotEqualTo(rust.getCell(0).getCellStyle().getFillForegroundColor());
    assertThat(s.getRow(h - 1).getCell(0).getStringCellValue())
        .isEqualTo("All " + withFailures + " incidents with a failed check are shown.");
  }

  @Test
  void roles_armorerHasOneConviction_withTheIncidentBehindIt() {
    Sheet s = wb.getSheet("Roles");
    int h = headerRow(s, "Role");
    Row armorer = rowWhere(s, h, 0, "Armorer");

    assertThat(armorer.getCell(column(s, h, "Convicted (incl. pleas)")).getNumericCellValue())
        .isEqualTo(1);
    assertThat(armorer.getCell(column(s, h, "Incidents behind the numbers")).getStringCellValue())
        .contains("Convicted (incl. pleas): RUST_2021");
    Row actor = rowWhere(s, h, 0, "Actor");
    assertThat(actor.getCell(column(s, h, "Dismissed / dropped")).getNumericCellValue())
        .isPositive();
  }

  @Test
  void summary_headlineFigures_comeFromTheAnalysis_andTheClock() {
    Sheet s = wb.getSheet("Figures");
    int h = headerRow(s, "Figure");

    assertThat(s.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo(ReportOptions.HISTORY_TITLE + ": figures");
    assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
        .isEqualTo(ReportOptions.HISTORY_TITLE);
    assertThat(value(s, h, "Incidents").getNumericCellValue()).isEqualTo(REFERENCE.size());
    assertThat(value(s, h, "Deaths").getNumericCellValue())
        .isEqualTo(result.analysis().fatalities());
    assertThat(value(s, h, "Toolkit version").getStringCellValue()).isEqualTo("9.9.9-test");
    Cell at = value(s, h, "Generated at (UTC)");
    assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
    assertThat(at.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 1, 9, 30));
    assertThat(value(s, h, "Period from").getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(result.analysis().firstDate().firstDay());
    assertThat(value(s, h, "Period to").getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(result.analysis().lastDate().lastDay());
    assertThat(value(s, h, "Regulator fines (USD)").getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(value(s, h, "Regulator fines (USD)").getCellStyle().getDataFormatString())
        .isEqualTo("#,##0");
    int inputs = headerRow(s, "Reference file");
    assertThat(headers(s, inputs))
        .containsExactly(
            "Reference file", "Read as", "Rows read", "Imported", "Rejected", "Blank rows skipped");
    assertThat(rowWhere(s, inputs, 0, "incidents.csv").getCell(3).getNumericCellValue())
        .isEqualTo(REFERENCE.size());
  }

  private static Cell value(Sheet s, int header, String figure) {
    return rowWhere(s, header, 0, figure).getCell(1);
  }

  @Test
  void charts_areEmbedded_andWrittenAsDecodablePngAndParsableSvg() throws Exception {
    XSSFDrawing drawing = wb.getSheet("Charts").getDrawingPatriarch();
    assertThat(drawing.getShapes()).hasSize(ReportCharts.all(result.analysis()).size());

    Path folder = dir.resolve("reports/setsafe-report-charts");
    assertThat(result.chartFiles()).hasSize(10).allSatisfy(p -> assertThat(p).isRegularFile());
    for (String name :
        List.of(
            ReportCharts.PARETO,
            ReportCharts.CONSEQUENCES,
            ReportCharts.ROLES,
            ReportCharts.YEARS,
            ReportCharts.LAYERS)) {
      BufferedImage png = ImageIO.read(folder.resolve(name + ".png").toFile());
      assertThat(png).as(name).isNotNull();
      assertThat(png.getWidth()).isEqualTo(1400);
      assertThat(png.getHeight()).isEqualTo(800);
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document svg = f.newDocumentBuilder().parse(folder.resolve(name + ".svg").toFile());
      assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    }
  }

  @Test
  void noCellAnywhereIsAFormula() {
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          assertThat(c.getCellType())
              .as(s.getSheetName() + "!" + c.getAddress())
              .isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void dataQuality_listsEveryFileRead_andNothingChanged() {
    Sheet s = wb.getSheet("Data quality");
    int h = headerRow(s, "File");

    assertThat(Workbooks.dataRows(s, h)).isEqualTo(result.ingest().files().size());
    assertThat(rowWhere(s, h, 0, "outcomes.csv").getCell(2).getNumericCellValue())
        .isEqualTo(result.analysis().outcomes().size());
    assertThat(result.quality().flagCounts()).isEmpty();
  }

  @Test
  void outputFolder_holdsTheReportAndChartsOnly_noTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("reports"))) {
      // the folder's lock file stays, empty (FolderLock); nothing else of setsafe's own
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !n.equals(FolderLock.FILE)))
          .hasSize(11)
          .allSatisfy(n -> assertThat(n).doesNotEndWith(".tmp").doesNotStartWith("."));
    }
  }
}
