package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Where outputs go: with no -o, the current folder; an existing file setsafe did not write is never
 * replaced without --force; every path written is printed.
 */
class Outputs_Test {
  private static final String LOG = CliFixtures.path("cli/valid-flat-log.csv");

  /** Runs as if started in {@code folder}: relative paths (the default -o too) resolve there. */
  private static Run runIn(Path folder, String... args) {
    CommandLine cl = Main.commandLine(args);
    cl.registerConverter(Path.class, s -> folder.resolve(s));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void report_withoutO_writesIntoTheCurrentFolder_andSaysWhere(@TempDir Path here) {
    Run r = runIn(here, "report", LOG);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(here.resolve("setsafe-report.xlsx")).isRegularFile();
    assertThat(here.resolve("setsafe-report-charts")).isDirectory();
    assertThat(here.resolve("reports")).doesNotExist();
    assertThat(r.out()).contains("setsafe-report.xlsx").contains("setsafe-report-charts");
  }

  @Test
  void report_replacesItsOwnWorkbook_butNotAnotherFile_withoutForce(@TempDir Path here)
      throws IOException {
    Path mine = here.resolve("mine.xlsx");
    assertThat(runIn(here, "report", LOG, "-o", mine.toString()).exit()).isZero();
    assertThat(OutputPaths.writtenBySetsafe(mine)).isTrue();
    assertThat(runIn(here, "report", LOG, "-o", mine.toString()).exit()).isZero();

    Path theirs = here.resolve("budget.xlsx");
    Files.writeString(theirs, "not setsafe's");
    Run refused = runIn(here, "report", LOG, "-o", theirs.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith("setsafe: " + theirs + " exists and setsafe did not write it; give -o another")
        .contains("--force");
    assertThat(Files.readString(theirs)).isEqualTo("not setsafe's");

    Run forced = runIn(here, "report", LOG, "-o", theirs.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(OutputPaths.writtenBySetsafe(theirs)).isTrue();
  }

  @Test
  void compareO_andGenerateO_refuseAnotherFile_withoutForce(@TempDir Path here) throws IOException {
    Path sheet = here.resolve("notes.xlsx");
    Files.writeString(sheet, "someone's notes");
    Run compare = runIn(here, "compare", "rust", "crow", "-o", sheet.toString());
    assertThat(compare.exit()).isEqualTo(2);
    assertThat(Files.readString(sheet)).isEqualTo("someone's notes");
    Run forced = runIn(here, "compare", "rust", "crow", "-o", sheet.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(forced.err()).contains("wrote the Compare sheet to " + sheet);
    assertThat(runIn(here, "compare", "rust", "crow", "-o", sheet.toString()).exit()).isZero();

    Path log = here.resolve("log.csv");
    Files.writeString(log, "id,title\n");
    assertThat(runIn(here, "generate", "--rows", "5", "-o", log.toString()).exit()).isEqualTo(2);
    assertThat(Files.readString(log)).isEqualTo("id,title\n");
    Run gen = runIn(here, "generate", "--rows", "5", "-o", log.toString(), "--force");
    assertThat(gen.exit()).isZero();
    assertThat(gen.out()).contains(log.toString());
  }
}
