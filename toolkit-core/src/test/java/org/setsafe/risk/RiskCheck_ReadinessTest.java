package org.setsafe.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.setsafe.Fixtures;
import org.setsafe.ingest.Ingest;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.PartialDate;
import org.setsafe.model.RiskMatrix;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.rules.HighEnergyFile;
import org.setsafe.rules.RiskMatrixFile;

class RiskCheck_ReadinessTest {
  static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();
  static final RiskMatrix MATRIX = RiskMatrixFile.bundled();

  static Assessment read(String fixture) {
    Path p = Fixtures.path("risk/" + fixture);
    return Assessment.read(p, fixture, ImportOptions.DEFAULT, CATALOG, MATRIX);
  }

  static RiskCheck check(LocalDate today) {
    return new RiskCheck(
        CATALOG,
        HighEnergyFile.bundled(),
        MATRIX,
        RiskMatrixFile.bundledSpecific(),
        Ingest.reference().records(),
        null,
        today,
        k -> Set.of("NO_LIVE_AMMO", "CHECK_IN_PRESENCE_OF_ACTOR").contains(k.id()));
  }

  @Test
  void safetyMeetingOnly_firearmScene_missesTheDirectControlsByNameWithRust() {
    Assessment a = read("safety-meeting-only.csv");
    assertThat(a.problems()).isEmpty();
    assertThat(a.hazards().get(0).controlIds()).containsExactly("SAFETY_MEETING");

    List<SceneReview> reviews = check(LocalDate.of(2026, 12, 7)).review(a);

    assertThat(reviews).hasSize(1);
    SceneReview r = reviews.get(0);
    assertThat(r.ready()).isFalse();
    Gap direct =
        r.gaps().stream().filter(g -> g.kind() == Gap.Kind.NO_DIRECT_CONTROL).findFirst().get();
    assertThat(direct.says())
        .contains("No live ammunition (NO_LIVE_AMMO)")
        .contains("Verified inert dummy rounds (VERIFIED_DUMMIES)")
        .contains("planned: safety meeting");
    assertThat(direct.lines()).containsExactly(2L);
    ControlLessons noLive =
        r.lessons().stream().filter(l -> l.checkId().equals("NO_LIVE_AMMO")).findFirst().get();
    assertThat(noLive.history()).extracting(Lesson::incidentId).contains("RUST_2021");
    assertThat(noLive.history().stream().filter(l -> l.incidentId().equals("RUST_2021")))
        .allSatisfy(l -> assertThat(l.followed()).contains("criminal"));
    assertThat(noLive.production()).isNull();
    assertThat(r.gaps())
        .filteredOn(g -> g.kind() == Gap.Kind.REQUIRED_CHECK_MISSING)
        .singleElement()
        .satisfies(g -> assertThat(g.checks()).contains("NO_LIVE_AMMO"));
  }

  @Test
  void badValues_eachLocatedAtItsCell() {
    Assessment a = read("bad-values.csv");
    List<String> errors = a.errors().stream().map(Diagnostic::toString).toList();

    assertThat(errors)
        .anySatisfy(e -> assertThat(e).startsWith("bad-values.csv:2:8:").contains("likelihood 7"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith("bad-values.csv:3:7:")
                    .contains("unknown check id 'NO_LIVE_AMO'")
                    .contains("NO_LIVE_AMMO"))
        .anySatisfy(
            e ->
                assertThat(e).startsWith("bad-values.csv:4:10:").contains("worse than the initial"))
        .anySatisfy(
            e ->
                assertThat(e).startsWith("bad-values.csv:5:15:").contains("before the row's last"));
    assertThat(errors).hasSize(4);
    // unreadable values reject their row; contradictions keep it, so the scene can say the rest
    assertThat(a.rejected()).extracting(Assessment.Rejected::scene).containsExactly("Sc 1", "Sc 2");
    assertThat(a.hazards()).extracting(h -> h.scene()).containsExactly("Sc 3", "Sc 4");

    List<SceneReview> reviews = check(LocalDate.of(2026, 12, 7)).review(a);
    assertThat(reviews)
        .extracting(SceneReview::scene)
        .containsExactly("Sc 1", "Sc 2", "Sc 3", "Sc 4");
    assertThat(reviews).noneMatch(SceneReview::ready);
    assertThat(reviews.get(0).gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.ROW_ERROR);
    assertThat(reviews.get(1).gaps()).extracting(Gap::kind).containsExactly(Gap.Kind.ROW_ERROR);
    assertThat(reviews.get(2).gaps()).extracting(Gap::kind).contains(Gap.Kind.RESIDUAL_NOT_LOWER);
    assertThat(reviews.get(3).gaps()).extracting(Gap::kind).contains(Gap.Kind.SIGNED_BEFORE_CHANGE);
  }

  private static AssessedHazard row(
      Category c,
      Integer severity,
      String controls,
      String assessor,
      String authoriser,
      String signed,
      String shoot) {
    List<String> ids = new java.util.ArrayList<>();
    List<String> words = new java.util.ArrayList<>();
    for (String t : controls.split(";")) {
      CATALOG.check(t.strip()).ifPresentOrElse(k -> ids.add(k.id()), () -> words.add(t.strip()));
    }
    return new AssessedHazard(
        "Sc 9",
        shoot == null ? null : PartialDate.parse(shoot),
        null,
        "the action",
        c,
        null,
        controls,
        ids,
        words,
        List.of(),
        2,
        severity,
        1,
        severity,
        "Owner",
        assessor,
        authoriser,
        signed == null ? null : PartialDate.parse(signed),
        PartialDate.parse("2026-11-01"),
        Answer.YES,
        null,
        2);
  }

  private static List<Gap.Kind> kinds(AssessedHazard h) {
    return check(LocalDate.of(2026, 12, 7))
        .review(new Assessment("ra.csv", List.of(h), List.of(), List.of()))
        .get(0)
        .gaps()
        .stream()
        .map(Gap::kind)
        .toList();
  }

  @Test
  void signOff_unsignedPastShootDate_assessorAlone() {
    assertThat(kinds(row(Category.OTHER, 2, "x", "Ann", null, null, "2026-12-01")))
        .containsExactly(Gap.Kind.UNSIGNED, Gap.Kind.SHOT_UNSIGNED);
    assertThat(kinds(row(Category.OTHER, 2, "x", "Ann", null, null, "2026-12-20")))
        .containsExactly(Gap.Kind.UNSIGNED);
    assertThat(kinds(row(Category.OTHER, 2, "x", "Ann", "Line producer", null, "2026-12-20")))
        .containsExactly(Gap.Kind.UNSIGNED);
    assertThat(kinds(row(Category.OTHER, 2, "x", "Ann", " ann ", "2026-11-02", "2026-12-20")))
        .containsExactly(Gap.Kind.SIGNED_BY_ASSESSOR_ONLY);
    assertThat(kinds(row(Category.OTHER, 2, "x", "Ann", "Bob", "2026-11-02", "2026-12-20")))
        .isEmpty();
  }

  @Test
  void highEnergy_byCategoryOrBySeverity_needsADirectControlForItsEnergy() {
    // a stunt is not presumed high energy: its severity decides
    assertThat(kinds(row(Category.STUNT, 2, "SAFETY_MEETING", "Ann", "Bob", "2026-11-02", null)))
        .doesNotContain(Gap.Kind.NO_DIRECT_CONTROL);
    assertThat(kinds(row(Category.STUNT, 4, "SAFETY_MEETING", "Ann", "Bob", "2026-11-02", null)))
        .contains(Gap.Kind.NO_DIRECT_CONTROL);
    assertThat(
            kinds(
                row(
                    Category.STUNT,
                    4,
                    "FALL_PROTECTION_ADEQUATE",
                    "Ann",
                    "Bob",
                    "2026-11-02",
                    null)))
        .doesNotContain(Gap.Kind.NO_DIRECT_CONTROL);
    // a vehicle is presumed high energy; a direct control of another energy does not count
    assertThat(kinds(row(Category.VEHICLE, 2, "NO_LIVE_AMMO", "Ann", "Bob", "2026-11-02", null)))
        .contains(Gap.Kind.NO_DIRECT_CONTROL);
    assertThat(
            kinds(
                row(
                    Category.VEHICLE,
                    2,
                    "EXCLUSION_ZONE_PERIMETER",
                    "Ann",
                    "Bob",
                    "2026-11-02",
                    null)))
        .doesNotContain(Gap.Kind.NO_DIRECT_CONTROL);
  }
}
