package org.setsafe.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Disposition;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;

/**
 * The phrase that says what followed an incident, on made-up outcomes (party names are invented).
 */
class Aftermath_PhraseTest {

  private static IncidentRecord with(LegalOutcome... outcomes) {
    Incident i =
        new Incident(
            "X-1",
            "Made-up incident",
            "Made-up film",
            PartialDate.parse("2020-01-01"),
            null,
            null,
            null,
            null,
            Category.FIREARM,
            Activity.TAKE,
            Severity.INJURY,
            0,
            1,
            null,
            null,
            null);
    return new IncidentRecord(i, List.of(), List.of(), List.of(outcomes), List.of());
  }

  private static LegalOutcome criminal(String party, Role role, Disposition d, String decided) {
    return new LegalOutcome(
        "X-1",
        party,
        role,
        OutcomeKind.CRIMINAL,
        "Manslaughter",
        null,
        d,
        decided == null ? null : PartialDate.parse(decided),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static LegalOutcome money(
      OutcomeKind kind, String party, Disposition d, String initial, String amount) {
    return new LegalOutcome(
        "X-1",
        party,
        Role.PRODUCTION_COMPANY,
        kind,
        "Citation",
        null,
        d,
        null,
        null,
        null,
        null,
        initial == null ? null : new BigDecimal(initial),
        amount == null ? null : new BigDecimal(amount),
        "USD",
        null,
        null);
  }

  @Test
  void party_chargeDroppedThenDismissedLater_readsAsTheDismissal() {
    String s =
        Aftermath.describe(
            with(
                criminal("Pat Doe", Role.ACTOR, Disposition.DROPPED, "2023-04"),
                criminal(
                    "Pat Doe", Role.ACTOR, Disposition.DISMISSED_WITH_PREJUDICE, "2024-07-12")));
    assertThat(s).isEqualTo("criminal: a dismissal with prejudice (Pat Doe, actor)");
  }

  @Test
  void party_convictedOnOneCountAcquittedOnAnother_readsAsTheConviction() {
    String s =
        Aftermath.describe(
            with(
                criminal("Sam Roe", Role.ARMORER, Disposition.CONVICTED, "2024-03-06"),
                criminal("Sam Roe", Role.ARMORER, Disposition.ACQUITTED, "2024-03-06")));
    assertThat(s).isEqualTo("criminal: a conviction (Sam Roe, armorer)");
  }

  @Test
  void parties_notCharged_areLeftOut_andConvictionsComeFirst() {
    String s =
        Aftermath.describe(
            with(
                criminal("Lee Poe", Role.PROP_MASTER, Disposition.NOT_CHARGED, null),
                criminal("Pat Doe", Role.ACTOR, Disposition.ACQUITTED, "2020-05-01"),
                criminal("Sam Roe", Role.ARMORER, Disposition.CONVICTED, "2020-05-01")));
    assertThat(s)
        .isEqualTo("criminal: a conviction (Sam Roe, armorer) and an acquittal (Pat Doe, actor)");
  }

  @Test
  void sameDisposition_forSeveralParties_isCountedOnce_withEachParty() {
    String s =
        Aftermath.describe(
            with(
                criminal("Pat Doe", Role.DIRECTOR, Disposition.ACQUITTED, "1987-05-29"),
                criminal("Sam Roe", Role.PILOT, Disposition.ACQUITTED, "1987-05-29")));
    assertThat(s).isEqualTo("criminal: 2 acquittals (Pat Doe, director; Sam Roe, pilot)");
  }

  @Test
  void placeholderParty_declinedProsecution_namesNobody() {
    String s =
        Aftermath.describe(
            with(criminal("No defendant", null, Disposition.DECLINED_TO_PROSECUTE, "1993")));
    assertThat(s).isEqualTo("criminal: prosecution declined");
  }

  @Test
  void regulatoryFine_reduced_givesBothFigures() {
    String s =
        Aftermath.describe(
            with(money(OutcomeKind.REGULATORY, "Acme Films", Disposition.FINED, "84000", "55000")));
    assertThat(s)
        .isEqualTo("regulatory: a fine reduced from USD 84,000 to USD 55,000 (Acme Films)");
  }

  @Test
  void civilClaims_areCountedByHowTheyEnded_withKnownAmounts() {
    String s =
        Aftermath.describe(
            with(
                money(OutcomeKind.CIVIL, "Acme Films", Disposition.SETTLED, null, null),
                money(OutcomeKind.CIVIL, "Acme Films", Disposition.SETTLED, null, "1150000"),
                money(OutcomeKind.CIVIL, "Acme Films", Disposition.PENDING, null, null)));
    assertThat(s).isEqualTo("civil claims: 2 settled (1 for USD 1,150,000) and 1 pending");
  }

  @Test
  void noOutcome_saysNoneRecorded() {
    assertThat(Aftermath.describe(with()))
        .isEqualTo("no legal, regulatory or civil outcome recorded");
  }
}
