package org.setsafe.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher names the data folder the jar was built from ({@code -Dsetsafe.data}): files are
 * read from it as plain files, and what it lacks still comes from the bundled copy.
 */
class BundledData_FolderTest {
  @TempDir Path dir;

  @AfterEach
  void forget() {
    System.clearProperty(BundledData.FOLDER_PROPERTY);
  }

  @Test
  void path_withTheFolderNamed_readsItsFiles() throws IOException {
    Files.createDirectories(dir.resolve("protocols"));
    System.setProperty(BundledData.FOLDER_PROPERTY, dir.toString());

    Path p = BundledData.path("protocols");

    assertThat(p).isEqualTo(dir.resolve("protocols"));
    assertThat(p.getFileSystem()).isEqualTo(FileSystems.getDefault());
  }

  @Test
  void path_aFileTheFolderLacks_comesFromTheBundledCopy() throws IOException {
    System.setProperty(BundledData.FOLDER_PROPERTY, dir.toString());

    Path p = BundledData.path("reference/incidents.csv");

    assertThat(p.startsWith(dir)).isFalse();
    assertThat(Files.readString(p)).startsWith("id,");
  }
}
