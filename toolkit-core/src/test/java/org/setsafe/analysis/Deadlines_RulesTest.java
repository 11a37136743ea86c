package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.analysis.Cases.facts;
import static org.setsafe.analysis.Cases.incident;
import static org.setsafe.analysis.Cases.injured;
import static org.setsafe.analysis.Cases.reported;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.Deadline.Status;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Injury;
import org.setsafe.model.Treatment;
import org.setsafe.rules.ReportingRules;

/** The bundled reporting rules applied to single incidents, each deadline worked by hand. */
class Deadlines_RulesTest {
  static final ReportingRules RULES = ReportingRules.bundled();

  static Deadlines.Result run(LocalDate asOf, Casualty... people) {
    Incident i = people[0].incident();
    return Deadlines.of(
        List.of(new IncidentCases(IncidentRecord.of(i), List.of(people))),
        RULES.rules(),
        RULES.words(),
        asOf);
  }

  static Deadline only(Deadlines.Result r) {
    assertThat(r.deadlines()).hasSize(1);
    return r.deadlines().get(0);
  }

  @Test
  void inPatientInNewMexico_isDueToOshaIn24Hours() {
    Incident i = incident("T-1", "2026-04-13", "09:30", "US-NM");
    Casualty c = injured(i, "A", facts(Treatment.IN_PATIENT, null, null, null, "bruised ribs"));
    Deadline d = only(run(LocalDate.of(2026, 4, 13), c));
    assertThat(d.rule().id()).isEqualTo("us-osha-severe-injury");
    assertThat(d.due()).isEqualTo(LocalDateTime.of(2026, 4, 14, 9, 30));
    assertThat(d.status()).isEqualTo(Status.OPEN);
    assertThat(only(run(LocalDate.of(2026, 4, 15), c)).status()).isEqualTo(Status.MISSED);
  }

  @Test
  void reportRecordedInTime_isMet_andLate_isMissed() {
    Incident i = incident("T-2", "2026-04-13", "09:30", "US-GA");
    Injury f = facts(Treatment.IN_PATIENT, null, null, null, null);
    Deadline met =
        only(
            run(
                LocalDate.of(2026, 5, 1),
                injured(i, "A", reported(f, "2026-04-14T09:30", "OSHA"))));
    assertThat(met.status()).isEqualTo(Status.MET);
    Deadline late =
        only(
            run(
                LocalDate.of(2026, 5, 1),
                injured(i, "A", reported(f, "2026-04-14T09:31", "OSHA area office"))));
    assertThat(late.status()).isEqualTo(Status.MISSED);
    assertThat(late.late()).isTrue();
    Deadline elsewhere =
        only(
            run(
                LocalDate.of(2026, 5, 1),
                injured(i, "A", reported(f, "2026-04-13T10:00", "union"))));
    assertThat(elsewhere.status()).isEqualTo(Status.MISSED);
    assertThat(elsewhere.reportedAt()).isNull();
  }

  @Test
  void deathInCalifornia_isDueToCalOshaIn8Hours_notToFederalOsha() {
    Incident i = Cases.fatal("T-3", "2026-04-13", "22:00", "US-CA");
    Deadline d = only(run(LocalDate.of(2026, 4, 13), Cases.killed(i, "B", Injury.NONE)));
    assertThat(d.rule().id()).isEqualTo("us-ca-calosha-serious");
    assertThat(d.due()).isEqualTo(LocalDateTime.of(2026, 4, 14, 6, 0));
  }

  @Test
  void deathInTexas_isDueToOshaIn8Hours_fromTheStartOfTheDayWhenTheTimeIsNotRecorded() {
    Incident i = Cases.fatal("T-4", "2026-04-13", null, "US-TX");
    Deadline d = only(run(LocalDate.of(2026, 4, 13), Cases.killed(i, "B", Injury.NONE)));
    assertThat(d.rule().id()).isEqualTo("us-osha-death");
    assertThat(d.timeKnown()).isFalse();
    assertThat(d.due()).isEqualTo(LocalDateTime.of(2026, 4, 13, 8, 0));
  }

  @Test
  void fractureOfAnArmInEngland_isNotifiedWithoutDelay_andReportedIn10Days() {
    Incident i = incident("T-5", "2026-03-01", "11:00", "GB-ENG");
    Injury f =
        Cases.withBodyPart(facts(Treatment.EMERGENCY_ROOM, 3, null, null, "fracture"), "left arm");
    Deadlines.Result r = run(LocalDate.of(2026, 3, 12), injured(i, "C", f));
    assertThat(r.deadlines())
        .extracting(d -> d.rule().id())
        .containsExactly("gb-riddor-report", "gb-riddor-notify");
    Deadline report = r.deadlines().get(0);
    assertThat(report.due()).isEqualTo(LocalDateTime.of(2026, 3, 11, 23, 59));
    assertThat(report.status()).isEqualTo(Status.MISSED);
    Deadline notify = r.deadlines().get(1);
    assertThat(notify.withoutDelay()).isTrue();
    assertThat(notify.status()).isEqualTo(Status.OPEN);
    assertThat(notify.possible()).isFalse();
  }

  @Test
  void fractureOfAFinger_isNotASpecifiedInjury_butEightDaysOffAreReportableIn15Days() {
    Incident i = incident("T-6", "2026-03-01", "11:00", "GB");
    Injury f =
        Cases.withBodyPart(facts(Treatment.MEDICAL_TREATMENT, 6, 2, null, "fracture"), "finger");
    Deadline d = only(run(LocalDate.of(2026, 3, 10), injured(i, "C", f)));
    assertThat(d.rule().id()).isEqualTo("gb-riddor-over-7-day");
    assertThat(d.due()).isEqualTo(LocalDateTime.of(2026, 3, 16, 23, 59));
    assertThat(d.status()).isEqualTo(Status.OPEN);
  }

  @Test
  void burnWhoseExtentIsNotRecorded_mayBeSpecified() {
    Incident i = incident("T-7", "2026-03-01", "11:00", "GB");
    Injury f = facts(Treatment.FIRST_AID, 0, 0, false, "burn to the forearm");
    Deadlines.Result r = run(LocalDate.of(2026, 3, 2), injured(i, "D", f));
    assertThat(r.deadlines()).hasSize(2).allMatch(Deadline::possible);
  }

  @Test
  void injuryWithoutDaysInGreatBritain_isCountedAsNotRuledOut() {
    Incident i = incident("T-8", "2026-03-01", "11:00", "GB");
    Deadlines.Result r =
        run(
            LocalDate.of(2026, 3, 2),
            injured(i, "E", facts(Treatment.FIRST_AID, null, null, null, "cut")));
    assertThat(r.deadlines()).isEmpty();
    assertThat(r.daysNotKnown()).containsExactly("T-8: gb-riddor-over-7-day");
  }

  @Test
  void incidentBeforeTheRuleCameIntoForce_callsForNothing() {
    Incident i = incident("T-9", "2014-06-01", "11:00", "US-NM");
    assertThat(
            run(
                    LocalDate.of(2014, 6, 2),
                    injured(i, "F", facts(Treatment.IN_PATIENT, null, null, null, null)))
                .deadlines())
        .isEmpty();
  }

  @Test
  void incidentWithoutJurisdiction_isListedAsSuch() {
    Incident i = incident("T-10", "2026-03-01", "11:00", null);
    Deadlines.Result r =
        run(
            LocalDate.of(2026, 3, 2),
            injured(i, "G", facts(Treatment.IN_PATIENT, null, null, null, null)));
    assertThat(r.deadlines()).isEmpty();
    assertThat(r.noJurisdiction()).containsExactly("T-10");
  }

  @Test
  void deadlines_areListedMissedThenOpenThenMet_soonestFirst() {
    Incident a = incident("T-11", "2026-04-01", "08:00", "US-NM");
    Incident b = incident("T-12", "2026-04-02", "08:00", "US-NM");
    Incident c = incident("T-13", "2026-04-10", "08:00", "US-NM");
    Incident e = incident("T-14", "2026-04-09", "08:00", "US-NM");
    Injury ip = facts(Treatment.IN_PATIENT, null, null, null, null);
    List<IncidentCases> all =
        List.of(
            new IncidentCases(IncidentRecord.of(c), List.of(injured(c, "c", ip))),
            new IncidentCases(IncidentRecord.of(e), List.of(injured(e, "e", ip))),
            new IncidentCases(
                IncidentRecord.of(b),
                List.of(injured(b, "b", reported(ip, "2026-04-02T09:00", "OSHA")))),
            new IncidentCases(IncidentRecord.of(a), List.of(injured(a, "a", ip))));
    Deadlines.Result r = Deadlines.of(all, RULES.rules(), RULES.words(), LocalDate.of(2026, 4, 10));
    assertThat(r.deadlines())
        .extracting(d -> d.incident().id())
        .containsExactly("T-11", "T-14", "T-13", "T-12");
    assertThat(r.deadlines())
        .extracting(Deadline::status)
        .containsExactly(Status.MISSED, Status.OPEN, Status.OPEN, Status.MET);
  }
}
