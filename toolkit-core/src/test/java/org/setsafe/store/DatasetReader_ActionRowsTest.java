package org.setsafe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.ingest.Importer;
import org.setsafe.ingest.Reading;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;

/** Bad rows of actions.csv: each located at its file, line and column, and accounted for. */
class DatasetReader_ActionRowsTest {

  @Test
  void eachBadActionRow_isAnErrorAtItsLineAndColumn_andAMissingCloseDateAWarning() {
    Reading r = Reading.of("ingest/bad-actions-dataset");

    assertThat(r.errorsByName())
        .containsExactlyInAnyOrder(
            "actions.csv:3:10: closed_on: closed_on 2026-03-04 is before raised_on 2026-03-05",
            "actions.csv:4:8: due_on: due_on 2026-03-08 is before raised_on 2026-03-09",
            "actions.csv:6:2: action_id: duplicate action id 'BA-1-1' (first on line 2)",
            "actions.csv:7:9: status: unknown action status 'finished'; expected one of: open,"
                + " in_progress, done, verified, cancelled, unknown",
            "actions.csv:8:1: incident_id: names incident 'BA-9', which is not in incidents.csv");
    assertThat(r.diagnostics.list())
        .filteredOn(d -> !d.isError())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.location()).endsWith("actions.csv:5:10");
              assertThat(d.message())
                  .startsWith("status is verified but closed_on is empty; the action is kept");
            });
  }

  @Test
  void everyActionRow_isImportedOrRejected_andTheKeptOnesAreOnTheirIncidents() {
    Reading r = Reading.of("ingest/bad-actions-dataset");
    FileStats actions =
        r.result.files().stream()
            .filter(f -> f.file().endsWith("actions.csv"))
            .findFirst()
            .orElseThrow();

    assertThat(actions.read()).isEqualTo(7);
    assertThat(actions.imported()).isEqualTo(2);
    assertThat(actions.rejected()).isEqualTo(5);
    assertThat(actions.imported() + actions.rejected()).isEqualTo(actions.read());
    assertThat(r.rejects)
        .map(s -> s.substring(s.lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder(
            "actions.csv:3", "actions.csv:4", "actions.csv:6", "actions.csv:7", "actions.csv:8");
    List<CorrectiveAction> kept = r.records.stream().flatMap(x -> x.actions().stream()).toList();
    assertThat(kept)
        .extracting(a -> a.actionId() + "/" + a.status().code())
        .containsExactlyInAnyOrder("BA-1-1/done", "BA-2-2/verified");
  }

  @Test
  void import_writesTheKeptActions_andRejectsTheOthersWithTheirRawRows(@TempDir Path dir)
      throws IOException {
    Importer.Result result =
        new Importer(ImportOptions.DEFAULT, ProtocolCatalog.bundled())
            .run(
                List.of(Fixtures.path("ingest/bad-actions-dataset")),
                dir,
                false,
                IngestListener.of(d -> {}));

    assertThat(result.ingest().files())
        .filteredOn(f -> f.file().endsWith("actions.csv"))
        .singleElement()
        .satisfies(f -> assertThat(f.imported() + f.rejected()).isEqualTo(f.read()).isEqualTo(7));
    List<String> written = Files.readAllLines(dir.resolve("actions.csv"));
    assertThat(written).hasSize(3);
    assertThat(written.get(1)).startsWith("BA-1,BA-1-1,Double-bag every stand,");
    String rejects = Files.readString(dir.resolve("rejects.csv"));
    assertThat(rejects)
        .contains("duplicate action id 'BA-1-1' (first on line 2)")
        .contains("BA-2,BA-1-1,Double-bag every stand again,corrective,Key grip")
        .contains("BA-9,BA-9-1,Inspect the ladders");
  }
}
