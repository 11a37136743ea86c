package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per folder: a second one is refused and told who holds the folder. */
class FolderLock_Test {
  @Test
  @SuppressWarnings("try") // the lock is held by the block
  void aSecondWriter_isRefused_namingTheHolder_untilTheFirstEnds(@TempDir Path dir)
      throws Exception {
    try (FolderLock first = FolderLock.acquire(dir, "import")) {
      assertThat(dir.resolve(FolderLock.FILE))
          .content()
          .startsWith("setsafe import, process " + ProcessHandle.current().pid());

      Throwable refused =
          CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      FolderLock.acquire(dir, "report").close();
                      return null;
                    } catch (FolderLock.InUse e) {
                      return e;
                    }
                  })
              .get();

      assertThat(refused)
          .isInstanceOf(FolderLock.InUse.class)
          .hasMessageStartingWith(dir.toAbsolutePath() + " is in use by another setsafe run")
          .hasMessageContaining("setsafe import, process");
    }
    // released: another thread takes it, and the file is empty at rest
    CompletableFuture.runAsync(() -> FolderLock.acquire(dir, "report").close()).get();
    assertThat(dir.resolve(FolderLock.FILE)).isEmptyFile();
  }

  @Test
  @SuppressWarnings("try") // the lock is held by the block
  void theHoldingThread_mayTakeItAgain(@TempDir Path dir) {
    try (FolderLock outer = FolderLock.acquire(dir, "import")) {
      FolderLock.acquire(dir, "import").close();
      // still held by the outer one
      assertThatThrownBy(
              () ->
                  CompletableFuture.runAsync(() -> FolderLock.acquire(dir, "report").close())
                      .join())
          .hasCauseInstanceOf(FolderLock.InUse.class);
    }
  }

  @Test
  void aStagedOutput_holdsItsFoldersLock_forTheWholeRun(@TempDir Path dir) throws Exception {
    try (StagedFiles files = new StagedFiles(dir, "report")) {
      Files.writeString(files.stage(dir.resolve("r.xlsx")), "new");
      assertThatThrownBy(
              () ->
                  CompletableFuture.runAsync(() -> new StagedFiles(dir, "compare").close()).join())
          .hasCauseInstanceOf(FolderLock.InUse.class);
      files.commit();
    }
    new StagedFiles(dir, "compare").close();
  }
}
