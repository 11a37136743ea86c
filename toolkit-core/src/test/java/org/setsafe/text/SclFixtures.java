package org.setsafe.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;

/**
 * The fixtures of {@code src/test/resources/scl/} (see the README there), read as setsafe reads.
 */
final class SclFixtures {
  private SclFixtures() {}

  /** A fixture folder or file under {@code scl/}. */
  static Path path(String name) {
    try {
      return Path.of(SclFixtures.class.getResource("/scl/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no fixture scl/" + name, e);
    }
  }

  /** The records of a dataset folder or log, read as the commands read them (no error allowed). */
  static List<IncidentRecord> records(Path path, ImportOptions options) {
    List<IncidentRecord> out = new ArrayList<>();
    Diagnostics problems = new Diagnostics(0);
    new Ingest(options, ProtocolCatalog.bundled()).read(List.of(path), problems, out::add);
    problems.requireNoErrors();
    return out;
  }

  /** The rows of a CSV file with a header, as maps keyed by the first column. */
  static Map<String, Map<String, String>> rows(Path csv) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    try (var reader = Files.newBufferedReader(csv)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        out.put(r.get(0), r.toMap());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
