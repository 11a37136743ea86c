package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.GeneratedLog;
import org.setsafe.synth.LogGenerator;

/**
 * Memory stays bounded: a report on a 100,000-row log (about 28 MB of CSV, several times the heap
 * once held as records) runs in a child JVM whose heap is 64 MB and writes every incident row. The
 * report reads, validates, aggregates and writes, so it holds the most at once; validate and import
 * stream through the same reading path. A correctness test, not a timing one (the one test here
 * that starts a JVM: the suite stays fast).
 */
class BoundedMemory_ChildJvmTest {
  private static final long ROWS = 100_000;
  private static final String HEAP = "-Xmx64m";

  @TempDir static Path dir;
  private static Path log;
  private static GeneratedLog generated;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void generate() {
    log = dir.resolve("log-100k.csv");
    generated = new LogGenerator(ProtocolCatalog.bundled(), ROWS, 17, 0.01).writeTo(log);
  }

  private static Run setsafe(String... args) throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                classpath,
                Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int exit = p.waitFor();
    return new Run(
        exit,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void report_100kRows_in64MbHeap_writesEveryIncidentRow()
      throws IOException, InterruptedException {
    Path xlsx = dir.resolve("report.xlsx");

    Run r = setsafe("report", log.toString(), "--no-reference", "-o", xlsx.toString());

    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(String.format("%,d incident(s)", generated.validRows()));
    assertThat(rowsOfSheet(xlsx, "Incidents"))
        .isEqualTo(generated.validRows() + 1); // and the header row
  }

  /**
   * Counts the rows of a sheet by streaming its XML out of the workbook (loading it would take
   * GBs).
   */
  private static long rowsOfSheet(Path xlsx, String sheet) throws IOException {
    String part;
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String workbook =
          new String(
              zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile("<sheet [^>]*name=\"" + sheet + "\"[^>]*r:id=\"rId(\\d+)\"")
              .matcher(workbook);
      assertThat(m.find()).as("sheet %s in %s", sheet, workbook).isTrue();
      String rels =
          new String(
              zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels")).readAllBytes(),
              StandardCharsets.UTF_8);
      Matcher target =
          Pattern.compile("Id=\"rId" + m.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"")
              .matcher(rels);
      if (!target.find()) {
        target =
            Pattern.compile("Target=\"/?(?:xl/)?([^\"]+)\"[^>]*Id=\"rId" + m.group(1) + "\"")
                .matcher(rels);
        assertThat(target.find()).as("relation rId%s in %s", m.group(1), rels).isTrue();
      }
      part = "xl/" + target.group(1);
      long rows = 0;
      byte[] pattern = "<row ".getBytes(StandardCharsets.US_ASCII);
      try (InputStream in =
          new BufferedInputStream(zip.getInputStream(zip.getEntry(part)), 1 << 16)) {
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
          matched = b == pattern[matched] ? matched + 1 : (b == pattern[0] ? 1 : 0);
          if (matched == pattern.length) {
            rows++;
            matched = 0;
          }
        }
      }
      return rows;
    }
  }
}
