package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code --format table|json|csv} on every command that prints data: JSON is one envelope, valid
 * against the command's JSON Schema; CSV has a header and one record per row, all of its width, and
 * formula-like text escaped.
 */
class Formats_EveryCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = CliFixtures.example("dusty-trail-log.csv");
  private static final String MAPPING = CliFixtures.example("dusty-trail-log.mapping.json");
  private static final String FLAT = CliFixtures.path("cli/valid-flat-log.csv");
  private static final String BAD = CliFixtures.path("cli/impossible-date.csv");

  @TempDir static Path dir;

  /** Each data command with arguments that give it something to print. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("list", List.of("list")),
        Arguments.of("list", List.of("list", LOG, "--mapping", MAPPING, "--class", "psif")),
        Arguments.of("show", List.of("show", "rust")),
        Arguments.of("show", List.of("show", "DT-007", LOG, "--mapping", MAPPING)),
        Arguments.of("classify", List.of("classify", LOG, "--mapping", MAPPING)),
        Arguments.of(
            "actions", List.of("actions", LOG, "--mapping", MAPPING, "--as-of", "2026-04-20")),
        Arguments.of("compare", List.of("compare", "rust", "crow")),
        Arguments.of("precedents", List.of("precedents", "rust", LOG, "--mapping", MAPPING)),
        Arguments.of("suggest", List.of("suggest", LOG, "--mapping", MAPPING)),
        Arguments.of("validate", List.of("validate", FLAT)),
        Arguments.of("validate", List.of("validate", BAD)),
        Arguments.of("protocols", List.of("protocols")),
        Arguments.of("protocols", List.of("protocols", "firearms")),
        Arguments.of("protocols", List.of("protocols", "NO_LIVE_AMMO")),
        Arguments.of("data.audit", List.of("data", "audit")),
        Arguments.of(
            "due",
            List.of(
                "due",
                CliFixtures.example("harbour-lights-log.csv"),
                "--rules",
                CliFixtures.example("harbour-lights-rules.json"),
                "--as-of",
                "2026-04-30")),
        Arguments.of(
            "osha",
            List.of(
                "osha",
                CliFixtures.example("harbour-lights-log.csv"),
                "--establishment",
                CliFixtures.example("harbour-lights-establishment.json"),
                "-o",
                "@dir/osha")),
        Arguments.of(
            "risk.check",
            List.of("risk", "check", CliFixtures.example("dusty-trail-assessment.csv"))),
        Arguments.of("import", List.of("import", BAD, "--into", "@dir/imported")),
        Arguments.of(
            "report", List.of("report", LOG, "--mapping", MAPPING, "-o", "@dir/report.xlsx")),
        Arguments.of(
            "generate", List.of("generate", "--rows", "20", "--seed", "3", "-o", "@dir/g.csv")));
  }

  /** Whether the command exists here and its --format takes {@code format}. */
  private static boolean takes(List<String> args, String format) {
    CommandLine cl = Main.commandLine();
    for (String a : args) {
      CommandLine sub = cl.getSubcommands().get(a);
      if (sub == null) {
        break;
      }
      cl = sub;
    }
    var option = cl.getCommandSpec().findOption("--format");
    if (option == null) {
      return false;
    }
    Iterable<String> names = option.completionCandidates();
    if (names == null) {
      return true;
    }
    for (String n : names) {
      if (n.equals(format)) {
        return true;
      }
    }
    return false;
  }

  private static Run run(List<String> args, String format, String name) {
    List<String> a = new ArrayList<>();
    for (String s : args) {
      a.add(s.replace("@dir", dir.resolve(format + "-" + name).toString()));
    }
    a.addAll(List.of("--format", format));
    return Run.of(a.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void json_isOneEnvelope_validAgainstTheCommandsSchema(String schema, List<String> args)
      throws IOException {
    assumeTrue(takes(args, "json"), args.get(0) + " is not on this branch yet");
    Run r = run(args, "json", String.valueOf(args.hashCode()));
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    JsonNode doc = JSON.readTree(r.out());

    assertThat(doc.get("schema").asText()).isEqualTo("setsafe." + schema);
    assertThat(doc.get("version").asInt()).isEqualTo(1);
    assertThat(JsonSchemaCheck.of("setsafe." + schema).problems(doc)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void csv_hasAHeader_andEveryRecordItsWidth(String schema, List<String> args) throws IOException {
    assumeTrue(takes(args, "csv"), args.get(0) + " has no CSV, or is not on this branch yet");
    Run r = run(args, "csv", String.valueOf(args.hashCode()));
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().build().parse(new StringReader(r.out())).getRecords();

    assertThat(records).as(r.out()).isNotEmpty();
    int width = records.get(0).size();
    assertThat(width).isGreaterThan(1);
    for (String h : records.get(0)) {
      assertThat(h).matches("[a-z][a-z0-9_:]*|[A-Z0-9_]+");
    }
    assertThat(records).allSatisfy(rec -> assertThat(rec.size()).isEqualTo(width));
    if (!args.contains(FLAT)) { // a valid file has no problem to list: the header alone
      assertThat(records.size()).as("rows under the header").isGreaterThan(1);
    }
  }

  @Test
  void validate_problemsGoToTheEnvelope_withTheirPlace() throws IOException {
    JsonNode doc = JSON.readTree(Run.of("validate", BAD, "--format", "json").out());
    assertThat(doc.get("data").get("valid").asBoolean()).isFalse();
    assertThat(doc.get("problems"))
        .anySatisfy(
            p -> {
              assertThat(p.get("line").asInt()).isEqualTo(3);
              assertThat(p.get("message").asText()).contains("2023-02-30 is not a real date");
            });
  }

  @Test
  void csv_escapesTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
    String log = CliFixtures.path("cli/formula-cells.csv");
    for (List<String> args :
        List.of(
            List.of("list", log),
            List.of("show", "NM-101", log),
            List.of("compare", "NM-101", "rust", log))) {
      List<String> a = new ArrayList<>(args);
      a.addAll(List.of("--format", "csv"));
      Run r = Run.of(a.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isZero();
      try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(r.out()))) {
        for (CSVRecord rec : p) {
          for (String cell : rec) {
            assertThat(cell).as(args.toString()).doesNotStartWith("=").doesNotStartWith("+");
            assertThat(cell).doesNotStartWith("@");
          }
        }
      }
      assertThat(r.out()).contains("'=HYPERLINK(").contains("'+Dusty Trail");
    }
  }

  @Test
  void everyCommandWithFormat_hasASchema_andEverySchemaACommand() throws IOException {
    TreeSet<String> withFormat = new TreeSet<>();
    collect(Main.commandLine(), "", withFormat);
    TreeSet<String> schemas = new TreeSet<>();
    Path folder =
        Path.of(
                JsonSchemaCheck.class
                    .getClassLoader()
                    .getResource("org/setsafe/cli/schemas/setsafe.list.schema.json")
                    .getPath())
            .getParent();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(
          f ->
              schemas.add(
                  f.getFileName().toString().replaceAll("^setsafe\\.|\\.schema\\.json$", "")));
    }
    assertThat(schemas).containsAll(withFormat);
    Map<String, List<String>> covered = new java.util.TreeMap<>();
    commands().forEach(a -> covered.put((String) a.get()[0], List.of()));
    assertThat(covered.keySet())
        .as("every command with --format is tested")
        .containsAll(withFormat);
    assertThat(covered.keySet()).as("every schema is tested").containsAll(schemas);
  }

  @Test
  void textFormat_isStillTakenAsTable() {
    assertThat(Run.of("actions", "--format", "text").out())
        .isEqualTo(Run.of("actions", "--format", "table").out());
  }

  private static void collect(CommandLine cl, String prefix, TreeSet<String> out) {
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      String name = prefix + e.getKey();
      if (e.getValue().getCommandSpec().findOption("--format") != null) {
        out.add(name);
      }
      collect(e.getValue(), name + ".", out);
    }
  }

  @BeforeAll
  static void folder() throws IOException {
    Files.createDirectories(dir);
  }
}
