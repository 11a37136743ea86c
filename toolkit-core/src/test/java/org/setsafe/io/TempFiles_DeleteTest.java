package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's folder is gone after its deletion even when another thread of the run adds files to it
 * meanwhile (as on an interrupt, whose clean-up runs while the run goes on).
 */
class TempFiles_DeleteTest {
  private static Path tree(Path dir) throws IOException {
    Path root = Files.createDirectory(dir.resolve(".setsafe-report-1-0"));
    for (int d = 0; d < 20; d++) {
      Path sub = Files.createDirectory(root.resolve("new-" + d));
      for (int f = 0; f < 50; f++) {
        Files.writeString(sub.resolve("part-" + f + ".xml"), "<x/>");
      }
    }
    return root;
  }

  @RepeatedTest(5)
  void filesAddedWhileDeleting_areDeletedToo(@TempDir Path dir) throws Exception {
    Path root = tree(dir);
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < 200; i++) {
                try {
                  Files.writeString(root.resolve("late-" + i + ".png"), "png");
                } catch (IOException gone) {
                  return; // the folder is gone: nothing more can be made in it
                }
              }
            });
    writer.start();

    TempFiles.deleteTree(root);
    writer.join();

    assertThat(root).doesNotExist();
  }
}
