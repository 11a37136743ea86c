package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.cli.text.SuggestOutput;

/** {@code setsafe suggest} and {@code import --suggest} on the example production log. */
class SuggestCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String log = CliFixtures.example("dusty-trail-log.csv");
  private static final String mapping = CliFixtures.example("dusty-trail-log.mapping.json");

  @Test
  void exampleLog_liveRoundsFound_namesNoLiveAmmo_andThePinchedHandNothing() throws Exception {
    Run r = Run.of("suggest", log, "--mapping", mapping, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out()).path("data");
    assertThat(JSON.readTree(r.out()).path("schema").asText()).isEqualTo("setsafe.suggest");
    assertThat(root.path("incidents")).hasSize(42);
    JsonNode dt7 = incident(root, "DT-007");
    assertThat(dt7.path("suggested").findValuesAsText("check_id")).containsExactly("NO_LIVE_AMMO");
    assertThat(dt7.path("suggested").get(0).path("words").get(0).asText())
        .isEqualTo("live rounds found");
    assertThat(dt7.path("suggested").get(0).path("recorded").path("status").asText())
        .isEqualTo("failed");
    assertThat(incident(root, "DT-008").path("suggested")).isEmpty();
    // the nail gun, the spray gun, the cartridge heater and the staple gun are no firearms
    for (String id : List.of("DT-012", "DT-027", "DT-034", "DT-042")) {
      assertThat(incident(root, id).path("suggested")).as(id).isEmpty();
    }
  }

  @Test
  void text_namesTheCheckAndTheWords_csv_hasOneRowPerSuggestion() {
    Run text = Run.of("suggest", log, "--mapping", mapping, "--width", "100");
    assertThat(text.exit()).as(text.err()).isZero();
    String out = text.out();
    String dt7 = out.substring(out.indexOf("DT-007"), out.indexOf("DT-008"));
    assertThat(dt7)
        .contains("No live ammunition (NO_LIVE_AMMO): \"live rounds found\" [recorded: failed,");
    String dt8 = out.substring(out.indexOf("DT-008"), out.indexOf("DT-009"));
    assertThat(dt8).contains("nothing suggested");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));

    Run csv = Run.of("suggest", log, "--mapping", mapping, "--format", "csv");
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", SuggestOutput.CSV_COLUMNS));
    assertThat(lines).anyMatch(l -> l.startsWith("DT-007,") && l.contains(",NO_LIVE_AMMO,"));
    assertThat(lines).noneMatch(l -> l.startsWith("DT-008,"));
  }

  @Test
  void importSuggest_recordsInferredFailures_besideTheRecordedOnes(@TempDir Path dir)
      throws Exception {
    Path into = dir.resolve("ds");
    Run r = Run.of("import", log, "--mapping", mapping, "--into", into.toString(), "--suggest");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("suggested from the descriptions: ");
    List<String> checks = Files.readAllLines(into.resolve("checks.csv"));
    assertThat(checks)
        .anyMatch(
            l ->
                l.startsWith("DT-011,ARMORER_HANDOFF_ONLY,failed,,inferred,")
                    && l.contains("suggested from the description: \"\"handed the revolver\"\""));
    // DT-007's recorded NO_LIVE_AMMO stands: no second, inferred row for it
    assertThat(checks.stream().filter(l -> l.startsWith("DT-007,NO_LIVE_AMMO,"))).hasSize(1);
    assertThat(checks).noneMatch(l -> l.startsWith("DT-008,") && l.contains("inferred"));
    List<String> before = checks;
    Run again = Run.of("import", log, "--mapping", mapping, "--into", into.toString(), "--suggest");
    assertThat(again.exit()).isZero();
    assertThat(Files.readAllLines(into.resolve("checks.csv"))).isEqualTo(before);
    assertThat(Run.of("validate", into.toString()).exit()).isZero();
  }

  @Test
  void aRowThatNamesNoHazard_getsTheOneItsWordsSpeakOf_recordedAsInferred(@TempDir Path dir)
      throws Exception {
    Run r = Run.of("suggest", log, "--mapping", mapping, "--format", "json");
    JsonNode root = JSON.readTree(r.out()).path("data");
    JsonNode dt12 = incident(root, "DT-012").path("inferred_category");
    assertThat(dt12.path("category").asText()).isEqualTo("rigging_equipment");
    assertThat(dt12.path("words").get(0).asText()).isEqualTo("nail gun");
    // a row with a hazard keeps it; a row whose words speak of none names none
    assertThat(incident(root, "DT-007").path("inferred_category").isNull()).isTrue();
    assertThat(incident(root, "DT-018").path("inferred_category").isNull()).isTrue();

    Path into = dir.resolve("ds");
    Run imported =
        Run.of("import", log, "--mapping", mapping, "--into", into.toString(), "--suggest");
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("hazard category read from the descriptions of rows that named none: 3");
    List<String> incidents = Files.readAllLines(into.resolve("incidents.csv"));
    String header = incidents.get(0);
    assertThat(header).contains("category_evidence");
    assertThat(incidents)
        .anyMatch(
            l ->
                l.startsWith("DT-012,")
                    && l.contains(",rigging_equipment,")
                    && l.contains("\"inferred from the description: \"\"nail gun\"\"\""));
    assertThat(incidents)
        .anyMatch(l -> l.startsWith("DT-018,") && l.contains(",other,") && !l.contains("inferred"));
    assertThat(Run.of("validate", into.toString()).exit()).isZero();
  }

  private static JsonNode incident(JsonNode root, String id) {
    for (JsonNode n : root.path("incidents")) {
      if (n.path("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no incident " + id);
  }
}
