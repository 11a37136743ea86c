package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every failure a user or the machine can cause is one line in setsafe's words with its exit code,
 * never an "internal error": output that cannot be written, a full disk wrapped by a library, a
 * date option out of range.
 */
class Failures_NamedTest {
  /** An output that fails as a full disk does. */
  private static final class Full extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void standardOutputThatCannotBeWritten_exit1_oneLine_evenWhenTheCommandSucceeded() {
    StandardOutput out = new StandardOutput(new Full());
    out.stream().println("incident 1");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = out.finish(ExitCode.OK, new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(ExitCode.BAD_DATA);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "setsafe: cannot write to standard output (No space left on device): it was closed"
                + " or is full; the output is incomplete"
                + System.lineSeparator());
  }

  @Test
  void standardOutputWritten_keepsTheCommandsCode() {
    StandardOutput out = new StandardOutput(new ByteArrayOutputStream());
    out.stream().println("incident 1");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(out.finish(ExitCode.OK, new PrintStream(err))).isEqualTo(ExitCode.OK);
    assertThat(err.size()).isZero();
  }

  @Test
  void aFullDiskWrappedByALibrary_isOneLineExit1_notAnInternalError() {
    Exception wrapped =
        new IllegalStateException(
            new FileSystemException(
                "/out/.setsafe-report-7-0/sheet3.xml", null, "No space left on device"));
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));

    int code = new ErrorHandler().handleExecutionException(wrapped, cl, null);

    assertThat(code).isEqualTo(ExitCode.BAD_DATA);
    assertThat(err.toString())
        .isEqualTo(
            "setsafe: cannot read or write a file: /out/.setsafe-report-7-0/sheet3.xml: No space"
                + " left on device"
                + System.lineSeparator());
    assertThat(ErrorHandler.exitCode(new UncheckedIOException(new IOException("x"))))
        .isEqualTo(ExitCode.BAD_DATA);
    assertThat(ErrorHandler.exitCode(new IllegalStateException("a bug")))
        .isEqualTo(ExitCode.INTERNAL);
  }

  @Test
  void datesOutOfRange_areUsageErrors_sayingTheRange() {
    Run from = Run.of("report", "--no-reference", "--from", "1799-12-31", "-o", "x.xlsx");
    Run asOf = Run.of("actions", "--as-of", "0000-01-01");

    assertThat(from.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(from.err())
        .startsWith(
            "setsafe: --from: '1799-12-31': year 1799 is out of range (setsafe takes years 1800 to"
                + " 2200)");
    assertThat(from.err().lines()).hasSize(1);
    assertThat(asOf.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(asOf.err()).contains("'0000-01-01' is out of range").doesNotContain("Exception");
    Run notADate = Run.of("report", "--no-reference", "--to", "2026-02-30", "-o", "x.xlsx");
    assertThat(notADate.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(notADate.err())
        .doesNotContain("DateTimeParseException")
        .contains("2026-02-30 is not a real date");
  }
}
