package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Ingest;
import org.setsafe.io.FolderLock;

class ReportCommand_Test {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The value of a headline figure on the Summary sheet. */
  private static double figure(Path workbook, String name) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
      Sheet s = wb.getSheet("Figures");
      for (Row r : s) {
        if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(name)) {
          return r.getCell(1).getNumericCellValue();
        }
      }
    }
    throw new AssertionError("no figure " + name);
  }

  private static String title(Path workbook) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
      return wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue();
    }
  }

  @Test
  void report_reference_writesWorkbookAndCharts_andSaysWhere() throws Exception {
    Path out = dir.resolve("weekly/report.xlsx");
    Run r = Run.of("report", "-o", out.toString(), "--title", "Week 12 & after");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "wrote "
                + out
                + ": "
                + Ingest.reference().size()
                + " incident(s) on 12 sheets (Summary, Figures, Incidents,")
        .contains(
            "charts: " + dir.resolve("weekly/report-charts") + " (5 charts, each as PNG and SVG)")
        .containsPattern("most failed checks?[:,] ");
    // the record holds failures only: a count, never a share
    assertThat(r.out().lines().filter(l -> l.startsWith("most failed")))
        .singleElement()
        .asString()
        .doesNotContain("%")
        .containsAnyOf("so no share", "tied at");
    try (Stream<Path> charts = Files.list(dir.resolve("weekly/report-charts"))) {
      assertThat(charts.map(p -> p.getFileName().toString()))
          .hasSize(10)
          .contains("failed-checks-pareto.png", "failed-checks-pareto.svg");
    }
    assertThat(figure(out, "Incidents")).isEqualTo(Ingest.reference().size());
    assertThat(title(out)).isEqualTo("Week 12 & after");
  }

  @Test
  void report_userLogAlone_andCombinedWithTheReference_countsAddUp() throws Exception {
    String log = CliFixtures.path("cli/valid-flat-log.csv");
    Path alone = dir.resolve("alone.xlsx");
    Path both = dir.resolve("both.xlsx");

    assertThat(Run.of("report", "--no-reference", log, "-o", alone.toString()).exit()).isZero();
    assertThat(Run.of("report", log, "-o", both.toString()).exit()).isZero();
    // the production's figures are its own: the reference is a part apart, never added in
    assertThat(figure(alone, "Incidents")).isEqualTo(2);
    assertThat(figure(both, "Incidents")).isEqualTo(2);
    assertThat(figure(reference(), "Incidents")).isEqualTo(Ingest.reference().size());
  }

  @Test
  void report_exampleLog_saysTheMostFailedCheck_inTheSameWordsOnTheTerminalAndTheSummary()
      throws Exception {
    Path out = dir.resolve("example.xlsx");
    Run r = exampleReport("example.xlsx");

    assertThat(r.exit()).isZero();
    String line =
        r.out().lines().filter(l -> l.startsWith("most failed")).findFirst().orElseThrow();
    // the workbook names the check by its title alone: its id belongs in id columns
    String words = line.replaceAll(" \\([A-Z][A-Z0-9_]+\\)", "");
    String finding = Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    String rest = line.substring(line.indexOf("), ") + 3); // "failed in 6 of 11 incidents ..."
    boolean inFindings = false;
    boolean inNotes = false;
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      for (Row row : wb.getSheet("Figures")) {
        for (var cell : row) {
          String text = cell.toString();
          inFindings |= text.contains(finding);
          inNotes |= text.endsWith(" " + rest + ".");
        }
      }
    }
    assertThat(inFindings).as("the finding '%s'", finding).isTrue();
    assertThat(inNotes).as("the note of rank 1 ending '%s.'", rest).isTrue();
  }

  /** The report of the example log through its mapping, to {@code name}, with {@code options}. */
  private Run exampleReport(String name, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                CliFixtures.example("dusty-trail-log.csv"),
                "--mapping",
                CliFixtures.example("dusty-trail-log.mapping.json"),
                "-o",
                dir.resolve(name).toString()));
    args.addAll(List.of(options));
    return Run.of(args.toArray(new String[0]));
  }

  @Test
  void report_aPeriodOpenAtOneEnd_thatHoldsNoIncident_isWritten_andSaysSo() throws Exception {

    Run after = exampleReport("after.xlsx", "--from", "2027-01-01");
    Run before = exampleReport("before.xlsx", "--to", "2020-01-01");
    Run inside = exampleReport("inside.xlsx", "--from", "2026-04-01");

    assertThat(after.exit()).as(after.err()).isZero();
    assertThat(after.out())
        .contains(
            "\nfrom 2027-01-01: no incident; the inputs' 42 incident(s) fall outside the period\n");
    assertThat(figure(dir.resolve("after.xlsx"), "Incidents")).isZero();
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(before.out())
        .contains(
            "\nup to 2020-01-01: no incident; the inputs' 42 incident(s) fall outside the period\n");
    // an open end takes the incidents' last date
    assertThat(inside.out()).containsPattern("\n2026-04-01 to 2026-04-\\d\\d: 0 death\\(s\\), ");
  }

  private Path reference() {
    Path ref = dir.resolve("ref.xlsx");
    assertThat(Run.of("report", "-o", ref.toString()).exit()).isZero();
    return ref;
  }

  @Test
  void report_foreignLogThroughAMapping_reportedDirectly_asJson() throws Exception {
    String log = CliFixtures.path("cli/osha-severe-injury-film-2015-2017.csv");
    Path out = dir.resolve("osha.xlsx");
    Run r =
        Run.of(
            "report",
            "--no-reference",
            "--mapping",
            "osha-severe-injury",
            log,
            "-o",
            out.toString(),
            "--format",
            "json");

    assertThat(r.exit()).isZero();
    JsonNode n = JSON.readTree(r.out()).path("data");
    assertThat(n.get("workbook").asText()).isEqualTo(out.toString());
    assertThat(n.get("incidents").asLong())
        .isEqualTo(n.get("rows_read").asLong() - n.get("rows_rejected").asLong())
        .isEqualTo(14);
    assertThat(n.get("report").asText()).isEqualTo("production");
    assertThat(n.get("charts")).hasSize(12);
    assertThat(n.get("sheets").get(0).asText()).isEqualTo("Summary");
    assertThat(figure(out, "Incidents")).isEqualTo(14);
  }

  @Test
  void report_rowsRejected_warnsOnStderr_andStillWrites() {
    Path out = dir.resolve("r.xlsx");
    Run r =
        Run.of(
            "report",
            "--no-reference",
            CliFixtures.path("cli/impossible-date.csv"),
            "-o",
            out.toString());

    assertThat(r.exit()).isZero();
    assertThat(out).isRegularFile();
    assertThat(r.err())
        .isEqualTo(
            "setsafe: warning: 1 error(s) in the inputs, 1 row(s) rejected; the report lists them"
                + " on its Data quality sheet. The first: "
                + CliFixtures.path("cli/impossible-date.csv")
                + ":3:4: date: 2023-02-30 is not a real date\n");
  }

  @Test
  void report_inputsOfWhichNoRowCanBeRead_exit1_andWriteNothing() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path headerOnly =
        Files.writeString(
            dir.resolve("no-incidents-yet.csv"),
            "id,title,production,date,category,activity,severity,fatalities\n");
    Path out = dir.resolve("r.xlsx");

    Run nothing = Run.of("report", empty.toString(), "-o", out.toString());
    Run none = Run.of("report", headerOnly.toString(), "-o", out.toString());

    assertThat(nothing.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(nothing.err())
        .isEqualTo(
            "setsafe: no incident could be read from the inputs (1 error(s); the first: "
                + empty
                + ": the file is empty (expected a header row)); nothing was written ('setsafe"
                + " validate' lists every problem)\n");
    // a log with no incident yet is no mistake: its report is written
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(figure(out, "Incidents")).isZero();
  }

  @Test
  void report_usageErrors_exit2_inOneLine() {
    Run noPath = Run.of("report", "--no-reference");
    assertThat(noPath.exit()).isEqualTo(2);
    assertThat(noPath.err())
        .isEqualTo("setsafe: --no-reference needs at least one PATH to report on\n");

    Run notXlsx = Run.of("report", "-o", dir.resolve("report.csv").toString());
    assertThat(notXlsx.exit()).isEqualTo(2);
    assertThat(notXlsx.err())
        .isEqualTo(
            "setsafe: the report file must be named like NAME.xlsx (was '"
                + dir.resolve("report.csv")
                + "')\n");
    assertThat(dir.resolve("report.csv")).doesNotExist();
  }

  @Test
  void report_missingInput_exit2_inOneLine_writesNothing() {
    Path missing = dir.resolve("missing.csv");
    Run r = Run.of("report", missing.toString(), "-o", dir.resolve("out/r.xlsx").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("setsafe: PATH '" + missing + "': no such file or folder\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void report_failingWrite_saysWhyInOneLine_andLeavesTheOldReport() throws IOException {
    Path out = dir.resolve("r.xlsx");
    Files.writeString(out, "last week's report");
    Files.writeString(dir.resolve("r-charts"), "a file where the charts folder goes");

    Run r = Run.of("report", "-o", out.toString(), "--force"); // not setsafe's: replaced if asked

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("setsafe: cannot create folder " + dir.resolve("r-charts"));
    assertThat(r.err().lines()).hasSize(1);
    assertThat(out).hasContent("last week's report");
    try (Stream<Path> files = Files.list(dir)) {
      // the old report, the file in the way, and the folder's lock file (empty at rest)
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("r.xlsx", "r-charts", FolderLock.FILE);
    }
  }

  @Test
  void help_listsReport() {
    assertThat(Run.of("--help").out()).contains("report");
    assertThat(Run.of("report", "--help").out())
        .contains(
            "--no-reference",
            "--title",
            "-o, --output=FILE.xlsx",
            "--mapping",
            "--encoding",
            "--date-format");
  }

  @Test
  void classify_onTheExampleLog_printsTheClassesTheReportGives() throws Exception {
    String log = CliFixtures.example("dusty-trail-log.csv");
    String mapping = CliFixtures.example("dusty-trail-log.mapping.json");
    Run c = Run.of("classify", log, "--mapping", mapping, "--format", "csv");
    assertThat(c.exit()).isZero();
    java.util.Map<String, String> classified = new java.util.TreeMap<>();
    try (org.apache.commons.csv.CSVParser p =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .build()
            .parse(new java.io.StringReader(c.out()))) {
      for (org.apache.commons.csv.CSVRecord r : p) {
        org.setsafe.model.SclClass k =
            java.util.Arrays.stream(org.setsafe.model.SclClass.values())
                .filter(x -> x.code().equals(r.get("class")))
                .findFirst()
                .orElseThrow();
        classified.put(
            r.get("incident_id"),
            k.shortLabel() + (Boolean.parseBoolean(r.get("at_worst")) ? " at worst" : ""));
      }
    }
    Path out = dir.resolve("example.xlsx");
    Run r = Run.of("report", log, "--mapping", mapping, "-o", out.toString());
    assertThat(r.exit()).isZero();
    java.util.Map<String, String> reported = new java.util.TreeMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      Sheet s = wb.getSheet("Incidents");
      Row h = s.getRow(0);
      int scl = -1;
      for (int i = 0; i < h.getLastCellNum(); i++) {
        if (h.getCell(i).getStringCellValue().equals("SCL class")) {
          scl = i;
        }
      }
      assertThat(scl).as("the SCL class column").isNotNegative();
      for (Row row : s) {
        if (row.getRowNum() > 0) {
          reported.put(row.getCell(0).getStringCellValue(), row.getCell(scl).getStringCellValue());
        }
      }
    }
    assertThat(classified).hasSize(42);
    assertThat(reported).isEqualTo(classified);
    assertThat(reported.get("DT-007")).isEqualTo("PSIF");
  }
}
