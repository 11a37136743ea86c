package org.setsafe.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;

/** The fixtures of {@code src/test/resources/text/} (see the README there). */
final class Fixtures {
  private Fixtures() {}

  /** The rows of a CSV fixture with a header, as maps. */
  static List<Map<String, String>> rows(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/text/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      List<Map<String, String>> out = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        out.add(r.toMap());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A near miss logged as text only: category other, activity unknown, no checks. */
  static IncidentRecord textOnly(String id, String title, String summary) {
    return IncidentRecord.of(
        new Incident(
            id,
            title,
            "Test set",
            PartialDate.parse("2026-01-01"),
            null,
            null,
            null,
            null,
            Category.OTHER,
            Activity.UNKNOWN,
            Severity.NEAR_MISS,
            0,
            0,
            summary,
            null,
            null));
  }
}
