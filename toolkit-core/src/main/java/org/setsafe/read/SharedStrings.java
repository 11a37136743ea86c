package org.setsafe.read;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.setsafe.io.TempFiles;

/**
 * A workbook's shared strings (the text cells point at by number), kept in a temporary file rather
 * than in memory: a spreadsheet of a million rows can share a million long descriptions, and the
 * heap holds only an offset per string and a window of the file. Cells usually name strings in
 * about the order they were first written, so reads are mostly sequential and served from the
 * window.
 */
final class SharedStrings implements AutoCloseable {
  private static final int WINDOW = 1 << 16;
  private static final int CACHE = 1024;

  private final Path file;
  private final FileChannel channel;
  private long[] offsets = new long[1024];
  private int count;
  private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
  private long windowStart = -1;
  private int windowLength;
  private final String[] cache = new String[CACHE];
  private final int[] cached = new int[CACHE];

  private SharedStrings(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
    Arrays.fill(cached, -1);
  }

  /** No shared strings (a workbook without a shared strings part). */
  static SharedStrings none() {
    return new SharedStrings(null, null);
  }

  /**
   * Reads the shared strings part into a temporary file in the shared temporary folder: reading a
   * workbook has no output beside which to keep it (validate writes nothing).
   *
   * @throws XMLStreamException when the part is not well-formed XML
   */
  static SharedStrings read(InputStream part) throws IOException, XMLStreamException {
    return read(part, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * Reads the shared strings part into a temporary file in {@code folder}, named as setsafe names
   * its temporary files ({@code .setsafe-xlsx-strings-PID-N}, see {@link TempFiles}): deleted on
   * close and on an interrupt, and swept by the next reading of a workbook when a run was killed.
   *
   * @throws XMLStreamException when the part is not well-formed XML
   */
  static SharedStrings read(InputStream part, Path folder) throws IOException, XMLStreamException {
    TempFiles.sweep(folder);
    Path file = TempFiles.name(folder, "xlsx-strings");
    SharedStrings s = null;
    try {
      try (OutputStream out =
          new BufferedOutputStream(new TempOutput(Files.newOutputStream(file), folder), 1 << 16)) {
        s = new SharedStrings(file, null);
        s.write(part, out);
      } catch (java.nio.file.FileSystemException e) {
        throw new XlsxInput.TempFull(folder, e); // the file could not be made
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      try {
        // held while the strings are read: a sweep by another run leaves the file alone
        channel.tryLock(0, Long.MAX_VALUE, true);
      } catch (IOException | java.nio.channels.OverlappingFileLockException noLocks) {
        // a file system without locks: the file's age keeps it from being swept
      }
      SharedStrings opened = new SharedStrings(file, channel);
      opened.offsets = s.offsets;
      opened.count = s.count;
      return opened;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      TempFiles.delete(file);
      throw e;
    }
  }

  /** The temporary file's stream: a failure to write it is told as the temporary folder's. */
  private static final class TempOutput extends java.io.FilterOutputStream {
    private final Path folder;

    TempOutput(OutputStream out, Path folder) {
      super(out);
      this.folder = folder;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new XlsxInput.TempFull(folder, e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw new XlsxInput.TempFull(folder, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw new XlsxInput.TempFull(folder, e);
      }
    }
  }

  private void write(InputStream part, OutputStream out) throws IOException, XMLStreamException {
    XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
    try {
      long at = 0;
      StringBuilder text = new StringBuilder();
      int phonetic = 0;
      boolean inItem = false;
      boolean inText = false;
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "si" -> {
              inItem = true;
              text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {}
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          switch (x.getLocalName()) {
            case "si" -> {
              inItem = false;
              byte[] bytes = XlsxText.decode(text).getBytes(StandardCharsets.UTF_8);
              add(at);
              out.write(bytes);
              at += bytes.length;
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {}
          }
        } else if (inText
            && (e == XMLStreamConstants.CHARACTERS
                || e == XMLStreamConstants.CDATA
                || e == XMLStreamConstants.SPACE)) {
          text.append(x.getText());
        }
      }
      add(at);
    } finally {
      x.close();
    }
  }

  private void add(long offset) {
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
    }
    offsets[count++] = offset;
  }

  /** How many strings there are. */
  int size() {
    return Math.max(0, count - 1);
  }

  /** The string at {@code index}, or null when there is none. */
  String get(int index) {
    if (index < 0 || index >= size()) {
      return null;
    }
    int slot = index % CACHE;
    if (cached[slot] == index) {
      return cache[slot];
    }
    long start = offsets[index];
    int length = (int) (offsets[index + 1] - start);
    String s;
    try {
      s = read(start, length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shared strings of a workbook", e);
    }
    cached[slot] = index;
    cache[slot] = s;
    return s;
  }

  private String read(long start, int length) throws IOException {
    if (length > WINDOW) {
      ByteBuffer big = ByteBuffer.allocate(length);
      while (big.hasRemaining() && channel.read(big, start + big.position()) >= 0) {
        // read until full
      }
      return new String(big.array(), 0, big.position(), StandardCharsets.UTF_8);
    }
    if (windowStart < 0 || start < windowStart || start + length > windowStart + windowLength) {
      window.clear();
      while (window.hasRemaining() && channel.read(window, start + window.position()) > 0) {
        // fill the window
      }
      windowStart = start;
      windowLength = window.position();
    }
    return new String(window.array(), (int) (start - windowStart), length, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (file == null) {
      return;
    }
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // closing a file only read from: nothing is lost
    }
    TempFiles.delete(file);
  }
}
