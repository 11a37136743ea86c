package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README test's matching of output blocks, and its reading of the README's examples. */
class ElidedOutput_Test {

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static boolean matches(String expected, String actual) {
    return ElidedOutput.matches(lines(expected), lines(actual));
  }

  @Test
  void sameOutput_matches_trailingSpacesAside() {
    assertThat(matches("a\nb  \nc", "a\nb\nc  ")).isTrue();
  }

  @Test
  void changedLine_orExtraLine_orMissingLine_failsToMatch() {
    assertThat(matches("a\nb\nc", "a\nB\nc")).isFalse();
    assertThat(matches("a\nb\nc", "a\nb\nc\nd")).isFalse();
    assertThat(matches("a\nb\nc", "a\nc")).isFalse();
  }

  @Test
  void elisionLine_standsForAnyLines_noneIncluded() {
    assertThat(matches("head\n...\ntail", "head\nx\ny\nz\ntail")).isTrue();
    assertThat(matches("head\n...\ntail", "head\ntail")).isTrue();
    assertThat(matches("head\n...", "head\nanything\nelse")).isTrue();
    assertThat(matches("...\ntail", "anything\ntail")).isTrue();
    assertThat(matches("a\n...\nmiddle\n...\nz", "a\n1\nmiddle\n2\n3\nz")).isTrue();
  }

  @Test
  void elisionLine_doesNotHideChangesInTheLinesShown() {
    assertThat(matches("head\n...\ntail", "HEAD\nx\ntail")).isFalse();
    assertThat(matches("head\n...\ntail", "head\nx\nTAIL")).isFalse();
    assertThat(matches("a\n...\nmiddle\n...\nz", "a\n1\nmiddle!\n2\nz")).isFalse();
    assertThat(matches("head\n...\ntail", "head\nx\ntail\nmore")).isFalse();
  }

  @Test
  void anyText_standsForTextWithinOneLine() {
    assertThat(ElidedOutput.lineMatches("in [..] s", "in 0.1 s")).isTrue();
    assertThat(ElidedOutput.lineMatches("in [..] s", "in  s")).isTrue();
    assertThat(ElidedOutput.lineMatches("[..]: [..] rows", "a.csv: 5 rows")).isTrue();
    assertThat(ElidedOutput.lineMatches("in [..] s", "in 0.1 ms")).isFalse();
    assertThat(ElidedOutput.lineMatches("in [..] s", "out 0.1 s")).isFalse();
    assertThat(ElidedOutput.lineMatches("ab[..]ba", "aba")).isFalse();
    assertThat(matches("x [..] y", "x 1 y\nmore")).isFalse();
  }

  @Test
  void update_keepsTheElisions_andWritesTheNewLines() {
    List<String> updated =
        ElidedOutput.update(
            lines("Title\n...\nSources (13)\n  first\n...\ntook [..] s"),
            lines("Title 2\nbody\nbody\nSources (34)\n  first\n  second\ntook 0.3 s"));

    assertThat(updated)
        .containsExactly("Title 2", "...", "Sources (34)", "  first", "...", "took [..] s");
  }

  @Test
  void update_aSectionThatNowWrapsToOneMoreLine_isWrittenWhole() {
    List<String> updated =
        ElidedOutput.update(
            lines("a\n...\nmiddle\na sentence that\nends here.\n...\nz"),
            lines("a\nx\nmiddle\na sentence that\nnow wraps and\nends here.\ny\nz"));

    assertThat(updated)
        .containsExactly(
            "a", "...", "middle", "a sentence that", "now wraps and", "ends here.", "...", "z");
  }

  @Test
  void update_aMatchingBlock_isLeftAsWritten() {
    List<String> block = lines("a [..] b\n...\nz");

    assertThat(ElidedOutput.update(block, lines("a 1 b\nx\nz"))).isEqualTo(block);
  }

  @Test
  void update_placesAnExcerptByALineItStillShowsOnce_notByBlankOrRepeatedLines() {
    // the excerpt's first line is blank and its second changed: blank lines are everywhere, so only
    // its third line, printed once, tells where it went
    List<String> updated =
        ElidedOutput.update(
            lines("head\n...\n\nSources (13)\n  - one\n...\nend"),
            lines("head\n\nOutcomes\n  - x\n\nSources (34)\n  - one\n  - two\n\nend"));

    assertThat(updated).containsExactly("head", "...", "", "Sources (34)", "  - one", "...", "end");
  }

  @Test
  void update_aOneLineExcerptWhoseCountChanged_isFoundByItsWordsAsideFromTheNumbers() {
    List<String> updated =
        ElidedOutput.update(
            lines("head\n...\nSources (13)\n...\nend"),
            lines("head\nOutcomes (15)\n  - x\nSources (1,034)\n  - y\nend"));

    assertThat(updated).containsExactly("head", "...", "Sources (1,034)", "...", "end");
  }

  @Test
  void update_anExcerptNoLongerPrinted_isRefused_notWrittenElsewhere() {
    assertThatThrownBy(
            () ->
                ElidedOutput.update(
                    lines("head\n...\nWitnesses (3)\n  - gone\n...\nend"),
                    lines("head\nOutcomes\n  - x\nend")))
        .isInstanceOf(ElidedOutput.Unplaced.class)
        .hasMessageContaining("\"Witnesses (3)\"")
        .hasMessageContaining("edit this block by hand");
    // a line the excerpt shares with several places is no anchor either
    assertThatThrownBy(
            () ->
                ElidedOutput.update(
                    lines("head\n...\nWitnesses (3)\n  - x\n...\nend"),
                    lines("head\n  - x\nOutcomes\n  - x\nend")))
        .isInstanceOf(ElidedOutput.Unplaced.class);
  }

  /** The real outputs of the fixture READMEs' examples, in order. */
  private static final List<List<String>> FIXTURE_OUTPUTS =
      List.of(
          lines("g.csv: 5 rows (0 with a fault), 6 lines, 2717 bytes, seed 7, in 0.1 s"),
          lines(
              """
              RUST_2021: Live round fired
              ===========================
              Severity      Fatal

                While the actor rehearsed, the revolver fired
                a live round.
                Cinematographer Halyna Hutchins was killed.

              Failed checks (12)
                NO_LIVE_AMMO

              Outcomes (16)
                - Criminal: David Halls — pleaded no contest
                - Criminal: Hannah Gutierrez-Reed — convicted

              Sources (34)
                - NMED press release [regulator]
                - Court records [court]

              Follow-up actions (10)
              """),
          List.of());

  private static List<String> fixture(String name) throws IOException {
    return Files.readAllLines(Path.of(CliFixtures.path("readme/" + name)), StandardCharsets.UTF_8);
  }

  /** What the update mode writes for a README, given its examples' real outputs. */
  private static List<String> updated(List<String> readme, List<List<String>> outputs) {
    List<ReadmeExamples.Example> examples = ReadmeExamples.parse(readme);
    assertThat(examples).hasSameSizeAs(outputs);
    List<List<String>> blocks = new ArrayList<>();
    for (int k = 0; k < examples.size(); k++) {
      List<String> expected = examples.get(k).expected(readme);
      List<String> block = ElidedOutput.update(expected, outputs.get(k));
      assertThat(ElidedOutput.matches(block, outputs.get(k)))
          .as("the rewritten block of %s matches its output", examples.get(k).name())
          .isTrue();
      blocks.add(block);
    }
    return ReadmeExamples.withOutputs(readme, examples, blocks);
  }

  @Test
  void updateMode_onAReadmeWithElidedBlocks_rewritesTheChangedLinesInPlace() throws IOException {
    List<String> before = fixture("elided-before.md");

    assertThat(updated(before, FIXTURE_OUTPUTS)).isEqualTo(fixture("elided-after.md"));
    // and once rewritten, it matches: a second update changes nothing
    List<String> after = fixture("elided-after.md");
    assertThat(updated(after, FIXTURE_OUTPUTS)).isEqualTo(after);
  }

  @Test
  void updateMode_anExcerptThatWentAway_isRefused() throws IOException {
    List<String> lost = fixture("elided-lost.md");

    assertThatThrownBy(
            () ->
                updated(
                    lost,
                    List.of(lines("RUST_2021: Live round fired\nSeverity Fatal\nSources (34)"))))
        .isInstanceOf(ElidedOutput.Unplaced.class)
        .hasMessageContaining("Witnesses (3)");
  }

  @Test
  void readme_examples_areTheDollarLinesOfCodeBlocks_withTheirOutput() {
    List<String> readme =
        lines(
            """
            Text with $ ./setsafe show rust in prose is not run.
            ```
            $ ./setsafe show rust
            out 1
            $ ./setsafe report data/x.csv \\
                --title "A title, quoted" -o 'r/y z.xlsx'
            ```
            ```json
            {"not": "an example"}
            ```
            """);

    List<ReadmeExamples.Example> examples = ReadmeExamples.parse(readme);

    assertThat(examples).hasSize(2);
    assertThat(examples.get(0).args()).containsExactly("show", "rust");
    assertThat(examples.get(0).expected(readme)).containsExactly("out 1");
    assertThat(examples.get(0).line()).isEqualTo(3);
    assertThat(examples.get(1).args())
        .containsExactly("report", "data/x.csv", "--title", "A title, quoted", "-o", "r/y z.xlsx");
    assertThat(examples.get(1).expected(readme)).isEmpty();
    assertThat(
            ReadmeExamples.withOutputs(
                readme, examples, List.of(List.of("new 1", "new 2"), List.of())))
        .containsExactly(
            "Text with $ ./setsafe show rust in prose is not run.",
            "```",
            "$ ./setsafe show rust",
            "new 1",
            "new 2",
            "$ ./setsafe report data/x.csv \\",
            "    --title \"A title, quoted\" -o 'r/y z.xlsx'",
            "```",
            "```json",
            "{\"not\": \"an example\"}",
            "```");
  }

  @Test
  void readme_commandsNeedingAShell_orOtherPrograms_areRefused() {
    assertThatThrownBy(() -> ReadmeExamples.parse(lines("```\n$ ./setsafe list | head\n```")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("'|' needs a shell");
    assertThatThrownBy(() -> ReadmeExamples.parse(lines("```\n$ ls data\n```")))
        .hasMessageContaining("only ./setsafe examples");
    assertThatThrownBy(() -> ReadmeExamples.parse(lines("```\n$ COLUMNS=60 ./setsafe list\n```")))
        .hasMessageContaining("'=' needs a shell");
    assertThatThrownBy(() -> ReadmeExamples.parse(lines("```\n$ ./setsafe show \"rust\n```")))
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> ReadmeExamples.parse(lines("```\n  $ ./setsafe list\n```")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("indented ./setsafe example is not run");
    assertThatThrownBy(() -> ReadmeExamples.parse(lines("Run this:\n$ ./setsafe list\n")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("outside a ``` block is not run");
  }
}
