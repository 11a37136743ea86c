package org.setsafe.report.book;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.setsafe.io.UnsyncWriter;

/**
 * The temporary file that holds one streamed sheet's XML until the workbook is saved. setsafe
 * creates and deletes these files itself instead of leaving it to POI, in the run's work folder
 * beside the output (never the shared temporary folder), deleted on an interrupt with it: the sheet
 * XML goes through a buffer without a lock (a tenth of a large report's time), optionally gzipped
 * when space is short, and the workbook's {@code dispose} deletes exactly the files it made.
 */
final class SheetFile extends SheetDataWriter {
  static final String PREFIX = "setsafe-sheet";

  private final Path file;
  private final boolean gzip;

  private SheetFile(Writer out, Path file, boolean gzip) throws IOException {
    super(out);
    this.file = file;
    this.gzip = gzip;
  }

  /**
   * A new sheet file in {@code folder} (the run's work folder, beside the output), recorded in
   * {@code made} so that {@link #disposeAll} can delete it.
   */
  static SheetFile create(Path folder, boolean gzip, List<SheetFile> made) throws IOException {
    Path file;
    synchronized (made) {
      file = folder.resolve(PREFIX + "-" + made.size() + (gzip ? ".xml.gz" : ".xml"));
    }
    Files.createFile(file);
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    try {
      if (gzip) {
        out = new GZIPOutputStream(out, 1 << 16);
      }
      SheetFile sheet =
          new SheetFile(
              new UnsyncWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), file, gzip);
      synchronized (made) {
        made.add(sheet);
      }
      return sheet;
    } catch (IOException | RuntimeException e) {
      out.close();
      Files.deleteIfExists(file);
      throw e;
    }
  }

  @Override
  protected java.io.File getTempFile() {
    return file.toFile();
  }

  @Override
  protected InputStream decorateInputStream(FileInputStream in) throws IOException {
    return gzip ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Closes and deletes every sheet file made; true when all were deleted. */
  static boolean disposeAll(List<SheetFile> made) {
    boolean all = true;
    synchronized (made) {
      for (SheetFile s : made) {
        try {
          s.close();
        } catch (IOException e) {
          all = false;
        }
        try {
          Files.deleteIfExists(s.file);
        } catch (IOException e) {
          all = false;
        }
      }
      made.clear();
    }
    return all;
  }
}
