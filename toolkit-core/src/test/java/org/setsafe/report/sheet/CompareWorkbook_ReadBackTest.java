package org.setsafe.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.compare.Comparison;
import org.setsafe.ingest.Ingest;
import org.setsafe.io.FolderLock;
import org.setsafe.model.Dataset;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.TextFit;

/** Writes the Compare sheet for Rust and The Crow, reads it back and checks cells and styles. */
class CompareWorkbook_ReadBackTest {
  static {
    // as the command line does (cli.Quiet): POI's logging API must not print that it has no
    // provider
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
  }

  private static Comparison rustAndCrow() {
    Dataset d = Ingest.reference();
    return Comparison.of(
        List.of(d.get("RUST_2021").orElseThrow(), d.get("CROW_1993").orElseThrow()),
        ProtocolCatalog.bundled());
  }

  private static Row rowStartingWith(Sheet sheet, String text) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getStringCellValue().startsWith(text)) {
        return r;
      }
    }
    throw new AssertionError("no row starting with " + text);
  }

  @Test
  void write_thenRead_givesTheIncidentsCheckStatusesAndSummary(@TempDir Path dir)
      throws IOException {
    Comparison c = rustAndCrow();
    Path file = dir.resolve("sub/compare.xlsx");
    CompareWorkbook.write(c, file);

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet(CompareWorkbook.SHEET);
      assertThat(sheet).isNotNull();
      Row head = sheet.getRow(0);
      assertThat(head.getCell(1).getStringCellValue()).isEqualTo("RUST_2021");
      assertThat(head.getCell(2).getStringCellValue()).isEqualTo("CROW_1993");
      assertThat(wb.getFontAt(head.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

      Row killed = rowStartingWith(sheet, "Killed");
      assertThat(killed.getCell(1).getNumericCellValue()).isEqualTo(1.0);

      Row noLiveAmmo =
          rowStartingWith(
              sheet, ProtocolCatalog.bundled().title("NO_LIVE_AMMO") + " (NO_LIVE_AMMO)");
      assertThat(noLiveAmmo.getCell(1).getStringCellValue()).isEqualTo("Failed");
      assertThat(noLiveAmmo.getCell(2).getStringCellValue()).isEqualTo("Failed");
      assertThat(noLiveAmmo.getCell(3).getStringCellValue()).isEqualTo("ALL");
      assertThat(noLiveAmmo.getCell(1).getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.SOLID_FOREGROUND);

      Row dedicated = rowStartingWith(sheet, ProtocolCatalog.bundled().title("DEDICATED_ARMORER"));
      assertThat(dedicated.getCell(2).getStringCellValue()).isEqualTo("Unknown");
      assertThat(dedicated.getCell(2).getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.NO_FILL);

      List<String> columnA = new ArrayList<>();
      sheet.forEach(
          r -> columnA.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
      assertThat(columnA).containsSubsequence(c.summary());
      assertThat(sheet.getColumnWidth(1))
          .isBetween(Page.MIN_WIDTH * 256, CompareWorkbook.MAX_WIDTH * 256);
      // printed as the report's sheets are: one page wide, landscape, the ids on every page
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
      // every row as tall as its wrapped text (the outcomes, what followed, the summary)
      for (Row r : sheet) {
        for (Cell cell : r) {
          if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
            int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
            if (sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(cell))) {
              continue; // a summary sentence spans the columns: wider than this one
            }
            assertThat(r.getHeightInPoints())
                .as("row %d", r.getRowNum() + 1)
                .isGreaterThanOrEqualTo(
                    TextFit.lines(cell.getStringCellValue(), width) * Page.LINE_POINTS);
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(file.getParent())) {
      // and the folder's lock file, empty at rest (FolderLock)
      assertThat(files).containsExactlyInAnyOrder(file, file.getParent().resolve(FolderLock.FILE));
    }
  }

  @Test
  void write_overExistingFile_replacesIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("compare.xlsx");
    Files.writeString(file, "not a workbook");
    CompareWorkbook.write(rustAndCrow(), file);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo(CompareWorkbook.SHEET);
    }
  }
}
