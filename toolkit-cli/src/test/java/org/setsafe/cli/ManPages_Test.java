package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The manual pages: one per command, with every option, in roff that groff reads cleanly. */
class ManPages_Test {

  @Test
  void everyCommand_hasAPage_withEveryOptionAndTheExitCodes(@TempDir Path dir) throws IOException {
    List<Path> pages = ManPages.write(dir, "9.9");

    assertThat(pages)
        .hasSize(
            SetsafeCommand.SUBCOMMANDS.size()
                + 1
                + Main.commandLine().getSubcommands().values().stream()
                    .mapToInt(c -> c.getSubcommands().size())
                    .sum()) // and mapping draft, data audit, ...
        .contains(dir.resolve("setsafe-mapping-draft.1"), dir.resolve("setsafe-data-audit.1"));
    assertThat(Files.readString(dir.resolve("setsafe-mapping-draft.1")))
        .contains(".SH NAME\nsetsafe\\-mapping\\-draft \\- ")
        .contains(".SH EXAMPLES\n.nf\nsetsafe mapping draft data/examples/dusty\\-trail.xlsx");
    String top = Files.readString(dir.resolve("setsafe.1"));
    assertThat(top)
        .contains(".TH SETSAFE 1 \"\" \"setsafe 9.9\"")
        .contains(".SH COMMANDS", ".SH EXIT STATUS", "JAVA_HOME", "\\fBsetsafe\\-report\\fR(1)");
    for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
      String page = Files.readString(dir.resolve("setsafe-" + sub.getCommandName() + ".1"));
      assertThat(page).contains(".SH NAME\nsetsafe\\-" + ManPages.escape(sub.getCommandName()));
      for (OptionSpec o : sub.getCommandSpec().options()) {
        if (o.hidden()) {
          continue; // old spellings kept as aliases are not documented
        }
        assertThat(page).as(sub.getCommandName()).contains(ManPages.escape(o.longestName()));
      }
      assertThat(page).contains(".SH EXIT STATUS", "bad input data");
    }
    assertThat(Files.readString(dir.resolve("setsafe-list.1")))
        .as("option texts are rendered, codes and all")
        .contains("Only this category: firearm, pyrotechnics")
        .doesNotContain("${");
  }

  @Test
  void escape_keepsRoffFromReadingTextAsRequests() {
    assertThat(ManPages.escape(".hidden\n'quoted\nback\\slash --flag"))
        .isEqualTo("\\&.hidden\n\\&'quoted\nback\\eslash \\-\\-flag");
  }

  @Test
  void groff_readsEveryPage_withoutAWarning(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is needed to read the pages");
    for (Path page : ManPages.write(dir, "9.9")) {
      Process p =
          new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", page.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      assertThat(out).as(page.getFileName().toString()).isEmpty();
    }
  }

  @Test
  void everyCommand_hasExamples_inItsHelpAndPage_andEveryExampleParses(@TempDir Path dir)
      throws IOException {
    ManPages.write(dir, "9.9");
    for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
      List<CommandLine> all = new java.util.ArrayList<>(List.of(sub));
      all.addAll(sub.getSubcommands().values());
      for (CommandLine cl : all) {
        List<String> examples = Examples.of(cl);
        String name = cl.getCommandSpec().qualifiedName("-");
        assertThat(examples).as(name).isNotEmpty();
        // help wraps long lines (at spaces and hyphens): compared without white space
        assertThat(cl.getUsageMessage().replaceAll("\\s+", ""))
            .as(name)
            .contains("Examples:", examples.get(0).replaceAll("\\s+", ""));
        assertThat(Files.readString(dir.resolve(name + ".1")))
            .as(name)
            .contains(".SH EXAMPLES", ManPages.escape(examples.get(0)));
        for (String e : examples) {
          if (!e.startsWith("setsafe ")) {
            continue; // a shell line around setsafe (source <(setsafe completion))
          }
          String[] args = e.substring("setsafe ".length()).split(" ");
          Main.commandLine(args).parseArgs(args); // throws if an option or argument is wrong
        }
      }
    }
  }
}
