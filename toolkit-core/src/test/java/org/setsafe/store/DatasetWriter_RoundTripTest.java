package org.setsafe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Importer;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Dataset;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;

class DatasetWriter_RoundTripTest {

  private static List<IncidentRecord> readBack(Path dir) {
    Diagnostics problems = new Diagnostics();
    List<IncidentRecord> back = new ArrayList<>();
    new Ingest().read(List.of(dir), problems, back::add);
    assertThat(problems.list()).isEmpty();
    return back;
  }

  @Test
  void reference_writtenAndReadBack_isEqual(@TempDir Path dir) {
    Dataset reference = Ingest.reference();
    try (DatasetWriter w = new DatasetWriter(dir)) {
      reference.records().forEach(w::write);
      w.commit();
    }

    assertThat(readBack(dir)).isEqualTo(reference.records());
  }

  /** Text with the characters that break naive CSV handling, chosen by a seeded generator. */
  private static String awkwardText(Random random) {
    String[] pieces = {
      ",",
      "\"",
      "\"\"",
      "\n",
      "\r\n",
      "'",
      ";",
      "=SUM(A1)",
      "é",
      "–",
      "中",
      "🎬",
      "\\",
      " ",
      "a",
      "Z",
      "0"
    };
    StringBuilder b = new StringBuilder("x");
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.append('y').toString();
  }

  @RepeatedTest(25)
  void arbitraryText_survivesExportAndImport(RepetitionInfo info, @TempDir Path dir)
      throws IOException {
    Random random = new Random(info.getCurrentRepetition());
    Incident i =
        new Incident(
            "P-" + info.getCurrentRepetition(),
            awkwardText(random),
            awkwardText(random),
            PartialDate.parse("2022-06-01"),
            LocalTime.of(7, 5),
            awkwardText(random),
            awkwardText(random),
            null,
            Category.OTHER,
            Activity.UNKNOWN,
            Severity.NEAR_MISS,
            0,
            0,
            awkwardText(random),
            awkwardText(random),
            awkwardText(random));
    CorrectiveAction action =
        new CorrectiveAction(
            i.id(),
            "A-" + info.getCurrentRepetition(),
            awkwardText(random),
            ActionKind.CORRECTIVE,
            awkwardText(random),
            Role.ARMORER,
            PartialDate.parse("2022-06-01"),
            PartialDate.parse("2022-06-08"),
            ActionStatus.DONE,
            PartialDate.parse("2022-06-05"),
            awkwardText(random),
            awkwardText(random),
            "https://example.org/bulletin?id=" + info.getCurrentRepetition());
    IncidentRecord record =
        new IncidentRecord(i, List.of(), List.of(), List.of(), List.of(), List.of(action));
    Path folder = dir.resolve("ds");
    try (DatasetWriter w = new DatasetWriter(folder)) {
      w.write(record);
      w.commit();
    }
    List<IncidentRecord> back = readBack(folder);

    // Ingest strips surrounding whitespace; the generated text starts and ends with letters.
    assertThat(back).containsExactly(record);

    Path imported = dir.resolve("imported");
    new Importer(ImportOptions.DEFAULT, ProtocolCatalog.bundled())
        .run(List.of(folder), imported, true, IngestListener.of(d -> {}));
    assertThat(readBack(imported)).containsExactly(record);
    assertThat(Files.readString(imported.resolve("rejects.csv")).lines()).hasSize(1);
  }
}
