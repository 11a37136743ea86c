package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks whose sheet XML was written by hand or damaged: every row is read, or counted and kept
 * with its XML; every cell that shows no value (a cached error, a formula without a saved value, a
 * shared string that is not there, an ISO date that does not parse, text over the limit) is a
 * located warning or error, never a crash and never a silent blank. Each workbook is a POI one
 * whose parts are then replaced, as a script or a damaged disk would leave them.
 */
class XlsxInput_DamagedTest {
  @TempDir Path dir;

  private final Diagnostics problems = new Diagnostics();

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  /** A POI workbook with one sheet and one shared string, its parts then replaced. */
  private Path workbook(String name, Map<String, String> replaced) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Log").createRow(0).createCell(0).setCellValue("Ref");
      wb.write(plain);
    }
    Path p = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(p))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        String text = replaced.get(e.getName());
        if (text != null) {
          out.write(text.getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return p;
  }

  private static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  private static String row(int n, String ref, String what) {
    return "<row r=\""
        + n
        + "\"><c r=\"A"
        + n
        + "\" t=\"inlineStr\"><is><t>"
        + ref
        + "</t></is></c><c r=\"B"
        + n
        + "\" t=\"inlineStr\"><is><t>"
        + what
        + "</t></is></c></row>";
  }

  private static final String HEADER = row(1, "Ref", "What");

  private List<RawRow> rows(XlsxInput in) {
    List<RawRow> out = new ArrayList<>();
    for (RawRow r = in.next(); r != null; r = in.next()) {
      out.add(r);
    }
    return out;
  }

  private List<RawRow> unread(XlsxInput in) {
    List<RawRow> out = new ArrayList<>();
    for (RawRow r = in.nextUnread(); r != null; r = in.nextUnread()) {
      out.add(r);
    }
    return out;
  }

  @Test
  void xmlBrokenInRow6of11_rowsBeforeRead_theRestCountedAndKeptWithTheirXml_row6Named()
      throws IOException {
    StringBuilder rows = new StringBuilder(HEADER);
    for (int n = 2; n <= 11; n++) {
      rows.append(
          n == 6
              ? "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>R-6</t></is></c"
                  + "<c r=\"B6\"><v>1</v></c></row>"
              : row(n, "R-" + n, "row " + n));
    }
    Path p = workbook("broken.xlsx", Map.of(SHEET, sheet(rows.toString())));

    try (XlsxInput in = XlsxInput.open(p, "broken.xlsx", null, 0, problems)) {
      List<RawRow> read = rows(in);
      assertThat(read).extracting(RawRow::line).containsExactly(2L, 3L, 4L, 5L);
      assertThat(in.failed()).isTrue();
      List<RawRow> rest = unread(in);
      assertThat(rest).extracting(RawRow::line).containsExactly(6L, 7L, 8L, 9L, 10L, 11L);
      assertThat(rest.get(0).raw()).startsWith("<row r=\"6\">").contains("R-6");
      assertThat(rest.get(5).raw()).startsWith("<row r=\"11\">").contains("row 11");
      assertThat(rest.get(1).notes().get(0).message())
          .startsWith("not read: the sheet's XML is damaged in row 6");
    }
    assertThat(problems.list()).hasSize(1);
    assertThat(problems.list().get(0).toString())
        .startsWith("broken.xlsx:Log!")
        .contains("the sheet's XML is damaged in row 6")
        .doesNotContain("ParseError");
  }

  @Test
  void xmlBrokenBetweenRows_theNextRowIsNamed_andNoRowIsLost() throws IOException {
    String rows = HEADER + row(2, "R-2", "two") + "<oops" + row(3, "R-3", "three");
    Path p = workbook("between.xlsx", Map.of(SHEET, sheet(rows)));

    try (XlsxInput in = XlsxInput.open(p, "between.xlsx", null, 0, problems)) {
      assertThat(rows(in)).extracting(RawRow::line).containsExactly(2L);
      assertThat(unread(in)).extracting(RawRow::line).containsExactly(3L);
    }
    assertThat(problems.list().get(0).message()).contains("damaged in row 3");
  }

  @Test
  void cellsThatShowNoValue_areLocatedWarningsOrErrors_neverSilentBlanks() throws IOException {
    String rows =
        HEADER.replace("</row>", "<c r=\"C1\" t=\"inlineStr\"><is><t>When</t></is></c></row>")
            + "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#REF!</v></c><c r=\"B2\"><f>SUM(D1:D9)</f></c>"
            + "<c r=\"C2\" t=\"d\"><v>2024-03-12T1</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>57</v></c><c r=\"B3\" t=\"e\"><v>#N/A</v></c>"
            + "<c r=\"C3\" t=\"d\"><v>2024-03-12T14:30:00</v></c></row>";
    Path p = workbook("cells.xlsx", Map.of(SHEET, sheet(rows)));

    List<RawRow> read;
    try (XlsxInput in = XlsxInput.open(p, "cells.xlsx", null, 0, problems)) {
      read = rows(in);
    }
    assertThat(read.get(0).values()).containsExactly("", "", "2024-03-12T1");
    assertThat(read.get(0).notes())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "cells.xlsx:Log!A2: warning: Ref: the cell shows the spreadsheet error '#REF!' (a"
                + " formula the spreadsheet could not compute), not a value; read as empty",
            "cells.xlsx:Log!B2: warning: What: a formula ('=SUM(D1:D9)') with no value saved: the"
                + " program that wrote the workbook did not compute it (open and save the"
                + " workbook in Excel or LibreOffice); read as empty",
            "cells.xlsx:Log!C2: warning: When: a date cell holds '2024-03-12T1', which is not an"
                + " ISO 8601 date (2024-03-12) or date-time (2024-03-12T14:30); read as it"
                + " stands");
    assertThat(read.get(1).values()).containsExactly("", "", "2024-03-12 14:30");
    assertThat(read.get(1).notes().get(0).isError()).isTrue();
    assertThat(read.get(1).notes().get(0).toString())
        .startsWith("cells.xlsx:Log!A3: Ref: the cell points to shared string '57'")
        .contains("the workbook is damaged");
  }

  @Test
  void aRowNumberThatIsNoNumber_isReadAsTheNextRow_withAWarning() throws IOException {
    String rows = HEADER + row(2, "R-2", "two").replace("r=\"2\"", "r=\"three\"");
    Path p = workbook("rnum.xlsx", Map.of(SHEET, sheet(rows)));

    try (XlsxInput in = XlsxInput.open(p, "rnum.xlsx", null, 0, problems)) {
      List<RawRow> read = rows(in);
      assertThat(read).extracting(RawRow::line).containsExactly(2L);
      assertThat(read.get(0).notes().get(0).message())
          .isEqualTo(
              "the sheet numbers this row 'three', which is not a row number after row 1; read"
                  + " as row 2");
    }
  }

  @Test
  void textOverTheLimit_isAnErrorOfItsCell_asInCsv() throws IOException {
    // letters at random: text that compresses as text does, not as a zip bomb
    java.util.Random random = new java.util.Random(7);
    StringBuilder b = new StringBuilder();
    while (b.length() <= CsvInput.MAX_VALUE_CHARS) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    String big = b.toString();
    Path p = workbook("big.xlsx", Map.of(SHEET, sheet(HEADER + row(2, "R-2", big))));

    try (XlsxInput in = XlsxInput.open(p, "big.xlsx", null, 0, problems)) {
      RawRow r = rows(in).get(0);
      assertThat(r.notes()).singleElement().satisfies(d -> assertThat(d.isError()).isTrue());
      assertThat(r.notes().get(0).toString())
          .startsWith(
              "big.xlsx:Log!B2: What: the cell holds 1,048,577 characters, more than the"
                  + " 1,048,576 a value may hold");
    }
  }

  @Test
  void aZipBomb_isRefusedInSetsafesWords() throws IOException {
    String padding = " ".repeat(4 << 20); // 4 MB of spaces: a thousandfold compression
    Path p = workbook("bomb.xlsx", Map.of(SHEET, sheet(HEADER + padding + row(2, "a", "b"))));

    assertThatThrownBy(() -> XlsxInput.open(p, "bomb.xlsx", null, 0, problems).close())
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bomb.xlsx: refused: a part of the workbook expands to far more")
        .hasMessageNotContaining("ParseError");
  }

  @Test
  void strictOoxml_isToldToSaveAsAnOrdinaryWorkbook() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Log");
      wb.write(plain);
    }
    String rels;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()))) {
      String found = null;
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("_rels/.rels")) {
          found = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      rels = found;
    }
    Path p =
        workbook(
            "strict.xlsx",
            Map.of(
                "_rels/.rels",
                rels.replace(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")));

    assertThatThrownBy(() -> XlsxInput.open(p, "strict.xlsx", null, 0, problems).close())
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("strict.xlsx: the workbook is saved as Strict Open XML")
        .hasMessageNotContaining("57699");
  }

  @Test
  void aTemporaryFolderThatCannotTakeTheStrings_isToldAsSuch_notAsADamagedWorkbook() {
    Path missing = dir.resolve("no-such-folder");
    InputStream part =
        new ByteArrayInputStream(
            "<sst><si><t>Armorer</t></si></sst>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SharedStrings.read(part, missing))
        .isInstanceOf(XlsxInput.TempFull.class)
        .hasMessageStartingWith(
            "cannot keep the workbook's shared strings in the temporary folder " + missing);
    assertThat(
            XlsxInput.known(
                new IOException(
                    "x",
                    new XlsxInput.TempFull(missing, new IOException("No space left on device")))))
        .startsWith("cannot keep the workbook's shared strings in the temporary folder");
  }

  @Test
  void aCellInsideAMergedRange_saysWhereItsValueStands() throws IOException {
    String xml =
        sheet(
                HEADER
                    + row(2, "R-2", "2024-03-12")
                    + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\">"
                    + "<is><t>R-3</t></is></c></row>")
            .replace(
                "</sheetData>",
                "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:B3\"/></mergeCells>");
    Path p = workbook("merged.xlsx", Map.of(SHEET, xml));

    try (XlsxInput in = XlsxInput.open(p, "merged.xlsx", null, 0, problems)) {
      List<RawRow> read = rows(in);
      assertThat(read.get(0).notes()).isEmpty();
      assertThat(read.get(1).values()).containsExactly("R-3", "");
      assertThat(read.get(1).notes())
          .extracting(Diagnostic::toString)
          .containsExactly(
              "merged.xlsx:Log!B3: warning: What: the cell is inside the merged range B2:B3, whose"
                  + " value stands in its first cell B2 only; read as empty (unmerge the cells and"
                  + " fill each row)");
    }
  }
}
