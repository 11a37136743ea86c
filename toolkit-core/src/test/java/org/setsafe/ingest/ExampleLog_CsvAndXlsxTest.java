package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.data.BundledData;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.read.RawRow;
import org.setsafe.read.XlsxInput;

/**
 * The example production log ships as CSV and as XLSX, and both give the same incidents, checks,
 * actions and sources; problems in a workbook are located by sheet and cell.
 */
class ExampleLog_CsvAndXlsxTest {
  @TempDir Path dir;

  private static final Path CSV = BundledData.path("examples/dusty-trail-log.csv");

  private static Path xlsx() {
    return BundledData.path("examples/dusty-trail-log.xlsx");
  }

  private static final ImportOptions MAPPED =
      ImportOptions.DEFAULT.withMapping(
          ColumnMapping.load(BundledData.path("examples/dusty-trail-log.mapping.json")));

  private static List<String> rowsOf(Path xlsx) {
    List<String> out = new ArrayList<>();
    try (XlsxInput in = XlsxInput.open(xlsx, xlsx.toString(), null, 0, d -> {})) {
      out.add(String.join("|", in.header()));
      for (RawRow r = in.next(); r != null; r = in.next()) {
        out.add(r.line() + ":" + String.join("|", r.values()));
      }
    }
    return out;
  }

  @Test
  void committedWorkbook_holdsWhatTheBuilderWrites() throws IOException {
    String target = System.getProperty("setsafe.writeExampleWorkbook");
    if (target != null) {
      ExampleWorkbook.write(CSV, Path.of(target));
    }
    Path fresh = dir.resolve("fresh.xlsx");
    ExampleWorkbook.write(CSV, fresh);

    assertThat(rowsOf(xlsx())).isEqualTo(rowsOf(fresh)).hasSize(43);
  }

  @Test
  void csvAndXlsx_giveTheSameIncidents_checksActionsAndSources() {
    Reading csv = Reading.of(CSV, MAPPED);
    Reading xlsx = Reading.of(xlsx(), MAPPED);

    assertThat(csv.diagnostics.list()).isEmpty();
    assertThat(xlsx.diagnostics.list()).isEmpty();
    assertThat(xlsx.result.read()).isEqualTo(42);
    assertThat(xlsx.result.imported()).isEqualTo(42);
    assertThat(xlsx.records).isEqualTo(csv.records);
    assertThat(xlsx.records.stream().mapToLong(r -> r.actions().size()).sum()).isEqualTo(38);
  }

  @Test
  void problemsInAWorkbook_areLocatedBySheetAndCell() throws IOException {
    Path bad = dir.resolve("bad.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(bad)) {
      Sheet s = wb.createSheet("Week 2");
      String[] header = {"Inc #", "Date", "Set", "Type", "Hazard", "Description"};
      String[][] rows = {
        {"010", "3/9/2026", "Stables", "Near miss", "Animal", "Horse spooked at a flag"},
        {"011", "3/32/2026", "Stables", "Close call", "Animal", "Rider thrown in rehearsal"}
      };
      Row h = s.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(i + 1);
        for (int c = 0; c < rows[i].length; c++) {
          r.createCell(c).setCellValue(rows[i][c]);
        }
      }
      wb.write(out);
    }

    Reading r = Reading.of(bad, MAPPED);

    assertThat(r.errorsByName())
        .containsExactly(
            "bad.xlsx:'Week 2'!B3: Date: '3/32/2026' is not a real date in the format the input"
                + " declares",
            "bad.xlsx:'Week 2'!D3: Type: 'Close call' in column \"Type\" is not one of the values"
                + " the mapping reads there (Near miss, First aid, Injury, Serious injury, Fatal);"
                + " add it to \"values\" of field severity in "
                + MAPPED.mapping().name()
                + ": \"Close call\": \"<near_miss|injury|serious_injury|fatal>\"");
    assertThat(r.result.read()).isEqualTo(2);
    assertThat(r.result.rejected()).isEqualTo(1);
    assertThat(r.rejects).containsExactly(bad + ":3");
  }

  @Test
  void aValueRightOfTheHeader_isLocatedByItsCell() throws IOException {
    Path stray = dir.resolve("stray.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(stray)) {
      Sheet s = wb.createSheet("Log");
      String[] header = {"Inc #", "Date", "Set", "Type", "Hazard", "Description"};
      Row h = s.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      String[] row = {"012", "3/9/2026", "Stables", "Near miss", "Animal", "Horse spooked"};
      Row r = s.createRow(1);
      for (int c = 0; c < row.length; c++) {
        r.createCell(c).setCellValue(row[c]);
      }
      r.createCell(8).setCellValue("ask the wrangler");
      wb.write(out);
    }

    Reading r = Reading.of(stray, MAPPED);

    assertThat(r.errorsByName())
        .containsExactly(
            "stray.xlsx:Log!I2: a value ('ask the wrangler') right of the last named column (F);"
                + " give its column a header, or clear the cell");
  }
}
