package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Ingest;

/**
 * A sheet reads as its author sees it: dates and times from date-formatted cells, whole numbers
 * without ".0", booleans, formulas by their cached value, merged header cells, a header below a
 * title, blank rows skipped and counted; and workbooks that cannot be read say why. Workbooks are
 * written by POI in each test.
 */
class XlsxInput_CellsTest {
  @TempDir Path dir;

  private final Diagnostics problems = new Diagnostics();

  private Path write(String name, Workbook wb) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p);
        Workbook w = wb) {
      w.write(out);
    }
    return p;
  }

  private List<RawRow> rows(XlsxInput in) {
    List<RawRow> out = new ArrayList<>();
    for (RawRow r = in.next(); r != null; r = in.next()) {
      out.add(r);
    }
    return out;
  }

  private static CellStyle format(Workbook wb, String pattern) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat(pattern));
    return s;
  }

  @Test
  void cells_readAsShown_inSetsafesFormats() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Log");
    Row h = s.createRow(0);
    String[] header = {"Ref", "Date", "Time", "When", "Count", "Ratio", "Big", "Padded", "Bool"};
    for (int i = 0; i < header.length; i++) {
      h.createCell(i).setCellValue(header[i]);
    }
    Row r = s.createRow(1);
    r.createCell(0).setCellValue("DT-001");
    Cell date = r.createCell(1);
    date.setCellValue(LocalDate.of(2026, 3, 2));
    date.setCellStyle(format(wb, "m/d/yy"));
    Cell time = r.createCell(2);
    time.setCellValue(7.0 / 24 + 40.0 / 1440);
    time.setCellStyle(format(wb, "h:mm"));
    Cell when = r.createCell(3);
    when.setCellValue(LocalDateTime.of(2026, 3, 2, 14, 5));
    when.setCellStyle(format(wb, "m/d/yyyy h:mm"));
    r.createCell(4).setCellValue(2.0);
    r.createCell(5).setCellValue(0.1 + 0.2);
    r.createCell(6).setCellValue(2015031511d);
    Cell padded = r.createCell(7);
    padded.setCellValue(7);
    padded.setCellStyle(format(wb, "000"));
    r.createCell(8).setCellValue(true);
    Path p = write("cells.xlsx", wb);

    try (XlsxInput in = XlsxInput.open(p, "cells.xlsx", null, 0, problems)) {
      assertThat(in.sheet()).isEqualTo("Log");
      assertThat(in.header()).containsExactly(header);
      List<RawRow> rows = rows(in);
      assertThat(rows).singleElement().extracting(RawRow::line).isEqualTo(2L);
      assertThat(rows.get(0).values())
          .containsExactly(
              "DT-001",
              "2026-03-02",
              "07:40",
              "2026-03-02 14:05",
              "2",
              "0.3",
              "2015031511",
              "007",
              "TRUE");
      assertThat(rows.get(0).raw())
          .isEqualTo("DT-001,2026-03-02,07:40,2026-03-02 14:05,2,0.3,2015031511,007,TRUE");
    }
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void formulas_readByTheirCachedValue_neverEvaluated() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Sheet1");
    s.createRow(0).createCell(0).setCellValue("Hurt");
    s.getRow(0).createCell(1).setCellValue("Label");
    Row r = s.createRow(1);
    Cell sum = r.createCell(0);
    sum.setCellFormula("1+1");
    sum.setCellValue(5); // the cached value, as the last program that saved it computed it
    Cell text = r.createCell(1);
    text.setCellFormula("\"Near\"&\" miss\"");
    text.setCellValue("Near miss");
    Path p = write("formulas.xlsx", wb);

    try (XlsxInput in = XlsxInput.open(p, "formulas.xlsx", null, 0, problems)) {
      assertThat(rows(in).get(0).values()).containsExactly("5", "Near miss");
    }
  }

  @Test
  void aFirstSheetOfNotes_namesTheWorkbooksOtherVisibleSheets() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("The log is on the next sheet");
    wb.createSheet("Old").createRow(0).createCell(0).setCellValue("id");
    wb.setSheetHidden(1, true);
    wb.createSheet("Log").createRow(0).createCell(0).setCellValue("id");
    Path p = write("notes-first.xlsx", wb);

    new Ingest().read(List.of(p), problems, r -> {});

    assertThat(problems.list())
        .map(Object::toString)
        .contains(
            p
                + ":Notes!1: warning: the workbook has other sheets: 'Log'; if the log is on one"
                + " of them, name it with --sheet");
  }

  @Test
  void titleAboveTheHeader_headerRowOption_blankRowsSkippedAndCounted() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
    Sheet s = wb.createSheet("Incidents");
    s.createRow(0).createCell(0).setCellValue("Dusty Trail incident log, spring 2026");
    Row h = s.createRow(2);
    h.createCell(0).setCellValue("Ref");
    h.createCell(1).setCellValue("What");
    s.createRow(3).createCell(0).setCellValue("A-1");
    s.getRow(3).createCell(1).setCellValue("first");
    s.createRow(4).createCell(0).setCellValue(" ");
    s.createRow(6).createCell(0).setCellValue("A-2");
    s.createRow(9).createCell(1).setCellValue(""); // a formatted but empty row at the end
    Path p = write("titled.xlsx", wb);

    try (XlsxInput in = XlsxInput.open(p, "titled.xlsx", "incidents", 3, problems)) {
      assertThat(in.sheet()).isEqualTo("Incidents");
      assertThat(in.header()).containsExactly("Ref", "What");
      assertThat(in.headerLine()).isEqualTo(3);
      List<RawRow> rows = rows(in);
      assertThat(rows).extracting(RawRow::line).containsExactly(4L, 7L);
      assertThat(rows.get(1).values()).containsExactly("A-2", "");
      assertThat(in.blankRows()).isEqualTo(1);
    }
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void mergedHeaderCells_giveEveryColumnAName() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Log");
    Row group = s.createRow(0);
    group.createCell(0).setCellValue("Inc #");
    group.createCell(1).setCellValue("Follow-up");
    Row sub = s.createRow(1);
    sub.createCell(1).setCellValue("Action");
    sub.createCell(2).setCellValue("Owner");
    s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0)); // Inc # spans both header rows
    s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2)); // Follow-up over its two columns
    Row r = s.createRow(2);
    r.createCell(0).setCellValue("1");
    r.createCell(1).setCellValue("Re-brief");
    r.createCell(2).setCellValue("1st AD");
    Path p = write("merged.xlsx", wb);

    try (XlsxInput in = XlsxInput.open(p, "merged.xlsx", null, 2, problems)) {
      assertThat(in.header()).containsExactly("Inc #", "Action", "Owner");
    }
    try (XlsxInput in = XlsxInput.open(p, "merged.xlsx", null, 0, problems)) {
      assertThat(in.header()).containsExactly("Inc #", "Follow-up", "Follow-up (2)");
    }
    assertThat(problems.list())
        .singleElement()
        .hasToString(
            "merged.xlsx:Log!B1: warning: this header cell is merged across columns B-C; if the"
                + " row below names those columns, read it as the header with --header-row 2");
  }

  @Test
  void streamingWorkbookWithInlineStrings_readsTheSame() throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(10);
    Sheet s = wb.createSheet("Big");
    for (int i = 0; i < 50; i++) {
      Row r = s.createRow(i);
      r.createCell(0).setCellValue(i == 0 ? "Ref" : "R-" + i);
      r.createCell(1).setCellValue(i == 0 ? "N" : String.valueOf(i));
    }
    Path p = dir.resolve("inline.xlsx");
    try (OutputStream out = Files.newOutputStream(p)) {
      wb.write(out);
    }
    wb.close();

    try (XlsxInput in = XlsxInput.open(p, "inline.xlsx", null, 0, problems)) {
      List<RawRow> rows = rows(in);
      assertThat(rows).hasSize(49);
      assertThat(rows.get(48).values()).containsExactly("R-49", "49");
    }
  }

  @Test
  void missingSheet_namesTheSheetsThereAre() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Log");
    wb.createSheet("Lists");
    Path p = write("two.xlsx", wb);

    assertThatThrownBy(() -> XlsxInput.open(p, "two.xlsx", "Incidents", 0, problems))
        .isInstanceOf(InputException.class)
        .hasMessage("two.xlsx: no sheet named 'Incidents' (its sheets: 'Log', 'Lists')");
  }

  @Test
  void xlsFile_isToldToSaveAsXlsx() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    wb.createSheet("Log").createRow(0).createCell(0).setCellValue("Ref");
    Path p = write("old.xls", wb);

    assertThatThrownBy(() -> XlsxInput.open(p, "old.xls", null, 0, problems))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "old.xls: an Excel 97-2003 workbook (.xls), which setsafe does not read;")
        .hasMessageContaining("save it as .xlsx");
  }

  @Test
  void webPageSavedAsXls_isToldWhatToDo() throws IOException {
    Path p = dir.resolve("export.xls");
    Files.writeString(p, "<html><table><tr><td>Ref</td></tr></table></html>");

    assertThatThrownBy(() -> XlsxInput.open(p, "export.xls", null, 0, problems))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("export.xls: not a workbook setsafe can read")
        .hasMessageEndingWith("save it as .xlsx or CSV");
  }

  @Test
  void encryptedWorkbook_saysItIsPasswordProtected() throws Exception {
    Path plain = write("plain.xlsx", new XSSFWorkbook());
    Path p = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("pass");
      try (OutputStream os = enc.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }

    assertThatThrownBy(() -> XlsxInput.open(p, "secret.xlsx", null, 0, problems))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("secret.xlsx: the workbook is password-protected (encrypted)");
  }

  @Test
  void corruptOrTruncatedWorkbook_saysSo() throws IOException {
    Path good = write("good.xlsx", new XSSFWorkbook());
    byte[] bytes = Files.readAllBytes(good);
    Path cut = dir.resolve("cut.xlsx");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path text = dir.resolve("text.xlsx");
    Files.writeString(text, "Ref,What\nA-1,first\n");

    assertThatThrownBy(() -> XlsxInput.open(cut, "cut.xlsx", null, 0, problems))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("cut.xlsx: not a readable .xlsx workbook");
    assertThatThrownBy(() -> XlsxInput.open(text, "text.xlsx", null, 0, problems))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("text.xlsx: not an .xlsx workbook");
  }
}
