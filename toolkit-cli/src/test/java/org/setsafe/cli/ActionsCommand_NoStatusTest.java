package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs whose follow-ups have no status column: an action nobody marked done that is past its due
 * date is overdue, in the actions list, its figures and the report; never "0 overdue".
 */
class ActionsCommand_NoStatusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV = CliFixtures.path("cli/no-status-log.csv");
  private static final String CSV_MAPPING = CliFixtures.path("cli/no-status-log.mapping.json");
  private static final String XLSX = CliFixtures.example("dusty-trail.xlsx");
  private static final String XLSX_MAPPING =
      CliFixtures.path("cli/dusty-trail-no-status.mapping.json");

  private static JsonNode json(String log, String mapping, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("actions", log, "--mapping", mapping, "--format", "json"));
    args.addAll(List.of(more));
    Run r = Run.of(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out()).path("data");
  }

  @Test
  void csvWithoutStatus_pastDue_isOverdue_andTheOneWithoutADueDateIsSaidUnknown() {
    Run r = Run.of("actions", CSV, "--mapping", CSV_MAPPING, "--overdue", "--as-of", "2026-04-20");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().replace('\n', ' '))
        .containsPattern("NS-01 +Cable ramps.* +2026-03-09 +Not recorded +42 days")
        .containsPattern("NS-02 +Ladder feet.* +2026-03-12 +Not recorded +39 days")
        .doesNotContain("NS-03", "NS-04")
        .contains("2 of 4 action(s) shown (overdue), as of 2026-04-20.")
        .contains(
            "4 actions for 4 incidents: 0 open, 4 status not recorded (2 overdue), 0 done, 0"
                + " verified; overdue at least 2; 1 of 4 actions open or without a status has no"
                + " due date.");
  }

  @Test
  void csvWithoutStatus_beforeAnyDueDate_isNotOverdue() throws IOException {
    JsonNode data = json(CSV, CSV_MAPPING, "--as-of", "2026-03-09");
    assertThat(data.path("summary").path("overdue").asInt()).isZero();
    assertThat(data.path("summary").path("unknown").asInt()).isEqualTo(4);
    JsonNode later = json(CSV, CSV_MAPPING, "--as-of", "2026-03-10");
    assertThat(later.path("summary").path("overdue").asInt()).isEqualTo(1);
  }

  @Test
  void xlsxWithoutStatusColumn_countsEveryPastDueFollowUpOverdue() throws IOException {
    JsonNode data = json(XLSX, XLSX_MAPPING, "--overdue", "--as-of", "2026-04-20");
    JsonNode s = data.path("summary");

    assertThat(s.path("actions").asInt()).isEqualTo(38);
    assertThat(s.path("open").asInt()).isZero();
    assertThat(s.path("unknown").asInt()).isEqualTo(38);
    // 36 follow-ups were due by 2026-04-17; the two due 20 and 22 April are not yet overdue
    assertThat(s.path("overdue").asInt()).isEqualTo(36).isEqualTo(data.path("actions").size());
    for (JsonNode a : data.path("actions")) {
      assertThat(a.path("status").asText()).isEqualTo("unknown");
      assertThat(a.path("overdue").asBoolean()).isTrue();
      assertThat(a.path("days_overdue").asInt()).isPositive();
    }
  }

  @Test
  void openFilter_keepsTheOverdueOnesWithoutAStatus() throws IOException {
    JsonNode data = json(CSV, CSV_MAPPING, "--open", "--as-of", "2026-04-20");
    List<String> ids = new ArrayList<>();
    data.path("actions").forEach(a -> ids.add(a.path("incident_id").asText()));
    assertThat(ids).containsExactly("NS-01", "NS-02");
  }

  @Test
  void report_ofTheXlsxWithoutStatus_saysOverdue_neverZero(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("no-status.xlsx");
    Run r =
        Run.of(
            "report",
            XLSX,
            "--mapping",
            XLSX_MAPPING,
            "--as-of",
            "2026-04-20",
            "-o",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "follow-up as of 2026-04-20: 38 actions for 42 incidents: 0 open, 38 status not"
                + " recorded (36 overdue), 0 done, 0 verified\n");

    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      Sheet figures = wb.getSheet("Figures");
      assertThat(figure(figures, "Actions open")).isZero();
      assertThat(figure(figures, "Actions overdue")).isEqualTo(36.0);
      assertThat(figure(figures, "Actions with no status recorded")).isEqualTo(38.0);
      Sheet actions = wb.getSheet("Actions");
      long overdueRows = 0;
      for (Row x : actions) {
        for (var c : x) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && c.getStringCellValue().equals("Overdue (status not recorded)")) {
            overdueRows++;
          }
        }
      }
      assertThat(overdueRows).isEqualTo(36);
    }
  }

  private static double figure(Sheet s, String name) {
    for (Row x : s) {
      var c = x.getCell(0);
      if (c != null
          && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && c.getStringCellValue().equals(name)) {
        return x.getCell(1).getNumericCellValue();
      }
    }
    throw new AssertionError("no figure " + name);
  }
}
