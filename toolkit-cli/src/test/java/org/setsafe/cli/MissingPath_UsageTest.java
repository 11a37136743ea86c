package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PATH that does not exist is a usage error (exit 2) in every command that takes one: one line in
 * setsafe's words naming it, nothing read, nothing written.
 */
class MissingPath_UsageTest {
  @TempDir static Path dir;

  /** Every command that takes PATH (or a file in its place), with what else it needs. */
  static Stream<List<String>> commands() {
    String establishment = CliFixtures.example("harbour-lights-establishment.json");
    return Stream.of(
        List.of("list"),
        List.of("show", "RUST_2021"),
        List.of("classify"),
        List.of("actions"),
        List.of("report", "-o", dir.resolve("r.xlsx").toString()),
        List.of("suggest"),
        List.of("validate"),
        List.of("import", "--into", dir.resolve("ds").toString()),
        List.of("precedents", "rust"),
        List.of("compare", "RUST_2021", "CROW_1993", CliFixtures.path("cli/valid-flat-log.csv")),
        List.of("due"),
        List.of("osha", "--establishment", establishment),
        List.of("mapping", "draft"),
        List.of("risk", "check"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void missingPath_isExit2_inOneLine_nothingWritten(List<String> command) throws IOException {
    String missing = dir.resolve("nosuch.csv").toString();
    // compare: after its IDs and an existing PATH, a second PATH; risk check: the RA
    List<String> args = new ArrayList<>(command);
    args.add(missing);

    Run r = Run.of(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .matches(
            "setsafe: (PATH|RA) '"
                + java.util.regex.Pattern.quote(missing)
                + "': no such file or folder\n");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("r.xlsx", "ds");
    }
  }

  @Test
  void aNameOneSlipAway_isSuggested() throws IOException {
    Path near = Files.writeString(dir.resolve("dusty.csv"), "id\n");
    Run r = Run.of("list", dir.resolve("dusty.cvs").toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "setsafe: PATH '"
                + dir.resolve("dusty.cvs")
                + "': no such file or folder; did you mean "
                + near
                + "?\n");
  }

  @Test
  void severalMissing_areNamedInOneLine() {
    Run r =
        Run.of(
            "validate",
            dir.resolve("a.csv").toString(),
            CliFixtures.path("cli/valid-flat-log.csv"),
            dir.resolve("b.csv").toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "setsafe: PATH '"
                + dir.resolve("a.csv")
                + "', '"
                + dir.resolve("b.csv")
                + "': no such file or folder\n");
  }

  @Test
  void missingMappingOrLog_isExit2_too() {
    Run mapping =
        Run.of("list", CliFixtures.path("cli/valid-flat-log.csv"), "--mapping", "nope.json");
    assertThat(mapping.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(mapping.err()).isEqualTo("setsafe: --mapping 'nope.json': no such file or folder\n");

    Run log =
        Run.of(
            "risk",
            "check",
            CliFixtures.example("dusty-trail-assessment.csv"),
            "--log",
            dir.resolve("nolog.csv").toString());
    assertThat(log.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(log.err())
        .isEqualTo("setsafe: --log '" + dir.resolve("nolog.csv") + "': no such file or folder\n");
  }
}
