package org.setsafe.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.setsafe.read.CsvInput;
import org.setsafe.read.RawRow;

/**
 * Writes the example production log as a workbook, the way a safety officer keeps it in Excel: one
 * sheet "Log", a bold frozen header with a filter, dates and times as date-formatted cells ({@code
 * m/d/yyyy}, {@code h:mm}), everything else as text (the incident numbers keep their leading
 * zeros). It made {@code data/examples/dusty-trail-log.xlsx}; {@code ExampleLog_CsvAndXlsxTest}
 * checks that the committed workbook still holds what this writes, and rewrites it when run with
 * {@code -Dsetsafe.writeExampleWorkbook=PATH}.
 */
final class ExampleWorkbook {
  private static final Set<String> DATE_COLUMNS = Set.of("Date", "Due", "Closed");
  private static final Set<String> TIME_COLUMNS = Set.of("Time");
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu");

  private ExampleWorkbook() {}

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
                  java.util.Date.from(java.time.Instant.parse("2026-05-01T00:00:00Z"))));
      wb.getProperties().getCoreProperties().setCreator("Dusty Trail safety office (example)");
      XSSFSheet sheet = wb.createSheet("Log");
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy"));
      CellStyle time = wb.createCellStyle();
      time.setDataFormat(wb.createDataFormat().getFormat("h:mm"));
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      Row h = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = h.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(bold);
      }
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i + 1);
        RawRow r = rows.get(i);
        for (int c = 0; c < header.size(); c++) {
          String v = r.get(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          String column = header.get(c);
          if (DATE_COLUMNS.contains(column)) {
            cell.setCellValue(LocalDate.parse(v, US));
            cell.setCellStyle(date);
          } else if (TIME_COLUMNS.contains(column)) {
            LocalTime t = LocalTime.parse(v, DateTimeFormatter.ofPattern("H:mm"));
            cell.setCellValue(t.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(time);
          } else {
            cell.setCellValue(v);
            if (v.indexOf('\n') >= 0) {
              cell.setCellStyle(wrap);
            }
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, header.size() - 1));
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, Math.min(60, Math.max(8, header.get(c).length() + 2)) * 256);
      }
      sheet.setColumnWidth(header.indexOf("Description"), 60 * 256);
      sheet.setColumnWidth(header.indexOf("Follow-up"), 45 * 256);
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
  }
}
