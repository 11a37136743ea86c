package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Category;

class Commands_FoundationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void showRust_printsPeopleFailedChecksWithRulesOutcomesAndSources() {
    Run r = Run.of("show", "rust");

    assertThat(r.exit()).isZero();
    String words = r.out().replaceAll("\\s+", " ");
    assertThat(r.out()).startsWith("RUST_2021: ");
    assertThat(words)
        .contains("Casualties 1 killed, 1 injured")
        .contains("Hannah Gutierrez-Reed", "Armorer", "David Halls", "First assistant director")
        .contains("NO_LIVE_AMMO — No live ammunition", "Rule: Live ammunition")
        .contains("Hannah Gutierrez-Reed (armorer), Involuntary manslaughter — convicted")
        .contains("dismissed with prejudice 2024-07-12")
        .contains("USD 136,793 reduced to USD 100,000")
        .contains("Sources (")
        .contains("https://");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void show_unknownName_suggestsAndExits2_ambiguousListsCandidates() {
    Run unknown = Run.of("show", "rusty-crowbar");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("setsafe: no incident matches 'rusty-crowbar'; did you mean: ");
    assertThat(unknown.err().lines()).hasSize(1);

    Run ambiguous = Run.of("show", "resident");
    assertThat(ambiguous.exit()).isEqualTo(2);
    assertThat(ambiguous.err())
        .contains("'resident' matches 2 incidents")
        .contains("RESIDENTEVIL6_JACKSON_2015", "RESIDENTEVIL6_CORNELIUS_2015");
  }

  @Test
  void validate_reference_exits0() {
    Run r = Run.of("validate");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("valid: 0 error(s), 0 warning(s)");
  }

  @Test
  void validate_badFiles_exit1_withFileLineColumnMessages() {
    Run r =
        Run.of(
            "validate",
            CliFixtures.path("cli/unterminated-quote.csv"),
            CliFixtures.path("cli/impossible-date.csv"),
            CliFixtures.path("cli/unknown-role-dataset"));

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern(
            "unterminated-quote\\.csv:3:12: summary: a quoted value opened here is never closed")
        .containsPattern("impossible-date\\.csv:3:4: date: 2023-02-30 is not a real date")
        .containsPattern(
            "people\\.csv:3:3: role: unknown role 'grip boss'; expected one of: armorer,")
        .containsPattern(
            "impossible-date\\.csv:2:1: id: duplicate id 'NM-001' \\(first in"
                + " .*unterminated-quote\\.csv:2\\)")
        .contains("invalid: 6 error(s)");
    assertThat(r.out()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void validate_json_isData() throws IOException {
    Run r = Run.of("validate", "--format", "json", CliFixtures.path("cli/impossible-date.csv"));
    JsonNode root = JSON.readTree(r.out()).path("data");

    assertThat(root.get("valid").asBoolean()).isFalse();
    assertThat(root.get("errors").asInt()).isEqualTo(1);
    JsonNode problems = JSON.readTree(r.out()).path("problems");
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(3);
    assertThat(problems.get(0).get("column_name").asText()).isEqualTo("date");
    assertThat(root.get("files").get(0).get("rejected").asInt()).isEqualTo(1);
  }

  @Test
  void importOsha_withBundledMapping_accountsForEveryRow_validates_andIsIdempotent(
      @TempDir Path dir) throws IOException {
    String log = CliFixtures.path("cli/osha-severe-injury-film-2015-2017.csv");
    Path into = dir.resolve("osha");

    Run first = Run.of("import", log, "--mapping", "osha-severe-injury", "--into", into.toString());
    String incidents = Files.readString(into.resolve("incidents.csv"));
    Run second =
        Run.of("import", log, "--mapping", "osha-severe-injury", "--into", into.toString());

    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("read 14, imported 14, rejected 0");
    assertThat(second.out()).contains("holds 14 incident(s): 0 kept from before, 14 replaced");
    assertThat(Files.readString(into.resolve("incidents.csv"))).isEqualTo(incidents);
    assertThat(Run.of("validate", into.toString()).exit()).isZero();
    assertThat(Run.of("show", "OSHA-2016099237", "--in", into.toString()).out())
        .contains("Fractures: Other fall to lower level");
  }

  @Test
  void import_withRejects_countsAddUp_andExits1(@TempDir Path dir) throws IOException {
    Run r = Run.of("import", CliFixtures.path("cli/impossible-date.csv"), "--into", dir.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("read 2, imported 1, rejected 1");
    assertThat(r.err()).contains("impossible-date.csv:3:4: date:");
    assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).hasSize(2);
  }

  @Test
  void list_filtersByFailedCheckAndCategory() throws IOException {
    Run r = Run.of("list", "--failed", "NO_LIVE_AMMO");
    assertThat(r.out()).contains("RUST_2021", "CROW_1993").doesNotContain("MIDNIGHTRIDER_2014");

    Run firearms = Run.of("list", "--category", "firearm", "--format", "json");
    JsonNode a = JSON.readTree(firearms.out()).path("data").path("incidents");
    assertThat(a).allSatisfy(n -> assertThat(n.get("category").asText()).isEqualTo("firearm"));
    assertThat(a.size())
        .isPositive()
        .isEqualTo(
            Ingest.reference().records().stream()
                .filter(x -> x.incident().category() == Category.FIREARM)
                .count());

    Run bad = Run.of("list", "--category", "guns");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown category 'guns'; expected one of: firearm");
  }

  @Test
  void list_userLog_listsOnlyIt_withOrWithoutTheReferenceBeside() {
    String log = CliFixtures.path("cli/valid-flat-log.csv");
    int reference = Ingest.reference().size();
    assertThat(Run.of("list").out()).contains(reference + " of " + reference + " incident(s)");
    assertThat(Run.of("list", log).out()).contains("2 of 2 incident(s)").contains("NM-001");
    assertThat(Run.of("list", "--no-reference", log).out())
        .contains("2 of 2 incident(s)")
        .contains("NM-001");
  }

  @Test
  void show_json_carriesTheWholeRecord() throws IOException {
    JsonNode n = JSON.readTree(Run.of("show", "RUST_2021", "--format", "json").out()).path("data");
    assertThat(n.get("id").asText()).isEqualTo("RUST_2021");
    assertThat(n.get("fatalities").asInt()).isEqualTo(1);
    assertThat(n.get("people").size()).isGreaterThan(5);
    assertThat(n.get("checks").get(0).get("rule").asText()).isNotBlank();
    assertThat(n.get("outcomes").findValuesAsText("disposition"))
        .contains("convicted", "dismissed_with_prejudice");
  }

  @Test
  void protocols_listAndDetail() {
    assertThat(Run.of("protocols").out()).contains("firearms — ").contains("NO_LIVE_AMMO");
    assertThat(Run.of("protocols", "NO_LIVE_AMMO").out())
        .contains("Responsible:")
        .contains("Layer:")
        .contains("Basis (");
    Run bad = Run.of("protocols", "nope");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("setsafe: no protocol or check 'nope'");
  }

  @Test
  void userErrors_areOneLine_withoutStackTraces() {
    Run missing =
        Run.of("validate", "no/such/file.csv", CliFixtures.path("cli/valid-flat-log.csv"));
    // a PATH that does not exist is a usage error, told before anything is read
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err())
        .isEqualTo("setsafe: PATH 'no/such/file.csv': no such file or folder\n");

    Run badMapping =
        Run.of(
            "import",
            CliFixtures.path("cli/valid-flat-log.csv"),
            "--mapping",
            "nope.json",
            "--into",
            "x");
    assertThat(badMapping.exit()).isEqualTo(2);
    assertThat(badMapping.err())
        .isEqualTo("setsafe: --mapping 'nope.json': no such file or folder\n");

    Run usage = Run.of("show");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required parameter");
  }
}
