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
 * The example production's log (data/examples, on the classpath) through its mapping: the follow-up
 * columns become actions, and the list and figures are what the log says.
 */
class ActionsCommand_ExampleLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = CliFixtures.example("dusty-trail-log.csv");
  private static final String MAPPING = CliFixtures.example("dusty-trail-log.mapping.json");

  private static JsonNode json(String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("actions", LOG, "--mapping", MAPPING, "--format", "json"));
    args.addAll(List.of(more));
    Run r = Run.of(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out()).path("data");
  }

  @Test
  void overdue_asOf20April_areTheSevenFollowUpsPastTheirDueDate_notKnownToBeDone()
      throws IOException {
    JsonNode root = json("--overdue", "--as-of", "2026-04-20");
    List<String> shown = new ArrayList<>();
    for (JsonNode a : root.get("actions")) {
      shown.add(a.get("incident_id").asText() + " " + a.get("days_overdue").asInt());
      assertThat(a.get("status").asText()).isIn("open", "in_progress", "unknown");
    }

    // DT-033's follow-up has no status and was due 2026-04-16: nobody marked it done
    assertThat(shown)
        .containsExactly(
            "DT-008 35",
            "DT-010 31",
            "DT-021 24",
            "DT-024 17",
            "DT-028 11",
            "DT-033 4",
            "DT-037 4");
  }

  @Test
  void followUpWithoutStatus_inTheLog_isImportedAsUnknown_neverDone() throws IOException {
    JsonNode dt033 = null;
    for (JsonNode a : json("--as-of", "2026-04-20").get("actions")) {
      if (a.get("incident_id").asText().equals("DT-033")) {
        dt033 = a;
      }
    }
    assertThat(dt033).isNotNull();
    assertThat(dt033.get("action").asText()).isEqualTo("Two-person lift for dollies");
    assertThat(dt033.get("status").asText()).isEqualTo("unknown");
    assertThat(dt033.get("closed_on").isNull()).isTrue();
  }

  @Test
  void figures_countEveryFollowUp_andNameTheIncidentsWithout() throws IOException {
    JsonNode s = json("--as-of", "2026-04-20").get("summary");

    assertThat(s.get("incidents").asInt()).isEqualTo(42);
    assertThat(s.get("actions").asInt()).isEqualTo(38);
    assertThat(s.get("open").asInt()).isEqualTo(7);
    assertThat(s.get("overdue").asInt()).isEqualTo(7);
    assertThat(s.get("unknown").asInt()).isEqualTo(1);
    assertThat(s.get("done").asInt() + s.get("verified").asInt()).isEqualTo(30);
    assertThat(s.get("closed_with_days").asInt()).isEqualTo(30);
    assertThat(s.get("no_action").get("near_miss").get("ids").toString())
        .isEqualTo("[\"DT-039\",\"DT-042\"]");
    assertThat(s.get("no_action").get("injury").get("ids").toString())
        .isEqualTo("[\"DT-015\",\"DT-022\"]");
  }

  @Test
  void validate_theExampleLog_isCleanWithItsFollowUpColumns() {
    Run r = Run.of("validate", LOG, "--mapping", MAPPING);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("42 rows read, 42 ok, 0 rejected", "0 error(s), 0 warning(s)");
  }

  @Test
  void report_actionsSheetAndSummary_matchTheActionsCommand(@TempDir Path dir) throws Exception {
    JsonNode listed = json("--overdue", "--as-of", "2026-04-20");
    List<String> overdue = new ArrayList<>();
    listed.get("actions").forEach(a -> overdue.add(a.get("action_id").asText()));
    JsonNode figures = listed.get("summary");
    Path out = dir.resolve("dusty-trail.xlsx");
    Run r =
        Run.of("report", LOG, "--mapping", MAPPING, "--as-of", "2026-04-20", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "follow-up as of 2026-04-20: 38 actions for 42 incidents: 7 open (6 overdue), 1 status"
                + " not recorded (1 overdue), 22 done, 8 verified; median 1 day to close (30 actions with"
                + " raised and closed dates)\n");

    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      Sheet actions = wb.getSheet("Actions");
      int h = row(actions, "Incident");
      int status = column(actions, h, "Status");
      int action = column(actions, h, "Action");
      List<String> highlighted = new ArrayList<>();
      for (int i = h + 1; actions.getRow(i) != null; i++) {
        Row x = actions.getRow(i);
        if (x.getCell(status).getStringCellValue().startsWith("Overdue")) {
          highlighted.add(x.getCell(0).getStringCellValue() + "-A1");
        }
        assertThat(x.getCell(action).getStringCellValue()).isNotEmpty();
      }
      assertThat(highlighted).isEqualTo(overdue);

      Sheet summary = wb.getSheet("Figures");
      int fh = row(summary, "Figure");
      assertThat(figure(summary, fh, "Actions open")).isEqualTo(figures.get("open").asDouble());
      assertThat(figure(summary, fh, "Actions overdue"))
          .isEqualTo(figures.get("overdue").asDouble());
      assertThat(figure(summary, fh, "Actions with no status recorded"))
          .isEqualTo(figures.get("unknown").asDouble());
      assertThat(figure(summary, fh, "Median days to close"))
          .isEqualTo(figures.get("median_days_to_close").asDouble());
      assertThat(figure(summary, fh, "Incidents with no follow-up action")).isEqualTo(4.0);
    }
  }

  private static int row(Sheet s, String first) {
    for (Row r : s) {
      if (r.getCell(0) != null
          && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && r.getCell(0).getStringCellValue().equals(first)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no row " + first + " on " + s.getSheetName());
  }

  private static int column(Sheet s, int header, String name) {
    for (var c : s.getRow(header)) {
      if (c.getStringCellValue().equals(name)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + name);
  }

  private static double figure(Sheet s, int header, String name) {
    for (int i = header + 1; s.getRow(i) != null; i++) {
      var c = s.getRow(i).getCell(0);
      if (c != null && c.getStringCellValue().equals(name)) {
        return s.getRow(i).getCell(1).getNumericCellValue();
      }
    }
    throw new AssertionError("no figure " + name);
  }
}
