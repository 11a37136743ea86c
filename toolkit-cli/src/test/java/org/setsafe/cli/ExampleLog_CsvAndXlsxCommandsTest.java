package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.read.RawRow;
import org.setsafe.read.XlsxInput;

/** validate, import and report give the same incidents from the example log's CSV and XLSX. */
class ExampleLog_CsvAndXlsxCommandsTest {
  @TempDir Path dir;

  private static final String CSV = CliFixtures.example("dusty-trail-log.csv");
  private static final String XLSX = CliFixtures.example("dusty-trail-log.xlsx");
  private static final String MAPPING = CliFixtures.example("dusty-trail-log.mapping.json");

  @Test
  void validate_acceptsBoth_withTheSameCounts() {
    Run csv = Run.of("validate", CSV, "--mapping", MAPPING);
    Run xlsx = Run.of("validate", XLSX, "--mapping", MAPPING);

    assertThat(csv.exit()).isZero();
    assertThat(xlsx.exit()).isZero();
    assertThat(csv.out()).contains(CSV + ": 42 rows read, 42 ok, 0 rejected");
    assertThat(xlsx.out())
        .isEqualTo(csv.out().replace(CSV, XLSX))
        .contains(XLSX + ": 42 rows read, 42 ok, 0 rejected");
  }

  @Test
  void import_writesTheSameDataset_fromEither() throws IOException {
    Path a = dir.resolve("from-csv");
    Path b = dir.resolve("from-xlsx");

    Run csv = Run.of("import", CSV, "--mapping", MAPPING, "--into", a.toString());
    Run xlsx = Run.of("import", XLSX, "--mapping", MAPPING, "--into", b.toString());

    assertThat(csv.exit()).isZero();
    assertThat(xlsx.exit()).isZero();
    assertThat(xlsx.out()).contains("read 42, imported 42, rejected 0", "holds 42 incident(s)");

    for (String table :
        List.of("incidents.csv", "checks.csv", "actions.csv", "sources.csv", "people.csv")) {
      assertThat(Files.readString(b.resolve(table)))
          .as(table)
          .isEqualTo(Files.readString(a.resolve(table)));
    }
  }

  @Test
  void report_listsTheSameIncidents_fromEither() {
    Path a = dir.resolve("csv.xlsx");
    Path b = dir.resolve("xlsx.xlsx");

    Run csv = Run.of("report", CSV, "--mapping", MAPPING, "--no-reference", "-o", a.toString());
    Run xlsx = Run.of("report", XLSX, "--mapping", MAPPING, "--no-reference", "-o", b.toString());

    assertThat(csv.exit()).isZero();
    assertThat(xlsx.exit()).isZero();
    // the rows are the same but for the Source column, which names the input file
    List<String> incidents = withoutSource(sheet(a, "Incidents"), "dusty-trail-log.csv");
    assertThat(withoutSource(sheet(b, "Incidents"), "dusty-trail-log.xlsx")).isEqualTo(incidents);
    assertThat(incidents).hasSize(42).anyMatch(r -> r.startsWith("DT-001|"));
  }

  private static List<String> withoutSource(List<String> rows, String file) {
    return rows.stream()
        .map(r -> r.endsWith("|" + file) ? r.substring(0, r.length() - file.length()) : r)
        .toList();
  }

  /** A report sheet's rows, read back with setsafe's own sheet reader. */
  private static List<String> sheet(Path xlsx, String name) {
    List<String> rows = new ArrayList<>();
    try (XlsxInput in = XlsxInput.open(xlsx, xlsx.toString(), name, 0, d -> {})) {
      for (RawRow r = in.next(); r != null; r = in.next()) {
        rows.add(String.join("|", r.values()));
      }
    }
    return rows;
  }
}
