package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.InputFiles;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.IngestListener;
import org.setsafe.redact.Ledger;
import org.setsafe.redact.Profiles;
import org.setsafe.redact.RedactionKey;
import org.setsafe.redact.Redactor;
import org.setsafe.report.sheet.BreakdownSheet;
import org.setsafe.report.sheet.SummarySheet;
import org.setsafe.report.sheet.TrendsSheet;

/**
 * A redacted report of the example log: its breakdown and trend sheets show no count from 1 to 4
 * (each is "< 5"), say what was coarsened, and the ledger counts exactly the cells shown as "< 5"
 * and the incidents coarsened.
 */
class ReportWriter_RedactedTest {
  @TempDir Path dir;

  @Test
  void redactedReport_showsNoSmallCount_andTheLedgerCountsEachOne() throws Exception {
    Path log = BundledData.path("examples/dusty-trail-log.csv");
    ImportOptions options =
        ImportOptions.DEFAULT.withMapping(
            ColumnMapping.load(BundledData.path("examples/dusty-trail-log.mapping.json")));
    InputFiles files = InputFiles.check(List.of(log));
    Redactor.Builder b =
        Redactor.builder(
            Profiles.bundled(), RedactionKey.inMemory("r".getBytes(StandardCharsets.UTF_8)));
    new Ingest(options, ProtocolCatalog.bundled())
        .source(files)
        .read(IngestListener.of(d -> {}), name -> b::learn);
    Redactor redactor = b.build();
    AtomicLong cells = new AtomicLong();
    AtomicLong bars = new AtomicLong();
    ReportResult r =
        new ReportWriter(
                Workbooks.options(dir)
                    .redacted(
                        5,
                        () -> {
                          cells.incrementAndGet();
                          redactor.smallCellShown();
                        },
                        bars::incrementAndGet)
                    .build())
            .write(
                ReportInputs.production(
                    redactor.source(new Ingest(options, ProtocolCatalog.bundled()).source(files)),
                    null,
                    files.size()));
    long shown = 0;
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      for (String name :
          List.of(BreakdownSheet.DEPARTMENTS, BreakdownSheet.LOCATIONS, TrendsSheet.NAME)) {
        Sheet s = wb.getSheet(name);
        StringBuilder text = new StringBuilder();
        for (Row row : s) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.NUMERIC && c.getColumnIndex() > 0) {
              double v = c.getNumericCellValue();
              assertThat(v > 0 && v < 5)
                  .as("%s!%s%d = %s", name, c.getColumnIndex(), row.getRowNum() + 1, v)
                  .isFalse();
            }
            if (c.getCellType() == CellType.STRING) {
              shown += c.getStringCellValue().equals("< 5") ? 1 : 0;
              text.append(c.getStringCellValue()).append(' ');
            }
          }
        }
        // a long note is written over several rows
        assertThat(text.toString().replaceAll("\\s+", " "))
            .as(name + " says what was redacted")
            .contains("Redacted: counts of 1 to 4 show as '< 5'")
            .contains("dated to its quarter");
      }
    }
    assertThat(shown).isPositive();
    long tiles = 0;
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      for (Row row : wb.getSheet(SummarySheet.NAME)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            assertThat(v > 0 && v < 5).as("Summary tile %s = %s", c.getAddress(), v).isFalse();
          } else if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("< 5")) {
            tiles++;
          }
        }
      }
    }
    assertThat(tiles).as("the Summary's tiles of 1 to 4").isPositive();
    assertThat(summaryText(r.workbook()))
        .as("a tile's note gives away no count its figure hides")
        .doesNotContainPattern("(^|[ (;])[1-4] (at worst|recorded as serious|more with no status)");
    shown += tiles;
    assertThat(cells.get()).isEqualTo(shown);
    assertThat(redactor.ledger().count(Ledger.Kind.SMALL_CELL)).isEqualTo(shown);
    assertThat(bars.get()).as("the charts left bars out").isPositive();
    assertThat(redactor.ledger().count(Ledger.Kind.MONTH_TO_QUARTER))
        .isEqualTo(r.analysis().datedToYear());
    assertThat(summaryText(r.workbook()))
        .as("the Summary says the production's data is redacted, the history not")
        .contains(
            "Redacted: the production's data was redacted before any figure was made",
            "The historical record is public and sourced, and is not redacted.");

    ReportResult plain =
        new ReportWriter(Workbooks.options(dir.resolve("plain")).build())
            .write(
                ReportInputs.production(
                    new Ingest(options, ProtocolCatalog.bundled()).source(files),
                    null,
                    files.size()));
    assertThat(summaryText(plain.workbook())).doesNotContain("Redacted");
  }

  /** Every text cell of the Summary, one space between. */
  private static String summaryText(Path workbook) throws Exception {
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook wb = Workbooks.open(workbook)) {
      for (Row row : wb.getSheet(SummarySheet.NAME)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            text.append(c.getStringCellValue()).append(' ');
          }
        }
      }
    }
    return text.toString().replaceAll("\\s+", " ");
  }
}
