package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.cli.text.CompareJson;
import org.setsafe.compare.Comparison;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.sheet.CompareWorkbook;

/** {@code setsafe compare} on the reference dataset, run as a user runs it. */
class CompareCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Set<String> failed(String id) {
    Set<String> s = new HashSet<>();
    Ingest.reference().get(id).orElseThrow().failedChecks().forEach(c -> s.add(c.checkId()));
    return s;
  }

  @Test
  void rustCrow_listsTheChecksBothFailed_andHowTheOutcomesDiffered() {
    Run r = Run.of("compare", "rust", "crow", "--width", "100");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    Set<String> both = failed("RUST_2021");
    both.retainAll(failed("CROW_1993"));
    assertThat(both).contains("NO_LIVE_AMMO");
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    for (String id : both) {
      String line =
          r.out()
              .lines()
              .filter(l -> l.startsWith(catalog.title(id) + " "))
              .findFirst()
              .orElseThrow();
      assertThat(line).as(id).endsWith("ALL");
    }
    assertThat(r.out()).contains("Both failed " + both.size() + " checks: ");
    String summary = r.out().substring(r.out().indexOf("\nSummary\n")).replaceAll("\\s+", " ");
    assertThat(summary)
        .contains("a conviction (Hannah Gutierrez-Reed, armorer")
        .contains("a dismissal with prejudice (Alec Baldwin, actor)")
        .contains("prosecution declined")
        .contains("a fine reduced from USD 84,000 to USD 55,000");
  }

  @Test
  void twoThreeAndSixIncidents_fitA100ColumnTerminal_withoutColour() {
    List<List<String>> cases =
        List.of(
            List.of("rust", "crow"),
            List.of("rust", "crow", "coverup"),
            List.of("rust", "crow", "coverup", "twilight", "midnight", "walking"));
    for (List<String> ids : cases) {
      List<String> args = new ArrayList<>(List.of("compare", "--width", "100"));
      args.addAll(ids);
      Run r = Run.of(args.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out().lines())
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
      assertThat(r.out())
          .doesNotContain("\u001b[")
          .startsWith("Comparing " + ids.size() + " incidents");
    }
  }

  @Test
  void nearMissFromALog_againstRust_showsWhatBothFailed_andWhatHeldInTheNearMiss() {
    Run r =
        Run.of("compare", "NM-101", "rust", "-i", CliFixtures.path("precedents/near-miss-log.csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    String summary = r.out().substring(r.out().indexOf("\nSummary\n")).replaceAll("\\s+", " ");
    assertThat(summary)
        .contains("Both failed 2 checks: No live ammunition; Inspect every round.")
        .contains(
            "Passed in NM-101 but failed in RUST_2021 (1): Gun checked in front of the actor.")
        .contains(
            "After NM-101 (0 killed, 0 injured): no legal, regulatory or civil outcome recorded.");
  }

  @Test
  void ambiguousName_exits2_andListsTheCandidates() {
    Dataset d = Ingest.reference();
    List<IncidentRecord> kills = d.find("kills");
    assertThat(kills).hasSizeGreaterThan(1);
    Run r = Run.of("compare", "rust", "kills");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("setsafe: 'kills' matches " + kills.size() + " incidents");
    kills.forEach(k -> assertThat(r.err()).contains(k.id()));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownName_exits2_andSuggestsCloseIds() {
    Run r = Run.of("compare", "rusty", "crow");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "setsafe: no incident matches 'rusty'; did you mean: RUST_2021? "
                + "('setsafe list' shows them all)"
                + System.lineSeparator());
  }

  @Test
  void oneIncident_orTheSameTwice_isAUsageError() {
    assertThat(Run.of("compare", "rust").exit()).isEqualTo(2);
    Run twice = Run.of("compare", "rust", "RUST_2021");
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("are both RUST_2021");
  }

  @Test
  void json_roundTripsThroughJackson_andEqualsTheComparisonOfTheRecords() throws Exception {
    Run r = Run.of("compare", "rust", "crow", "coverup", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out()).path("data");
    assertThat(JSON.readTree(JSON.writeValueAsString(root))).isEqualTo(root);

    assertThat(JSON.readTree(r.out()).path("schema").asText()).isEqualTo("setsafe.compare");
    assertThat(root.path("incidents").findValuesAsText("id"))
        .containsExactly("RUST_2021", "CROW_1993", "COVERUP_1984");
    Dataset d = Ingest.reference();
    List<IncidentRecord> records =
        List.of(
            d.get("RUST_2021").orElseThrow(),
            d.get("CROW_1993").orElseThrow(),
            d.get("COVERUP_1984").orElseThrow());
    Comparison expected = Comparison.of(records, ProtocolCatalog.bundled());
    assertThat(root)
        .isEqualTo(JSON.readTree(JSON.writeValueAsString(CompareJson.comparison(expected))));

    Set<String> recorded = new HashSet<>();
    records.forEach(x -> x.checks().stream().map(CheckResult::checkId).forEach(recorded::add));
    List<String> checkIds = new ArrayList<>();
    for (JsonNode c : root.path("checks")) {
      checkIds.add(c.path("check_id").asText());
      assertThat(c.path("statuses").size()).isEqualTo(3);
      if (c.path("spread").asText().equals("failed_in_all")) {
        c.path("statuses").forEach(s -> assertThat(s.asText()).isIn("failed", "not_performed"));
      }
    }
    assertThat(checkIds).containsExactlyInAnyOrderElementsOf(recorded);
    JsonNode noLive =
        root.path("checks").findParents("check_id").stream()
            .filter(c -> c.path("check_id").asText().equals("NO_LIVE_AMMO"))
            .findFirst()
            .orElseThrow();
    assertThat(noLive.path("statuses").path("COVERUP_1984").asText())
        .isEqualTo(CompareJson.NOT_ASSESSED);
    assertThat(root.path("summary").size()).isEqualTo(expected.summary().size());
  }

  @Test
  void output_writesTheCompareSheet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("compare.xlsx");
    Run r = Run.of("compare", "rust", "crow", "-o", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote the Compare sheet to " + file);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet(CompareWorkbook.SHEET).getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("RUST_2021");
    }
    Run bad = Run.of("compare", "rust", "crow", "-o", dir.resolve("compare.csv").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains(".xlsx");
  }
}
