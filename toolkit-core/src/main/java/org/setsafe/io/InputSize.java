package org.setsafe.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How large a run's inputs are, taken once before anything is read, and the one place for the sizes
 * from which setsafe works another way: a CSV file parsed ahead on a thread of its own, a dataset
 * folder streamed rather than held, a progress bar, the workbook deflated at the fastest level, its
 * temporary sheet files compressed. The row count is an estimate from the line length of each
 * file's first 64 KB; a file is never read through to size it.
 *
 * @param bytes the bytes of every input (for a dataset folder, its incidents table)
 * @param largestFile the bytes of the largest of them
 * @param estimatedRows the rows they hold, estimated
 */
public record InputSize(long bytes, long largestFile, long estimatedRows) {
  /** Nothing to read (the bundled reference alone, or standard input). */
  public static final InputSize NONE = new InputSize(0, 0, 0);

  /**
   * A CSV file from this size on is parsed on a thread of its own, a block ahead of the thread that
   * checks its rows; a smaller one is quicker parsed in line.
   */
  public static final long READ_AHEAD_FROM_BYTES = 4L << 20;

  /**
   * A dataset folder whose child tables (people, checks, outcomes, ...) reach this size together is
   * read by streaming its incidents in order, rather than by holding the children in memory.
   */
  public static final long STREAM_FROM_BYTES = 16L << 20;

  /**
   * From this many bytes of input (about 30,000 incidents) on, the report's workbook is deflated at
   * the fastest level: that halves the time to save (1M rows: about 12 s to 5.5 s) for a file a
   * third larger. Smaller reports are quick either way and keep the smaller file.
   */
  public static final long FAST_DEFLATE_FROM_BYTES = 8L << 20;

  /** Rough bytes of temporary sheet data a report writes per byte of input. */
  public static final int TEMP_BYTES_PER_INPUT_BYTE = 5;

  /**
   * Inputs of more rows than this, or with a file over {@link #PROGRESS_FROM_FILE_BYTES}, show a
   * progress bar.
   */
  public static final long PROGRESS_FROM_ROWS = 50_000;

  public static final long PROGRESS_FROM_FILE_BYTES = 10L << 20;

  /** The bytes of a file's head read to estimate its rows. */
  private static final int SAMPLE = 64 * 1024;

  public InputSize {
    if (bytes < 0 || largestFile < 0 || estimatedRows < 0 || largestFile > bytes) {
      throw new IllegalArgumentException(
          "input sizes must be whole and the largest file at most the total");
    }
  }

  /**
   * The size of one file, with its rows estimated from its first 64 KB; nothing for a file that
   * cannot be read (its reader says what is wrong).
   */
  public static InputSize ofFile(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return NONE;
      }
      long size = Files.size(file);
      return new InputSize(size, size, estimateRows(file, size));
    } catch (IOException e) {
      return NONE;
    }
  }

  /** This and {@code other} together. */
  public InputSize plus(InputSize other) {
    return new InputSize(
        bytes + other.bytes,
        Math.max(largestFile, other.largestFile),
        estimatedRows + other.estimatedRows);
  }

  /** Whether the inputs are large enough for a progress bar. */
  public boolean showsProgress() {
    return estimatedRows > PROGRESS_FROM_ROWS || largestFile > PROGRESS_FROM_FILE_BYTES;
  }

  /** Whether a report on these inputs deflates its workbook at the fastest level. */
  public boolean fastDeflate() {
    return bytes >= FAST_DEFLATE_FROM_BYTES;
  }

  /**
   * Whether a report's temporary sheet files would take more than half the free space of {@code
   * folder} (or of its first existing parent, when it is not made yet), so that they are better
   * compressed.
   */
  public boolean crowds(Path folder) {
    Path f = folder.toAbsolutePath();
    while (f != null && !Files.isDirectory(f)) {
      f = f.getParent();
    }
    long free = f == null ? Long.MAX_VALUE : f.toFile().getUsableSpace();
    return bytes * TEMP_BYTES_PER_INPUT_BYTE > free / 2;
  }

  private static long estimateRows(Path file, long size) throws IOException {
    byte[] buf = new byte[(int) Math.min(SAMPLE, size)];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(buf, 0, buf.length);
    }
    long lines = 0;
    for (int i = 0; i < n; i++) {
      if (buf[i] == '\n') {
        lines++;
      }
    }
    if (n == 0) {
      return 0;
    }
    if (n == size) {
      return Math.max(0, lines - 1);
    }
    return lines == 0 ? 1 : size * lines / n;
  }
}
