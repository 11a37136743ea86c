package org.setsafe.report.book;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip stream that deflates its worksheet entries on every core, the way pigz does: the data is
 * cut in 1 MB chunks, each deflated on its own (primed with the 32 KB before it, so compression
 * hardly suffers) and ended with a sync flush, and the pieces are joined in order into one deflate
 * stream, then added to the zip as a raw entry with its CRC and sizes. Saving a million-row
 * workbook is otherwise one core deflating a gigabyte of sheet XML while the other waits.
 *
 * <p>Other entries (styles, the workbook part, images) go through the ordinary path.
 */
final class ParallelZipOutputStream extends ZipArchiveOutputStream {
  static final int CHUNK = 1 << 20;
  private static final int WINDOW = 32 * 1024;

  private final int level;
  private final int threads;
  private final int chunkSize;
  private final Path tempFolder;
  private Entry current;

  /**
   * @param chunkSize bytes deflated as one piece ({@link #CHUNK}; tests use small ones)
   * @param tempFolder where the deflated pieces wait until the entry is complete (the run's work
   *     folder beside the output)
   */
  ParallelZipOutputStream(OutputStream out, int level, int chunkSize, Path tempFolder) {
    super(out);
    if (chunkSize < WINDOW) {
      throw new IllegalArgumentException(
          "chunks must be at least the " + WINDOW + "-byte window (got " + chunkSize + ")");
    }
    this.level = level;
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.chunkSize = chunkSize;
    this.tempFolder = tempFolder;
    setLevel(level);
  }

  /** Whether an entry is deflated in parallel: the worksheets, which hold nearly all the bytes. */
  static boolean parallel(String name) {
    return name.startsWith("xl/worksheets/") && name.endsWith(".xml");
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    if (parallel(entry.getName())) {
      current = new Entry(entry);
    } else {
      super.putArchiveEntry(entry);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (current != null) {
      current.write(b, off, len);
    } else {
      super.write(b, off, len);
    }
  }

  @Override
  public void closeArchiveEntry() throws IOException {
    if (current == null) {
      super.closeArchiveEntry();
      return;
    }
    Entry e = current;
    current = null;
    try {
      e.finish();
      ZipArchiveEntry raw = new ZipArchiveEntry(e.entry.getName());
      // the time given, or a fixed one (not the clock: the same input gives the same bytes)
      raw.setTime(e.entry.getTime() != -1 ? e.entry.getTime() : 0L);
      raw.setMethod(ZipArchiveEntry.DEFLATED);
      raw.setCrc(e.crc.getValue());
      raw.setSize(e.size);
      raw.setCompressedSize(Files.size(e.file));
      try (InputStream in = Files.newInputStream(e.file)) {
        addRawArchiveEntry(raw, in);
      }
    } finally {
      e.discard();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (current != null) {
        current.discard();
        current = null;
      }
    } finally {
      super.close();
    }
  }

  /**
   * One worksheet entry being deflated: chunks in flight, and the deflated pieces so far in a file.
   */
  private final class Entry {
    final ZipArchiveEntry entry;
    final CRC32 crc = new CRC32();
    final Path file;
    final OutputStream deflated;
    final ExecutorService pool;
    final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
    byte[] chunk = new byte[chunkSize];
    int n;
    byte[] window;
    long size;

    Entry(ZipArchiveEntry entry) throws IOException {
      this.entry = entry;
      this.file = Files.createTempFile(tempFolder, "setsafe-sheet", ".deflate");
      this.deflated = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "setsafe-deflate");
                t.setDaemon(true);
                return t;
              });
    }

    void write(byte[] b, int off, int len) throws IOException {
      crc.update(b, off, len);
      size += len;
      while (len > 0) {
        int k = Math.min(len, chunkSize - n);
        System.arraycopy(b, off, chunk, n, k);
        n += k;
        off += k;
        len -= k;
        if (n == chunkSize) {
          submit(false);
        }
      }
    }

    private void submit(boolean last) throws IOException {
      byte[] data = n == chunk.length ? chunk : Arrays.copyOf(chunk, n);
      byte[] dictionary = window;
      // only the last chunk can be shorter than the window, and nothing follows it
      window = Arrays.copyOfRange(data, Math.max(0, data.length - WINDOW), data.length);
      inFlight.add(pool.submit(() -> deflate(data, dictionary, last)));
      chunk = new byte[chunkSize];
      n = 0;
      while (inFlight.size() > 2 * threads) {
        writeOldest();
      }
    }

    /**
     * Deflates one chunk: ended by a sync flush (byte-aligned, not final), or finished when last.
     */
    private byte[] deflate(byte[] data, byte[] dictionary, boolean last) {
      Deflater d = new Deflater(level, true);
      try {
        if (dictionary != null) {
          d.setDictionary(dictionary);
        }
        d.setInput(data);
        byte[] out = new byte[Math.max(4096, data.length / 2)];
        int length = 0;
        if (last) {
          d.finish();
          while (!d.finished()) {
            if (length == out.length) {
              out = Arrays.copyOf(out, out.length * 2);
            }
            length += d.deflate(out, length, out.length - length);
          }
        } else {
          while (true) {
            if (length == out.length) {
              out = Arrays.copyOf(out, out.length * 2);
            }
            int room = out.length - length;
            int k = d.deflate(out, length, room, Deflater.SYNC_FLUSH);
            length += k;
            if (k < room) {
              break; // the flush is complete only when it did not fill the space it was given
            }
          }
        }
        return Arrays.copyOf(out, length);
      } finally {
        d.end();
      }
    }

    private void writeOldest() throws IOException {
      Future<byte[]> f = inFlight.poll();
      try {
        deflated.write(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while deflating " + entry.getName(), e);
      } catch (ExecutionException e) {
        throw new IOException("could not deflate " + entry.getName(), e.getCause());
      }
    }

    void finish() throws IOException {
      submit(true);
      while (!inFlight.isEmpty()) {
        writeOldest();
      }
      deflated.close();
    }

    void discard() {
      pool.shutdownNow();
      try {
        deflated.close();
      } catch (IOException ignored) {
        // the file goes anyway
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + file, e);
      }
    }
  }
}
