package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;

class Importer_Test {
  private final Importer importer = new Importer(ImportOptions.DEFAULT, ProtocolCatalog.bundled());

  private static String snapshot(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String f :
        List.of(
            "incidents.csv",
            "people.csv",
            "checks.csv",
            "outcomes.csv",
            "sources.csv",
            "rejects.csv")) {
      b.append("== ").append(f).append('\n').append(Files.readString(dir.resolve(f)));
    }
    return b.toString();
  }

  @Test
  void importTwice_changesNothing(@TempDir Path dir) throws IOException {
    List<Path> logs =
        List.of(
            Fixtures.path("ingest/impossible-date.csv"),
            Fixtures.path("ingest/valid-flat-log.csv"));

    Importer.Result first = importer.run(logs, dir, false, IngestListener.of(d -> {}));
    String once = snapshot(dir);
    Importer.Result second = importer.run(logs, dir, false, IngestListener.of(d -> {}));

    assertThat(snapshot(dir)).isEqualTo(once);
    assertThat(first.incidentsNow()).isEqualTo(2);
    assertThat(second.replaced()).isEqualTo(2);
    assertThat(second.keptFromBefore()).isZero();
  }

  @Test
  void countsAddUp_andRejectsCarryTheReasonAndRawRow(@TempDir Path dir) throws IOException {
    Importer.Result r =
        importer.run(
            List.of(Fixtures.path("ingest/impossible-date.csv")),
            dir,
            false,
            IngestListener.of(d -> {}));

    assertThat(r.ingest().read()).isEqualTo(2);
    assertThat(r.ingest().imported()).isEqualTo(1);
    assertThat(r.ingest().rejected()).isEqualTo(1);
    List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"));
    assertThat(rejects).hasSize(2);
    assertThat(rejects.get(1))
        .contains(",3,4,date,2023-02-30 is not a real date,")
        .contains("NM-004,Bad date,Dusty Trail,2023-02-30");
  }

  @Test
  void importedDataset_validatesAndReadsBackEqual(@TempDir Path dir) {
    importer.run(
        List.of(Fixtures.path("ingest/quoted-newline.csv")),
        dir,
        false,
        IngestListener.of(d -> {}));

    Diagnostics problems = new Diagnostics();
    List<IncidentRecord> back = new ArrayList<>();
    new Ingest().read(List.of(dir), problems, back::add);
    List<IncidentRecord> direct = new ArrayList<>();
    new Ingest()
        .read(
            List.of(Fixtures.path("ingest/quoted-newline.csv")),
            IngestListener.of(d -> {}),
            direct::add);

    assertThat(problems.list()).isEmpty();
    assertThat(back).isEqualTo(direct);
  }

  @Test
  void laterImport_keepsEarlierIncidents(@TempDir Path dir) {
    importer.run(
        List.of(Fixtures.path("ingest/valid-flat-log.csv")),
        dir,
        false,
        IngestListener.of(d -> {}));
    Importer.Result r =
        importer.run(
            List.of(Fixtures.path("ingest/quoted-newline.csv")),
            dir,
            false,
            IngestListener.of(d -> {}));

    // NM-002 is in both logs: replaced; NM-001 kept; NM-003 new
    assertThat(r.keptFromBefore()).isEqualTo(1);
    assertThat(r.replaced()).isEqualTo(1);
    assertThat(r.incidentsNow()).isEqualTo(3);
  }
}
