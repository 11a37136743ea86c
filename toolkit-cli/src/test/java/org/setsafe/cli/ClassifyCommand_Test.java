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
import org.setsafe.cli.text.SclText;
import org.setsafe.model.Coded;
import org.setsafe.model.SclClass;

/**
 * {@code setsafe classify}, {@code list --class} and {@code show} on the example production log.
 */
class ClassifyCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String log = CliFixtures.example("dusty-trail-log.csv");
  private static final String xlsx = CliFixtures.example("dusty-trail-log.xlsx");
  private static final String mapping = CliFixtures.example("dusty-trail-log.mapping.json");

  private static JsonNode json(String... paths) throws Exception {
    List<String> args = new ArrayList<>(List.of("classify"));
    args.addAll(List.of(paths));
    args.addAll(List.of("--mapping", mapping, "--format", "json"));
    Run r = Run.of(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out()).path("data");
    assertThat(JSON.readTree(r.out()).path("schema").asText()).isEqualTo("setsafe.classify");
    return root.path("incidents");
  }

  private static JsonNode incident(JsonNode list, String id) {
    for (JsonNode n : list) {
      if (n.path("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id);
  }

  @Test
  void exampleLog_theLiveRoundEvent_isAPsif_fromItsRecordedCheck() throws Exception {
    JsonNode all = json(log);
    assertThat(all).hasSize(42);
    JsonNode dt7 = incident(all, "DT-007");
    assertThat(dt7.path("class").asText()).isEqualTo("psif");
    assertThat(dt7.path("at_worst").asBoolean()).isFalse();
    assertThat(dt7.path("potential_sif").asBoolean()).isTrue();
    JsonNode released = dt7.path("answers").path("high_energy_incident");
    assertThat(released.path("answer").asText()).isEqualTo("yes");
    assertThat(released.path("basis").asText()).isEqualTo("check");
    assertThat(released.path("inferred").asBoolean()).isFalse();
    assertThat(released.path("reason").asText()).contains("NO_LIVE_AMMO");
    JsonNode control = dt7.path("answers").path("direct_control");
    assertThat(control.path("answer").asText()).isEqualTo("no");
    assertThat(control.path("basis").asText()).isEqualTo("check");
  }

  @Test
  void exampleLog_potentialSifComeFirst_andEveryInferredAnswerCarriesItsBasis() throws Exception {
    JsonNode all = json(log);
    SclClass before = SclClass.HSIF;
    boolean sif = true;
    for (JsonNode n : all) {
      SclClass c = Coded.parse(SclClass.class, "class", n.path("class").asText());
      assertThat(c.compareTo(before)).as(n.path("id").asText()).isGreaterThanOrEqualTo(0);
      before = c;
      assertThat(!sif && c.potentialSif()).as("potential SIF after the others").isFalse();
      sif = c.potentialSif();
      assertThat(n.path("at_worst").asBoolean()).isEqualTo(n.path("possible").size() > 1);
      for (JsonNode a : n.path("answers")) {
        String basis = a.path("basis").asText();
        if (a.path("answer").asText().equals("unknown")) {
          assertThat(basis).isEqualTo("none");
        }
        if (basis.equals("words")) {
          assertThat(a.path("inferred").asBoolean()).isTrue();
          assertThat(a.path("words").size()).as(n.path("id").asText()).isPositive();
        }
      }
    }
    // the nail gun, the box cutter, the C-stand's flag arm: low energy
    for (String id : List.of("DT-012", "DT-022", "DT-026")) {
      assertThat(incident(all, id).path("class").asText()).as(id).isEqualTo("low_severity");
    }
    // the firearm near misses where no live round was on set and nothing was fired
    for (String id : List.of("DT-003", "DT-011", "DT-029")) {
      assertThat(incident(all, id).path("class").asText()).as(id).isEqualTo("success");
    }
  }

  @Test
  void exampleLog_asCsvAndAsWorkbook_givesTheSameClasses() throws Exception {
    JsonNode fromCsv = json(log);
    JsonNode fromXlsx = json(xlsx);
    assertThat(fromXlsx.size()).isEqualTo(fromCsv.size());
    for (JsonNode n : fromCsv) {
      assertThat(incident(fromXlsx, n.path("id").asText()).path("class"))
          .as(n.path("id").asText())
          .isEqualTo(n.path("class"));
    }
  }

  @Test
  void hospitalWords_inAnInjury_giveADataQualityLine_withTheInferredTreatment() throws Exception {
    JsonNode dt28 = incident(json(log), "DT-028");
    assertThat(dt28.path("treatment").path("level").asText()).isEqualTo("emergency_room");
    assertThat(dt28.path("treatment").path("inferred").asBoolean()).isTrue();
    assertThat(dt28.path("data_quality").asText())
        .startsWith("severity is injury, but the description speaks of \"hospital\"");
    Run table = Run.of("classify", log, "--mapping", mapping, "--width", "100");
    assertThat(table.out()).contains("Data quality (1)\n  DT-028: severity is injury");
    assertThat(table.out().lines())
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void csv_hasOneRowPerIncident_withEveryAnswersBasis() throws Exception {
    Run r = Run.of("classify", log, "--mapping", mapping, "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<CSVRecord> rows =
        CSVFormat.RFC4180.builder().build().parse(new StringReader(r.out())).getRecords();
    assertThat(rows.get(0).toList()).isEqualTo(SclText.CSV_COLUMNS);
    assertThat(rows).hasSize(43);
    CSVRecord dt7 = rows.stream().filter(x -> x.get(0).equals("DT-007")).findFirst().orElseThrow();
    assertThat(dt7.get(SclText.CSV_COLUMNS.indexOf("class"))).isEqualTo("psif");
    assertThat(dt7.get(SclText.CSV_COLUMNS.indexOf("direct_control_basis"))).isEqualTo("check");
  }

  @Test
  void listByClass_keepsThatClass_andShowGivesTheReasons() {
    Run list = Run.of("list", log, "--mapping", mapping, "--no-reference", "--class", "psif");
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out()).contains("DT-007").contains("DT-002").doesNotContain("DT-012");
    assertThat(list.out().lines().filter(l -> l.startsWith("DT-")))
        .allSatisfy(l -> assertThat(l).contains("PSIF"));
    Run bad = Run.of("list", "--class", "psif_");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("hsif, psif, lsif");

    Run show = Run.of("show", "DT-007", "--in", log, "--mapping", mapping, "--no-reference");
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("Classification (Safety Classification and Learning model)")
        .contains("PSIF: a high-energy incident with no direct control")
        .contains("No live ammunition (NO_LIVE_AMMO) failed");
  }

  @Test
  void noPath_classifiesTheReference_everyIncidentHsif() throws Exception {
    Run r = Run.of("classify", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode all = JSON.readTree(r.out()).path("data").path("incidents");
    assertThat(all).hasSize(20);
    assertThat(all.findValuesAsText("class")).containsOnly("hsif");
  }
}
