package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.io.FolderLock;
import org.setsafe.io.Moments;
import org.setsafe.io.StagedFiles;
import org.setsafe.io.TempFiles;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.LogGenerator;

/**
 * Runs that meet in one folder, each in its own process, synchronised at the named moments of a run
 * ({@link Moments}), never by timers: a second import while the first holds the dataset folder; a
 * sweep while a report's work folder is alive; a report killed outright (kill -9) at each rename of
 * its switch, then the next run.
 */
class Races_ChildJvmIT {
  private static final long ROWS = 3_000;
  private static final long OTHER_ROWS = 60;

  @TempDir static Path dir;
  private static Path log;
  private static Path otherLog;
  private static Path newLog;
  private static Path sharedTemp;

  @BeforeAll
  static void logs() throws IOException {
    log = dir.resolve("a.csv");
    newLog = dir.resolve("new.csv");
    new LogGenerator(ProtocolCatalog.bundled(), ROWS, 21, 0).writeTo(log);
    new LogGenerator(ProtocolCatalog.bundled(), ROWS, 22, 0).writeTo(newLog);
    Path raw = dir.resolve("b-raw.csv");
    new LogGenerator(ProtocolCatalog.bundled(), OTHER_ROWS, 23, 0).writeTo(raw);
    otherLog = dir.resolve("b.csv"); // ids of its own: its incidents add to the first log's
    Files.writeString(
        otherLog,
        Files.readString(raw, StandardCharsets.UTF_8).replace("SYN-", "OTH-"),
        StandardCharsets.UTF_8);
    sharedTemp = Files.createDirectories(dir.resolve("shared-tmp"));
  }

  private static final List<String> IMPORT_MOMENTS =
      List.of(
          Moments.LOCKED,
          Moments.READ_ROWS,
          Moments.SWITCH_READY,
          Moments.SWITCH_MOVING,
          Moments.SWITCH_DONE);

  private static final int IMPORT_TRIALS_PER_MOMENT = 2;

  @Test
  void twoImportsAtOnce_theSecondIsRefusedAtEveryMoment_andNothingIsLost()
      throws IOException, InterruptedException {
    int trial = 0;
    for (String moment : IMPORT_MOMENTS) {
      for (int t = 0; t < IMPORT_TRIALS_PER_MOMENT; t++) {
        Path folder = dir.resolve("race-" + trial++);
        ChildRun first =
            new ChildRun(sharedTemp, moment, "import", "-q", log + "", "--into", folder + "");
        first.awaitMoment(moment);

        Run second = Run.of("import", "-q", otherLog + "", "--into", folder + "");

        assertThat(second.exit()).as("the second import at %s", moment).isEqualTo(1);
        assertThat(second.err())
            .startsWith("setsafe: " + folder.toAbsolutePath() + " is in use by another setsafe run")
            .contains("setsafe import, process " + first.pid());
        assertThat(second.err().lines()).hasSize(1);
        first.resume();
        assertThat(first.awaitEnd()).as("the first import, let go on").isZero();

        Run again = Run.of("import", otherLog + "", "--into", folder + "");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out())
            .contains(
                String.format(
                    "now holds %,d incident(s): %,d kept from before", ROWS + OTHER_ROWS, ROWS));
      }
    }
  }

  @Test
  void aLiveReportsWorkFolder_isNeverSwept_howeverOld_whateverItsProcessId()
      throws IOException, InterruptedException {
    Path target = Files.createDirectories(dir.resolve("live-report"));
    Path xlsx = target.resolve("r.xlsx");
    ChildRun c =
        new ChildRun(
            sharedTemp, Moments.READ_ROWS, "report", log + "", "--no-reference", "-o", xlsx + "");
    c.awaitMoment(Moments.READ_ROWS);
    List<Path> work = temporary(target);
    assertThat(work).hasSize(1);
    // as a sweeper in another process namespace would see it: old, and named by a process id that
    // means nothing there
    Files.setLastModifiedTime(work.get(0), FileTime.from(Instant.now().minus(Duration.ofDays(1))));

    TempFiles.sweep(target);
    Run second = Run.of("report", otherLog + "", "--no-reference", "-o", xlsx + "");

    assertThat(work.get(0)).as("the live run's work folder").exists();
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.err()).contains("is in use by another setsafe run");
    c.resume();
    assertThat(c.awaitEnd()).isZero();
    try (ZipFile z = new ZipFile(xlsx.toFile())) {
      assertThat(z.getEntry("xl/workbook.xml")).isNotNull();
    }
  }

  /** The moments of a report's switch a kill -9 is sent at, and whether the switch was decided. */
  private record Kill(String moment, boolean decided) {}

  private static final List<Kill> KILLS =
      List.of(
          new Kill(Moments.SWITCH_READY, false),
          new Kill(Moments.SWITCH_JOURNALED, true),
          new Kill(Moments.rename(1), true), // old charts aside
          new Kill(Moments.rename(2), true), // new charts in
          new Kill(Moments.rename(3), true), // old workbook aside
          new Kill(Moments.rename(4), true), // new workbook in
          new Kill(Moments.SWITCH_DONE, true));

  @Test
  void report_killedAtEachRenameOfItsSwitch_losesNoVersion_theNextRunLeavesOldOrNew()
      throws IOException, InterruptedException {
    Path base = Files.createDirectories(dir.resolve("kill-base"));
    assertThat(Main.run("report", log + "", "--no-reference", "-o", base.resolve("r.xlsx") + ""))
        .isEqualTo(ExitCode.OK);
    List<String> oldFiles = digests(base);
    List<String> oldNames = oldFiles.stream().map(Races_ChildJvmIT::nameOnly).toList();
    List<String> oldDigests = oldFiles.stream().map(Races_ChildJvmIT::digestOnly).toList();

    int i = 0;
    for (Kill k : KILLS) {
      Path target = dir.resolve("kill-" + i++);
      copy(base, target);
      ChildRun c =
          new ChildRun(
              sharedTemp,
              k.moment(),
              "report",
              newLog + "",
              "--no-reference",
              "-o",
              target.resolve("r.xlsx") + "");
      c.awaitMoment(k.moment());
      c.signal("KILL");
      c.awaitEnd();

      // every old version is still somewhere in the folder until the new set is in place
      List<String> everything = digestsOfEverything(target);
      if (!k.moment().equals(Moments.SWITCH_DONE)) {
        assertThat(everything)
            .as("old versions after a kill at %s", k.moment())
            .containsAll(oldDigests);
      }

      // the next run into the folder finishes the switch (or finds it not begun)
      new StagedFiles(target, "report").close();
      List<String> now = digests(target);
      assertThat(now.stream().map(Races_ChildJvmIT::nameOnly).toList())
          .as("the outputs after a kill at %s and the next run", k.moment())
          .isEqualTo(oldNames);
      List<String> nowDigests = now.stream().map(Races_ChildJvmIT::digestOnly).toList();
      if (k.decided()) {
        // wholly new: each output is a version the killed run made, none the old one
        assertThat(nowDigests)
            .as("after a kill at %s", k.moment())
            .doesNotContainAnyElementsOf(oldDigests);
        assertThat(everything).containsAll(nowDigests);
        assertThat(temporary(target)).as("nothing left after the switch finished").isEmpty();
      } else {
        assertThat(now).as("wholly old after a kill at %s", k.moment()).isEqualTo(oldFiles);
      }
      try (ZipFile z = new ZipFile(target.resolve("r.xlsx").toFile())) {
        assertThat(z.getEntry("xl/workbook.xml")).isNotNull();
      }
      // and a whole report after it writes as ever
      assertThat(
              Main.run("report", log + "", "--no-reference", "-o", target.resolve("r.xlsx") + ""))
          .isEqualTo(ExitCode.OK);
      assertThat(digests(target).stream().map(Races_ChildJvmIT::nameOnly).toList())
          .isEqualTo(oldNames);
    }
  }

  private static String nameOnly(String entry) {
    return entry.substring(0, entry.lastIndexOf('='));
  }

  private static List<Path> temporary(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().startsWith(TempFiles.PREFIX)).toList();
    }
  }

  /** The outputs in {@code root} (not its temporary files, not its lock): path=digest, sorted. */
  private static List<String> digests(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(p).toString();
        if (rel.startsWith(TempFiles.PREFIX) || p.endsWith(FolderLock.FILE)) {
          continue;
        }
        out.add(rel + "=" + digest(p));
      }
    }
    return out;
  }

  /** The digest of every file under {@code root}, temporary ones included. */
  private static List<String> digestsOfEverything(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.add(digest(p));
      }
    }
    return out;
  }

  private static String digestOnly(String entry) {
    return entry.substring(entry.lastIndexOf('=') + 1);
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
}
