package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/** How signals match a description: word for word after analysis, not when negated. */
class CheckSuggester_SignalsTest {
  private static final CheckSuggester SUGGESTER = CheckSuggester.bundled();

  @Test
  void liveRoundsFound_suggestsNoLiveAmmo_withTheWords() {
    List<Suggestion> s =
        SUGGESTER.suggest(
            "Armorer's morning check: live rounds found among the dummy rounds in a box on the"
                + " prop truck.");
    assertThat(s).extracting(Suggestion::checkId).containsExactly("NO_LIVE_AMMO");
    assertThat(s.get(0).words()).containsExactly("live rounds found");
  }

  @Test
  void gripPinchedHand_suggestsNothing() {
    assertThat(
            SUGGESTER.suggest(
                "Grip pinched hand between dolly track sections while re-levelling the track."))
        .isEmpty();
  }

  @Test
  void aSignalsGun_standsForAnyFirearm_andNumbersArePassedOver() {
    assertThat(SUGGESTER.suggest("The second AD handed the rifle to the extra."))
        .extracting(Suggestion::checkId)
        .contains("ARMORER_HANDOFF_ONLY");
    assertThat(SUGGESTER.suggest("A live .45 round was in the revolver."))
        .extracting(Suggestion::checkId)
        .contains("NO_LIVE_AMMO");
  }

  @Test
  void aNegatedSignal_doesNotCount() {
    assertThat(SUGGESTER.suggest("Armorer checked the box: no live rounds were found."))
        .extracting(Suggestion::checkId)
        .doesNotContain("NO_LIVE_AMMO");
    assertThat(SUGGESTER.suggest("Checked the gun box for live rounds: none."))
        .extracting(Suggestion::checkId)
        .doesNotContain("NO_LIVE_AMMO");
  }

  @Test
  void firearmSignals_needAFirearmInTheText() {
    assertThat(SUGGESTER.suggest("His finger was on the trigger of the nail gun as he walked."))
        .isEmpty();
    assertThat(SUGGESTER.suggest("Two crew were horsing around on the lift.")).isEmpty();
    assertThat(SUGGESTER.suggest("Two crew were horsing around with the prop pistols."))
        .extracting(Suggestion::checkId)
        .containsExactly("NO_HORSEPLAY");
  }

  @Test
  void everySignal_keepsAWordAfterAnalysis() {
    for (ProtocolCheck c : ProtocolCatalog.bundled().checks()) {
      assertThat(c.signals()).as(c.id()).isNotEmpty();
      for (String s : c.signals()) {
        assertThat(Words.terms(s)).as(c.id() + ": " + s).isNotEmpty();
      }
    }
  }

  @Test
  void withSuggestions_addsInferredFailures_andLeavesRecordedResultsAlone() {
    IncidentRecord bare =
        Fixtures.textOnly(
            "NM-1",
            "Prop cart",
            "Live rounds found in the box; the revolver was left unattended on the cart.");
    IncidentRecord recorded =
        new IncidentRecord(
            bare.incident(),
            List.of(),
            List.of(CheckResult.of("NM-1", "NO_LIVE_AMMO", CheckStatus.PASSED)),
            List.of(),
            List.of());
    IncidentRecord enriched = SUGGESTER.withSuggestions(recorded);
    assertThat(enriched.checks()).hasSize(2);
    assertThat(enriched.checks().get(0)).isEqualTo(recorded.checks().get(0));
    CheckResult added = enriched.checks().get(1);
    assertThat(added.checkId()).isEqualTo("AMMO_SEGREGATION_NEVER_UNATTENDED");
    assertThat(added.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(added.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(added.evidence())
        .isEqualTo("suggested from the description: \"revolver was left unattended on the cart\"");
    assertThat(CheckSuggester.suggested(added)).isTrue();
    assertThat(SUGGESTER.withSuggestions(enriched)).isEqualTo(enriched);
    IncidentRecord nothing = Fixtures.textOnly("NM-2", "Sandbag", "A sandbag slipped off a stand.");
    assertThat(SUGGESTER.withSuggestions(nothing)).isSameAs(nothing);
  }
}
