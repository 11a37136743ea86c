package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Category;
import org.setsafe.model.IncidentRecord;
import org.setsafe.store.DatasetWriter;

/**
 * {@code setsafe precedents}: for a reference incident and for the near misses of a made-up log.
 */
class PrecedentsCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = "precedents/near-miss-log.csv";

  /** The ids ranked in the "In history" list of a text output. */
  private static List<String> ranked(String text) {
    int log = text.indexOf("\nIn your log");
    String history = log < 0 ? text : text.substring(0, log);
    List<String> ids = new ArrayList<>();
    history
        .lines()
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
  void rust_theShareOfItsFailures_saysHowManyAreInferred() {
    Run r = Run.of("precedents", "rust", "--width", "200");
    assertThat(r.exit()).as(r.err()).isZero();
    Matcher header = Pattern.compile("Failed checks \\((\\d+)\\)").matcher(r.out());
    Matcher inferred = Pattern.compile("weighed less \\((\\d+)\\)").matcher(r.out());
    assertThat(header.find()).isTrue();
    assertThat(inferred.find())
        .as("the reference reads one of Rust's failures as inferred")
        .isTrue();
    int recorded = Integer.parseInt(header.group(1));
    int guessed = Integer.parseInt(inferred.group(1));
    assertThat(r.out())
        .contains(
            " of the "
                + (recorded + guessed)
                + " failures of RUST_2021 ("
                + recorded
                + " recorded, "
                + guessed
                + " inferred).");
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
        .contains(
            "Failed in both: No live ammunition (confirmed); Inspect every round (reported); 2 of"
                + " the 3 failures of NM-101.")
        .contains("Shared words: ")
        .contains("live round");
  }

  @Test
  void log_theOtherIncidentsOfTheLog_areRankedApartInYourLog() {
    Run r = Run.of("precedents", "--log", CliFixtures.path(LOG), "--id", "NM-101", "--top", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out)
        .contains("In history: the 3 most similar of " + Ingest.reference().size() + " incidents");
    assertThat(out.indexOf("In your log")).isGreaterThan(out.indexOf("In history"));
    String log = out.substring(out.indexOf("In your log"));
    assertThat(log).startsWith("In your log: the most similar of 1 incidents").contains("NM-102");
    assertThat(ranked(out)).doesNotContain("NM-102");
  }

  @Test
  void log_nearMissWithoutChecks_getsFirearmPrecedents_andSaysItsChecksWereNotAssessed()
      throws Exception {
    Run text = Run.of("precedents", "--log", CliFixtures.path(LOG), "--id", "NM-102");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out().replaceAll("\\s+", " "))
        .contains("Its protocol checks were not assessed");
    assertThat(text.out().replaceAll("\\s+", " "))
        .contains(
            "Inferred, e.g. suggested by its words, and weighed less (1): Ammunition never"
                + " unattended");

    Run json =
        Run.of(
            "precedents",
            "--log",
            CliFixtures.path(LOG),
            "--id",
            "NM-102",
            "--top",
            "3",
            "--format",
            "json");
    JsonNode ranking = JSON.readTree(json.out()).path("data").path("rankings").get(0);
    assertThat(ranking.path("target").path("checks_assessed").asBoolean()).isFalse();
    var reference = Ingest.reference();
    assertThat(ranking.path("history").path("precedents"))
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
    JsonNode root = JSON.readTree(r.out()).path("data");
    assertThat(JSON.readTree(JSON.writeValueAsString(root))).isEqualTo(root);
    assertThat(JSON.readTree(r.out()).path("schema").asText()).isEqualTo("setsafe.precedents");
    assertThat(root.path("weights").path("failed_checks").asDouble()).isEqualTo(0.3);
    assertThat(root.path("weights").path("words").asDouble()).isEqualTo(0.4);
    assertThat(root.path("confidence_weights").path("confirmed").asDouble()).isEqualTo(1.0);
    assertThat(root.path("rankings").findValuesAsText("id")).contains("NM-101", "NM-102");
    JsonNode first = root.path("rankings").get(0);
    assertThat(first.path("target").path("id").asText()).isEqualTo("NM-101");
    JsonNode history = first.path("history").path("precedents");
    assertThat(history.size()).isEqualTo(5);
    assertThat(first.path("history").path("candidates").asInt())
        .isEqualTo(Ingest.reference().size());
    assertThat(first.path("log").path("candidates").asInt()).isEqualTo(1);
    assertThat(first.path("log").path("precedents").findValuesAsText("id"))
        .containsExactly("NM-102");
    for (JsonNode p : history) {
      double sum = 0;
      for (JsonNode c : p.path("components")) {
        sum += c.path("points").asDouble();
      }
      assertThat(p.path("score").asDouble())
          .isCloseTo(sum, org.assertj.core.api.Assertions.within(0.0005));
    }
    JsonNode rust =
        history.findParents("rank").stream()
            .filter(p -> p.path("id").asText().equals("RUST_2021"))
            .findFirst()
            .orElseThrow();
    assertThat(rust.path("rank").asInt()).isLessThanOrEqualTo(3);
    assertThat(rust.path("shared_failed_checks").findValuesAsText("check_id"))
        .containsExactlyInAnyOrder("NO_LIVE_AMMO", "INSPECT_EACH_ROUND");
    assertThat(rust.path("shared_words").findValuesAsText("")).isNotNull();
    assertThat(rust.path("shared_words").toString()).contains("live round");
  }

  @Test
  void ranking_doesNotDependOnTheOrderOfTheInput(@TempDir Path dir) throws Exception {
    // the reference dataset written back to front, given as your data: equal scores must still
    // come in id order, so the ranking among it is the ranking among the reference
    List<IncidentRecord> reversed = new ArrayList<>(Ingest.reference().records());
    Collections.reverse(reversed);
    try (DatasetWriter w = new DatasetWriter(dir)) {
      reversed.forEach(w::write);
      w.commit();
    }

    JsonNode given =
        JSON.readTree(Run.of("precedents", "crow", "--top", "19", "--format", "json").out())
            .path("data")
            .path("rankings")
            .path(0);
    JsonNode backToFront =
        JSON.readTree(
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
                    .out())
            .path("data")
            .path("rankings")
            .path(0);

    JsonNode history = given.path("history").path("precedents");
    assertThat(history.size()).isGreaterThanOrEqualTo(10);
    assertThat(backToFront.path("log").path("precedents")).isEqualTo(history);
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
