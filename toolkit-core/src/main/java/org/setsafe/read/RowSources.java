package org.setsafe.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the right {@link RowSource} for a tabular input: a sheet of a workbook, or a CSV file. */
public final class RowSources {
  private RowSources() {}

  /**
   * Opens {@code path}: a workbook (by its name or its first bytes) through {@link XlsxInput},
   * anything else as CSV through {@link CsvInput}.
   */
  public static RowSource open(
      Path path,
      String name,
      Charset charset,
      String sheet,
      int headerRow,
      IngestListener listener) {
    if (isWorkbook(path)) {
      return XlsxInput.open(path, name, sheet, headerRow, listener);
    }
    if (sheet != null) {
      listener.report(
          Diagnostic.warning(
              name, 0, 0, null, "--sheet applies to .xlsx workbooks; this file is read as CSV"));
    }
    return CsvInput.open(path, name, charset, listener, headerRow);
  }

  /**
   * Whether a file is a workbook: named .xlsx, .xlsm or .xls, or a regular file that starts as a
   * zip archive or an Office compound file does (a workbook saved under a .csv name).
   */
  static boolean isWorkbook(Path path) {
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx")
        || lower.endsWith(".xlsm")
        || lower.endsWith(".xltx")
        || lower.endsWith(".xls")) {
      return true;
    }
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] b = in.readNBytes(4);
      boolean zip = b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
      boolean ole2 =
          b.length == 4
              && (b[0] & 0xFF) == 0xD0
              && (b[1] & 0xFF) == 0xCF
              && b[2] == 0x11
              && (b[3] & 0xFF) == 0xE0;
      return zip || ole2;
    } catch (IOException e) {
      return false;
    }
  }
}
