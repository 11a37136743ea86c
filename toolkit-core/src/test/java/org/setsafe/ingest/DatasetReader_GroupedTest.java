package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.LogGenerator;

/**
 * A large dataset folder whose children are grouped in incident order is read side by side; the
 * result must be what reading it into memory gives: the same records, counts and diagnostics.
 */
class DatasetReader_GroupedTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  private record Outcome(
      List<IncidentRecord> records, List<String> stats, List<String> diagnostics) {}

  private static Outcome read(Path folder, long streamFrom) {
    List<IncidentRecord> records = new ArrayList<>();
    Diagnostics d = new Diagnostics();
    List<FileStats> stats =
        DatasetReader.read(
            folder,
            "ds",
            ImportOptions.DEFAULT,
            CATALOG,
            d,
            records::add,
            EnumSet.allOf(CanonicalTable.class),
            streamFrom);
    List<String> diagnostics = new ArrayList<>(d.list().stream().map(Object::toString).toList());
    Collections.sort(diagnostics);
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
        diagnostics);
  }

  private static Path dataset(Path dir) {
    Path log = dir.resolve("log.csv");
    new LogGenerator(CATALOG, 3_000, 21, 0.02).writeTo(log);
    Path folder = dir.resolve("ds");
    new Importer(ImportOptions.DEFAULT, CATALOG)
        .run(List.of(log), folder, false, IngestListener.of(x -> {}));
    return folder;
  }

  @Test
  void groupedFolder_readSideBySide_equalsReadingIntoMemory(@TempDir Path dir) {
    Path folder = dataset(dir);

    Outcome memory = read(folder, Long.MAX_VALUE);
    Outcome grouped = read(folder, 0);

    assertThat(
            DatasetReader.groupedOrder(
                folder, EnumSet.allOf(CanonicalTable.class), ImportOptions.DEFAULT))
        .isNotNull();
    assertThat(memory.records()).hasSizeGreaterThan(2_900);
    assertThat(memory.records().stream().mapToInt(r -> r.checks().size()).sum())
        .isGreaterThan(5_000);
    assertThat(grouped).isEqualTo(memory);
  }

  @Test
  void orphansDuplicatesAndBadRows_areReportedAlike(@TempDir Path dir) throws IOException {
    Path folder = dataset(dir);
    Path checks = folder.resolve("checks.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(checks, StandardCharsets.UTF_8));
    lines.add(5, lines.get(5)); // the same check twice for one incident
    int boundary = 10;
    while (lines.get(boundary - 1).startsWith(lines.get(boundary).substring(0, 12))) {
      boundary++;
    }
    lines.add(
        boundary, "NOBODY-1,NO_LIVE_AMMO,failed,,reported,,"); // between two incidents' groups
    lines.add(
        boundary + 1,
        lines
            .get(boundary + 1)
            .replace(",passed,", ",maybe,")
            .replace(",failed,", ",maybe,")
            .replace(",unknown,", ",maybe,")
            .replace(",not_performed,", ",maybe,")
            .replace(",not_applicable,", ",maybe,"));
    lines.remove(boundary + 2); // ... whose first check now has a bad status
    lines.add("NOBODY-2,NO_LIVE_AMMO,failed,,reported,,"); // and at the end
    Files.write(checks, lines, StandardCharsets.UTF_8);

    Outcome memory = read(folder, Long.MAX_VALUE);
    Outcome grouped = read(folder, 0);

    assertThat(
            DatasetReader.groupedOrder(
                folder, EnumSet.allOf(CanonicalTable.class), ImportOptions.DEFAULT))
        .isNotNull();
    assertThat(memory.diagnostics())
        .anySatisfy(d -> assertThat(d).contains("already assessed"))
        .anySatisfy(d -> assertThat(d).contains("unknown status 'maybe'"))
        .anySatisfy(d -> assertThat(d).contains("names incident 'NOBODY-1'"))
        .anySatisfy(d -> assertThat(d).contains("NOBODY-2"));
    assertThat(grouped).isEqualTo(memory);
  }

  @Test
  void shuffledChildren_fallBackToMemory_withTheSameResult(@TempDir Path dir) throws IOException {
    Path folder = dataset(dir);
    Path checks = folder.resolve("checks.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(checks, StandardCharsets.UTF_8));
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(body, new Random(3));
    body.add(0, lines.get(0));
    Files.write(checks, body, StandardCharsets.UTF_8);

    Outcome memory = read(folder, Long.MAX_VALUE);
    Outcome fallback = read(folder, 0);

    assertThat(
            DatasetReader.groupedOrder(
                folder, EnumSet.allOf(CanonicalTable.class), ImportOptions.DEFAULT))
        .isNull();
    assertThat(fallback.diagnostics()).isEmpty();
    assertThat(fallback).isEqualTo(memory);
  }
}
