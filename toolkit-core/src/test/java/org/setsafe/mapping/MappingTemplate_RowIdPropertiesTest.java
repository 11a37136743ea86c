package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.setsafe.ingest.Reading;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * A log without an incident number, mapped with {@code "templates": {"id": "ROW-{#row}"}} (what
 * {@code mapping draft} proposes): whatever its rows (the same day, department and words again and
 * again, blank lines between), every row gets an id and no two share one.
 */
class MappingTemplate_RowIdPropertiesTest {
  private static final String MAPPING =
      """
      {"columns": {"Date": "date", "Dept": "department", "What happened": "summary"},
       "templates": {"id": "ROW-{#row}", "title": "{What happened}"},
       "constants": {"production": "P", "category": "other", "activity": "unknown",
                     "severity": "near_miss", "fatalities": "0"}}
      """;

  @Property(tries = 40)
  void generatedIds_neverCollide_andEveryRowImports(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 3) Integer> rows)
      throws IOException {
    StringBuilder csv = new StringBuilder("Date,Dept,What happened\n");
    int expected = 0;
    for (int k : rows) {
      if (k == 3) {
        csv.append(",,\n"); // a blank line: skipped, never an incident
        continue;
      }
      // only three different rows: the same day, department and words again and again
      csv.append("2026-11-0").append(k + 1).append(",Props,Dummy rounds counted\n");
      expected++;
    }
    Path dir = Files.createTempDirectory("row-ids");
    Path log = Files.writeString(dir.resolve("log.csv"), csv);
    ColumnMapping m = ColumnMapping.parse("m.json", MAPPING, ProtocolCatalog.bundled());

    Reading read = Reading.of(log, ImportOptions.DEFAULT.withMapping(m));

    assertThat(read.errors()).isEmpty();
    assertThat(read.records).hasSize(expected);
    List<String> ids = read.records.stream().map(IncidentRecord::id).toList();
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    assertThat(ids).allSatisfy(id -> assertThat(id).matches("ROW-[0-9]+"));
  }
}
