package org.setsafe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * setsafe's temporary files and folders: they live beside the output they become (the shared
 * temporary folder holds only what reading a workbook needs, see {@link SharedStrings}), under
 * names that say whose they are ({@code .setsafe-WHAT-PID-N}), and they do not outlive the run:
 *
 * <ul>
 *   <li>on an interrupt (Ctrl-C, SIGINT, SIGTERM) every registered one is deleted, after any switch
 *       of finished files into place has completed ({@link #switching}), so that the outputs are
 *       wholly old or wholly new;
 *   <li>a run that was killed outright (kill -9) leaves them, and a later run that writes to the
 *       same folder sweeps them ({@link #sweep}) once they are both unlocked and old: a work folder
 *       holds an operating-system lock on its file {@value #WORK_LOCK} for as long as its run lives
 *       (a file, such as the shared strings of a workbook, is locked itself), and is swept only
 *       when that lock is free and nothing in it has been added for {@link #STALE_AFTER}. Process
 *       ids are never asked: in another process namespace (a container sharing the folder) a live
 *       run's id may name no process, or another one.
 * </ul>
 */
public final class TempFiles {
  /** Every temporary name begins so. */
  public static final String PREFIX = ".setsafe-";

  /** The lock file inside a work folder, locked by its run while it lives. */
  public static final String WORK_LOCK = "lock";

  /** How long a temporary file or folder must have been left alone before it is swept. */
  public static final Duration STALE_AFTER = Duration.ofHours(1);

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Set<Path> registered = new LinkedHashSet<>();

  /** The open lock files of this process's work folders: folder → channel holding its lock. */
  private static final Map<Path, FileChannel> locks = new HashMap<>();

  private static boolean interrupted;
  private static boolean hooked;
  private static long counter;

  private TempFiles() {}

  /** Thrown instead of starting work once the process is being interrupted. */
  public static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted: nothing was changed");
    }
  }

  /**
   * A new temporary name in {@code folder} for {@code what} (such as {@code import} or {@code
   * report}): {@code .setsafe-WHAT-PID-N}, registered for deletion on an interrupt. Nothing is
   * created.
   */
  public static Path name(Path folder, String what) {
    LOCK.lock();
    try {
      if (interrupted) {
        throw new Interrupted();
      }
      hook();
      Path p =
          folder.resolve(PREFIX + what + "-" + ProcessHandle.current().pid() + "-" + counter++);
      registered.add(p.toAbsolutePath());
      return p;
    } finally {
      LOCK.unlock();
    }
  }

  /**
   * Creates {@code name(folder, what)} as a folder, with its lock file {@value #WORK_LOCK} locked
   * until the folder is {@linkplain #delete deleted} or the process ends.
   */
  public static Path folder(Path folder, String what) {
    Path p = name(folder, what);
    try {
      Files.createDirectory(p);
    } catch (IOException e) {
      forget(p);
      throw new UncheckedIOException("cannot write in " + folder, e);
    }
    lockFolder(p);
    LOCK.lock();
    try {
      if (interrupted) { // the interrupt's clean-up may have looked for it before it was made
        deleteTree(p);
        throw new Interrupted();
      }
    } finally {
      LOCK.unlock();
    }
    return p;
  }

  /** Takes the lock of a new work folder (on a file system without locks, goes on without). */
  private static void lockFolder(Path p) {
    FileChannel c = null;
    try {
      c =
          FileChannel.open(
              p.resolve(WORK_LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (c.tryLock() == null) {
        c.close();
        return;
      }
      synchronized (locks) {
        locks.put(p.toAbsolutePath(), c);
      }
    } catch (IOException | OverlappingFileLockException e) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // nothing held
        }
      }
    }
  }

  /** Releases the lock of a work folder of this process. */
  private static void unlockFolder(Path p) {
    FileChannel c;
    synchronized (locks) {
      c = locks.remove(p.toAbsolutePath());
    }
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // the lock goes with the channel
      }
    }
  }

  /**
   * Releases the lock of work folder {@code p} and deletes its lock file, before the folder becomes
   * an output itself (a dataset's switch renames it); it stays registered.
   */
  public static void unlock(Path p) {
    unlockFolder(p);
    try {
      Files.deleteIfExists(p.resolve(WORK_LOCK));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write in " + p, e);
    }
  }

  /**
   * Lets a work folder outlive the run (a switch that could not be undone, for the next run to
   * finish): its lock is released and it is no longer deleted at exit.
   */
  public static void release(Path p) {
    unlockFolder(p);
    forget(p);
  }

  /**
   * Runs {@code action} holding the lock of work folder {@code w} when no run (of this process or
   * another) holds it; does nothing otherwise.
   *
   * @return whether {@code action} ran
   */
  public static boolean ifUnlocked(Path w, Runnable action) {
    if (own(w)) {
      return false;
    }
    Path lockFile = w.resolve(WORK_LOCK);
    if (!Files.exists(lockFile)) {
      action.run(); // killed before it could lock
      return true;
    }
    try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      if (c.tryLock() == null) {
        return false; // its run lives
      }
      action.run();
      return true;
    } catch (OverlappingFileLockException | IOException e) {
      return false; // locked by this process, or a file system without locks
    }
  }

  /** Deletes a temporary file or folder now, and forgets it. */
  public static void delete(Path p) {
    unlockFolder(p);
    deleteTree(p);
    forget(p);
  }

  /** Forgets a temporary name (it became an output, or is gone). */
  public static void forget(Path p) {
    LOCK.lock();
    try {
      registered.remove(p.toAbsolutePath());
    } finally {
      LOCK.unlock();
    }
  }

  /**
   * Runs {@code moves} (finished files switching into place) so that an interrupt arriving
   * meanwhile waits for them to complete; once an interrupt has begun, they do not start.
   *
   * @throws Interrupted when the process is being interrupted
   */
  public static void switching(Runnable moves) {
    LOCK.lock();
    try {
      if (interrupted) {
        throw new Interrupted();
      }
      moves.run();
    } finally {
      LOCK.unlock();
    }
  }

  /**
   * Deletes the temporary files and folders of ended setsafe runs in {@code folder}: those whose
   * lock is free and that have been left alone for {@link #STALE_AFTER}. A work folder whose switch
   * was decided but not finished ({@link StagedFiles#JOURNAL} in it) is left for {@link
   * StagedFiles} to finish. This process's own are never touched.
   */
  public static void sweep(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> candidates = new ArrayList<>();
    Instant staleBefore = Instant.now().minus(STALE_AFTER);
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path p : s) {
        if (pidOf(p.getFileName().toString()) > 0 && !own(p) && leftSince(p, staleBefore)) {
          candidates.add(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return; // sweeping is a courtesy: the run itself reports what it cannot write
    }
    for (Path p : candidates) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.exists(p.resolve(StagedFiles.JOURNAL))) {
          continue;
        }
        ifUnlocked(p, () -> deleteTree(p));
      } else {
        deleteIfUnlocked(p, p);
      }
    }
  }

  /** Whether {@code p} is a temporary name of this process (still registered, or locked). */
  private static boolean own(Path p) {
    Path abs = p.toAbsolutePath();
    LOCK.lock();
    try {
      if (registered.contains(abs)) {
        return true;
      }
    } finally {
      LOCK.unlock();
    }
    synchronized (locks) {
      return locks.containsKey(abs);
    }
  }

  /** Whether {@code p} was last changed before {@code when}. */
  private static boolean leftSince(Path p, Instant when) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(when);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Deletes {@code tree} if no process holds a lock on {@code lockFile}, holding that lock
   * meanwhile.
   */
  private static void deleteIfUnlocked(Path lockFile, Path tree) {
    try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock l = c.tryLock();
      if (l == null) {
        return; // its run lives
      }
      deleteTree(tree);
    } catch (OverlappingFileLockException e) {
      // locked by this process
    } catch (IOException e) {
      // a file system without locks, or the file went: left alone, as it may be alive
    }
  }

  /**
   * The process id in {@code .setsafe-WHAT-PID-N}, or -1: only to know a temporary name, never to
   * ask whether its process lives.
   */
  static long pidOf(String name) {
    if (!name.startsWith(PREFIX)) {
      return -1;
    }
    String[] parts = name.substring(PREFIX.length()).split("-");
    if (parts.length < 3) {
      return -1;
    }
    try {
      Long.parseLong(parts[parts.length - 1]);
      return Long.parseLong(parts[parts.length - 2]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void hook() {
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::onExit, "setsafe-clean-up"));
    }
  }

  /** On an interrupt (and at any exit): waits for a switch under way, then deletes the rest. */
  private static void onExit() {
    List<Path> left;
    if (!LOCK.tryLock()) { // a switch is under way (or a name being taken): wait for it
      Moments.reached(Moments.EXIT_WAITS);
      LOCK.lock();
    }
    try {
      interrupted = true;
      left = new ArrayList<>(registered);
      registered.clear();
    } finally {
      LOCK.unlock();
    }
    for (int i = left.size() - 1; i >= 0; i--) {
      deleteTree(left.get(i));
    }
  }

  /** Walks of a folder that {@link #deleteTree} makes at most. */
  private static final int DELETE_WALKS = 20;

  /**
   * Deletes a file or a folder with everything in it; best effort. On an interrupt the run's other
   * threads are still going while its folders are deleted, and may add a file to one meanwhile: a
   * folder is walked again until it is gone (a few times at most); once it is gone, nothing more
   * can be made in it.
   */
  static void deleteTree(Path p) {
    for (int walk = 0;
        walk < DELETE_WALKS && Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        walk++) {
      if (walk > 0) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      try (Stream<Path> s = Files.walk(p)) {
        s.sorted(Comparator.reverseOrder())
            .forEach(
                q -> {
                  try {
                    Files.deleteIfExists(q);
                  } catch (IOException ignored) {
                    // best effort: the rest is still deleted
                  }
                });
      } catch (IOException | UncheckedIOException ignored) {
        // best effort; walked again
      }
    }
  }
}
