package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's outputs (a workbook and its charts folder) switch into place together, or not at all. */
class StagedFiles_SwitchTest {

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void lastRun(Path dir) throws IOException {
    Files.writeString(dir.resolve("r.xlsx"), "old workbook");
    Files.createDirectories(dir.resolve("r-charts"));
    Files.writeString(dir.resolve("r-charts/pareto.png"), "old chart");
    Files.writeString(dir.resolve("r-charts/dropped.svg"), "a chart this run does not draw");
  }

  @Test
  void commit_switchesTheWorkbookAndTheWholeChartsFolder(@TempDir Path dir) throws IOException {
    lastRun(dir);

    try (StagedFiles files = new StagedFiles(dir, "report")) {
      Files.writeString(files.stageFolder(dir.resolve("r-charts")).resolve("pareto.png"), "new");
      Files.writeString(files.stage(dir.resolve("r.xlsx")), "new workbook");
      files.commit();
    }

    assertThat(dir.resolve("r.xlsx")).hasContent("new workbook");
    assertThat(names(dir.resolve("r-charts"))).containsExactly("pareto.png");
    assertThat(dir.resolve("r-charts/pareto.png")).hasContent("new");
    assertThat(names(dir)).containsExactly(FolderLock.FILE, "r-charts", "r.xlsx");
  }

  @Test
  void aMoveThatFails_leavesWorkbookAndChartsBothOld(@TempDir Path dir) throws IOException {
    lastRun(dir);

    try (StagedFiles files = new StagedFiles(dir, "report")) {
      Files.writeString(files.stageFolder(dir.resolve("r-charts")).resolve("pareto.png"), "new");
      Path xlsx = files.stage(dir.resolve("r.xlsx"));
      // the workbook is never written: moving it into place fails after the charts moved
      assertThatThrownBy(files::commit)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("r.xlsx");
      assertThat(xlsx).doesNotExist();
    }

    assertThat(dir.resolve("r.xlsx")).hasContent("old workbook");
    assertThat(names(dir.resolve("r-charts"))).containsExactly("dropped.svg", "pareto.png");
    assertThat(dir.resolve("r-charts/pareto.png")).hasContent("old chart");
    assertThat(names(dir)).containsExactly(FolderLock.FILE, "r-charts", "r.xlsx");
  }

  @Test
  void closedWithoutCommit_leavesNothing_andRemovesFoldersItMade(@TempDir Path dir)
      throws IOException {
    Path deep = dir.resolve("a/b");

    try (StagedFiles files = new StagedFiles(deep, "report")) {
      Files.writeString(files.stage(deep.resolve("r.xlsx")), "half");
      assertThat(files.workFolder().getFileName().toString()).startsWith(".setsafe-report-");
    }

    assertThat(names(dir)).isEmpty();
  }

  @Test
  void anOldUnlockedWorkFolder_isSwept_whateverItsProcessId_aYoungOneIsKept(@TempDir Path dir)
      throws IOException {
    // process 1 lives (init); no process id is asked: the lock and the age decide
    Path stale = Files.createDirectory(dir.resolve(".setsafe-report-1-0"));
    Files.writeString(stale.resolve("setsafe-sheet-0.xml"), "<sheetData>");
    Files.writeString(stale.resolve(TempFiles.WORK_LOCK), "");
    age(stale, TempFiles.STALE_AFTER.plusMinutes(1));
    Path young = Files.createDirectory(dir.resolve(".setsafe-report-1-1"));
    Files.writeString(young.resolve(TempFiles.WORK_LOCK), "");
    age(young, TempFiles.STALE_AFTER.minusMinutes(5));
    // a number this JVM's own runs never reach (they count up from 0), whatever ran before
    Path live =
        Files.createDirectory(
            dir.resolve(
                ".setsafe-report-" + ProcessHandle.current().pid() + "-" + Integer.MAX_VALUE));

    try (StagedFiles files = new StagedFiles(dir, "report")) {
      assertThat(stale).doesNotExist();
      assertThat(young).exists();
      assertThat(live).exists();
      assertThat(files.workFolder()).exists();
      assertThat(files.workFolder().resolve(TempFiles.WORK_LOCK)).exists();
    }
  }

  private static void age(Path p, java.time.Duration by) throws IOException {
    Files.setLastModifiedTime(
        p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(by)));
  }
}
