package org.setsafe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of one run (a workbook, its charts folder), written first in a work folder beside
 * them ({@code .setsafe-WHAT-PID-N}, with the run's sheet files) and switched into place together,
 * or not at all. The run holds the output folder's {@link FolderLock} from start to end: a second
 * run writing there is refused.
 *
 * <p>The switch is journaled, as a dataset's is ({@code DatasetSwitch}): {@link #commit} first
 * writes the plan ({@value #JOURNAL} in the work folder: each output, its new version, where its
 * old version goes), then moves each old output aside into the work folder and each new one into
 * place. If a move fails, every move made is undone and the journal removed. A run killed outright
 * after the journal was written leaves the old outputs aside and the new ones complete in its work
 * folder: the next run writing to that folder finishes the switch ({@link #recover}) before
 * anything else, and only then are the old versions deleted. A run killed before leaves the old
 * outputs in place; its work folder, holding no old version, is swept later ({@link
 * TempFiles#sweep}). Closing without a commit deletes the work folder and any folder this created
 * that is left empty.
 */
public final class StagedFiles implements AutoCloseable {
  private final Path folder;
  private final Path work;
  private final List<Path> createdFolders = new ArrayList<>();
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private final FolderLock lock;
  private boolean committed;
  private boolean closed;

  /** The journal of a decided switch, in the work folder. */
  public static final String JOURNAL = "journal";

  /**
   * Stages outputs that go to {@code folder} (created, with its missing parents, if need be); stale
   * work folders of ended setsafe runs there are swept.
   *
   * @param what what the run makes, for the work folder's name ({@code report}, {@code compare})
   */
  public StagedFiles(Path folder, String what) {
    this.folder = folder.toAbsolutePath().normalize();
    createFolders(this.folder);
    FolderLock l = null;
    try {
      l = FolderLock.acquire(this.folder, what);
      recover(this.folder);
      TempFiles.sweep(this.folder);
      this.work = TempFiles.folder(this.folder, what);
    } catch (RuntimeException e) {
      if (l != null) {
        l.close();
        removeCreatedFolders();
      }
      throw e;
    }
    this.lock = l;
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
   * Switches every staged output into place together: the plan is written to the journal, then old
   * outputs are moved aside into the work folder and new ones into place; when a move fails, every
   * move made is undone, the journal removed and the failure thrown, the old outputs in place. An
   * interrupt waits for the switch to finish; a kill leaves it for the next run to finish.
   *
   * @throws UncheckedIOException naming the output that could not be moved
   */
  public void commit() {
    Moments.reached(Moments.SWITCH_READY);
    TempFiles.switching(
        () -> {
          List<Step> plan = new ArrayList<>();
          int n = 0;
          for (Map.Entry<Path, Path> e : staged.entrySet()) {
            Path target = e.getKey();
            Path old =
                Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    ? work.resolve("old-" + n++ + "-" + target.getFileName())
                    : null;
            plan.add(new Step(target, e.getValue(), old));
          }
          Path journal = work.resolve(JOURNAL);
          writeJournal(plan, journal);
          Moments.reached(Moments.SWITCH_JOURNALED);
          List<Path[]> done = new ArrayList<>(); // {from, to} in the order made
          int renames = 0;
          try {
            for (int i = 0; i < plan.size(); i++) {
              Step s = plan.get(i);
              if (s.old() != null) {
                Moments.reached(Moments.rename(++renames));
                move(s.target(), s.old());
                done.add(new Path[] {s.target(), s.old()});
              }
              Moments.reached(Moments.rename(++renames));
              move(s.fresh(), s.target());
              done.add(new Path[] {s.fresh(), s.target()});
              if (i == 0) { // the first output in place, the others not yet
                Moments.reached(Moments.SWITCH_MOVING);
              }
            }
            committed = true; // the journal goes with the work folder, the old versions in it
          } catch (UncheckedIOException failure) {
            boolean undone = true;
            for (int i = done.size() - 1; i >= 0; i--) {
              try {
                move(done.get(i)[1], done.get(i)[0]);
              } catch (UncheckedIOException undo) {
                failure.addSuppressed(undo);
                undone = false;
              }
            }
            if (undone) {
              deleteJournal(journal);
            } else {
              // the new outputs are complete: the next run finishes the switch from the journal
              keepForTheNextRun = true;
            }
            throw failure;
          }
        });
    Moments.reached(Moments.SWITCH_DONE);
    close();
  }

  /** Set when a failed switch could not be undone: the work folder stays, for {@link #recover}. */
  private boolean keepForTheNextRun;

  /** One output of a switch: where it goes, its new version, where its old version is put. */
  private record Step(Path target, Path fresh, Path old) {}

  private static void writeJournal(List<Step> plan, Path journal) {
    StringBuilder b = new StringBuilder();
    for (Step s : plan) {
      b.append(encode(s.target().getFileName().toString()))
          .append('\t')
          .append(encode(s.fresh().getFileName().toString()))
          .append('\t')
          .append(s.old() == null ? "" : encode(s.old().getFileName().toString()))
          .append('\n');
    }
    Path tmp = journal.resolveSibling(JOURNAL + ".new");
    try {
      Files.writeString(tmp, b, StandardCharsets.UTF_8);
      try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        c.force(true);
      }
      Files.move(tmp, journal, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the finished output's journal in " + journal.getParent(), e);
    }
  }

  private static void deleteJournal(Path journal) {
    try {
      Files.deleteIfExists(journal);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the switch's journal " + journal, e);
    }
  }

  private static String encode(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  private static String decode(String name) {
    return URLDecoder.decode(name, StandardCharsets.UTF_8);
  }

  /**
   * Finishes the switches that runs killed outright left part-way in {@code folder}: each work
   * folder with a {@value #JOURNAL} and no live run has its new outputs moved into place (the old
   * ones aside first, where they are still in place), and only then is deleted with the old
   * versions. Called with the folder's lock held, before anything else is written there.
   *
   * @return the outputs put in place
   * @throws UncheckedIOException when a switch cannot be finished (nothing of it is deleted)
   */
  public static List<Path> recover(Path folder) {
    List<Path> journaled = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, TempFiles.PREFIX + "*")) {
      for (Path p : s) {
        if (Files.isRegularFile(p.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS)) {
          journaled.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read folder " + folder, e);
    }
    List<Path> finished = new ArrayList<>();
    for (Path w : journaled) {
      TempFiles.ifUnlocked(w, () -> finished.addAll(finish(folder, w)));
    }
    return finished;
  }

  /** Finishes the switch journaled in work folder {@code w}, then deletes {@code w}. */
  private static List<Path> finish(Path folder, Path w) {
    List<Path> targets = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(w.resolve(JOURNAL), StandardCharsets.UTF_8)) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IOException("not a journal of setsafe: " + line);
        }
        Path target = folder.resolve(decode(f[0]));
        Path fresh = w.resolve(decode(f[1]));
        Path old = f[2].isEmpty() ? null : w.resolve(decode(f[2]));
        if (!Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
          continue; // already in place
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          if (old == null || Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " and both its versions are present");
          }
          move(target, old);
        }
        move(fresh, target);
        targets.add(target);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException(
          "cannot finish the switch of outputs that an interrupted run left in "
              + w
              + " (the old and new versions are both kept there)",
          e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
    }
    TempFiles.deleteTree(w);
    return targets;
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

  /**
   * For tests: ends as a run killed outright does, its files left as they are and its locks gone
   * (which the operating system does for a killed process).
   */
  void abandon() {
    closed = true;
    TempFiles.release(work);
    lock.close();
  }

  /**
   * Deletes the work folder (with the old outputs after a commit; without one, the new ones) and
   * releases the folder's lock.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (keepForTheNextRun) {
        TempFiles.release(work);
      } else {
        TempFiles.delete(work);
      }
    } finally {
      lock.close();
      if (!committed) {
        removeCreatedFolders();
      }
    }
  }

  /**
   * Removes the folders this run made, if nothing but its lock file is in them (a run that locked a
   * folder it made removes the lock file with it).
   */
  private void removeCreatedFolders() {
    if (!createdFolders.isEmpty()) {
      try {
        Files.deleteIfExists(folder.resolve(FolderLock.FILE));
      } catch (IOException ignored) {
        // the folder then stays
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
