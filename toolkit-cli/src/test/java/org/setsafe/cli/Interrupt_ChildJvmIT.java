package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.io.FolderLock;
import org.setsafe.io.Moments;
import org.setsafe.io.TempFiles;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.LogGenerator;

/**
 * Ctrl-C at any moment leaves the outputs wholly old or wholly new, and no temporary file: import
 * into an existing dataset and report over an existing workbook run in a child JVM that stops at a
 * named moment of its run ({@link Moments}: a thousand rows read, the new outputs ready, the switch
 * part-way, the switch done), says so on standard error, and is sent SIGINT or SIGTERM there. The
 * signal goes when the child says it has reached the moment, never after a delay, so each case
 * tests what it names on a machine of any speed.
 */
class Interrupt_ChildJvmIT {
  private static final long ROWS = 3_000;

  /** A moment a signal is sent at, and whether the outputs are then the new ones. */
  private record Moment(String name, boolean leavesNew) {}

  private static final List<Moment> MOMENTS =
      List.of(
          new Moment(Moments.READ_ROWS, false),
          new Moment(Moments.SWITCH_READY, false),
          new Moment(Moments.SWITCH_MOVING, true),
          new Moment(Moments.SWITCH_DONE, true));

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

  /**
   * Runs {@code args} in a child that stops at {@code moment}, and interrupts it there with {@code
   * signal}. Part-way through the switch, the interrupt must wait for the switch to end: the child
   * is let go on once its clean-up at exit says it waits for the switch.
   */
  private static void interruptAt(String moment, String signal, String... args)
      throws IOException, InterruptedException {
    ChildRun c = new ChildRun(sharedTemp, moment, args);
    c.awaitMoment(moment);
    c.signal(signal);
    if (moment.equals(Moments.SWITCH_MOVING)) {
      c.awaitMoment(Moments.EXIT_WAITS);
      c.resume();
    }
    assertThat(c.awaitEnd()).as("exit status after SIG%s at %s", signal, moment).isNotZero();
  }

  /** Every file under {@code root} (hidden ones too) with a digest of its bytes. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      // the folder's lock file is no output: empty at rest, it names its holder while held
      for (Path p :
          s.filter(Files::isRegularFile).filter(p -> !p.endsWith(FolderLock.FILE)).toList()) {
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

    int i = 0;
    for (Moment moment : MOMENTS) {
      Path target = dir.resolve("dataset-" + i);
      copy(old, target);

      interruptAt(
          moment.name(),
          i++ % 2 == 0 ? "INT" : "TERM",
          "import",
          "-q",
          newLog.toString(),
          "--into",
          target.toString());

      assertThat(snapshot(target))
          .as("the dataset after a signal at %s", moment.name())
          .isEqualTo(moment.leavesNew() ? after : before);
      assertThat(leftovers(target)).as("temporary files after %s", moment.name()).isEmpty();
      assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();
    }
  }

  @Test
  void report_interruptedAtAnyMoment_leavesWorkbookAndChartsBothOldOrBothNew()
      throws IOException, InterruptedException {
    Path base = dir.resolve("reports-old");
    Files.createDirectories(base);
    Path xlsx = base.resolve("r.xlsx");
    // a whole run in a child JVM: saving the workbook writes nothing in the shared folder either
    ChildRun whole =
        new ChildRun(
            sharedTemp, null, "report", oldLog.toString(), "--no-reference", "-o", xlsx + "");
    assertThat(whole.awaitEnd()).isEqualTo(ExitCode.OK);
    assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();
    Map<String, String> before = snapshot(base);

    int i = 0;
    for (Moment moment : MOMENTS) {
      Path target = dir.resolve("reports-" + i);
      copy(base, target);

      interruptAt(
          moment.name(),
          i++ % 2 == 0 ? "INT" : "TERM",
          "report",
          newLog.toString(),
          "--no-reference",
          "-o",
          target.resolve("r.xlsx").toString());

      Map<String, String> now = snapshot(target);
      assertThat(leftovers(target)).as("temporary files after %s", moment.name()).isEmpty();
      assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();
      assertThat(now.keySet()).isEqualTo(before.keySet());
      long unchanged = now.keySet().stream().filter(k -> now.get(k).equals(before.get(k))).count();
      // the workbook and every chart file replaced together, or none of them
      assertThat(unchanged)
          .as("files unchanged of %d after a signal at %s", now.size(), moment.name())
          .isEqualTo(moment.leavesNew() ? 0L : now.size());
      try (ZipFile z = new ZipFile(target.resolve("r.xlsx").toFile())) {
        assertThat(z.getEntry("xl/workbook.xml")).isNotNull();
      }
    }
  }

  @Test
  void report_killedOutright_leavesItsWorkFolderBesideTheOutput_sweptOnceUnlockedAndOld()
      throws IOException, InterruptedException {
    Path target = Files.createDirectories(dir.resolve("reports-killed"));
    Path xlsx = target.resolve("r.xlsx");
    ChildRun c =
        new ChildRun(
            sharedTemp,
            Moments.READ_ROWS,
            "report",
            newLog + "",
            "--no-reference",
            "-o",
            xlsx + "");
    // kill -9 while the run is writing its sheets: no clean-up of its own can run
    c.awaitMoment(Moments.READ_ROWS);
    c.signal("KILL");
    c.awaitEnd();
    assertThat(leftovers(target)).as("the killed run's work folder").isNotEmpty();
    assertThat(names(sharedTemp)).as("files in the shared temporary folder").isEmpty();

    Path small = dir.resolve("small.csv");
    new LogGenerator(ProtocolCatalog.bundled(), 40, 3, 0).writeTo(small);
    assertThat(Main.run("report", small.toString(), "--no-reference", "-o", xlsx.toString()))
        .isEqualTo(ExitCode.OK);
    // unlocked, but not yet old: kept (a live run on a file system without locks looks so)
    assertThat(leftovers(target)).as("kept while young").isNotEmpty();

    try (Stream<Path> s = Files.list(target)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".setsafe-")).toList()) {
        Files.setLastModifiedTime(
            p,
            FileTime.from(Instant.now().minus(TempFiles.STALE_AFTER).minus(Duration.ofMinutes(1))));
      }
    }
    assertThat(Main.run("report", small.toString(), "--no-reference", "-o", xlsx.toString()))
        .isEqualTo(ExitCode.OK);

    assertThat(leftovers(target)).as("swept by the next run").isEmpty();
    assertThat(names(target)).containsExactlyInAnyOrder(FolderLock.FILE, "r.xlsx", "r-charts");
  }
}
