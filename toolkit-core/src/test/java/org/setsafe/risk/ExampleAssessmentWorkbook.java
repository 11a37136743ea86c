package org.setsafe.risk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.setsafe.read.CsvInput;
import org.setsafe.read.RawRow;
import org.setsafe.schema.AssessmentFields;
import org.setsafe.schema.Field;

/**
 * Writes the example assessment as a safety advisor fills it in Excel: a sheet "Assessment" with a
 * bold title merged across the table and a merged line under it, the header on row 4, dates as
 * date-formatted cells ({@code d mmm yyyy}), ratings as numbers, everything else as text; and a
 * second sheet "Notes" of free text. It made {@code data/examples/dusty-trail-assessment.xlsx};
 * {@code ExampleAssessment_CsvAndXlsxTest} checks that the workbook reads as its CSV does, and
 * rewrites it when run with {@code -Dsetsafe.writeExampleAssessment=PATH}.
 */
final class ExampleAssessmentWorkbook {
  private ExampleAssessmentWorkbook() {}

  static final String TITLE = "Dusty Trail: scene risk assessment, additional photography";
  static final String SUBTITLE =
      "One row per hazard. Ratings 1-5 on the production's matrix (setsafe's default). Made up for"
          + " setsafe's examples.";
  static final List<String> NOTES =
      List.of(
          "Notes",
          "Planned controls: check ids from 'setsafe protocols', or words; 'ID n/a' marks a check"
              + " that does not apply to the hazard.",
          "Residual ratings assume every planned control is in place and verified.",
          "The line producer authorises each row; the safety advisor assesses it.",
          "Revise the row (and date the revision) whenever the action changes; sign it again.");

  static void write(Path csv, Path xlsx) throws IOException {
    List<String> header;
    List<RawRow> rows = new ArrayList<>();
    try (CsvInput in =
        CsvInput.open(csv, csv.toString(), java.nio.charset.StandardCharsets.UTF_8, d -> {})) {
      header = in.header();
      for (RawRow r = in.next(); r != null; r = in.next()) {
        rows.add(r);
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties()
          .getCoreProperties()
          .setCreated(
              java.util.Optional.of(
                  java.util.Date.from(java.time.Instant.parse("2026-12-01T00:00:00Z"))));
      wb.getProperties().getCoreProperties().setCreator("Dusty Trail safety office (example)");
      XSSFSheet sheet = wb.createSheet("Assessment");
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      CellStyle title = wb.createCellStyle();
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title.setFont(big);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      int last = header.size() - 1;
      Row t = sheet.createRow(0);
      t.createCell(0).setCellValue(TITLE);
      t.getCell(0).setCellStyle(title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
      sheet.createRow(1).createCell(0).setCellValue(SUBTITLE);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
      int headerAt = 3;
      Row h = sheet.createRow(headerAt);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = h.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(bold);
      }
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(headerAt + 1 + i);
        RawRow r = rows.get(i);
        for (int c = 0; c < header.size(); c++) {
          String v = r.get(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          Field<?, ?> field = Field.named(AssessmentFields.ALL, header.get(c));
          if (field != null && field.kind() == Field.Kind.DATE) {
            cell.setCellValue(LocalDate.parse(v));
            cell.setCellStyle(date);
          } else if (field != null && field.kind() == Field.Kind.COUNT && v.matches("\\d+")) {
            cell.setCellValue(Integer.parseInt(v));
          } else {
            cell.setCellValue(v);
            cell.setCellStyle(wrap);
          }
        }
      }
      sheet.createFreezePane(0, headerAt + 1);
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, Math.min(50, Math.max(10, header.get(c).length() + 2)) * 256);
      }
      sheet.setColumnWidth(header.indexOf("planned_controls"), 60 * 256);
      sheet.setColumnWidth(header.indexOf("description"), 45 * 256);
      XSSFSheet notes = wb.createSheet("Notes");
      for (int i = 0; i < NOTES.size(); i++) {
        notes.createRow(i).createCell(0).setCellValue(NOTES.get(i));
      }
      notes.setColumnWidth(0, 100 * 256);
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
  }
}
