package org.setsafe.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.AssessedHazard;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.read.RawRow;
import org.setsafe.read.XlsxInput;
import org.setsafe.rules.HighEnergyFile;
import org.setsafe.rules.RiskMatrixFile;

/**
 * The example assessment of three Dusty Trail scenes ({@code data/examples/dusty-trail-assessment
 * .csv} and the workbook filled in Excel): the workbook reads as the CSV does, the two complete
 * scenes are ready and the incomplete one is flagged for each of its gaps.
 */
class ExampleAssessment_CsvAndXlsxTest {
  private static final Path CSV = BundledData.path("examples/dusty-trail-assessment.csv");
  private static final Path XLSX = BundledData.path("examples/dusty-trail-assessment.xlsx");
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  @TempDir Path dir;

  private static Assessment read(Path p) {
    return Assessment.read(
        p, p.getFileName().toString(), ImportOptions.DEFAULT, CATALOG, RiskMatrixFile.bundled());
  }

  /** The hazards without where they stand (a CSV line and a sheet row differ). */
  private static List<AssessedHazard> unplaced(Assessment a) {
    List<AssessedHazard> out = new ArrayList<>();
    for (AssessedHazard h : a.hazards()) {
      out.add(
          new AssessedHazard(
              h.scene(),
              h.shootDate(),
              h.location(),
              h.activity(),
              h.category(),
              h.description(),
              h.plannedControls(),
              h.controlIds(),
              h.controlWords(),
              h.notApplicable(),
              h.likelihood(),
              h.severity(),
              h.residualLikelihood(),
              h.residualSeverity(),
              h.owner(),
              h.assessedBy(),
              h.authorisedBy(),
              h.signedOn(),
              h.revisedOn(),
              h.specific(),
              h.note(),
              0));
    }
    return out;
  }

  private static List<String> rowsOf(Path xlsx) {
    List<String> out = new ArrayList<>();
    try (XlsxInput in = XlsxInput.open(xlsx, xlsx.toString(), null, 0, d -> {})) {
      out.add(String.join("|", in.header()));
      for (RawRow r = in.next(); r != null; r = in.next()) {
        out.add(r.line() + ":" + String.join("|", r.values()));
      }
    }
    return out;
  }

  @Test
  void committedWorkbook_holdsWhatTheBuilderWrites() throws IOException {
    String target = System.getProperty("setsafe.writeExampleAssessment");
    if (target != null) {
      ExampleAssessmentWorkbook.write(CSV, Path.of(target));
    }
    Path fresh = dir.resolve("fresh.xlsx");
    ExampleAssessmentWorkbook.write(CSV, fresh);
    assertThat(rowsOf(XLSX)).isEqualTo(rowsOf(fresh));
  }

  /**
   * The example plans the stunts protocol's checks of the catalogue it was written for (written
   * stunt plan, catch system, medical cover, roll cage); on a catalogue without them its stunt row
   * cannot be read, and what these tests say about it does not hold yet.
   */
  private static void assumeTheStuntChecks() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        CATALOG.check("STUNT_PLAN_WRITTEN").isPresent(),
        "the stunts protocol's written-plan and catch-system checks are not in this catalogue");
  }

  @Test
  void workbookFilledInExcel_readsAsItsCsv_titleAboveTheHeaderFound() {
    assumeTheStuntChecks();
    Assessment csv = read(CSV);
    Assessment xlsx = read(XLSX);

    assertThat(csv.problems()).isEmpty();
    assertThat(xlsx.problems()).isEmpty();
    assertThat(csv.hazards()).hasSize(3);
    assertThat(unplaced(xlsx)).isEqualTo(unplaced(csv));
    // the header is on the sheet's fourth row, under the merged title
    assertThat(xlsx.hazards()).extracting(AssessedHazard::line).containsExactly(5L, 6L, 7L);
  }

  @Test
  void example_completeScenesReady_incompleteOneFlaggedForEachGap() {
    assumeTheStuntChecks();
    RiskCheck check =
        new RiskCheck(
            CATALOG,
            HighEnergyFile.bundled(),
            RiskMatrixFile.bundled(),
            RiskMatrixFile.bundledSpecific(),
            Ingest.reference().records(),
            null,
            LocalDate.of(2026, 12, 7),
            ProtocolCheck::required);
    List<SceneReview> scenes = check.review(read(XLSX));

    assertThat(scenes)
        .extracting(SceneReview::scene)
        .containsExactly(
            "Sc 58 Saloon shootout",
            "Sc 61 Church roof fall",
            "Sc 64 Stagecoach on the process trailer");
    assertThat(scenes.get(0).gaps()).isEmpty();
    assertThat(scenes.get(1).gaps()).isEmpty();
    assertThat(scenes.get(1).notes())
        .singleElement()
        .asString()
        .contains("not applicable", "STUNT_VEHICLE_CAGE_HARNESS");
    SceneReview coach = scenes.get(2);
    assertThat(coach.ready()).isFalse();
    assertThat(coach.gaps())
        .extracting(Gap::kind)
        .contains(
            Gap.Kind.NO_DIRECT_CONTROL,
            Gap.Kind.SPECIFIC_ASSESSMENT_MISSING,
            Gap.Kind.RESIDUAL_NOT_RERATED,
            Gap.Kind.SIGNED_BY_ASSESSOR_ONLY)
        .isSubsetOf(
            Set.of(
                Gap.Kind.NO_DIRECT_CONTROL,
                Gap.Kind.REQUIRED_CHECK_MISSING,
                Gap.Kind.SPECIFIC_ASSESSMENT_MISSING,
                Gap.Kind.RESIDUAL_NOT_RERATED,
                Gap.Kind.SIGNED_BY_ASSESSOR_ONLY));
    assertThat(coach.gaps())
        .filteredOn(g -> g.kind() == Gap.Kind.SPECIFIC_ASSESSMENT_MISSING)
        .singleElement()
        .satisfies(g -> assertThat(g.says()).contains("Process shot moves", "process trailer"));
    assertThat(coach.lessons()).isNotEmpty();
  }
}
