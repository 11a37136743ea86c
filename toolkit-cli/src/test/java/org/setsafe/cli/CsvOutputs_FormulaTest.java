package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --format csv} output escapes text a spreadsheet would run as a formula: the example
 * production's dataset with titles that begin with {@code =} and {@code -} and an action that
 * begins with {@code @}.
 */
class CsvOutputs_FormulaTest {
  private static final String mapping = CliFixtures.example("dusty-trail-log.mapping.json");

  /**
   * The example log imported into a dataset, then its incidents' titles edited to begin with {@code
   * =} and {@code -} (titles come from the mapping in the log; a dataset holds them as text) and an
   * action that begins with {@code @}.
   */
  private static Path formulaDataset(Path dir) throws IOException {
    String log =
        Files.readString(
            Path.of(CliFixtures.example("dusty-trail-log.csv")), StandardCharsets.UTF_8);
    String edited =
        log.replace(
            ",Quarantine the supplier's batch;", ",@SUM(A1) Quarantine the supplier's batch;");
    assertThat(edited).isNotEqualTo(log);
    Path p = dir.resolve("formula-log.csv");
    Files.writeString(p, edited, StandardCharsets.UTF_8);
    Path data = dir.resolve("dataset");
    Run imp = Run.of("import", p.toString(), "--mapping", mapping, "--into", data.toString());
    assertThat(imp.exit()).as(imp.err()).isZero();
    Path incidents = data.resolve("incidents.csv");
    String csv = Files.readString(incidents, StandardCharsets.UTF_8);
    String titled =
        csv.replace("DT-007,\"Near miss: Firearm", "DT-007,\"=1+1 Near miss: Firearm")
            .replace("DT-008,\"Injury: Rigging", "DT-008,\"-Injury: Rigging");
    assertThat(titled).isNotEqualTo(csv);
    Files.writeString(incidents, titled, StandardCharsets.UTF_8);
    return data;
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(csv))
        .getRecords();
  }

  private static void noCellRunsAsAFormula(List<CSVRecord> rows) {
    for (CSVRecord r : rows) {
      for (String cell : r) {
        assertThat(cell)
            .as("line %d", r.getRecordNumber())
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("@")
            .doesNotStartWith("\t")
            .doesNotStartWith("\r");
        if (cell.startsWith("-")) {
          assertThat(cell).as("a negative number, not text").matches("-\\d+(\\.\\d+)?");
        }
      }
    }
  }

  @Test
  void suggestCsv_titleStartingWithEquals_isEscaped(@TempDir Path dir) throws IOException {
    Run r = Run.of("suggest", formulaDataset(dir).toString(), "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<CSVRecord> rows = records(r.out());
    assertThat(rows).anyMatch(x -> x.get("title").startsWith("'=1+1 Near miss: Firearm"));
    noCellRunsAsAFormula(rows);
  }

  @Test
  void actionsCsv_actionAndTitleStartingWithTriggers_areEscaped(@TempDir Path dir)
      throws IOException {
    Run r =
        Run.of(
            "actions", formulaDataset(dir).toString(), "--as-of", "2026-04-20", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<CSVRecord> rows = records(r.out());
    assertThat(rows).anyMatch(x -> x.get("action").startsWith("'@SUM(A1) Quarantine"));
    assertThat(rows).anyMatch(x -> x.get("incident_title").startsWith("'-Injury: Rigging"));
    noCellRunsAsAFormula(rows);
  }

  @Test
  void classifyCsv_titleStartingWithEquals_isEscaped(@TempDir Path dir) throws IOException {
    Run r = Run.of("classify", formulaDataset(dir).toString(), "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<CSVRecord> rows = records(r.out());
    assertThat(rows).anyMatch(x -> x.get("title").startsWith("'=1+1 Near miss: Firearm"));
    noCellRunsAsAFormula(rows);
  }
}
