package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's five jobs on an Excel log with no incident number and no follow-up status
 * (data/examples/dusty-trail.xlsx), each in one try: draft a mapping and get a monthly report; find
 * the near misses most like Rust; list the overdue actions for a day; compare two reference
 * incidents; get CSV or JSON out.
 */
class FiveJobs_IdLessLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String draft() {
    String log = CliFixtures.example("dusty-trail.xlsx");
    String mapping = dir.resolve("noid.mapping.json").toString();
    Run r = Run.of("mapping", "draft", log, "-o", mapping);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("each incident gets ROW-<n>");
    return mapping;
  }

  @Test
  void job1_draftAMapping_thenAMonthlyReport_everyRowImported() {
    String log = CliFixtures.example("dusty-trail.xlsx");
    String mapping = draft();
    Run validate = Run.of("validate", log, "--mapping", mapping);
    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("42 rows read, 42 ok, 0 rejected");

    Path xlsx = dir.resolve("march.xlsx");
    Run report = Run.of("report", log, "--mapping", mapping, "--month", "2026-03", "-o", xlsx + "");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(xlsx).isRegularFile();
    assertThat(report.out())
        .contains("2026-03-01 to 2026-03-31")
        .contains("follow-up as of 2026-03-31");
  }

  @Test
  void job2_theNearMissesMostLikeRust() throws IOException {
    String log = CliFixtures.example("dusty-trail.xlsx");
    String mapping = draft();
    Run r = Run.of("precedents", "rust", log, "--mapping", mapping, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode ranking = JSON.readTree(r.out()).path("data").path("rankings").get(0);
    assertThat(ranking.path("target").path("id").asText()).isEqualTo("RUST_2021");
    assertThat(ranking.path("log").path("precedents").size()).isPositive();
    assertThat(ranking.path("log").path("precedents").get(0).path("id").asText())
        .startsWith("ROW-");
  }

  @Test
  void job3_theOverdueActionsForADay_neverZeroWithoutAStatusColumn() throws IOException {
    String log = CliFixtures.example("dusty-trail.xlsx");
    String mapping = draft();
    Run r =
        Run.of(
            "actions",
            log,
            "--mapping",
            mapping,
            "--overdue",
            "--as-of",
            "2026-04-20",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode data = JSON.readTree(r.out()).path("data");
    assertThat(data.path("summary").path("overdue").asInt()).isPositive();
    assertThat(data.path("actions").size()).isEqualTo(data.path("summary").path("overdue").asInt());
  }

  @Test
  void job4_compareTwoReferenceIncidents() {
    Run r = Run.of("compare", "rust", "crow");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("RUST_2021", "CROW_1993");
  }

  @Test
  void job5_csvAndJsonOut() throws IOException {
    String log = CliFixtures.example("dusty-trail.xlsx");
    String mapping = draft();
    Run csv = Run.of("list", log, "--mapping", mapping, "--format", "csv");
    assertThat(csv.exit()).isZero();
    assertThat(
            org.apache.commons.csv.CSVFormat.RFC4180
                .parse(new java.io.StringReader(csv.out()))
                .getRecords())
        .hasSize(43); // the header and 42 incidents
    Run json = Run.of("classify", log, "--mapping", mapping, "--format", "json");
    assertThat(JSON.readTree(json.out()).path("data").path("incidents").size()).isEqualTo(42);
  }

  @Test
  void unmappedLog_validateAndReportEndWithTheDraftCommand() {
    String log = CliFixtures.example("dusty-trail.xlsx");
    Run validate = Run.of("validate", log);
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("next: ")
        .contains("setsafe mapping draft " + log + " -o ")
        .contains("setsafe validate " + log + " --mapping ");

    Run report = Run.of("report", log, "-o", dir.resolve("r.xlsx").toString());
    assertThat(report.exit()).isEqualTo(1);
    assertThat(report.err().lines()).hasSize(1);
    assertThat(report.err()).contains("next: ").contains("setsafe mapping draft " + log);
    assertThat(Files.exists(dir.resolve("r.xlsx"))).isFalse();
  }
}
