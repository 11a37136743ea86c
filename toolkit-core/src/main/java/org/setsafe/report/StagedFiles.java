package org.setsafe.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written first under a temporary name in their target folder, then moved into place
 * together (each move atomic where the file system allows). Closing without {@link #commit} deletes
 * the temporary files and any folder this created that is left empty, so a failed run leaves
 * nothing half-written behind.
 */
final class StagedFiles implements AutoCloseable {
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private final List<Path> createdFolders = new ArrayList<>();
  private boolean committed;

  /** Creates {@code folder} and any missing parents, remembering which ones this created. */
  void folder(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    List<Path> missing = new ArrayList<>();
    for (Path p = abs; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + folder, e);
    }
    createdFolders.addAll(missing);
  }

  /**
   * A new temporary file in {@code target}'s folder, to be moved onto {@code target} by {@link
   * #commit}.
   */
  Path stage(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new UncheckedIOException(
          target + " is a folder, not a file", new IOException("is a directory"));
    }
    folder(abs.getParent());
    // not Files.createTempFile: its owner-only permissions would stay on the report after the move
    String prefix = "." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int attempt = 0; ; attempt++) {
      Path tmp = abs.resolveSibling(prefix + (staged.size() + attempt) + ".tmp");
      try {
        Files.createFile(tmp);
        staged.put(abs, tmp);
        return tmp;
      } catch (FileAlreadyExistsException taken) {
        if (attempt > 1000) {
          throw new UncheckedIOException(
              "cannot create a temporary file in " + abs.getParent(), taken);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write in " + abs.getParent(), e);
      }
    }
  }

  /** Moves every staged file onto its target, in the order staged. */
  void commit() {
    for (Map.Entry<Path, Path> e : staged.entrySet()) {
      move(e.getValue(), e.getKey());
    }
    committed = true;
  }

  private static void move(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished file into place at " + to, e);
    }
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Path tmp : staged.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the original error matters more
      }
    }
    for (int i = createdFolders.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(createdFolders.get(i));
      } catch (DirectoryNotEmptyException keep) {
        // someone else's files are in it
      } catch (IOException ignored) {
        // best effort
      }
    }
  }
}
