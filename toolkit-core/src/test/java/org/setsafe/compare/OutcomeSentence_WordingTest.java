package org.setsafe.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.model.Disposition;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;

/** The one outcome sentence, on made-up outcomes (party names are invented). */
class OutcomeSentence_WordingTest {

  private static LegalOutcome outcome(
      OutcomeKind kind,
      Role role,
      Disposition d,
      String filed,
      String decided,
      String sentenced,
      Integer months,
      String initial,
      String amount) {
    return new LegalOutcome(
        "X-1",
        "Pat Example",
        role,
        kind,
        "Involuntary manslaughter",
        date(filed),
        d,
        date(decided),
        date(sentenced),
        months,
        null,
        initial == null ? null : new BigDecimal(initial),
        amount == null ? null : new BigDecimal(amount),
        "USD",
        null,
        null);
  }

  private static PartialDate date(String text) {
    return text == null ? null : PartialDate.parse(text);
  }

  private static LegalOutcome criminal(
      Disposition d, String decided, String sentenced, Integer months, String amount) {
    return outcome(
        OutcomeKind.CRIMINAL, Role.ARMORER, d, null, decided, sentenced, months, null, amount);
  }

  @Test
  void conviction_sentencedLater_statesVerdictAndSentencingAsTwoDatedFacts() {
    LegalOutcome o = criminal(Disposition.CONVICTED, "2024-03-06", "2024-04-15", 18, null);

    assertThat(OutcomeSentence.result(o))
        .isEqualTo("convicted 2024-03-06; sentenced 2024-04-15 to 18 months");
    assertThat(OutcomeSentence.of(o))
        .isEqualTo(
            "Criminal: Pat Example (armorer), Involuntary manslaughter — convicted 2024-03-06;"
                + " sentenced 2024-04-15 to 18 months");
  }

  @Test
  void plea_sentencedTheSameDay_saysSoRatherThanRepeatingTheDate() {
    LegalOutcome o = criminal(Disposition.PLEADED_GUILTY, "2015-03-09", "2015-03-09", 24, "20000");

    assertThat(OutcomeSentence.result(o))
        .isEqualTo("pleaded guilty 2015-03-09; sentenced the same day to 24 months; USD 20,000");
  }

  @Test
  void sentencing_withoutCustodialTerm_isDatedAlone() {
    LegalOutcome o =
        criminal(Disposition.PLEADED_NO_CONTEST, "2023-03-09", "2023-03-31", null, "500");

    assertThat(OutcomeSentence.result(o))
        .isEqualTo("pleaded no contest 2023-03-09; sentenced 2023-03-31; USD 500");
  }

  @Test
  void term_withoutSentencingDate_isStillStated() {
    LegalOutcome o = criminal(Disposition.CONVICTED, "2024-03", null, 6, null);

    assertThat(OutcomeSentence.result(o)).isEqualTo("convicted 2024-03; sentenced to 6 months");
  }

  @Test
  void term_oneMonth_isSingular() {
    assertThat(OutcomeSentence.term(1)).isEqualTo("1 month");
    assertThat(OutcomeSentence.result(criminal(Disposition.CONVICTED, "2020-01-02", null, 1, null)))
        .endsWith("to 1 month")
        .doesNotContain("months");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 12, 18, 120})
  void term_otherThanOne_isPlural(int months) {
    assertThat(OutcomeSentence.term(months)).isEqualTo(months + " months");
  }

  @Test
  void term_none_isNull() {
    assertThat(OutcomeSentence.term(null)).isNull();
    assertThat(
            OutcomeSentence.sentencing(
                criminal(Disposition.ACQUITTED, "1987-05-29", null, null, null)))
        .isNull();
  }

  @Test
  void reducedPenalty_keepsBothFigures() {
    LegalOutcome o =
        outcome(
            OutcomeKind.REGULATORY,
            Role.PRODUCTION_COMPANY,
            Disposition.SETTLED,
            "2022-04-20",
            "2023-02-24",
            null,
            null,
            "136793",
            "100000");

    assertThat(OutcomeSentence.money(o)).isEqualTo("USD 136,793 reduced to USD 100,000");
    assertThat(OutcomeSentence.result(o))
        .isEqualTo("settled 2023-02-24; USD 136,793 reduced to USD 100,000");
  }

  @Test
  void firstFigureOnly_isSaidToBeInitial() {
    LegalOutcome o =
        outcome(
            OutcomeKind.CIVIL,
            null,
            Disposition.OVERTURNED,
            null,
            "2021",
            null,
            null,
            "8600000",
            null);

    assertThat(OutcomeSentence.result(o)).isEqualTo("overturned 2021; initially USD 8,600,000");
    assertThat(OutcomeSentence.of(o)).startsWith("Civil: Pat Example, Involuntary manslaughter — ");
  }

  @Test
  void undecided_givesTheFilingDate_orTheDispositionAlone() {
    LegalOutcome pending =
        outcome(
            OutcomeKind.CIVIL, null, Disposition.PENDING, "2025-01", null, null, null, null, null);
    LegalOutcome unknown =
        outcome(OutcomeKind.CIVIL, null, Disposition.UNKNOWN, null, null, null, null, null, null);

    assertThat(OutcomeSentence.result(pending)).isEqualTo("pending (filed 2025-01)");
    assertThat(OutcomeSentence.result(unknown)).isEqualTo("outcome not known");
    LegalOutcome announced =
        outcome(
            OutcomeKind.CIVIL, null, Disposition.UNKNOWN, null, "2020-02", null, null, null, "5");
    assertThat(OutcomeSentence.result(announced))
        .isEqualTo("outcome not known (reported 2020-02); USD 5");
  }

  @Test
  void alfordPlea_readsAsAVerb() {
    assertThat(
            OutcomeSentence.verdict(
                criminal(Disposition.ALFORD_PLEA, "2015-03-09", null, null, null)))
        .isEqualTo("entered an Alford plea 2015-03-09");
  }

  @Test
  void roleOther_isNotShownAsARole() {
    LegalOutcome o =
        outcome(
            OutcomeKind.CIVIL,
            Role.OTHER,
            Disposition.DISMISSED,
            "2025-01-09",
            "2025-07-29",
            null,
            null,
            null,
            null);

    assertThat(OutcomeSentence.of(o))
        .isEqualTo("Civil: Pat Example, Involuntary manslaughter — dismissed 2025-07-29");
  }
}
