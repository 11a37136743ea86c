package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.analysis.Cases.facts;
import static org.setsafe.analysis.Cases.incident;
import static org.setsafe.analysis.Cases.injured;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.CaseDecision.Answer;
import org.setsafe.analysis.CaseDecision.Column;
import org.setsafe.analysis.CaseDecision.Criterion;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.Treatment;
import org.setsafe.rules.ReportingRules;

/** Each general recording criterion of 29 CFR 1904.7, and the cases that meet none. */
class CaseDecision_CriteriaTest {
  static final InjuryWords WORDS = ReportingRules.bundled().words();
  static final Incident I = incident("T-1", "2026-03-02", "10:00", "US-NM");

  static CaseDecision decide(Injury f) {
    return CaseDecision.decide(injured(I, "A. Person", f), WORDS, null);
  }

  @Test
  void death_isRecordableInColumnG() {
    CaseDecision d = CaseDecision.decide(Cases.killed(I, "B. Person", Injury.NONE), WORDS, null);
    assertThat(d.answer()).isEqualTo(Answer.RECORDABLE);
    assertThat(d.criterion()).isEqualTo(Criterion.DEATH);
    assertThat(d.column()).isEqualTo(Column.DEATH);
    assertThat(d.reason()).startsWith("recordable: death (1904.7(b)(2))");
  }

  @Test
  void daysAway_areRecordableInColumnH_evenWithFirstAidOnly() {
    CaseDecision d = decide(facts(Treatment.FIRST_AID, 3, null, null, "sprained ankle"));
    assertThat(d.criterion()).isEqualTo(Criterion.DAYS_AWAY);
    assertThat(d.column()).isEqualTo(Column.DAYS_AWAY);
    assertThat(d.daysAway()).isEqualTo(3);
    assertThat(d.reason()).contains("3 days away from work (1904.7(b)(3))");
  }

  @Test
  void restrictedWork_isRecordableInColumnI() {
    CaseDecision d = decide(facts(Treatment.FIRST_AID, 0, 5, false, "strained back"));
    assertThat(d.criterion()).isEqualTo(Criterion.RESTRICTED_WORK);
    assertThat(d.column()).isEqualTo(Column.RESTRICTED);
    assertThat(d.daysRestricted()).isEqualTo(5);
  }

  @Test
  void medicalTreatment_isRecordableInColumnJ() {
    CaseDecision d = decide(facts(Treatment.MEDICAL_TREATMENT, 0, 0, false, "cut, 3 stitches"));
    assertThat(d.criterion()).isEqualTo(Criterion.MEDICAL_TREATMENT);
    assertThat(d.column()).isEqualTo(Column.OTHER);
    assertThat(d.reason()).contains("(1904.7(b)(5))");
  }

  @Test
  void inPatientStay_isReadAsMedicalTreatment() {
    CaseDecision d = decide(facts(Treatment.IN_PATIENT, null, null, null, "concussion"));
    assertThat(d.criterion()).isEqualTo(Criterion.MEDICAL_TREATMENT);
    assertThat(d.reason()).contains("in-patient");
  }

  @Test
  void lossOfConsciousness_isRecordable_whateverTheTreatment() {
    CaseDecision d = decide(facts(Treatment.FIRST_AID, 0, 0, true, "fainted in the heat"));
    assertThat(d.criterion()).isEqualTo(Criterion.LOSS_OF_CONSCIOUSNESS);
    assertThat(d.column()).isEqualTo(Column.OTHER);
  }

  @Test
  void fracture_isASignificantDiagnosis_evenWithFirstAidOnly() {
    CaseDecision d = decide(facts(Treatment.FIRST_AID, 0, 0, false, "fractured toe"));
    assertThat(d.answer()).isEqualTo(Answer.RECORDABLE);
    assertThat(d.criterion()).isEqualTo(Criterion.SIGNIFICANT_DIAGNOSIS);
    assertThat(d.reason()).contains("'fractured'").contains("1904.7(b)(7)");
  }

  @Test
  void firstAidOnly_isNotRecordable() {
    CaseDecision d = decide(facts(Treatment.FIRST_AID, 0, 0, false, "bruised foot"));
    assertThat(d.answer()).isEqualTo(Answer.NOT_RECORDABLE);
    assertThat(d.column()).isNull();
    assertThat(d.reason()).contains("first aid only (1904.7(b)(5)(ii))");
  }

  @Test
  void emergencyRoomAlone_isNotDecided() {
    CaseDecision d = decide(facts(Treatment.EMERGENCY_ROOM, 0, 0, false, "knee sprain"));
    assertThat(d.answer()).isEqualTo(Answer.UNDECIDED);
    assertThat(d.reason()).contains("emergency room");
  }

  @Test
  void nothingRecorded_isNotDecided() {
    CaseDecision d = decide(Injury.NONE);
    assertThat(d.answer()).isEqualTo(Answer.UNDECIDED);
    assertThat(d.reason()).contains("treatment is not recorded");
  }

  @Test
  void days_areCappedAt180Together() {
    CaseDecision d = decide(facts(Treatment.MEDICAL_TREATMENT, 150, 60, false, "fracture"));
    assertThat(d.daysAway()).isEqualTo(150);
    assertThat(d.daysRestricted()).isEqualTo(30);
    CaseDecision long_ = decide(facts(Treatment.MEDICAL_TREATMENT, 200, 10, false, null));
    assertThat(long_.daysAway()).isEqualTo(180);
    assertThat(long_.daysRestricted()).isZero();
  }

  @Test
  void vendorsEmployee_isOnTheVendorsLog() {
    Injury f =
        new Injury(
            Treatment.MEDICAL_TREATMENT,
            2,
            null,
            null,
            null,
            "cut",
            null,
            "driver",
            "Acme Trucking",
            null,
            null,
            null,
            List.of());
    CaseDecision d =
        CaseDecision.decide(injured(I, "C. Person", f), WORDS, List.of("Test production"));
    assertThat(d.answer()).isEqualTo(Answer.NOT_RECORDABLE);
    assertThat(d.reason()).contains("employed by Acme Trucking").contains("1904.31");
    CaseDecision own =
        CaseDecision.decide(
            injured(I, "C. Person", f), WORDS, List.of("Test production", "Acme Trucking"));
    assertThat(own.answer()).isEqualTo(Answer.RECORDABLE);
  }

  @Test
  void inferredTreatment_isNamedWithItsWords() {
    Injury f =
        new Injury(
            Treatment.MEDICAL_TREATMENT,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new Injury.Inferred("treatment", "3 stitches")));
    CaseDecision d = decide(f);
    assertThat(d.answer()).isEqualTo(Answer.RECORDABLE);
    assertThat(d.inferredFrom()).isEqualTo("3 stitches");
  }
}
