package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.cli.text.RiskText;

/** {@code setsafe risk template} and {@code setsafe risk check}. */
class RiskCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Fills every row of a template: ratings, sign-off, and the planned controls given (null: those
   * the template lists, confirmed as they are).
   */
  private static void fill(Path template, Path filled, String controls) throws Exception {
    List<CSVRecord> rows;
    List<String> header;
    try (CSVParser p =
        CSVParser.parse(
            template,
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      header = p.getHeaderNames();
      rows = p.getRecords();
    }
    try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(filled), CSVFormat.RFC4180)) {
      out.printRecord(header);
      for (CSVRecord r : rows) {
        java.util.Map<String, String> v = new java.util.LinkedHashMap<>(r.toMap());
        v.put("shoot_date", "2026-12-20");
        v.put("activity", "revolver fired with blanks");
        if (controls != null) {
          v.put("planned_controls", controls);
        }
        v.put("likelihood", "3");
        v.put("severity", "Catastrophic");
        v.put("residual_likelihood", "1");
        v.put("residual_severity", "5");
        v.put("owner", "Armorer");
        v.put("assessed_by", "Safety advisor");
        v.put("authorised_by", "Line producer");
        v.put("signed_on", "2026-12-02");
        v.put("revised_on", "2026-12-01");
        v.put("specific_assessment", "y");
        out.printRecord(header.stream().map(v::get).toList());
      }
    }
  }

  @Test
  void template_firearm_readsBack_andSafetyMeetingOnly_missesTheDirectControlsWithRust(
      @TempDir Path dir) throws Exception {
    Path template = dir.resolve("ra.csv");
    Run t =
        Run.of(
            "risk",
            "template",
            "--activities",
            "firearm",
            "--name",
            "Sc 12",
            "-o",
            template.toString());
    assertThat(t.exit()).as(t.err()).isZero();

    // the template as written: controls to confirm, nothing else filled, so not ready
    Run asWritten = Run.of("risk", "check", template.toString(), "--as-of", "2026-12-07");
    assertThat(asWritten.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(asWritten.out()).contains("Scene Sc 12").doesNotContain("no direct control");

    // filled in with its planned controls confirmed: ready
    Path kept = dir.resolve("kept.csv");
    fill(template, kept, null);
    Run ready = Run.of("risk", "check", kept.toString(), "--as-of", "2026-12-07");
    assertThat(ready.out()).as(ready.out()).contains("Scene Sc 12 (shoot 2026-12-20): READY");
    assertThat(ready.exit()).isZero();

    // filled in with only "safety meeting"
    Path meeting = dir.resolve("meeting.csv");
    fill(template, meeting, "safety meeting");
    Run r =
        Run.of("risk", "check", meeting.toString(), "--as-of", "2026-12-07", "--format", "json");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_DATA);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("schema").asText()).isEqualTo(RiskText.SCHEMA);
    JsonNode scene = root.path("data").path("scenes").get(0);
    assertThat(scene.path("ready").asBoolean()).isFalse();
    JsonNode gap = scene.path("gaps").get(0);
    assertThat(gap.path("kind").asText()).isEqualTo("no_direct_control");
    assertThat(gap.path("says").asText())
        .contains("No live ammunition (NO_LIVE_AMMO)", "Verified inert dummy rounds");
    JsonNode noLive = null;
    for (JsonNode m : scene.path("missing_controls")) {
      if (m.path("check_id").asText().equals("NO_LIVE_AMMO")) {
        noLive = m;
      }
    }
    assertThat(noLive).isNotNull();
    assertThat(noLive.path("history").findValuesAsText("incident_id")).contains("RUST_2021");
    assertThat(noLive.path("production").isNull()).isTrue();
    assertThat(root.path("data").path("matrix").path("cells")).hasSize(25);
  }

  @Test
  void template_xlsx_readsTheSameAsItsCsv(@TempDir Path dir) {
    Path csv = dir.resolve("ra.csv");
    Path xlsx = dir.resolve("ra.xlsx");
    for (Path p : List.of(csv, xlsx)) {
      Run t =
          Run.of(
              "risk",
              "template",
              "--activities",
              "firearm,stunt",
              "--name",
              "Sc 3",
              "-o",
              p.toString());
      assertThat(t.exit()).as(t.err()).isZero();
    }
    Run a = Run.of("risk", "check", csv.toString(), "--as-of", "2026-12-07", "--format", "csv");
    Run b = Run.of("risk", "check", xlsx.toString(), "--as-of", "2026-12-07", "--format", "csv");
    assertThat(b.err()).isEmpty();
    assertThat(b.out()).isEqualTo(a.out()).contains("stunt").contains("Firearm");
  }

  @Test
  void badValues_locatedErrors_andExit1() {
    Run r =
        Run.of(
            "risk",
            "check",
            CliFixtures.path("risk/bad-values.csv"),
            "--as-of",
            "2026-12-07",
            "--width",
            "400");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(r.out())
        .contains(
            "bad-values.csv:2:8: likelihood: likelihood 7 is off the matrix's scale of 1 to 5")
        .contains("bad-values.csv:3:7: planned_controls: unknown check id 'NO_LIVE_AMO'")
        .contains("bad-values.csv:4:10: residual_likelihood: the residual risk")
        .contains("bad-values.csv:5:15: signed_on: signed on 2026-11-20, before the row's last");
  }

  @Test
  void review_workbook_holdsScenesGapsLessonsAndEveryCell(@TempDir Path dir) throws Exception {
    Path review = dir.resolve("review.xlsx");
    Run r =
        Run.of(
            "risk",
            "check",
            CliFixtures.path("risk/safety-meeting-only.csv"),
            "--as-of",
            "2026-12-07",
            "-o",
            review.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_DATA);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(review))) {
      List<String> names = new java.util.ArrayList<>();
      wb.forEach(sh -> names.add(sh.getSheetName()));
      assertThat(names).containsExactly("Scenes", "Gaps", "Lessons", "Problems", "Matrix");
      assertThat(wb.getSheet("Scenes").getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("NOT READY");
      assertThat(wb.getSheet("Gaps").getRow(1).getCell(3).getStringCellValue())
          .contains("no direct control planned");
      StringBuilder lessons = new StringBuilder();
      wb.getSheet("Lessons")
          .forEach(row -> row.forEach(c -> lessons.append(c.toString()).append('|')));
      assertThat(lessons).contains("RUST_2021", "history");
      assertThat(wb.getSheet("Matrix").getLastRowNum()).isEqualTo(25);
    }
  }

  @Test
  void sceneWords_nameTheHazards() throws Exception {
    Path dir = Files.createTempDirectory("risk");
    Path out = dir.resolve("ra.csv");
    Run t =
        Run.of(
            "risk",
            "template",
            "--scene",
            "Gunfight at the corral: revolver with blanks",
            "-o",
            out.toString());
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(Files.readString(out)).contains("Gunfight at the corral").contains(",firearm,");
    Run none =
        Run.of(
            "risk",
            "template",
            "--scene",
            "two people talk in a kitchen",
            "-o",
            dir.resolve("none.csv").toString());
    assertThat(none.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).contains("--activities");
  }
}
