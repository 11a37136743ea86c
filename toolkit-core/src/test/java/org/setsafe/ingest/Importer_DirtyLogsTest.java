package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.CsvInput;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;
import org.setsafe.synth.GeneratedLog;
import org.setsafe.synth.LogGenerator;

/**
 * Generated dirty logs (every fault a real log has, quoted text with line breaks) of several seeds:
 * every row read is imported or rejected, rejects.csv holds each rejected row's text as it stood in
 * the log, at its line, and importing the log again changes no byte of the folder.
 */
class Importer_DirtyLogsTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2025})
  void dirtyLog_everyRowAccountedFor_rejectsAsTheyStood_secondImportChangesNothing(
      long seed, @TempDir Path dir) throws IOException {
    Path log = dir.resolve("log-" + seed + ".csv");
    GeneratedLog generated = new LogGenerator(CATALOG, 1_500, seed, 0.08).writeTo(log);
    Path into = dir.resolve("dataset");
    Importer importer = new Importer(ImportOptions.DEFAULT, CATALOG);

    Importer.Result r = importer.run(List.of(log), into, false, IngestListener.of(d -> {}));

    assertThat(r.ingest().read()).isEqualTo(generated.rows());
    assertThat(r.ingest().read()).isEqualTo(r.ingest().imported() + r.ingest().rejected());
    assertThat(r.ingest().rejected()).isEqualTo(generated.faultyRows());
    assertThat(r.incidentsNow()).isEqualTo(generated.validRows());

    // each rejected row's text is the log's own, from its line on
    String text = Files.readString(log, StandardCharsets.UTF_8);
    List<Integer> lineStarts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
    List<RawRow> rejects = new ArrayList<>();
    try (CsvInput in =
        CsvInput.open(
            into.resolve("rejects.csv"), "rejects.csv", StandardCharsets.UTF_8, d -> {})) {
      assertThat(in.header()).isEqualTo(Importer.REJECT_COLUMNS);
      for (RawRow row = in.next(); row != null; row = in.next()) {
        rejects.add(row);
      }
    }
    assertThat(rejects).hasSize((int) generated.faultyRows());
    for (RawRow reject : rejects) {
      int line = Integer.parseInt(reject.get(1));
      String record = reject.values()[5]; // stripped by the reader; the log's rows have no edges
      int start = lineStarts.get(line - 1);
      assertThat(text.substring(start, start + record.length()))
          .as("rejects.csv row for line %d", line)
          .isEqualTo(record);
      assertThat(text.charAt(start + record.length())).isIn('\n', '\r');
    }

    Map<String, String> once = snapshot(into);
    importer.run(List.of(log), into, false, IngestListener.of(d -> {}));
    assertThat(snapshot(into)).isEqualTo(once);
  }
}
