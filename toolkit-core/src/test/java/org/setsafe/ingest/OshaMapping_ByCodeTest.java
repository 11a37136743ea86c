package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.setsafe.data.BundledData;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Category;
import org.setsafe.model.IncidentRecord;

/**
 * The bundled OSHA Severe Injury Reports mapping classifies by OIICS codes, so it holds on rows it
 * was not written from: made-up rows in the real layouts (the 26-column release, Windows-1252, and
 * the later 28-column one) and the real sample rows, UTF-8 and Windows-1252 alike.
 */
class OshaMapping_ByCodeTest {
  private static final ImportOptions OSHA =
      ImportOptions.DEFAULT.withMapping(
          ColumnMapping.load(BundledData.path("mappings/osha-severe-injury.json")));

  private static ImportOptions encoded(String charset) {
    return new ImportOptions(Charset.forName(charset), OSHA.mapping(), null);
  }

  private static Map<String, IncidentRecord> byId(Reading r) {
    return r.records.stream().collect(Collectors.toMap(IncidentRecord::id, x -> x));
  }

  @Test
  void shootingFallAndVehicle_landInFirearmFallAndVehicle() {
    Reading r = Reading.of("ingest/osha-layout-cases-windows-1252.csv", encoded("windows-1252"));

    assertThat(r.errors()).isEmpty();
    Map<String, IncidentRecord> by = byId(r);
    IncidentRecord shooting = by.get("OSHA-9990010001");
    assertThat(shooting.incident().category()).isEqualTo(Category.FIREARM);
    assertThat(shooting.incident().summary())
        .isEqualTo(
            "An employee was shot by a coworker\u2019s firearm during a rehearsal on the caf\u00e9"
                + " set.");
    assertThat(by.get("OSHA-9990010002").incident().category())
        .isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(by.get("OSHA-9990010003").incident().category()).isEqualTo(Category.VEHICLE);
    // a firearm as the source makes it a firearm incident whatever the event
    assertThat(by.get("OSHA-9990010004").incident().category()).isEqualTo(Category.FIREARM);
    assertThat(by.get("OSHA-9990010005").incident().category()).isEqualTo(Category.HEAT);
  }

  @Test
  void everyRowIsAccountedFor_andAReportWithNoCountIsKeptAndFlagged() {
    Reading r = Reading.of("ingest/osha-layout-cases-windows-1252.csv", encoded("windows-1252"));

    assertThat(r.result.read()).isEqualTo(5);
    assertThat(r.result.imported()).isEqualTo(5);
    assertThat(byId(r).get("OSHA-9990010004").incident().injuries()).isZero();
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .endsWith(
            "osha-layout-cases-windows-1252.csv:5:13: warning: Hospitalized: severity is"
                + " serious_injury but nobody is counted injured (Hospitalized, Amputation); the"
                + " incident is kept with 0 injured");
  }

  @Test
  void laterReleaseLayout_lossOfEyeCounts_andTheNewColumnsAreKept() {
    Reading r = Reading.of("ingest/osha-layout-cases-later-release.csv", OSHA);

    assertThat(r.errors()).isEmpty();
    Map<String, IncidentRecord> by = byId(r);
    IncidentRecord eye = by.get("OSHA-9990020001");
    assertThat(eye.incident().injuries()).isEqualTo(1);
    assertThat(eye.incident().category()).isEqualTo(Category.FIREARM);
    assertThat(eye.incident().note()).contains("Federal or State Plan: Federal");
    assertThat(by.get("OSHA-9990020002").incident().category()).isEqualTo(Category.ANIMAL);
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .contains(":3:13: warning: Hospitalized: severity is serious_injury but nobody is counted")
        .contains("(Hospitalized, Amputation, Loss of Eye)");
  }

  @Test
  void realRows_importWhole_inUtf8AndInWindows1252() throws Exception {
    Reading utf8 = Reading.of("realdata/osha-severe-injury-film-2015-2017.csv", OSHA);
    java.nio.file.Path cp1252 =
        java.nio.file.Files.createTempFile("osha-severe-injury-film-cp1252-", ".csv");
    try {
      String text =
          java.nio.file.Files.readString(
              org.setsafe.Fixtures.path("realdata/osha-severe-injury-film-2015-2017.csv"),
              StandardCharsets.UTF_8);
      java.nio.file.Files.write(cp1252, text.getBytes(Charset.forName("windows-1252")));
      Reading windows = Reading.of(cp1252, encoded("windows-1252"));

      for (Reading r : new Reading[] {utf8, windows}) {
        assertThat(r.diagnostics.list()).isEmpty();
        assertThat(r.result.read()).isEqualTo(14);
        assertThat(r.result.imported()).isEqualTo(14);
      }
      assertThat(windows.records).isEqualTo(utf8.records);
    } finally {
      java.nio.file.Files.deleteIfExists(cp1252);
    }
    Map<String, Category> category =
        utf8.records.stream()
            .collect(Collectors.toMap(IncidentRecord::id, x -> x.incident().category()));
    assertThat(category)
        .containsEntry("OSHA-2015031511", Category.RIGGING_EQUIPMENT) // 620 struck by
        .containsEntry("OSHA-2015074652", Category.HEAT) // 531 environmental heat
        .containsEntry("OSHA-2016099237", Category.FALL_FROM_HEIGHT) // 433x fall to lower level
        .containsEntry("OSHA-2016053911", Category.OTHER); // 1219 injury by another person
  }
}
