package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's Reporting sheet on the Harbour Lights example log agrees with {@code setsafe due}
 * (the same reports, in the same order, with the same deadlines and standing) and with the answer
 * worked by hand (the 300A totals and the rates); its dates and numbers are typed cells and it
 * prints one page wide.
 */
class ReportingSheet_ExampleLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LOG = DueCommand_ExampleLogTest.LOG;
  static final String RULES = DueCommand_ExampleLogTest.RULES;
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @TempDir static Path dir;
  static Path xlsx;

  @BeforeAll
  static void writeReport() {
    xlsx = dir.resolve("hl.xlsx");
    Run r =
        Run.of(
            "report",
            LOG,
            "--rules",
            RULES,
            "--as-of",
            "2026-04-30",
            "--hours-worked",
            "245000",
            "--no-reference",
            "-o",
            xlsx.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static Sheet sheet(Workbook wb) {
    Sheet s = wb.getSheet("Reporting");
    assertThat(s).isNotNull();
    return s;
  }

  private static Row find(Sheet s, String first) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
        return r;
      }
    }
    throw new AssertionError("no row " + first);
  }

  @Test
  void reportsOwed_areTheOnesDueLists_inItsOrder_withTypedDeadlines() throws Exception {
    Run due = Run.of("due", LOG, "--rules", RULES, "--as-of", "2026-04-30", "--format", "json");
    List<String> expected = new ArrayList<>();
    for (JsonNode d : JSON.readTree(due.out()).path("data").path("deadlines")) {
      expected.add(
          d.path("status").asText()
              + " "
              + (d.path("due").isNull() ? "without delay" : d.path("due").asText())
              + " "
              + d.path("incident_id").asText()
              + " "
              + d.path("report").asText());
    }
    assertThat(expected).hasSize(38);
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = new XSSFWorkbook(in)) {
      Sheet s = sheet(wb);
      Row header = find(s, "Status");
      List<String> got = new ArrayList<>();
      for (int i = header.getRowNum() + 1; i <= header.getRowNum() + expected.size(); i++) {
        Row r = s.getRow(i);
        Cell due1 = r.getCell(1);
        String when =
            due1.getCellType() == CellType.NUMERIC
                ? WHEN.format(due1.getLocalDateTimeCellValue())
                : due1.getStringCellValue();
        got.add(
            r.getCell(0).getStringCellValue()
                + " "
                + when
                + " "
                + r.getCell(2).getStringCellValue()
                + " "
                + r.getCell(3).getStringCellValue());
      }
      assertThat(got).containsExactlyElementsOf(expected);
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getFitToPage()).isTrue();
    }
  }

  @Test
  void figures_areTheWorkedAnswer() throws Exception {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = new XSSFWorkbook(in)) {
      Sheet s = sheet(wb);
      Map<String, Double> v = new LinkedHashMap<>();
      Row header = find(s, "Figure");
      for (int i = header.getRowNum() + 1; ; i++) {
        Row r = s.getRow(i);
        if (r == null || r.getCell(0) == null || r.getCell(0).getStringCellValue().isEmpty()) {
          break;
        }
        Cell c = r.getCell(1);
        if (c != null && c.getCellType() == CellType.NUMERIC) {
          v.put(r.getCell(0).getStringCellValue(), c.getNumericCellValue());
        }
      }
      assertThat(v)
          .containsEntry("Reports missed", 7.0)
          .containsEntry("Reports open", 3.0)
          .containsEntry("Reports met", 28.0)
          .containsEntry("Recordable cases (29 CFR 1904.7)", 11.0)
          .containsEntry("(G) Deaths", 1.0)
          .containsEntry("(H) Cases with days away from work", 3.0)
          .containsEntry("(I) Cases with job transfer or restriction", 2.0)
          .containsEntry("(K) Days away from work", 18.0)
          .containsEntry("(L) Days of job transfer or restriction", 18.0);
      // the vendor's driver (HL-11) is on the vendor's log, as on the production office's
      assertThat(v).containsEntry("(J) Other recordable cases", 5.0);
      assertThat(v)
          .containsEntry("Not recordable", 4.0)
          .containsEntry("Not decided from the log", 1.0);
      assertThat(v.get("TRIR per 200,000 hours")).isCloseTo(10 * 200000 / 245000.0, within());
      assertThat(v.get("DART rate per 200,000 hours")).isCloseTo(5 * 200000 / 245000.0, within());
      assertThat(v.get("Near misses per incident with someone hurt")).isCloseTo(3 / 16.0, within());
    }
  }

  @Test
  void summary_hasTheReportingTiles_asDueCountsThem() throws Exception {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Summary");
      Map<String, Double> tiles = new LinkedHashMap<>();
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.NUMERIC) {
            Row below = s.getRow(r.getRowNum() + 1);
            Cell label = below == null ? null : below.getCell(c.getColumnIndex());
            if (label != null && label.getCellType() == CellType.STRING) {
              tiles.put(label.getStringCellValue(), c.getNumericCellValue());
            }
          }
        }
      }
      assertThat(tiles).containsEntry("Reports missed", 7.0);
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
