package org.setsafe.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.PartialDate;
import org.setsafe.model.RiskMatrix;
import org.setsafe.model.SpecificAssessments;
import org.setsafe.rules.RiskMatrixFile;

/** Rules of the matrix and of the residual risk that hold for every rating. */
class RiskMatrix_PropertiesTest {
  private static final RiskMatrix M = RiskMatrixFile.bundled();

  @Property
  void aRating_readsAsItsNumber_itsWord_orBoth(@ForAll @IntRange(min = 1, max = 5) int n) {
    String word = M.likelihood().get(n - 1).word();
    assertThat(RiskMatrix.rating(M.likelihood(), String.valueOf(n))).isEqualTo(n);
    assertThat(RiskMatrix.rating(M.likelihood(), n + ".0")).isEqualTo(n);
    assertThat(RiskMatrix.rating(M.likelihood(), word.toUpperCase())).isEqualTo(n);
    assertThat(RiskMatrix.rating(M.likelihood(), n + " - " + word)).isEqualTo(n);
    // a number and a word that disagree are no rating
    int other = n % 5 + 1;
    assertThat(RiskMatrix.rating(M.likelihood(), other + " - " + word)).isEqualTo(-1);
  }

  @Property
  void everyCell_fallsInOneBand_andTheBandSaysWhetherItIsAcceptable(
      @ForAll @IntRange(min = 1, max = 5) int l, @ForAll @IntRange(min = 1, max = 5) int s) {
    RiskMatrix.Cell c = M.cell(l, s);
    assertThat(c.score()).isEqualTo(l * s);
    assertThat(M.bands().stream().filter(b -> c.score() >= b.from() && c.score() <= b.to()))
        .containsExactly(c.band());
    assertThat(c.words()).contains(c.likelihood().word(), c.severity().word(), c.band().word());
  }

  @Property
  void residual_isAGap_exactlyWhenNotLowerOrAboveTheBand(
      @ForAll @IntRange(min = 1, max = 5) int l,
      @ForAll @IntRange(min = 1, max = 5) int s,
      @ForAll @IntRange(min = 1, max = 5) int rl,
      @ForAll @IntRange(min = 1, max = 5) int rs) {
    AssessedHazard h =
        new AssessedHazard(
            "Sc 1",
            PartialDate.of(LocalDate.of(2027, 1, 5)),
            null,
            "a dance",
            Category.OTHER,
            null,
            null,
            List.of(),
            List.of("rehearsal"),
            List.of(),
            l,
            s,
            rl,
            rs,
            "Choreographer",
            "Safety advisor",
            "Line producer",
            PartialDate.parse("2026-12-01"),
            PartialDate.parse("2026-11-30"),
            Answer.NO,
            null,
            2);
    RiskCheck check =
        new RiskCheck(
            org.setsafe.protocol.ProtocolCatalog.bundled(),
            org.setsafe.rules.HighEnergyFile.bundled(),
            M,
            new SpecificAssessments("a law", "", List.of()),
            List.of(),
            null,
            LocalDate.of(2026, 12, 7),
            k -> false);
    Assessment a = new Assessment("ra.csv", List.of(h), List.of(), List.of());
    List<Gap.Kind> kinds = check.review(a).get(0).gaps().stream().map(Gap::kind).toList();

    assertThat(kinds.contains(Gap.Kind.RESIDUAL_NOT_LOWER)).isEqualTo(rl * rs >= l * s);
    assertThat(kinds.contains(Gap.Kind.RESIDUAL_ABOVE_BAND))
        .isEqualTo(!M.cell(rl, rs).band().acceptable());
  }
}
