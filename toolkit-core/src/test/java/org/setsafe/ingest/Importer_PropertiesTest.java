package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.CsvInput;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;
import org.setsafe.synth.LogGenerator;

/**
 * Any generated log (clean or with faulty rows), imported into a dataset folder and read back,
 * gives exactly the incidents that reading the log gives, its rejected rows accounted for; and
 * importing it a second time changes no file.
 */
class Importer_PropertiesTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();
  private Path dir;

  @BeforeTry
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("setsafe-import-properties");
  }

  @AfterTry
  void removeFolder() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Property(tries = 25)
  void anyGeneratedLog_importedAndReadBack_givesTheIncidentsTheLogGives(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int rows,
      @ForAll @DoubleRange(min = 0, max = 0.5) double dirty) {
    Path log = dir.resolve("log.csv");
    new LogGenerator(CATALOG, rows, seed, dirty).writeTo(log);
    Path dataset = dir.resolve("dataset");

    List<IncidentRecord> fromLog = new ArrayList<>();
    IngestResult direct =
        new Ingest(ImportOptions.DEFAULT, CATALOG)
            .read(List.of(log), new Diagnostics(), fromLog::add);
    Importer.Result imported =
        new Importer(ImportOptions.DEFAULT, CATALOG)
            .run(List.of(log), dataset, false, IngestListener.of(d -> {}));
    String once = snapshot(dataset);
    Diagnostics problems = new Diagnostics();
    List<IncidentRecord> back = new ArrayList<>();
    new Ingest(ImportOptions.DEFAULT, CATALOG).read(List.of(dataset), problems, back::add);
    new Importer(ImportOptions.DEFAULT, CATALOG)
        .run(List.of(log), dataset, false, IngestListener.of(d -> {}));

    assertThat(problems.list()).isEmpty();
    assertThat(sorted(back)).isEqualTo(sorted(fromLog));
    assertThat(imported.ingest().read()).isEqualTo(rows).isEqualTo(direct.read());
    assertThat(imported.ingest().imported()).isEqualTo(fromLog.size());
    assertThat(imported.ingest().imported() + imported.ingest().rejected()).isEqualTo(rows);
    assertThat(imported.incidentsNow()).isEqualTo(fromLog.size());
    assertThat(lines(dataset.resolve("rejects.csv")) - 1).isEqualTo(imported.ingest().rejected());
    assertThat(snapshot(dataset)).isEqualTo(once);
  }

  private static List<IncidentRecord> sorted(List<IncidentRecord> records) {
    return records.stream().sorted(Comparator.comparing(IncidentRecord::id)).toList();
  }

  /** Every file of the folder, with its text. */
  private static String snapshot(Path folder) {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        if (Files.isRegularFile(f)) {
          b.append("== ").append(f.getFileName()).append('\n').append(Files.readString(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  private static long lines(Path csv) {
    Diagnostics d = new Diagnostics();
    long n = 0;
    try (CsvInput in =
        CsvInput.open(csv, "rejects.csv", java.nio.charset.StandardCharsets.UTF_8, d)) {
      n = in.header().isEmpty() ? 0 : 1;
      while (in.next() != null) {
        n++;
      }
    }
    return n;
  }
}
