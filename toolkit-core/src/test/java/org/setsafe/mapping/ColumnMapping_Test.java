package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Reading;
import org.setsafe.model.Category;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;
import org.setsafe.read.InputException;

class ColumnMapping_Test {

  @Test
  void foreignLog_valuesAndHeadersAreMapped_andTheBadDateIsRejected() {
    ImportOptions options =
        ImportOptions.DEFAULT.withMapping(
            ColumnMapping.load(Fixtures.path("ingest/foreign-log.mapping.json")));
    Reading r = Reading.of("ingest/foreign-log.csv", options);

    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("A-17", "A-18");
    IncidentRecord a17 = r.records.get(0);
    assertThat(a17.incident().date()).hasToString("2023-05-02");
    assertThat(a17.incident().title()).isEqualTo("Live round in dummy box, found at check");
    assertThat(a17.incident().category()).isEqualTo(Category.FIREARM);
    assertThat(a17.checks())
        .extracting(c -> c.checkId() + "=" + c.status().code())
        .containsExactly("DESIGNATED_CUSTODIAN=passed", "NO_LIVE_AMMO=failed");
    assertThat(r.errorsByName())
        .singleElement()
        .asString()
        .isEqualTo(
            "foreign-log.csv:4:2: When: '31/02/2023' is not a real date in the format the input declares");
    assertThat(r.diagnostics.warnings()).isZero();
  }

  @Test
  void aMappingSavedWithAByteOrderMark_readsAsWithout(@TempDir Path dir) throws IOException {
    Path plain = Fixtures.path("ingest/foreign-log.mapping.json");
    Path marked = dir.resolve("notepad.mapping.json");
    Files.writeString(marked, "\uFEFF" + Files.readString(plain));

    Reading r =
        Reading.of(
            "ingest/foreign-log.csv",
            ImportOptions.DEFAULT.withMapping(ColumnMapping.load(marked)));

    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("A-17", "A-18");
  }

  @Test
  void oshaSevereInjuryExtract_all14RowsAreImported() {
    ImportOptions options =
        ImportOptions.DEFAULT.withMapping(
            ColumnMapping.load(BundledData.path("mappings/osha-severe-injury.json")));
    Reading r = Reading.of("realdata/osha-severe-injury-film-2015-2017.csv", options);

    assertThat(r.diagnostics.list()).isEmpty();
    assertThat(r.result.read()).isEqualTo(14);
    assertThat(r.result.imported()).isEqualTo(14);
    Map<String, IncidentRecord> byId =
        r.records.stream().collect(Collectors.toMap(IncidentRecord::id, x -> x));
    IncidentRecord first = byId.get("OSHA-2015031511");
    assertThat(first.incident().date()).hasToString("2015-03-27");
    assertThat(first.incident().production()).isEqualTo("MD Films, LLC");
    assertThat(first.incident().jurisdiction()).isEqualTo("US-GA");
    assertThat(first.incident().location()).isEqualTo("ATLANTA, GEORGIA");
    assertThat(first.incident().severity()).isEqualTo(Severity.SERIOUS_INJURY);
    assertThat(first.incident().injuries()).isEqualTo(1);
    assertThat(first.incident().summary())
        .isEqualTo("An employee was struck by a wood wall while dismantling a movie set.");
    assertThat(first.incident().note())
        .contains("NAICS: 512110")
        .contains("Part of body: Nonclassifiable");
    assertThat(first.sources())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.publisher())
                    .contains("Occupational Safety and Health Administration"));
    // Hospitalized 0.00, Amputation 1.00: one person injured
    assertThat(byId.get("OSHA-2015031609").incident().injuries()).isEqualTo(1);
    assertThat(byId.get("OSHA-2015074652").incident().category()).isEqualTo(Category.HEAT);
    assertThat(byId.get("OSHA-2016099237").incident().category())
        .isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(byId.get("OSHA-2016053911").incident().category()).isEqualTo(Category.OTHER);
  }

  @Test
  void mappingFile_malformed_namesFileAndPlace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"columns\": {\"A\": \"id\",}}");
    assertThatThrownBy(() -> ColumnMapping.load(bad))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(bad + ":1:")
        .hasMessageContaining("not valid JSON");

    Path twice = dir.resolve("twice.json");
    Files.writeString(twice, "{\"columns\": {\"A\": \"injuries\", \"B\": \"injuries\"}}");
    assertThatThrownBy(() -> ColumnMapping.load(twice))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("\"A\" and \"B\" both map to 'injuries'; say how they combine");
  }
}
