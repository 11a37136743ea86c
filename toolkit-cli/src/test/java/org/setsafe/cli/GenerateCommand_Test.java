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

class GenerateCommand_Test {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void generate_thenValidate_accountsForEveryRow(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log.csv");

    Run gen = run("generate", "--rows", "2k", "--dirty", "5%", "--seed", "3", "-o", log.toString());
    Run json =
        run(
            "generate",
            "--rows",
            "2k",
            "--dirty",
            "0.05",
            "--seed",
            "3",
            "-o",
            dir.resolve("again.csv").toString(),
            "--format",
            "json");
    Run validate = run("validate", log.toString());

    assertThat(gen.exit()).isZero();
    assertThat(gen.out())
        .startsWith(log + ": 2,000 rows (")
        .contains("with a fault")
        .contains("seed 3");
    assertThat(Files.readAllBytes(dir.resolve("again.csv"))).isEqualTo(Files.readAllBytes(log));
    long faulty = Long.parseLong(json.out().replaceAll("(?s).*\"faulty_rows\" : (\\d+).*", "$1"));
    assertThat(faulty).isPositive();
    assertThat(validate.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(validate.out())
        .contains(String.format("2,000 rows read, %,d ok, %,d rejected", 2_000 - faulty, faulty));
  }

  @Test
  void badOptions_areOneLineUsageErrors(@TempDir Path dir) {
    Run share =
        run("generate", "--rows", "10", "--dirty", "150%", "-o", dir.resolve("x.csv").toString());
    Run rows = run("generate", "--rows", "lots", "-o", dir.resolve("x.csv").toString());

    assertThat(share.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(share.err()).startsWith("setsafe: ").contains("not a share between 0 and 1");
    assertThat(rows.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(rows.err()).contains("'lots' is not a row count");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }
}
