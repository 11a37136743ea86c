package org.setsafe.report.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.analysis.DataQuality;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.report.Workbooks;
import org.setsafe.report.sheet.IncidentsSheet;
import org.setsafe.synth.LogGenerator;

/**
 * A large report's workbook (worksheets deflated in parallel, at the fastest level) opens in POI
 * intact. Chunks of 64 KB (the real ones are 1 MB) make a few hundred rows a multi-chunk sheet.
 */
class Book_ParallelDeflateTest {
  private static final int CHUNK = 64 * 1024;

  @Test
  void fastDeflatedWorkbook_readsBackEveryRow(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log.csv");
    new LogGenerator(ProtocolCatalog.bundled(), 600, 12, 0).writeTo(log);
    List<IncidentRecord> records = new ArrayList<>();
    new Ingest(ImportOptions.DEFAULT, ProtocolCatalog.bundled())
        .read(List.of(log), new Diagnostics(), records::add);
    Path xlsx = dir.resolve("book.xlsx");

    Path work = Files.createDirectory(dir.resolve("work"));
    try (Book book =
        new Book(Workbooks.options(dir).build(), new DataQuality(), false, true, work, CHUNK)) {
      IncidentsSheet incidents =
          new IncidentsSheet(book.page(IncidentsSheet.NAME), book.page(IncidentsSheet.DETAILS));
      records.forEach(r -> incidents.accept(new IncidentsSheet.Item(r, "log.csv")));
      incidents.finish();
      book.page("Other").note(book.note, "a second sheet, small");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }

    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      assertThat(zip.getEntry("xl/worksheets/sheet1.xml").getSize()).isGreaterThan(3L * CHUNK);
    }
    try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
      Sheet s = wb.getSheet(IncidentsSheet.NAME);
      int header = Workbooks.headerRow(s, "ID");
      assertThat(s.getLastRowNum() - header).isEqualTo(records.size());
      for (int i = 0; i < records.size(); i += 97) {
        assertThat(s.getRow(header + 1 + i).getCell(0).getStringCellValue())
            .isEqualTo(records.get(i).id());
        assertThat(
                s.getRow(header + 1 + i)
                    .getCell(IncidentsSheet.COLUMNS.indexOf(IncidentsSheet.TITLE))
                    .getStringCellValue())
            .isEqualTo(records.get(i).incident().title());
      }
      assertThat(s.getRow(s.getLastRowNum()).getCell(0).getStringCellValue())
          .isEqualTo(records.get(records.size() - 1).id());
      assertThat(wb.getSheet("Other").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("a second sheet, small");
    }
  }
}
