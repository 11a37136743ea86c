package org.setsafe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
 *   <li>a run that was killed outright (kill -9) leaves them, and the next run that writes to the
 *       same folder sweeps those whose process is gone ({@link #sweep}).
 * </ul>
 */
public final class TempFiles {
  /** Every temporary name begins so. */
  public static final String PREFIX = ".setsafe-";

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Set<Path> registered = new LinkedHashSet<>();
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

  /** Creates {@code name(folder, what)} as a folder. */
  public static Path folder(Path folder, String what) {
    Path p = name(folder, what);
    try {
      Files.createDirectory(p);
    } catch (IOException e) {
      forget(p);
      throw new UncheckedIOException("cannot write in " + folder, e);
    }
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

  /** Deletes a temporary file or folder now, and forgets it. */
  public static void delete(Path p) {
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

  /** Deletes the temporary files of setsafe runs in {@code folder} whose process has ended. */
  public static void sweep(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path p : s) {
        long pid = pidOf(p.getFileName().toString());
        if (pid > 0
            && pid != ProcessHandle.current().pid()
            && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
          stale.add(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return; // sweeping is a courtesy: the run itself reports what it cannot write
    }
    stale.forEach(TempFiles::deleteTree);
  }

  /** The process id in {@code .setsafe-WHAT-PID-N}, or -1. */
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
