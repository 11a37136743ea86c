package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report's switch (old charts aside, new charts in, old workbook aside, new workbook in) killed
 * at any of its moments: the old versions are never lost, and the next run into the folder either
 * finds the old outputs untouched (killed before the switch was decided) or finishes the switch
 * from its journal (after), and only then deletes the old versions. The kill is what a kill -9
 * leaves: the run stops at the moment, its files as they are, its locks gone.
 */
class StagedFiles_JournalTest {
  @TempDir Path dir;

  /** Thrown at the moment a run is "killed". */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  @AfterEach
  void unwatch() {
    Moments.watch(null);
  }

  private void lastRun() throws IOException {
    Files.writeString(dir.resolve("r.xlsx"), "old workbook");
    Files.createDirectories(dir.resolve("r-charts"));
    Files.writeString(dir.resolve("r-charts/pareto.png"), "old chart");
  }

  private List<String> everyFile() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.add(dir.relativize(p) + "=" + Files.readString(p));
      }
      return out;
    }
  }

  /** Runs a report's switch that is killed at {@code moment}. */
  private void killedAt(String moment) throws IOException {
    StagedFiles files = new StagedFiles(dir, "report");
    Files.writeString(
        files.stageFolder(dir.resolve("r-charts")).resolve("pareto.png"), "new chart");
    Files.writeString(files.stage(dir.resolve("r.xlsx")), "new workbook");
    Thread run = Thread.currentThread();
    Moments.watch(
        m -> {
          if (m.equals(moment) && Thread.currentThread() == run) {
            throw new Killed();
          }
        });
    try {
      files.commit();
      throw new AssertionError("never reached " + moment);
    } catch (Killed expected) {
      Moments.watch(null);
      files.abandon();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        Moments.SWITCH_READY,
        Moments.SWITCH_JOURNALED,
        "switch-rename-1",
        "switch-rename-2",
        "switch-rename-3",
        "switch-rename-4",
        Moments.SWITCH_DONE
      })
  void killedAtAnyMoment_noVersionLost_theNextRunLeavesOldOrNew(String moment) throws IOException {
    lastRun();
    killedAt(moment);

    List<String> left = everyFile();
    // both versions of each output are somewhere until the new set is complete
    boolean decided = !moment.equals(Moments.SWITCH_READY);
    if (!moment.equals(Moments.SWITCH_DONE)) {
      assertThat(left).anyMatch(f -> f.endsWith("=old workbook"));
      assertThat(left).anyMatch(f -> f.endsWith("=old chart"));
    }
    assertThat(left).anyMatch(f -> f.endsWith("=new workbook"));
    assertThat(left).anyMatch(f -> f.endsWith("=new chart"));

    // the next run into the folder (here one that writes nothing) finishes or leaves it
    new StagedFiles(dir, "report").close();

    assertThat(Files.readString(dir.resolve("r.xlsx")))
        .isEqualTo(decided ? "new workbook" : "old workbook");
    assertThat(Files.readString(dir.resolve("r-charts/pareto.png")))
        .isEqualTo(decided ? "new chart" : "old chart");
    if (decided) {
      // finished: the old versions went only now, with the work folder
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder(FolderLock.FILE, "r-charts", "r.xlsx");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"switch-rename-1", "switch-rename-2", "switch-rename-3"})
  void aSwitchLeftPartWay_isNotSwept_evenWhenOld(String moment) throws IOException {
    lastRun();
    killedAt(moment);
    Path work;
    try (Stream<Path> s = Files.list(dir)) {
      work =
          s.filter(p -> p.getFileName().toString().startsWith(TempFiles.PREFIX))
              .findFirst()
              .orElseThrow();
    }
    Files.setLastModifiedTime(
        work,
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(TempFiles.STALE_AFTER).minusSeconds(60)));

    TempFiles.sweep(dir); // as an import or a workbook's reading sweeps

    assertThat(work.resolve(StagedFiles.JOURNAL)).exists();
    assertThat(everyFile()).anyMatch(f -> f.endsWith("=old workbook"));
  }
}
