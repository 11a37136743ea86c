package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * setsafe as a shell runs it: standard output full ({@code > /dev/full}) or closed ({@code >&-}) is
 * exit 1 with one line, for every command that writes rows; {@code /dev/stdin} and a process
 * substitution ({@code <(...)}) read as files do.
 */
class Streams_ChildJvmIT {
  @TempDir Path dir;

  private static final String LOG = CliFixtures.example("dusty-trail-log.csv");
  private static final String MAPPING = CliFixtures.example("dusty-trail-log.mapping.json");

  private record Result(int exit, String out, String err) {}

  /** Runs {@code shell} (where {@code SETSAFE} is the command) in sh. */
  private Result sh(String shell) throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String setsafe =
        Path.of(System.getProperty("java.home"), "bin", "java")
            + " -Xmx256m -XX:TieredStopAtLevel=1 -cp "
            + classpath
            + " "
            + Main.class.getName();
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder("bash", "-c", shell.replace("SETSAFE", setsafe))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void fullOrClosedStandardOutput_exit1_inOneLine_forEveryCommandThatWritesRows()
      throws IOException, InterruptedException {
    List<String> commands =
        List.of(
            "list " + LOG + " --mapping " + MAPPING,
            "actions " + LOG + " --mapping " + MAPPING + " --format csv",
            "suggest " + LOG + " --mapping " + MAPPING,
            "mapping draft " + LOG);
    for (String c : commands) {
      for (String redirect : List.of("> /dev/full", ">&-")) {
        Result r = sh("SETSAFE " + c + " " + redirect);
        assertThat(r.exit()).as("%s %s: %s", c, redirect, r.err()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("setsafe: ")))
            .as("%s %s", c, redirect)
            .singleElement()
            .asString()
            .startsWith("setsafe: cannot write to standard output");
      }
    }
  }

  @Test
  void devStdinAndProcessSubstitution_readAsFiles() throws IOException, InterruptedException {
    Result stdin = sh("cat " + LOG + " | SETSAFE validate /dev/stdin --mapping " + MAPPING);
    Result substituted = sh("SETSAFE validate <(cat " + LOG + ") --mapping " + MAPPING);

    assertThat(stdin.exit()).as(stdin.err() + stdin.out()).isZero();
    assertThat(stdin.out()).contains("/dev/stdin: 42 rows read, 42 ok, 0 rejected");
    assertThat(substituted.exit()).as(substituted.err() + substituted.out()).isZero();
    assertThat(substituted.out()).containsPattern("/dev/fd/\\d+: 42 rows read, 42 ok, 0 rejected");
  }
}
