package org.setsafe.report.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries deflated in parallel read back, with java.util.zip, exactly as written; the stream leaves
 * no temporary file behind. Chunks of 64 KB (the real ones are 1 MB) keep the data small.
 */
class ParallelZipOutputStream_Test {

  /**
   * Sheet-like text: repetitive markup with varying values, so deflate back-references cross
   * chunks.
   */
  private static byte[] sheetXml(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("<worksheet><sheetData>\n");
    for (int i = 1; i <= rows; i++) {
      b.append("<row r=\"")
          .append(i)
          .append("\"><c r=\"A")
          .append(i)
          .append("\" t=\"inlineStr\"><is><t>SYN-")
          .append(r.nextInt(1_000_000))
          .append("</t></is></c><c r=\"B")
          .append(i)
          .append("\"><v>")
          .append(r.nextDouble())
          .append("</v></c></row>\n");
    }
    return b.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final int CHUNK = 64 * 1024;

  @Test
  void worksheets_acrossChunkBoundaries_readBackExactly(@TempDir Path dir) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    entries.put(
        "xl/worksheets/sheet1.xml", sheetXml(3_000, 1)); // several chunks and a short last one
    entries.put("xl/worksheets/sheet2.xml", new byte[0]);
    byte[] exact = new byte[CHUNK];
    new SplittableRandom(2).nextBytes(exact); // incompressible, exactly one chunk
    entries.put("xl/worksheets/sheet3.xml", exact);
    entries.put("xl/styles.xml", sheetXml(10, 3));
    Path zip = dir.resolve("book.xlsx");
    Path temp = Files.createDirectory(dir.resolve("temp"));

    try (OutputStream file = Files.newOutputStream(zip);
        ParallelZipOutputStream out =
            new ParallelZipOutputStream(file, Deflater.BEST_SPEED, CHUNK, temp)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        byte[] data = e.getValue();
        for (int off = 0; off < data.length; off += 777) { // writes that do not line up with chunks
          out.write(data, off, Math.min(777, data.length - off));
        }
        out.closeArchiveEntry();
      }
      out.finish();
    }

    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertThat(z.size()).isEqualTo(entries.size());
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry ze = z.getEntry(e.getKey());
        try (InputStream in = z.getInputStream(ze)) {
          assertThat(in.readAllBytes()).as(e.getKey()).isEqualTo(e.getValue());
        }
        CRC32 crc = new CRC32();
        crc.update(e.getValue());
        assertThat(ze.getCrc()).isEqualTo(crc.getValue());
        assertThat(ze.getMethod()).isEqualTo(ZipEntry.DEFLATED);
      }
      ZipEntry big = z.getEntry("xl/worksheets/sheet1.xml");
      assertThat(big.getSize()).isGreaterThan(4L * CHUNK);
      assertThat(big.getCompressedSize()).isLessThan(big.getSize() / 2);
    }
    try (var s = Files.list(temp)) { // the chunks wait in the given folder, deleted when done
      assertThat(s).isEmpty();
    }
  }
}
