package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.CsvInput;
import org.setsafe.read.RawRow;
import org.setsafe.synth.GeneratedLog;
import org.setsafe.synth.LogGenerator;

/**
 * Memory stays bounded: a report on a 100,000-row log (about 28 MB of CSV, several times the heap
 * once held as records) runs in a child JVM whose heap is 64 MB and writes every incident row. The
 * report reads, validates, aggregates and writes, so it holds the most at once; validate and import
 * stream through the same reading path. A correctness test, not a timing one.
 *
 * <p>The report's child JVM is also the command as a user runs it: started in a folder with no
 * {@code -o}, it writes into that folder, and its standard error holds setsafe's own warning and
 * nothing else (no logging-provider warning from POI, no progress bar when it is not a terminal).
 *
 * <p>The two child JVMs run at the same time, and the workbook for the second is written while the
 * first runs: each test then waits for its own. The class runs beside the in-process tests (see
 * junit-platform.properties): it shares nothing with them but the bundled data it reads.
 */
@Execution(ExecutionMode.CONCURRENT)
class BoundedMemory_ChildJvmIT {
  private static final long ROWS = 100_000;
  private static final String HEAP = "-Xmx64m";

  @TempDir static Path dir;
  private static Path log;
  private static GeneratedLog generated;
  private static Path workbook;
  private static Child report;
  private static Child validate;

  private record Run(int exit, String out, String err) {}

  /** A child JVM running setsafe, with its output going to files. */
  private record Child(Process process, Path out, Path err) {
    Run await() throws IOException, InterruptedException {
      int exit = process.waitFor();
      return new Run(
          exit,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }

  @BeforeAll
  static void startBoth() throws IOException {
    log = dir.resolve("log-100k.csv");
    generated = new LogGenerator(ProtocolCatalog.bundled(), ROWS, 17, 0.01).writeTo(log);
    Path here = Files.createDirectories(dir.resolve("here"));
    report = setsafe(here, "report", log.toString(), "--no-reference");

    Path csv = dir.resolve("workbook-rows.csv");
    new LogGenerator(ProtocolCatalog.bundled(), ROWS, 29, 0).writeTo(csv);
    workbook = dir.resolve("log-100k.xlsx");
    toWorkbook(csv, workbook);
    Files.delete(csv);
    validate = setsafe(dir, "validate", workbook.toString());
  }

  @AfterAll
  static void stopBoth() {
    for (Child c : new Child[] {report, validate}) {
      if (c != null) {
        c.process().destroyForcibly();
      }
    }
  }

  /** Starts setsafe in a child JVM with a 64 MB heap, in {@code folder}. */
  private static Child setsafe(Path folder, String... args) throws IOException {
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
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    return new Child(pb.start(), out, err);
  }

  /**
   * A 100,000-row workbook with its text in the shared strings table, as Excel saves it: the sheet
   * streams row by row and the strings stay in a temporary file, so the heap does not grow with the
   * sheet.
   */
  @Test
  void validate_100kRowWorkbook_in64MbHeap() throws IOException, InterruptedException {
    Run r = validate.await();

    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(workbook + ": 100,000 rows read, 100,000 ok, 0 rejected");
  }

  /**
   * Writes a CSV log's rows as a minimal workbook whose text cells point into the shared strings
   * table, as Excel saves them. The parts are written directly: POI's streaming writer keeps its
   * shared strings as XMLBeans objects, which takes minutes for this many.
   */
  private static void toWorkbook(Path csv, Path xlsx) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    Path sheet = Files.createTempFile(dir, "sheet", ".xml");
    try (CsvInput in = CsvInput.open(csv, csv.toString(), StandardCharsets.UTF_8, d -> {});
        Writer w = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
      w.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
      writeRow(w, 1, in.header().toArray(new String[0]), strings);
      int n = 2;
      for (RawRow r = in.next(); r != null; r = in.next()) {
        writeRow(w, n++, r.values(), strings);
      }
      w.write("</sheetData></worksheet>");
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
      part(
          zip,
          "[Content_Types].xml",
          XML
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "</Types>");
      part(
          zip,
          "_rels/.rels",
          XML
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      part(
          zip,
          "xl/workbook.xml",
          XML
              + "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Log\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          XML
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Files.copy(sheet, zip);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write(XML + "<sst xmlns=\"" + MAIN + "\" uniqueCount=\"" + strings.size() + "\">");
      for (String t : strings.keySet()) {
        w.write("<si><t xml:space=\"preserve\">" + escape(t) + "</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
    }
    Files.delete(sheet);
  }

  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static void writeRow(Writer w, int row, String[] values, Map<String, Integer> strings)
      throws IOException {
    w.write("<row r=\"" + row + "\">");
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        int index = strings.computeIfAbsent(values[c], k -> strings.size());
        w.write("<c r=\"" + letters(c + 1) + row + "\" t=\"s\"><v>" + index + "</v></c>");
      }
    }
    w.write("</row>");
  }

  private static String letters(int column) {
    StringBuilder b = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      b.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return b.toString();
  }

  private static void part(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String t) {
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void report_100kRows_in64MbHeap_writesEveryIncidentRow_inItsFolder()
      throws IOException, InterruptedException {
    Path here = dir.resolve("here");
    Path xlsx = here.resolve("setsafe-report.xlsx");

    Run r = report.await();

    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    // the log has faulty rows on purpose: setsafe's one warning line, and nothing else
    assertThat(r.err().lines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("setsafe: warning: ")
        .contains(
            String.format(
                " error(s) in the inputs, %,d row(s) rejected; ",
                generated.rows() - generated.validRows()));
    assertThat(r.out())
        .startsWith("wrote setsafe-report.xlsx: ")
        .contains(String.format("%,d incident(s)", generated.validRows()));
    assertThat(rowsOfSheet(xlsx, "Incidents"))
        .isEqualTo(generated.validRows() + 1); // and the header row
    assertThat(List.of("png", "svg"))
        .allSatisfy(
            ext ->
                assertThat(here.resolve("setsafe-report-charts/incidents-over-time." + ext))
                    .isRegularFile());
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
