package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.LogGenerator;

/**
 * Ctrl-C at any moment leaves the outputs wholly old or wholly new, and no temporary file: import
 * into an existing dataset and report over an existing workbook run in a child JVM that is sent
 * SIGINT (and SIGTERM) at several moments, from start-up to the end of the work.
 */
class Interrupt_ChildJvmTest {
  private static final long ROWS = 8_000;
  private static final long[] MOMENTS_MS = {150, 700, 1_300, 2_200, 3_500};

  @TempDir static Path dir;
  private static Path oldLog;
  private static Path newLog;
  private static Path sharedTemp;

  @BeforeAll
  static void logs() throws IOException {
    oldLog = dir.resolve("old.csv");
    newLog = dir.resolve("new.csv");
    sharedTemp = dir.resolve("shared-tmp");
    new LogGenerator(ProtocolCatalog.bundled(), ROWS, 1, 0.01).writeTo(oldLog);
    new LogGenerator(ProtocolCatalog.bundled(), ROWS, 2, 0.01).writeTo(newLog);
    Files.createDirectories(sharedTemp);
  }

  private static Process start(String... args) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                // the shared temporary folder: setsafe must write nothing there
                "-Djava.io.tmpdir=" + sharedTemp,
                "-cp",
                classpath,
                Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Sends {@code signal} (INT or TERM) after {@code ms}, then waits for the process to end. */
  private static void interrupt(Process p, long ms, String signal)
      throws IOException, InterruptedException {
    if (!p.waitFor(ms, TimeUnit.MILLISECONDS)) {
      new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
  }

  /** Every file under {@code root} (hidden ones too) with a digest of its bytes. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), digest(p));
      }
    }
    return files;
  }

  private static String digest(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static List<String> leftovers(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".setsafe-") || n.contains("poi-sxssf") || n.endsWith(".tmp"))
          .toList();
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void import_interruptedAtAnyMoment_leavesTheDatasetWhollyOldOrWhollyNew()
      throws IOException, InterruptedException {
    Path old = dir.resolve("dataset-old");
    assertThat(Main.run("import", "-q", oldLog.toString(), "--into", old.toString()))
        .isEqualTo(ExitCode.BAD_DATA); // the logs have faulty rows on purpose
    Path whole = dir.resolve("dataset-new");
    copy(old, whole);
    Main.run("import", "-q", newLog.toString(), "--into", whole.toString());
    Map<String, String> before = snapshot(old);
    Map<String, String> after = snapshot(whole);
    assertThat(after).isNotEqualTo(before);

    int sawOld = 0;
    int sawNew = 0;
    for (int i = 0; i < MOMENTS_MS.length; i++) {
      Path target = dir.resolve("dataset-" + i);
      copy(old, target);
      Process p = start("import", "-q", newLog.toString(), "--into", target.toString());

      interrupt(p, MOMENTS_MS[i], i % 2 == 0 ? "INT" : "TERM");

      Map<String, String> now = snapshot(target);
      assertThat(now).as("after a signal at %d ms", MOMENTS_MS[i]).isIn(before, after);
      assertThat(leftovers(target)).as("temporary files at %d ms", MOMENTS_MS[i]).isEmpty();
      assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();
      sawOld += now.equals(before) ? 1 : 0;
      sawNew += now.equals(after) ? 1 : 0;
    }
    assertThat(sawOld + sawNew).isEqualTo(MOMENTS_MS.length);
  }

  @Test
  void report_interruptedAtAnyMoment_leavesWorkbookAndChartsBothOldOrBothNew()
      throws IOException, InterruptedException {
    Path base = dir.resolve("reports-old");
    Files.createDirectories(base);
    Path xlsx = base.resolve("r.xlsx");
    // a whole run in a child JVM: saving the workbook writes nothing in the shared folder either
    Process whole = start("report", oldLog.toString(), "--no-reference", "-o", xlsx.toString());
    assertThat(whole.waitFor(120, TimeUnit.SECONDS)).as("the whole run ends").isTrue();
    assertThat(whole.exitValue()).isEqualTo(ExitCode.OK);
    assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();
    Map<String, String> before = snapshot(base);

    for (int i = 0; i < 3; i++) {
      Path target = dir.resolve("reports-" + i);
      copy(base, target);
      Process p =
          start(
              "report",
              newLog.toString(),
              "--no-reference",
              "-o",
              target.resolve("r.xlsx").toString());

      interrupt(p, MOMENTS_MS[i + 1], i % 2 == 0 ? "INT" : "TERM");

      Map<String, String> now = snapshot(target);
      assertThat(leftovers(target)).as("temporary files").isEmpty();
      assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();
      assertThat(now.keySet()).isEqualTo(before.keySet());
      long unchanged = now.keySet().stream().filter(k -> now.get(k).equals(before.get(k))).count();
      // both old, or both new: the workbook and every chart file replaced together
      assertThat(unchanged).as("files unchanged of %d", now.size()).isIn(0L, (long) now.size());
      try (ZipFile z = new ZipFile(target.resolve("r.xlsx").toFile())) {
        assertThat(z.getEntry("xl/workbook.xml")).isNotNull();
      }
    }
  }

  /** The sheets' temporary files under {@code folder}. */
  private static long sheetFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.getFileName().toString().startsWith("setsafe-sheet")).count();
    } catch (java.io.UncheckedIOException e) {
      return 0; // a file went away while walking: look again
    }
  }

  @Test
  void report_killedOutright_leavesItsWorkFolderBesideTheOutput_andTheNextRunSweepsIt()
      throws IOException, InterruptedException {
    Path target = Files.createDirectories(dir.resolve("reports-killed"));
    Path xlsx = target.resolve("r.xlsx");
    Process p = start("report", newLog.toString(), "--no-reference", "-o", xlsx.toString());
    // kill -9 once the run is writing its sheets: no clean-up of its own can run
    while (p.isAlive() && sheetFiles(target) == 0) {
      Thread.sleep(10);
    }
    new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).start().waitFor();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
    assertThat(leftovers(target)).as("the killed run's work folder").isNotEmpty();
    assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();

    Path small = dir.resolve("small.csv");
    new LogGenerator(ProtocolCatalog.bundled(), 40, 3, 0).writeTo(small);
    assertThat(Main.run("report", small.toString(), "--no-reference", "-o", xlsx.toString()))
        .isEqualTo(ExitCode.OK);

    assertThat(leftovers(target)).as("swept by the next run").isEmpty();
    assertThat(names(target)).containsExactlyInAnyOrder("r.xlsx", "r-charts");
  }
}
