package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void normalize_keepsTheElisions_andWritesTheNewLines() {
    List<String> updated =
        ElidedOutput.normalize(
            lines("Title\n...\nSources (13)\n  first\n...\ntook [..] s"),
            lines("Title 2\nbody\nbody\nSources (34)\n  first\n  second\ntook 0.3 s"));

    assertThat(updated)
        .containsExactly("Title 2", "...", "Sources (34)", "  first", "...", "took [..] s");
  }

  @Test
  void normalize_aSectionThatNowWrapsToOneMoreLine_isWrittenWhole() {
    List<String> updated =
        ElidedOutput.normalize(
            lines("a\n...\na sentence that\nends here.\n...\nz"),
            lines("a\nx\na sentence that\nnow wraps and\nends here.\ny\nz"));

    assertThat(updated)
        .containsExactly("a", "...", "a sentence that", "now wraps and", "ends here.", "...", "z");
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
  }
}
