package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.ingest.Ingest;

/**
 * The one input model: every command that reads incidents takes PATH... through {@link
 * InputOptions}, and the reference dataset follows {@link ReferenceOption}'s one rule.
 */
class InputModel_Test {
  private static final String LOG = CliFixtures.path("cli/valid-flat-log.csv");
  private static final String NEAR_MISSES = CliFixtures.path("precedents/near-miss-log.csv");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate",
        "import",
        "list",
        "show",
        "classify",
        "actions",
        "report",
        "compare",
        "precedents",
        "suggest"
      })
  void everyReadingCommand_takesPathMappingSheetAndHeaderRow_fromTheOneMixin(String command) {
    var cl = Main.commandLine(new String[] {command}).getSubcommands().get(command);
    var spec = cl.getCommandSpec();

    assertThat(spec.positionalParameters())
        .anySatisfy(p -> assertThat(p.paramLabel()).isEqualTo("PATH"));
    for (String option : List.of("--mapping", "--sheet", "--header-row")) {
      assertThat(spec.findOption(option)).as(command + " " + option).isNotNull();
    }
    if (!command.equals("import") && !command.equals("validate")) {
      assertThat(spec.findOption("--reference").negatable()).as(command).isTrue();
    }
  }

  @Test
  void showIdPath_findsTheIncidentOfTheLog_andTheReferenceBesideIt() {
    Run mine = Run.of("show", "NM-001", LOG);
    assertThat(mine.exit()).as(mine.err()).isZero();
    assertThat(mine.out()).startsWith("NM-001: Live round found in dummy box");

    Run history = Run.of("show", "rust", LOG);
    assertThat(history.exit()).as(history.err()).isZero();
    assertThat(history.out()).startsWith("RUST_2021: ");

    Run dropped = Run.of("show", "rust", LOG, "--no-reference");
    assertThat(dropped.exit()).isEqualTo(2);
    assertThat(dropped.err()).startsWith("setsafe: no incident matches 'rust'");
  }

  @Test
  void oldSpellingIn_staysAnAlias() {
    assertThat(Run.of("show", "NM-001", "-i", LOG).out())
        .isEqualTo(Run.of("show", "NM-001", LOG).out());
  }

  @Test
  void precedentsIdPath_ranksTheLogsNearMissesLikeRust() {
    Run r = Run.of("precedents", "rust", NEAR_MISSES, "--top", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("In history").contains("In your log").contains("NM-1");
  }

  @Test
  void precedentsAll_ranksEachIncidentOfThePath_likeTheOldLogOption() {
    Run all = Run.of("precedents", "--all", NEAR_MISSES, "--top", "2");
    Run old = Run.of("precedents", "--log", NEAR_MISSES, "--top", "2");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out()).isEqualTo(old.out());
  }

  @Test
  void compare_takesIdsThenPaths() {
    Run r = Run.of("compare", "NM-001", "rust", LOG);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("NM-001").contains("RUST_2021");
  }

  @Test
  void withPaths_onlyYourDataIsListedAndCounted_withNoneTheReference() {
    int reference = Ingest.reference().size();
    assertThat(Run.of("list", LOG).out()).contains("2 of 2 incident(s)");
    assertThat(Run.of("classify", LOG, "--format", "csv").out().lines().count()).isEqualTo(3);
    assertThat(Run.of("list").out()).contains(reference + " of " + reference + " incident(s)");
  }

  @Test
  void noReferenceWithoutPath_isAUsageError_inOneLine() {
    for (String command : List.of("list", "classify", "suggest", "actions")) {
      Run r = Run.of(command, "--no-reference");
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err().lines()).as(command).hasSize(1);
      assertThat(r.err()).contains("give a PATH");
    }
  }
}
