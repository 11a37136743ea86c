package org.setsafe.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;
import org.setsafe.rules.RiskMatrixFile;

/** An assessment in a production's own layout, read through a mapping of record kind assessment. */
class Assessment_MappingTest {
  @TempDir Path dir;

  private static Assessment read(Path file, ColumnMapping m) {
    return Assessment.read(
        file,
        file.getFileName().toString(),
        ImportOptions.DEFAULT.withMapping(m),
        ProtocolCatalog.bundled(),
        RiskMatrixFile.bundled());
  }

  @Test
  void foreignForm_throughAnAssessmentMapping_givesSetsafesFields() {
    ColumnMapping m = ColumnMapping.load(Fixtures.path("risk/foreign-form.mapping.json"));
    Assessment a = read(Fixtures.path("risk/foreign-form.csv"), m);

    assertThat(a.problems()).isEmpty();
    AssessedHazard h = a.hazards().get(0);
    assertThat(h.scene()).isEqualTo("Sc 12");
    assertThat(h.category()).isEqualTo(Category.FIREARM);
    assertThat(h.controlIds()).containsExactly("NO_LIVE_AMMO", "CHECK_IN_PRESENCE_OF_ACTOR");
    assertThat(h.likelihood()).isEqualTo(3);
    assertThat(h.severity()).isEqualTo(5);
    assertThat(h.residualLikelihood()).isEqualTo(1);
    assertThat(h.note()).isEqualTo("Ref: RA-7");
  }

  @Test
  void anIncidentMapping_isRefusedForAnAssessment_andAnAssessmentOneChecksItsFields()
      throws Exception {
    Path incident = dir.resolve("incident.json");
    Files.writeString(incident, "{\"columns\": {\"Scene No.\": \"title\"}}");
    Assessment a = read(Fixtures.path("risk/foreign-form.csv"), ColumnMapping.load(incident));
    assertThat(a.hazards()).isEmpty();
    assertThat(a.errors().get(0).message())
        .contains("maps incident rows, but this file is read as assessment rows");

    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"record\": \"assessment\", \"columns\": {\"L\": \"likelyhood\", \"X\": \"title\"}}");
    assertThatThrownBy(() -> ColumnMapping.load(bad))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "'likelyhood' is not a field of an assessed hazard; did you mean" + " 'likelihood'?")
        .hasMessageContaining("'title' is not a field of an assessed hazard");
  }
}
