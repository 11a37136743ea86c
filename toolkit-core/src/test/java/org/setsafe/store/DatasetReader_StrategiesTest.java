package org.setsafe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Fixtures;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Importer;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.synth.LogGenerator;

/**
 * A dataset folder gives the same records, counts and diagnostics whether its child rows are held
 * in memory or read alongside incidents.csv: every dataset fixture, the reference data and a
 * generated folder are read both ways.
 */
class DatasetReader_StrategiesTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  /** Rows held in memory whatever the size. */
  private static final long HELD = Long.MAX_VALUE;

  /** Grouped child files read alongside incidents.csv whatever the size. */
  private static final long STREAMED = 0;

  private record Outcome(
      List<IncidentRecord> records,
      List<String> stats,
      List<String> diagnostics,
      List<String> rejects) {}

  private static Outcome read(Path folder, long streamFrom) {
    List<IncidentRecord> records = new ArrayList<>();
    Diagnostics d = new Diagnostics();
    List<String> rejects = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void report(Diagnostic diagnostic) {
            d.report(diagnostic);
          }

          @Override
          public void rejected(String file, RawRow row, Diagnostic reason) {
            rejects.add(file + ":" + row.line() + ": " + reason);
          }
        };
    List<FileStats> stats =
        DatasetReader.read(
            folder,
            "ds",
            ImportOptions.DEFAULT,
            CATALOG,
            listener,
            records::add,
            EnumSet.allOf(CanonicalTable.class),
            streamFrom,
            new SeenIds());
    List<String> diagnostics = new ArrayList<>(d.list().stream().map(Object::toString).toList());
    Collections.sort(diagnostics);
    Collections.sort(rejects);
    return new Outcome(
        records,
        stats.stream()
            .map(
                f ->
                    f.file()
                        + " "
                        + f.read()
                        + "/"
                        + f.imported()
                        + "/"
                        + f.rejected()
                        + "/"
                        + f.blank())
            .toList(),
        diagnostics,
        rejects);
  }

  /** Every folder with an incidents.csv among the test resources, and the reference data. */
  static Stream<Path> fixtures() throws IOException {
    Path root = Fixtures.path("ingest");
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> p.getFileName().toString().equals(CanonicalTable.INCIDENTS.fileName()))
          .map(Path::getParent)
          .sorted()
          .forEach(folders::add);
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(4);
    folders.add(BundledData.reference());
    return folders.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixture_heldOrStreamed_givesTheSameResult(Path folder) {
    Outcome held = read(folder, HELD);
    Outcome streamed = read(folder, STREAMED);

    assertThat(streamed).isEqualTo(held);
    long read = held.stats().size();
    assertThat(read).isPositive();
  }

  @Test
  void anIncidentListedTwice_firstRowInvalid_keepsItsChildrenWithTheFirstRow() {
    Path folder = Fixtures.path("ingest/datasets/listed-twice-first-invalid");

    Outcome held = read(folder, HELD);
    Outcome streamed = read(folder, STREAMED);

    assertThat(
            DatasetReader.grouped(
                folder.resolve("checks.csv"),
                CanonicalTable.CHECKS,
                ImportOptions.DEFAULT,
                DatasetReader.incidentOrder(
                    folder.resolve("incidents.csv"), ImportOptions.DEFAULT)))
        .isTrue();
    assertThat(held.records()).extracting(IncidentRecord::id).containsExactly("DT-002");
    assertThat(held.diagnostics())
        .contains(
            "ds/incidents.csv:4:1: id: duplicate id 'DT-001' (first on line 2)",
            "ds/checks.csv:2:1: incident_id: its incident DT-001 was rejected (see"
                + " ds/incidents.csv:2)");
    assertThat(streamed).isEqualTo(held);
  }

  @Test
  void orphansRepeatsAndBadRows_areRejectedWithTheirReasons() {
    Outcome held = read(Fixtures.path("ingest/datasets/orphans-and-repeats"), HELD);

    assertThat(held.rejects())
        .containsExactly(
            "ds/checks.csv:3: ds/checks.csv:3:2: check_id: check NO_POINTING_AT_PEOPLE is already"
                + " assessed for DT-020 (first on line 2)",
            "ds/checks.csv:4: ds/checks.csv:4:1: incident_id: names incident 'NOBODY-1', which is"
                + " not in incidents.csv",
            "ds/checks.csv:5: ds/checks.csv:5:3: status: unknown status 'maybe'; expected one of:"
                + " failed, passed, not_performed, unknown, not_applicable",
            "ds/checks.csv:8: ds/checks.csv:8:1: incident_id: names incident 'NOBODY-2', which is"
                + " not in incidents.csv");
    assertThat(held.stats())
        .containsExactly(
            "ds/incidents.csv 3/3/0/0", "ds/people.csv 3/3/0/0", "ds/checks.csv 7/3/4/0");
  }

  @Test
  void aGeneratedFolder_withEditedChildren_givesTheSameResultBothWays(@TempDir Path dir)
      throws IOException {
    Path log = dir.resolve("log.csv");
    new LogGenerator(CATALOG, 2_000, 21, 0.02).writeTo(log);
    Path folder = dir.resolve("ds");
    new Importer(ImportOptions.DEFAULT, CATALOG)
        .run(List.of(log), folder, false, IngestListener.of(x -> {}));
    Path checks = folder.resolve("checks.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(checks, StandardCharsets.UTF_8));
    lines.add(5, lines.get(5)); // the same check twice for one incident
    lines.add(9, "NOBODY-1,NO_LIVE_AMMO,failed,,reported,,"); // a row naming no incident
    lines.add("NOBODY-2,NO_LIVE_AMMO,failed,,reported,,"); // and at the end
    Files.write(checks, lines, StandardCharsets.UTF_8);
    Path incidents = folder.resolve("incidents.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(incidents, StandardCharsets.UTF_8));
    rows.add(rows.get(3)); // an incident listed twice
    Files.write(incidents, rows, StandardCharsets.UTF_8);

    Outcome held = read(folder, HELD);
    Outcome streamed = read(folder, STREAMED);

    assertThat(
            DatasetReader.grouped(
                checks,
                CanonicalTable.CHECKS,
                ImportOptions.DEFAULT,
                DatasetReader.incidentOrder(incidents, ImportOptions.DEFAULT)))
        .isTrue();
    assertThat(held.records()).hasSizeGreaterThan(1_900);
    assertThat(held.diagnostics())
        .anySatisfy(d -> assertThat(d).contains("already assessed"))
        .anySatisfy(d -> assertThat(d).contains("names incident 'NOBODY-1'"))
        .anySatisfy(d -> assertThat(d).contains("NOBODY-2"))
        .anySatisfy(d -> assertThat(d).contains("duplicate id"));
    assertThat(streamed).isEqualTo(held);
  }
}
