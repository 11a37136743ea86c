package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.cli.text.CompareJson;
import org.setsafe.ingest.DatasetWriter;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Category;
import org.setsafe.model.IncidentRecord;

/**
 * {@code setsafe precedents}: for a reference incident and for the near misses of a made-up log.
 */
class PrecedentsCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = "precedents/near-miss-log.csv";

  private static List<String> ranked(String text) {
    List<String> ids = new ArrayList<>();
    text.lines()
        .filter(l -> l.matches(" ?\\d+\\. \\S+ .*"))
        .forEach(l -> ids.add(l.strip().split("\\s+")[1]));
    return ids;
  }

  @Test
  void rust_ranksTheOtherFirearmIncidentsFirst_withTheSharedChecks() {
    Run r = Run.of("precedents", "rust", "--width", "100");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> ids = ranked(r.out());
    assertThat(ids).hasSize(5);
    assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("CROW_1993", "COVERUP_1984");
    assertThat(r.out()).contains("Failed in both: ");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void log_nearMissWithALiveRoundAmongDummies_ranksRustInTheTopThree() {
    Run r = Run.of("precedents", "--log", CliFixtures.path(LOG), "--id", "NM-101", "--top", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Precedents for NM-101: Live round found among dummies in a revolver");
    assertThat(ranked(r.out())).hasSize(3).contains("RUST_2021");
    String rust = r.out().substring(r.out().indexOf("RUST_2021  "));
    rust = rust.substring(0, rust.indexOf("Score parts"));
    assertThat(rust.replaceAll("\\s+", " "))
        .contains("Failed in both: No live ammunition; Inspect every round");
  }

  @Test
  void log_nearMissWithoutChecks_getsFirearmPrecedents_andSaysItsChecksWereNotAssessed()
      throws Exception {
    Run text = Run.of("precedents", "--log", CliFixtures.path(LOG), "--id", "NM-102");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out().replaceAll("\\s+", " "))
        .contains("Its protocol checks were not assessed");

    Run json =
        Run.of("precedents", "--log", CliFixtures.path(LOG), "--id", "NM-102", "--format", "json");
    JsonNode ranking = JSON.readTree(json.out()).path("rankings").get(0);
    assertThat(ranking.path("target").path("checks_assessed").asBoolean()).isFalse();
    var reference = Ingest.reference();
    assertThat(ranking.path("precedents"))
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(reference.get(p.path("id").asText()).orElseThrow().incident().category())
                    .isEqualTo(Category.FIREARM));
  }

  @Test
  void log_everyIncident_getsItsOwnRanking_inJsonThatRoundTrips() throws Exception {
    Run r = Run.of("precedents", "--log", CliFixtures.path(LOG), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(JSON.readTree(JSON.writeValueAsString(root))).isEqualTo(root);
    assertThat(root.path("schema").asText()).isEqualTo(CompareJson.PRECEDENTS_SCHEMA);
    assertThat(root.path("weights").path("failed_checks").asDouble()).isEqualTo(0.5);
    assertThat(root.path("rankings").findValuesAsText("id")).contains("NM-101", "NM-102");
    JsonNode first = root.path("rankings").get(0);
    assertThat(first.path("target").path("id").asText()).isEqualTo("NM-101");
    assertThat(first.path("precedents").size()).isEqualTo(5);
    for (JsonNode p : first.path("precedents")) {
      double sum = 0;
      for (JsonNode c : p.path("components")) {
        sum += c.path("points").asDouble();
      }
      assertThat(p.path("score").asDouble())
          .isCloseTo(sum, org.assertj.core.api.Assertions.within(0.0005));
    }
    JsonNode rust =
        first.path("precedents").findParents("rank").stream()
            .filter(p -> p.path("id").asText().equals("RUST_2021"))
            .findFirst()
            .orElseThrow();
    assertThat(rust.path("rank").asInt()).isLessThanOrEqualTo(3);
    assertThat(rust.path("shared_failed_checks").findValuesAsText("check_id"))
        .containsExactlyInAnyOrder("NO_LIVE_AMMO", "INSPECT_EACH_ROUND");
  }

  @Test
  void ranking_doesNotDependOnTheOrderOfTheInput(@TempDir Path dir) {
    // the reference dataset written back to front: equal scores must still come in id order
    List<IncidentRecord> reversed = new ArrayList<>(Ingest.reference().records());
    Collections.reverse(reversed);
    try (DatasetWriter w = new DatasetWriter(dir)) {
      reversed.forEach(w::write);
      w.commit();
    }

    String given = Run.of("precedents", "crow", "--top", "19", "--format", "json").out();
    String backToFront =
        Run.of(
                "precedents",
                "crow",
                "--top",
                "19",
                "--format",
                "json",
                "--no-reference",
                "-i",
                dir.toString())
            .out();

    assertThat(given).contains("\"rank\" : 10,");
    assertThat(backToFront).isEqualTo(given);
  }

  @Test
  void usageErrors_exit2_withOneLine() {
    Run both = Run.of("precedents", "rust", "--log", CliFixtures.path(LOG));
    assertThat(both.exit()).isEqualTo(2);
    Run top = Run.of("precedents", "rust", "--top", "0");
    assertThat(top.exit()).isEqualTo(2);
    assertThat(top.err()).startsWith("setsafe: --top must be at least 1");
    Run unknownInLog = Run.of("precedents", "--log", CliFixtures.path(LOG), "--id", "rust");
    assertThat(unknownInLog.exit()).isEqualTo(2);
    assertThat(unknownInLog.err()).startsWith("setsafe: no incident matches 'rust'");
  }
}
