package org.setsafe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A cheap estimate of how many rows some inputs hold, from their sizes and the line length of their
 * first 64 KB, to decide whether a progress bar is worth showing and to scale it. Never reads a
 * file through.
 */
record InputSize(long bytes, long largestFile, long estimatedRows) {
  /** Inputs with more rows than this, or a file larger than {@link #LARGE_FILE}, count as large. */
  static final long LARGE_ROWS = 50_000;

  static final long LARGE_FILE = 10L << 20;
  private static final int SAMPLE = 64 * 1024;

  boolean large() {
    return estimatedRows > LARGE_ROWS || largestFile > LARGE_FILE;
  }

  static InputSize of(List<Path> paths) {
    long bytes = 0;
    long largest = 0;
    long rows = 0;
    for (Path p : paths) {
      Path file = Files.isDirectory(p) ? p.resolve("incidents.csv") : p;
      try {
        if (!Files.isRegularFile(file)) {
          continue;
        }
        long size = Files.size(file);
        bytes += size;
        largest = Math.max(largest, size);
        rows += estimateRows(file, size);
      } catch (IOException e) {
        // the reader will say what is wrong with the file
      }
    }
    return new InputSize(bytes, largest, rows);
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
