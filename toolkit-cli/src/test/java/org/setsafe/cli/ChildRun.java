package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.setsafe.io.Moments;

/**
 * setsafe in a child JVM, stopping at a named moment of its run ({@link Moments}) or at none: the
 * tests that interrupt, kill or race runs send their signal, or start their second run, when the
 * child says it has reached the moment, never after a delay.
 */
final class ChildRun {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final Thread reader;

  ChildRun(Path sharedTemp, String moment, String... args) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                // the shared temporary folder: setsafe must write nothing there
                "-Djava.io.tmpdir=" + sharedTemp));
    if (moment != null) {
      command.add("-D" + Moments.PROPERTY + "=" + moment);
    }
    command.addAll(List.of("-cp", classpath, Main.class.getName()));
    command.addAll(List.of(args));
    process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(false)
            .start();
    reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "child-stderr");
    reader.setDaemon(true);
    reader.start();
  }

  /** Waits until the child prints {@code setsafe: at MOMENT}; fails if it ends first. */
  void awaitMoment(String moment) throws InterruptedException {
    String wanted = "setsafe: at " + moment;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.add(line);
        if (line.equals(wanted)) {
          return;
        }
      } else if (!process.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    throw new AssertionError(
        "the child never said '" + wanted + "'; it said " + seen + ", alive: " + process.isAlive());
  }

  /** Lets a child stopped at its moment go on. */
  void resume() throws IOException {
    process.getOutputStream().write('\n');
    process.getOutputStream().flush();
  }

  void signal(String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
  }

  int awaitEnd() throws InterruptedException {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
    return process.exitValue();
  }

  /** Everything the child printed on standard error (after it ended). */
  List<String> errLines() throws InterruptedException {
    awaitEnd();
    reader.join();
    List<String> all = new ArrayList<>(seen);
    lines.drainTo(all);
    return all;
  }

  long pid() {
    return process.pid();
  }
}
