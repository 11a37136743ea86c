package org.setsafe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of one run (a workbook, its charts folder), written first in a work folder beside
 * them ({@code .setsafe-WHAT-PID-N}, with the run's sheet files) and switched into place together,
 * or not at all: {@link #commit} moves each old output aside, each new one into place, and if any
 * move fails moves everything back. Closing without a commit deletes the work folder and any folder
 * this created that is left empty, so a failed or interrupted run leaves the previous outputs as
 * they were and nothing of its own (see {@link TempFiles}).
 */
public final class StagedFiles implements AutoCloseable {
  private final Path folder;
  private final Path work;
  private final List<Path> createdFolders = new ArrayList<>();
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private boolean committed;

  /**
   * Stages outputs that go to {@code folder} (created, with its missing parents, if need be); stale
   * work folders of ended setsafe runs there are swept.
   *
   * @param what what the run makes, for the work folder's name ({@code report}, {@code compare})
   */
  public StagedFiles(Path folder, String what) {
    this.folder = folder.toAbsolutePath().normalize();
    createFolders(this.folder);
    TempFiles.sweep(this.folder);
    this.work = TempFiles.folder(this.folder, what);
  }

  private void createFolders(Path abs) {
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new UncheckedIOException(
          "cannot create folder " + abs, new IOException("a file of that name is in the way"));
    }
    List<Path> missing = new ArrayList<>();
    for (Path p = abs; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + abs, e);
    }
    createdFolders.addAll(missing);
  }

  /** The work folder, for the run's own temporary files (deleted with it). */
  public Path workFolder() {
    return work;
  }

  /**
   * Where to write the file that {@link #commit} moves onto {@code target} (in the staged folder).
   */
  public Path stage(Path target) {
    Path abs = target(target);
    if (Files.isDirectory(abs)) {
      throw new UncheckedIOException(
          target + " is a folder, not a file", new IOException("is a directory"));
    }
    Path tmp = work.resolve("new-" + staged.size() + "-" + abs.getFileName());
    staged.put(abs, tmp);
    return tmp;
  }

  /**
   * A new, empty folder whose contents {@link #commit} puts in place of {@code target} (a folder
   * replaced whole: files of an older run that this one does not write do not stay).
   */
  public Path stageFolder(Path target) {
    Path abs = target(target);
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new UncheckedIOException(
          "cannot create folder " + target, new IOException("a file of that name is in the way"));
    }
    Path tmp = work.resolve("new-" + staged.size() + "-" + abs.getFileName());
    try {
      Files.createDirectory(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write in " + work, e);
    }
    staged.put(abs, tmp);
    return tmp;
  }

  private Path target(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    if (!folder.equals(abs.getParent())) {
      throw new IllegalArgumentException(target + " is not in " + folder);
    }
    if (staged.containsKey(abs)) {
      throw new IllegalArgumentException(target + " is staged twice");
    }
    return abs;
  }

  /**
   * Switches every staged output into place together: old outputs are moved aside into the work
   * folder, new ones into place; when a move fails, every move made is undone and the failure
   * thrown, the old outputs in place. An interrupt waits for the switch to finish.
   *
   * @throws UncheckedIOException naming the output that could not be moved
   */
  public void commit() {
    Moments.reached(Moments.SWITCH_READY);
    TempFiles.switching(
        () -> {
          List<Path[]> done = new ArrayList<>(); // {from, to} in the order made
          Path first = staged.isEmpty() ? null : staged.keySet().iterator().next();
          int n = 0;
          try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
              Path target = e.getKey();
              if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path old = work.resolve("old-" + n++ + "-" + target.getFileName());
                move(target, old);
                done.add(new Path[] {target, old});
              }
              move(e.getValue(), target);
              done.add(new Path[] {e.getValue(), target});
              if (target.equals(first)) { // the first output in place, the others not yet
                Moments.reached(Moments.SWITCH_MOVING);
              }
            }
            committed = true;
          } catch (UncheckedIOException failure) {
            for (int i = done.size() - 1; i >= 0; i--) {
              try {
                move(done.get(i)[1], done.get(i)[0]);
              } catch (UncheckedIOException undo) {
                failure.addSuppressed(undo);
              }
            }
            throw failure;
          }
        });
    Moments.reached(Moments.SWITCH_DONE);
    close();
  }

  private static void move(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished output into place at " + to, e);
    }
  }

  /** Deletes the work folder (with the old outputs after a commit); without one, the new ones. */
  @Override
  public void close() {
    TempFiles.delete(work);
    if (committed) {
      return;
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
