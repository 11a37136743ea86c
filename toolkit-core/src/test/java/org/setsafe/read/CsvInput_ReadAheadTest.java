package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.LogGenerator;

/** Parsing on a second thread gives exactly what parsing on the caller's thread gives. */
class CsvInput_ReadAheadTest {

  private record Outcome(
      List<String> rows,
      List<String> diagnostics,
      long blank,
      boolean failed,
      List<String> unread) {}

  private static Outcome read(Path file, long readAheadFrom, int stopAfter) {
    List<String> rows = new ArrayList<>();
    Diagnostics d = new Diagnostics();
    try (CsvInput in = CsvInput.open(file, "log.csv", StandardCharsets.UTF_8, d, readAheadFrom)) {
      for (RawRow row = in.next(); row != null && rows.size() < stopAfter; row = in.next()) {
        rows.add(
            row.line() + ":" + Arrays.toString(row.values()) + ":" + row.raw() + ":" + row.notes());
      }
      List<String> unread = new ArrayList<>();
      for (RawRow u = in.nextUnread(); u != null; u = in.nextUnread()) {
        unread.add(u.line() + ":" + u.raw());
      }
      return new Outcome(
          rows,
          d.list().stream().map(Object::toString).toList(),
          in.blankRows(),
          in.failed(),
          unread);
    }
  }

  private static Path log(Path dir) throws IOException {
    Path file = dir.resolve("log.csv");
    new LogGenerator(ProtocolCatalog.bundled(), 6_000, 4, 0.05).writeTo(file);
    // blank spreadsheet rows, then a quote that never closes: the reading must stop at the same
    // place
    Files.writeString(
        file,
        ",,,\n\nSYN-9999998,\"quoted\"garbage,\u0007\nSYN-9999999,\"never closed,x\n,,\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return file;
  }

  @Test
  void readAhead_givesTheSameRowsLinesAndDiagnostics(@TempDir Path dir) throws IOException {
    Path file = log(dir);

    Outcome direct = read(file, Long.MAX_VALUE, Integer.MAX_VALUE);
    Outcome ahead = read(file, 0, Integer.MAX_VALUE);

    assertThat(direct.rows()).hasSize(6_001);
    assertThat(direct.unread()).hasSize(2);
    assertThat(direct.diagnostics()).singleElement().asString().contains("never closed");
    assertThat(direct.failed()).isTrue();
    assertThat(direct.blank()).isEqualTo(2);
    assertThat(ahead).isEqualTo(direct);
  }

  @Test
  void closingEarly_stopsTheReadingThread(@TempDir Path dir) throws IOException {
    Path file = log(dir);

    Outcome first = read(file, 0, 10);

    assertThat(first.rows()).hasSize(10);
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("setsafe-csv-") && t.isAlive());
  }
}
