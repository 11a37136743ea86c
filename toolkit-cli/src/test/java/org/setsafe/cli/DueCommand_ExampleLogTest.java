package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.setsafe.cli.text.DueText;

/**
 * {@code setsafe due} on the Harbour Lights example log with its production's rules, as of 30 April
 * 2026: every report and deadline as worked by hand in {@code
 * data/examples/harbour-lights-worked-answer.md} (section "Reports and deadlines").
 */
class DueCommand_ExampleLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LOG = CliFixtures.example("harbour-lights-log.csv");
  static final String RULES = CliFixtures.example("harbour-lights-rules.json");

  /** The worked answer: status, incident, rule, due (or without delay), in the order listed. */
  static final List<String> EXPECTED =
      List.of(
          "missed HL-02 union-24h 2026-01-16 14:10",
          "missed HL-06 studio-recordable-72h 2026-02-08 16:40",
          "missed HL-07 us-ca-calosha-serious 2026-02-10 19:20",
          "missed HL-11 union-24h 2026-02-25 15:15",
          "missed HL-11 studio-recordable-72h 2026-02-27 15:15",
          "missed HL-12 union-24h 2026-03-03 10:05",
          "missed HL-17 union-24h 2026-03-19 16:20",
          "open HL-21 us-ca-calosha-serious 2026-04-30 01:00",
          "open HL-21 union-24h 2026-04-30 17:00",
          "open HL-21 studio-recordable-72h 2026-05-02 17:00",
          "met HL-16 gb-riddor-notify without delay",
          "met HL-01 union-24h 2026-01-13 08:30",
          "met HL-02 studio-recordable-72h 2026-01-18 14:10",
          "met HL-03 union-24h 2026-01-21 10:00",
          "met HL-03 studio-recordable-72h 2026-01-23 10:00",
          "met HL-04 us-ca-calosha-serious 2026-01-29 06:15",
          "met HL-04 union-24h 2026-01-29 22:15",
          "met HL-04 studio-recordable-72h 2026-01-31 22:15",
          "met HL-05 union-24h 2026-02-04 09:00",
          "met HL-05 studio-recordable-72h 2026-02-06 09:00",
          "met HL-06 union-24h 2026-02-06 16:40",
          "met HL-07 union-24h 2026-02-11 11:20",
          "met HL-07 studio-recordable-72h 2026-02-13 11:20",
          "met HL-08 union-24h 2026-02-15 13:00",
          "met HL-08 studio-recordable-72h 2026-02-17 13:00",
          "met HL-09 union-24h 2026-02-19 07:50",
          "met HL-09 studio-recordable-72h 2026-02-21 07:50",
          "met HL-10 union-24h 2026-02-21 12:30",
          "met HL-13 union-24h 2026-03-06 18:30",
          "met HL-14 us-ca-calosha-serious 2026-03-09 17:40",
          "met HL-14 union-24h 2026-03-10 09:40",
          "met HL-14 studio-recordable-72h 2026-03-12 09:40",
          "met HL-15 union-24h 2026-03-13 14:00",
          "met HL-15 studio-recordable-72h 2026-03-15 14:00",
          "met HL-16 union-24h 2026-03-17 11:00",
          "met HL-16 studio-recordable-72h 2026-03-19 11:00",
          "met HL-16 gb-riddor-report 2026-03-26 23:59",
          "met HL-16 gb-riddor-over-7-day 2026-03-31 23:59");

  static JsonNode data() throws Exception {
    Run r = Run.of("due", LOG, "--rules", RULES, "--as-of", "2026-04-30", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("schema").asText()).isEqualTo(DueText.SCHEMA);
    assertThat(root.path("version").asInt()).isEqualTo(1);
    assertThat(root.path("problems").isArray()).isTrue();
    return root.path("data");
  }

  @Test
  void exampleLog_listsEveryReport_missedThenOpenThenMet_asWorkedByHand() throws Exception {
    JsonNode data = data();
    List<String> got = new ArrayList<>();
    for (JsonNode d : data.path("deadlines")) {
      got.add(
          d.path("status").asText()
              + " "
              + d.path("incident_id").asText()
              + " "
              + d.path("rule_id").asText()
              + " "
              + (d.path("due").isNull() ? "without delay" : d.path("due").asText()));
    }
    assertThat(got).containsExactlyElementsOf(EXPECTED);
    assertThat(data.path("counts").path("missed").asInt()).isEqualTo(7);
    assertThat(data.path("counts").path("open").asInt()).isEqualTo(3);
    assertThat(data.path("counts").path("met").asInt()).isEqualTo(28);
  }

  @Test
  void aLateReport_isMissed_withWhenItWasMade_andInferredFactsShowTheirWords() throws Exception {
    JsonNode data = data();
    JsonNode late = find(data, "HL-07", "us-ca-calosha-serious");
    assertThat(late.path("late").asBoolean()).isTrue();
    assertThat(late.path("reported_at").asText()).isEqualTo("2026-02-10 21:05");
    JsonNode inferred = find(data, "HL-02", "studio-recordable-72h");
    assertThat(inferred.path("inferred_from").asText()).isEqualTo("stitches");
    JsonNode privacy = find(data, "HL-08", "union-24h");
    assertThat(privacy.path("people").get(0).asText()).isEqualTo("privacy case");
    assertThat(privacy.toString()).doesNotContain("Taylor Quinn");
  }

  @Test
  void table_showsTheCountsAndTheSource_andCsvEscapesNothingItNeedNot() throws Exception {
    Run t = Run.of("due", LOG, "--rules", RULES, "--as-of", "2026-04-30", "--width", "160");
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("38 reports as of 2026-04-30: 7 missed, 3 open, 28 met.");
    assertThat(t.out()).contains("2026-02-10 21:05 late");
    assertThat(t.out()).doesNotContain("Taylor Quinn");

    Run c = Run.of("due", LOG, "--rules", RULES, "--as-of", "2026-04-30", "--format", "csv");
    assertThat(c.exit()).as(c.err()).isZero();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .build()
            .parse(new StringReader(c.out()))
            .getRecords();
    assertThat(rows).hasSize(38);
    assertThat(rows.get(0).get("status")).isEqualTo("missed");
    assertThat(rows.get(0).get("due")).isEqualTo("2026-01-16 14:10");
  }

  @Test
  void withoutTheProductionsRules_onlyTheRegulatorsReportsAreListed() throws Exception {
    Run r = Run.of("due", LOG, "--as-of", "2026-04-30", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode deadlines = JSON.readTree(r.out()).path("data").path("deadlines");
    List<String> rules = new ArrayList<>();
    deadlines.forEach(
        d -> rules.add(d.path("incident_id").asText() + " " + d.path("rule_id").asText()));
    assertThat(rules)
        .containsExactly(
            "HL-07 us-ca-calosha-serious",
            "HL-21 us-ca-calosha-serious",
            "HL-16 gb-riddor-notify",
            "HL-04 us-ca-calosha-serious",
            "HL-14 us-ca-calosha-serious",
            "HL-16 gb-riddor-report",
            "HL-16 gb-riddor-over-7-day");
  }

  private static JsonNode find(JsonNode data, String id, String rule) {
    for (JsonNode d : data.path("deadlines")) {
      if (d.path("incident_id").asText().equals(id) && d.path("rule_id").asText().equals(rule)) {
        return d;
      }
    }
    throw new AssertionError("no " + id + " " + rule);
  }
}
