package org.setsafe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer per folder at a time: a run that writes into a folder (an import into a dataset, a
 * report's workbook and charts) holds an operating-system lock ({@link FileChannel#tryLock()}) on
 * the folder's lock file {@value #FILE} for the whole run. A second run, in this process or any
 * other, on this machine or one that shares the folder, is refused with {@link InUse}, which says
 * who holds the lock. The lock goes with the process: a run killed outright holds nothing, whatever
 * its process id means in another process namespace. The lock file itself stays (deleting it would
 * let two runs lock two different files of the same name), empty but while a run holds it: then it
 * says who does.
 *
 * <p>Within one process the lock is held per thread and may be taken again by the thread that holds
 * it (an import writes its dataset through a writer that takes the same lock).
 */
public final class FolderLock implements AutoCloseable {
  /** The lock file of a folder. Not a temporary file: it is never swept. */
  public static final String FILE = ".setsafe.lock";

  /** Locks held by this process: lock file → holder. */
  private static final Map<Path, FolderLock> HELD = new HashMap<>();

  private final Path file;
  private final Thread owner;
  private final FileChannel channel;
  private final FileLock lock;
  private final String holder;
  private int depth = 1;

  /** Thrown when another run holds a folder's lock; its message says which folder and who. */
  public static final class InUse extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    InUse(Path folder, String holder) {
      super(
          folder
              + " is in use by another setsafe run"
              + (holder == null || holder.isBlank() ? "" : " (" + holder + ")")
              + "; nothing was changed. Run again when it has finished",
          new FileSystemException(folder.toString(), null, "locked by another run"));
    }
  }

  private FolderLock(Path file, FileChannel channel, FileLock lock, String holder) {
    this.file = file;
    this.owner = Thread.currentThread();
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  /**
   * Locks {@code folder} (which must exist) for a run that makes {@code what} ({@code import},
   * {@code report}), or fails at once.
   *
   * @throws InUse when another run, or another thread of this one, holds the lock
   * @throws UncheckedIOException when the lock file cannot be made or opened
   */
  public static FolderLock acquire(Path folder, String what) {
    Path abs = folder.toAbsolutePath().normalize();
    Path file;
    try {
      file = abs.toRealPath().resolve(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write in " + abs, e);
    }
    FolderLock acquired;
    synchronized (HELD) {
      FolderLock held = HELD.get(file);
      if (held != null) {
        if (held.owner == Thread.currentThread()) {
          held.depth++;
          return held;
        }
        throw new InUse(abs, held.holder);
      }
      FileChannel channel;
      try {
        channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write in " + abs, e);
      }
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held in this process through another path to the same file
      } catch (IOException e) {
        // a file system without locks (some network shares): the run goes on unlocked
        FolderLock unlocked = new FolderLock(file, channel, null, describe(what));
        HELD.put(file, unlocked);
        return unlocked;
      }
      if (lock == null) {
        String other = readHolder(channel);
        close(channel);
        throw new InUse(abs, other);
      }
      String holder = describe(what);
      try {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      } catch (IOException e) {
        // the description is a courtesy; the lock is what counts
      }
      FolderLock l = new FolderLock(file, channel, lock, holder);
      HELD.put(file, l);
      hook();
      acquired = l;
    }
    Moments.reached(Moments.LOCKED);
    return acquired;
  }

  private static boolean hooked;

  /**
   * At exit (an interrupt included) the lock files still held are emptied: what the folder holds is
   * then as it was, but for a run killed outright.
   */
  private static void hook() {
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    synchronized (HELD) {
                      for (FolderLock l : HELD.values()) {
                        try {
                          if (l.lock != null) {
                            l.channel.truncate(0);
                          }
                        } catch (IOException ignored) {
                          // the process ends: its locks go with it
                        }
                      }
                    }
                  },
                  "setsafe-unlock"));
    }
  }

  /** Who holds a lock, as its holder wrote it: what, process, host, since when. */
  private static String describe(String what) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException | RuntimeException e) {
      host = "this machine";
    }
    return "setsafe "
        + what
        + ", process "
        + ProcessHandle.current().pid()
        + " on "
        + host
        + ", since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String readHolder(FileChannel channel) {
    try {
      long size = Math.min(channel.size(), 1024);
      ByteBuffer b = ByteBuffer.allocate((int) size);
      channel.read(b, 0);
      return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null;
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing to release
    }
  }

  /** Releases the lock (once as many times as it was taken). */
  @Override
  public void close() {
    synchronized (HELD) {
      if (--depth > 0) {
        return;
      }
      HELD.remove(file);
      try {
        if (lock != null) {
          channel.truncate(0); // at rest the file is empty: a dataset's files do not change
        }
      } catch (IOException ignored) {
        // a description left behind names a run that holds nothing
      }
      try {
        if (lock != null) {
          lock.release();
        }
      } catch (IOException ignored) {
        // closing the channel releases it too
      }
      close(channel);
    }
  }
}
