package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PATH's help is true in every command: those that fall back on the reference dataset say so, those
 * that need a PATH say that, and one whose files come otherwise does not show PATH.
 */
class PathHelp_Test {
  private static String help(String... command) {
    String[] args = new String[command.length + 1];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--help";
    Run r = Run.of(args);
    assertThat(r.exit()).isZero();
    return r.out().replaceAll("\\s+", " ");
  }

  @Test
  void import_needsAPath_andSaysSo_withoutTheReferenceFallback() {
    assertThat(help("import"))
        .contains("The data to import, at least one: flat logs")
        .contains("[--sheet=NAME] PATH... ")
        .doesNotContain("With none, the reference dataset", "[PATH...]");
  }

  @Test
  void mappingDraft_takesOneLog() {
    assertThat(help("mapping", "draft"))
        .contains("The log to draft a mapping for: one flat log (.csv or .xlsx).")
        .contains("[--sheet=NAME] PATH ")
        .doesNotContain("With none, the reference dataset", "[PATH...]");
  }

  @Test
  void riskCheck_showsNoPath_itsFilesAreRaAndLog() {
    assertThat(help("risk", "check")).doesNotContain("PATH").contains("RA");
  }

  @Test
  void commandsThatFallBackOnTheReference_keepTheSharedText() {
    for (String c : new String[] {"list", "validate", "actions", "report", "classify", "suggest"}) {
      assertThat(help(c)).as(c).contains("With none, the reference dataset.", "[PATH...]");
    }
  }

  @Test
  void import_withoutAPath_isStillAUsageErrorInSetsafesWords() {
    Run r = Run.of("import", "--into", "x");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "setsafe: import needs at least one PATH to read (a log, a workbook or a dataset"
                + " folder)\n");
  }
}
