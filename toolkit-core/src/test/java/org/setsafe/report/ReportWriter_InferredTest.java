package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.InferredFailures;
import org.setsafe.ingest.Importer;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.sheet.CheckFailuresSheet;
import org.setsafe.report.sheet.IncidentsSheet;
import org.setsafe.report.sheet.SummarySheet;
import org.setsafe.text.CheckSuggester;

/**
 * Failures suggested from descriptions ({@code import --suggest}) are never counted with recorded
 * ones: the example log imported with suggestions gives the same recorded figures as the log
 * without them, and its suggestions are listed apart, with the words that matched.
 */
class ReportWriter_InferredTest {
  @TempDir static Path dir;

  private static Path dataset;
  private static ReportResult plain;
  private static ReportResult suggested;
  private static XSSFWorkbook plainBook;
  private static XSSFWorkbook suggestedBook;

  @BeforeAll
  static void write() {
    dataset = dir.resolve("dusty-trail");
    CheckSuggester suggester = CheckSuggester.bundled();
    new Importer(ReportWriter_InputsTest.EXAMPLE_MAPPING, ProtocolCatalog.bundled())
        .enriching(suggester::withSuggestions)
        .run(List.of(ReportWriter_InputsTest.EXAMPLE), dataset, false, d -> {});
    plain =
        new ReportWriter(Workbooks.options(dir.resolve("plain")).build())
            .write(
                Workbooks.inputs(
                    true,
                    List.of(ReportWriter_InputsTest.EXAMPLE),
                    ReportWriter_InputsTest.EXAMPLE_MAPPING));
    suggested =
        new ReportWriter(Workbooks.options(dir.resolve("suggested")).build())
            .write(Workbooks.inputs(true, List.of(dataset), ImportOptions.DEFAULT));
    plainBook = Workbooks.open(plain.workbook());
    suggestedBook = Workbooks.open(suggested.workbook());
  }

  @AfterAll
  static void close() throws IOException {
    plainBook.close();
    suggestedBook.close();
  }

  private static List<IncidentRecord> load(Path folder) {
    return new Ingest(ImportOptions.DEFAULT, ProtocolCatalog.bundled())
        .load(List.of(folder), false, d -> {})
        .records();
  }

  /** The inferred failures of the imported dataset, read back from its checks.csv. */
  private static List<CheckResult> inferredInDataset() {
    List<CheckResult> out = new ArrayList<>();
    for (IncidentRecord r : load(dataset)) {
      r.checks().stream().filter(c -> c.inferred() && c.status().failure()).forEach(out::add);
    }
    return out;
  }

  @Test
  void importWithSuggest_recordsInferredFailures_forTheTestToMean() {
    List<CheckResult> inferred = inferredInDataset();

    assertThat(inferred).isNotEmpty().allMatch(CheckResult::suggested);
    assertThat(inferred).extracting(CheckResult::checkId).contains("FALL_PROTECTION_ADEQUATE");
  }

  @Test
  void recordedFigures_withSuggestions_equalThoseWithout() {
    Analysis with = suggested.analysis();
    Analysis without = plain.analysis();

    Function<CheckStats, String> figures =
        c ->
            c.checkId()
                + " passed="
                + c.passed()
                + " failed="
                + c.failed()
                + " assessed="
                + c.assessed()
                + " unknown="
                + c.notAssessed()
                + " share="
                + c.failureShare()
                + " roles="
                + c.responsibleRoles()
                + " incidents="
                + c.consequences().incidentIds().ids();
    assertThat(with.checkFailures())
        .map(figures)
        .isEqualTo(without.checkFailures().stream().map(figures).toList());
    assertThat(with.incidentsWithChecks()).isEqualTo(without.incidentsWithChecks());
    assertThat(with.layers()).isEqualTo(without.layers());
    assertThat(with.failuresByRole().keySet()).isEqualTo(without.failuresByRole().keySet());
    assertThat(with.total().failures()).isEqualTo(without.total().failures());
    assertThat(with.total().withFailure()).isEqualTo(without.total().withFailure());
    assertThat(monthlyFailures(with)).isEqualTo(monthlyFailures(without));
    assertThat(suggested.matrixTotal()).isEqualTo(plain.matrixTotal());
    // the SCL classes are not among these figures: a check suggested by the words is one of the
    // classification's inferred bases, shown as inferred (SclClassifier)
    assertThat(without.inferred().isEmpty()).isTrue();
  }

  private static Map<String, Long> monthlyFailures(Analysis a) {
    Map<String, Long> out = new TreeMap<>();
    a.byMonth().forEach((m, t) -> out.put(m.toString(), t.failures()));
    return out;
  }

  @Test
  void inferredFailures_areCountedApart_perCheck_withTheirWords() {
    List<CheckResult> inDataset = inferredInDataset();
    InferredFailures inferred = suggested.analysis().inferred();

    assertThat(inferred.failures()).isEqualTo(inDataset.size());
    assertThat(inferred.suggested()).isEqualTo(inDataset.size());
    Map<String, List<String>> wordsByCheck = new LinkedHashMap<>();
    for (CheckResult c : inDataset) {
      wordsByCheck.computeIfAbsent(c.checkId(), k -> new ArrayList<>()).addAll(c.suggestedWords());
    }
    assertThat(inferred.checks())
        .extracting(InferredFailures.Check::checkId)
        .containsExactlyInAnyOrderElementsOf(wordsByCheck.keySet());
    for (InferredFailures.Check c : inferred.checks()) {
      assertThat(c.words().keySet())
          .as(c.checkId())
          .containsExactlyInAnyOrderElementsOf(
              new java.util.HashSet<>(wordsByCheck.get(c.checkId())));
      assertThat(c.incidents().count())
          .isEqualTo(inDataset.stream().filter(x -> x.checkId().equals(c.checkId())).count());
    }
  }

  @Test
  void checkFailuresSheet_listsTheSuggestions_apart_underTheirTitle() {
    XSSFSheet s = suggestedBook.getSheet(CheckFailuresSheet.NAME);
    Row title = rowWithText(s, "Suggested from descriptions");
    assertThat(title).isNotNull();
    Row header = s.getRow(title.getRowNum() + 1);
    while (!text(header, 1).equals("Check")) {
      header = s.getRow(header.getRowNum() + 1);
    }
    assertThat(text(header, 1)).isEqualTo("Check");
    assertThat(text(header, 2)).isEqualTo("Incidents");
    assertThat(text(header, 3)).isEqualTo("Matched words (times)");
    InferredFailures inferred = suggested.analysis().inferred();
    int r = header.getRowNum() + 1;
    for (InferredFailures.Check c : inferred.checks()) {
      Row row = s.getRow(r++);
      assertThat(text(row, 1))
          .isEqualTo(org.setsafe.protocol.ProtocolCatalog.bundled().title(c.checkId()));
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(c.incidents().count());
      for (String w : c.words().keySet()) {
        assertThat(text(row, 3)).contains("\"" + w + "\"");
      }
    }
    // the ranked table above holds no check whose only failures are inferred
    int ranked = Workbooks.headerRow(s, "Rank");
    int check = Workbooks.column(s, ranked, "Check");
    List<String> rankedTitles = new ArrayList<>();
    for (int i = ranked + 1; i < title.getRowNum(); i++) {
      Row row = s.getRow(i);
      if (row != null && row.getCell(check) != null && !text(row, check).isEmpty()) {
        rankedTitles.add(text(row, check));
      }
    }
    assertThat(rankedTitles)
        .containsExactlyElementsOf(
            plain.analysis().checkFailures().stream().map(CheckStats::title).toList());
    assertThat(
            rowWithText(plainBook.getSheet(CheckFailuresSheet.NAME), "Suggested from descriptions"))
        .isNull();
    assertThat(
            rowWithText(plainBook.getSheet(CheckFailuresSheet.NAME), "Checks ranked by failures"))
        .isNotNull();
  }

  @Test
  void summary_countsRecordedFailures_andNamesTheInferredApart() {
    XSSFSheet with = suggestedBook.getSheet(SummarySheet.FIGURES);
    XSSFSheet without = plainBook.getSheet(SummarySheet.FIGURES);
    int hw = Workbooks.headerRow(with, "Figure");
    int hn = Workbooks.headerRow(without, "Figure");

    for (String figure :
        List.of("Check failures recorded", "Incidents with checks assessed", "Incidents")) {
      assertThat(Workbooks.rowWhere(with, hw, 0, figure).getCell(1).getNumericCellValue())
          .as(figure)
          .isEqualTo(Workbooks.rowWhere(without, hn, 0, figure).getCell(1).getNumericCellValue());
    }
    assertThat(
            Workbooks.rowWhere(with, hw, 0, "Check failures inferred, not counted")
                .getCell(1)
                .getNumericCellValue())
        .isEqualTo(inferredInDataset().size());
  }

  @Test
  void incidentsSheet_namesRecordedFailures_andSuggestedOnesOnALineOfTheirOwn() {
    XSSFSheet s = suggestedBook.getSheet(IncidentsSheet.NAME);
    int h = Workbooks.headerRow(s, "ID");
    int ids = Workbooks.column(s, h, "Failed checks");
    org.setsafe.protocol.ProtocolCatalog catalog = org.setsafe.protocol.ProtocolCatalog.bundled();
    Map<String, IncidentRecord> records = new LinkedHashMap<>();
    load(dataset).forEach(r -> records.put(r.id(), r));
    int seen = 0;
    for (int r = h + 1; r <= h + Workbooks.dataRows(s, h); r++) {
      Row row = s.getRow(r);
      IncidentRecord rec = records.get(text(row, 0));
      List<String> recorded =
          rec.checks().stream()
              .filter(c -> c.status().failure() && !c.inferred())
              .map(c -> catalog.title(c.checkId()))
              .toList();
      List<String> guessed =
          rec.checks().stream()
              .filter(c -> c.status().failure() && c.inferred())
              .map(c -> catalog.title(c.checkId()))
              .toList();
      if (!recorded.isEmpty()) {
        assertThat(text(row, ids)).startsWith(recorded.get(0));
      }
      if (!guessed.isEmpty()) {
        seen++;
        String cell = text(row, ids);
        assertThat(cell).contains("suggested: " + guessed.get(0));
        assertThat(cell.substring(0, cell.indexOf("suggested: ")))
            .satisfiesAnyOf(x -> assertThat(x).isEmpty(), x -> assertThat(x).endsWith("\n"));
      }
    }
    assertThat(seen).isPositive();
  }

  private static String text(Row row, int col) {
    Cell c = row == null ? null : row.getCell(col);
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  /** The first row with a text cell equal to {@code text}, or null. */
  private static Row rowWithText(XSSFSheet s, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return r;
        }
      }
    }
    return null;
  }
}
