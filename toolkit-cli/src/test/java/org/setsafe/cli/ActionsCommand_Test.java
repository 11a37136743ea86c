package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ActionsCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATASET = CliFixtures.path("cli/follow-up-dataset");

  private static List<String> incidentColumn(String out) {
    return out.lines()
        .skip(2)
        .takeWhile(l -> !l.matches("\\d+ of \\d+ action.*"))
        .filter(l -> !l.startsWith(" "))
        .map(l -> l.split(" +")[0])
        .toList();
  }

  @Test
  void overdue_asOfADay_listsTheOverdueOnes_longestOverdueFirst() {
    Run r = Run.of("actions", DATASET, "--overdue", "--as-of", "2026-04-20");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    // FU-06's follow-up has no status and was due 2026-04-16: not known to be done, so overdue
    assertThat(incidentColumn(r.out())).containsExactly("FU-02", "FU-03", "FU-04", "FU-06");
    assertThat(r.out())
        .contains("4 of 9 action(s) shown (overdue), as of 2026-04-20.")
        .containsPattern(
            "FU-02 +Gloves for all track.* +Key grip +2026-03-16 +Open +42 days +35 days");
  }

  @Test
  void overdue_dependsOnTheDay() {
    Run early = Run.of("actions", DATASET, "--overdue", "--as-of", "2026-03-17");

    assertThat(incidentColumn(early.out())).containsExactly("FU-02");
    assertThat(early.out()).containsPattern("FU-02 .* 8 days +1 day");
  }

  @Test
  void asOf_defaultsToTheClock_notTheMachinesDay() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-21T10:00:00Z"), ZoneOffset.UTC);
    Run r =
        Run.with(
            cl ->
                ((ActionsCommand) cl.getSubcommands().get("actions").getCommand()).asOf.clock =
                    clock,
            "actions",
            DATASET,
            "--overdue");

    assertThat(r.out()).contains("as of 2026-03-21.");
    assertThat(incidentColumn(r.out())).containsExactly("FU-02", "FU-03");
  }

  @Test
  void allActions_openAndOverdueFirst_thenNotRecorded_thenClosed_withTheFigures() {
    Run r = Run.of("actions", DATASET, "--as-of", "2026-04-20");

    assertThat(incidentColumn(r.out()))
        .containsExactly(
            "FU-02", "FU-03", "FU-04", "FU-06", "FU-05", "FU-01", "FU-09", "FU-09", "FU-10");
    String words = r.out().replaceAll("\\s+", " ");
    assertThat(words)
        .contains(
            "9 actions for 10 incidents: 4 open (3 overdue), 1 status not recorded (1 overdue), 2"
                + " done, 1 verified, 1 cancelled; median 1 day to close (3 actions with raised and closed"
                + " dates).")
        .contains(
            "2 near misses (FU-07, FU-10) and 1 injury (FU-08) have no follow-up action (or only"
                + " cancelled ones).");
  }

  @Test
  void followUpWithoutStatus_showsNotRecorded_neverDone() throws IOException {
    Run text = Run.of("actions", DATASET, "--as-of", "2026-04-20");
    assertThat(text.out())
        .containsPattern("FU-06 +Two-person lift.* +Key grip +2026-04-16 +Not recorded");

    JsonNode fu06 =
        actionOf(
            Run.of("actions", DATASET, "--as-of", "2026-04-20", "--format", "json"), "FU-06-1");
    assertThat(fu06.get("status").asText()).isEqualTo("unknown");
    assertThat(fu06.get("days_open").isNull()).isTrue();

    Run show = Run.of("show", "FU-06", "--in", DATASET, "--no-reference", "--as-of", "2026-04-20");
    assertThat(show.out().replaceAll("\\s+", " "))
        .contains("Follow-up actions (1): overdue as of 2026-04-20")
        .contains(
            "FU-06-1 Two-person lift for dollies [corrective; Key grip; status not recorded; due"
                + " 2026-04-16, 4 days overdue]")
        .doesNotContain("done");
  }

  private static JsonNode actionOf(Run r, String id) throws IOException {
    for (JsonNode a : JSON.readTree(r.out()).path("data").get("actions")) {
      if (a.get("action_id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no action " + id + " in " + r.out());
  }

  @Test
  void json_givesTheSameFiguresAsTheText_andEveryActionWithItsDays() throws IOException {
    Run r = Run.of("actions", DATASET, "--as-of", "2026-04-20", "--format", "json");
    JsonNode root = JSON.readTree(r.out()).path("data");
    JsonNode s = root.get("summary");

    assertThat(root.get("as_of").asText()).isEqualTo("2026-04-20");
    assertThat(s.get("actions").asInt()).isEqualTo(9);
    assertThat(s.get("open").asInt()).isEqualTo(4);
    assertThat(s.get("overdue").asInt()).isEqualTo(4);
    assertThat(s.get("unknown").asInt()).isEqualTo(1);
    assertThat(s.get("median_days_to_close").asDouble()).isEqualTo(1.0);
    assertThat(s.get("incidents_by_follow_up").get("overdue").asInt()).isEqualTo(4);
    assertThat(s.get("no_action").get("near_miss").get("ids").toString())
        .isEqualTo("[\"FU-07\",\"FU-10\"]");
    assertThat(root.get("actions")).hasSize(9);
    JsonNode first = root.get("actions").get(0);
    assertThat(first.get("incident_id").asText()).isEqualTo("FU-02");
    assertThat(first.get("incident_title").asText()).isEqualTo("Wrist cut laying dolly track");
    assertThat(first.get("overdue").asBoolean()).isTrue();
    assertThat(first.get("days_open").asInt()).isEqualTo(42);
    assertThat(first.get("days_overdue").asInt()).isEqualTo(35);
  }

  @Test
  void csv_hasAHeaderAndOneRecordPerAction_readableBack() throws IOException {
    Run r = Run.of("actions", DATASET, "--as-of", "2026-04-20", "--open", "--format", "csv");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(r.out()))
            .getRecords();

    assertThat(rows)
        .extracting(x -> x.get("action_id") + "/" + x.get("status") + "/" + x.get("days_overdue"))
        .containsExactly(
            "FU-02-1/open/35",
            "FU-03-1/in_progress/31",
            "FU-04-1/open/24",
            "FU-06-1/unknown/4",
            "FU-05-1/open/");
    assertThat(rows.get(1).get("action"))
        .isEqualTo("Ladder check and spotter rule for the art department");
  }

  @Test
  void owner_matchesWordsOrTheRole() {
    assertThat(
            incidentColumn(
                Run.of("actions", DATASET, "--as-of", "2026-04-20", "--owner", "GRIP").out()))
        .containsExactly("FU-02", "FU-04", "FU-06", "FU-01");
    assertThat(
            incidentColumn(
                Run.of("actions", DATASET, "--as-of", "2026-04-20", "--owner", "armorer").out()))
        .containsExactly("FU-09", "FU-09");
  }

  @Test
  void badDay_isAUsageError_inOneLine() {
    Run r = Run.of("actions", DATASET, "--as-of", "20/04/2026");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "setsafe: --as-of: '20/04/2026' is not a date (expected yyyy-MM-dd, e.g. 2026-04-20)");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validate_badActionRows_eachAtFileLineAndColumn_andExit1() {
    Run r = Run.of("validate", CliFixtures.path("cli/bad-actions-dataset"));

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern(
            "bad-actions-dataset/actions\\.csv:3:10: closed_on: closed_on 2026-03-04 is before"
                + " raised_on 2026-03-05")
        .containsPattern(
            "actions\\.csv:4:8: due_on: due_on 2026-03-08 is before raised_on 2026-03-09")
        .containsPattern("actions\\.csv:5:10: warning: closed_on: status is verified but closed_on")
        .containsPattern(
            "actions\\.csv:6:2: action_id: duplicate action id 'BA-1-1' \\(first on line 2\\)")
        .containsPattern(
            "actions\\.csv:8:1: incident_id: names incident 'BA-9', which is not in incidents\\.csv")
        .containsPattern("actions\\.csv: 7 rows read, 2 ok, 5 rejected")
        .contains("invalid: 5 error(s), 1 warning(s)");
  }
}
