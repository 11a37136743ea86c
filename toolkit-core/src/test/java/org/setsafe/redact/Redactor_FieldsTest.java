package org.setsafe.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Activity;
import org.setsafe.model.CaseType;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Injury;
import org.setsafe.model.Involvement;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.model.SourceKind;
import org.setsafe.model.Treatment;
import org.setsafe.redact.Ledger.Kind;

class Redactor_FieldsTest {
  static final RedactionKey KEY = RedactionKey.inMemory("test".getBytes(StandardCharsets.UTF_8));

  /** An incident whose every field names someone. */
  static IncidentRecord named() {
    Incident i =
        new Incident(
            "DT-007",
            "Near miss: Firearm, Kay Alvarez's cart",
            "Dusty Trail",
            PartialDate.parse("2026-03-14"),
            LocalTime.of(14, 5),
            "Saloon interior",
            "Props",
            "US-NM",
            Category.FIREARM,
            Activity.REHEARSAL,
            Severity.NEAR_MISS,
            0,
            0,
            "K. Alvarez handed the Colt (serial no. 80412) to Ben Okafor; Alvarez said Okafor's"
                + " phone 505-555-0142 rang. Set medic told the 2nd AD.",
            "Dana Whitfield",
            "Witness: Lou Brennan; call lou@example.org",
            null,
            null,
            null,
            null);
    return new IncidentRecord(
        i,
        List.of(
            new Involvement(
                "DT-007", "Kay Alvarez", Role.ARMORER, Harm.NONE, "Kay was at the cart"),
            new Involvement("DT-007", "Ben Okafor", Role.ACTOR, Harm.NONE, null)),
        List.of(
            new CheckResult(
                "DT-007",
                "NO_LIVE_AMMO",
                CheckStatus.PASSED,
                Role.ARMORER,
                null,
                "Alvarez checked every round",
                "https://example.org/log/7")),
        List.of(),
        List.of(
            new Source(
                "DT-007",
                "Dusty Trail shoot log",
                "Dusty Trail (example production)",
                SourceKind.LOG,
                PartialDate.parse("2026-03-15"),
                "https://example.org/log")),
        List.of(
            new CorrectiveAction(
                "DT-007",
                "DT-007-1",
                "Brennan to brief D. Whitfield on the cart rule",
                ActionKind.CORRECTIVE,
                "Lou Brennan",
                null,
                PartialDate.parse("2026-03-14"),
                PartialDate.parse("2026-03-16"),
                ActionStatus.DONE,
                PartialDate.parse("2026-03-16"),
                "Key grip",
                null)));
  }

  @Test
  void redact_everyField_asTheDefaultProfileSays() {
    IncidentRecord r = named();
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(r));
    IncidentRecord out = x.redact(r);
    Incident i = out.incident();
    String code = x.productionCode("Dusty Trail");
    assertThat(code).matches("P-[0-9a-f]{6}");
    assertThat(i.id()).isEqualTo("DT-007");
    assertThat(i.production()).isEqualTo(code);
    assertThat(i.title()).isEqualTo("Near miss: Firearm, the armorer's cart");
    // alone in its department, roles, month and severity: coarsened to the quarter, and alone in
    // its quarter too: the department dropped
    assertThat(i.date()).hasToString("2026");
    assertThat(i.time()).isNull();
    assertThat(i.note())
        .startsWith(
            "Quarter: 2026 Q1; Time of day: afternoon (12:00-17:59); Witness: ZZZ; call ZZZ");
    assertThat(i.location()).isEqualTo("US-NM");
    assertThat(i.department()).isEqualTo("ZZZ");
    assertThat(i.summary())
        .isEqualTo(
            "The armorer handed the Colt (serial no. ZZZ) to an actor; the armorer said an actor's"
                + " phone ZZZ rang. Set medic told the 2nd AD.");
    assertThat(i.reportedBy()).isEqualTo("ZZZ");
    assertThat(out.people())
        .extracting(Involvement::name)
        .containsExactly("the armorer", "an actor");
    assertThat(out.people().get(0).note()).isEqualTo("The armorer was at the cart");
    assertThat(out.checks().get(0).evidence()).isEqualTo("The armorer checked every round");
    assertThat(out.checks().get(0).sourceUrl()).isNull();
    assertThat(out.sources().get(0).title()).isEqualTo(code + " shoot log");
    assertThat(out.sources().get(0).publisher()).isEqualTo(code + " (example production)");
    assertThat(out.sources().get(0).url()).isNull();
    CorrectiveAction a = out.actions().get(0);
    assertThat(a.action()).isEqualTo("ZZZ to brief ZZZ on the cart rule");
    assertThat(a.owner()).isEqualTo("ZZZ");
    assertThat(a.verifiedBy()).isEqualTo("Key grip");
    assertThat(a.dueOn()).hasToString("2026-03");
  }

  /** Two injured people: a privacy case, and a grip employed by a vendor named in the summary. */
  static IncidentRecord injured() {
    IncidentRecord r = named();
    Injury privacy =
        new Injury(
            Treatment.MEDICAL_TREATMENT,
            3,
            null,
            false,
            "left breast",
            "burn from Kay Alvarez's flare",
            CaseType.INJURY,
            "Stunt performer",
            "Dusty Trail",
            true,
            LocalDateTime.of(2026, 3, 14, 16, 40),
            "Cal/OSHA; Dana Whitfield",
            List.of(new Injury.Inferred("nature", "Kay's flare burned her")));
    Injury grip =
        new Injury(
            Treatment.FIRST_AID,
            0,
            0,
            null,
            "right hand",
            "pinched",
            null,
            "Grip",
            "Hollis Grip & Electric",
            false,
            LocalDateTime.of(2026, 3, 15, 7, 5),
            "studio safety",
            List.of());
    Incident i = r.incident();
    Incident hurt =
        new Incident(
            i.id(),
            i.title(),
            i.production(),
            i.date(),
            i.time(),
            i.location(),
            i.department(),
            i.jurisdiction(),
            i.category(),
            i.activity(),
            Severity.INJURY,
            0,
            2,
            i.summary(),
            i.reportedBy(),
            i.note());
    return new IncidentRecord(
        hurt,
        List.of(
            new Involvement(
                "DT-007", "Priya Raman", Role.STUNT_PERFORMER, Harm.INJURED, null, privacy),
            new Involvement("DT-007", "Gus Handley", Role.CREW, Harm.INJURED, "Gus", grip),
            new Involvement("DT-007", "Kay Alvarez", Role.ARMORER, Harm.NONE, null)),
        r.checks(),
        r.outcomes(),
        r.sources(),
        r.actions());
  }

  @Test
  void redact_injuryFacts_areCarried_theirWordsScrubbed_aPrivacyCaseNamedAsOshaDoes() {
    IncidentRecord r = injured();
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(r));
    IncidentRecord out = x.redact(r);
    Involvement p = out.people().get(0);
    assertThat(p.name()).isEqualTo("privacy case");
    Injury j = p.injury();
    assertThat(j.treatment()).isEqualTo(Treatment.MEDICAL_TREATMENT);
    assertThat(j.daysAway()).isEqualTo(3);
    assertThat(j.lostConsciousness()).isFalse();
    assertThat(j.caseType()).isEqualTo(CaseType.INJURY);
    assertThat(j.privacyCase()).isTrue();
    assertThat(j.bodyPart()).isEqualTo("left breast");
    assertThat(j.nature()).isEqualTo("burn from the armorer's flare");
    assertThat(j.jobTitle()).isEqualTo("Stunt performer");
    assertThat(j.employer()).isEqualTo(x.productionCode("Dusty Trail"));
    assertThat(j.reportedAt()).isNull();
    assertThat(j.reportedTo()).isEqualTo("Cal/OSHA; ZZZ");
    assertThat(j.inferredFrom("nature")).isEqualTo("The armorer's flare burned her");
    assertThat(p.note()).isEqualTo("Reported: 2026-03, afternoon (12:00-17:59)");
    Involvement g = out.people().get(1);
    assertThat(g.name()).isEqualTo("a grip");
    assertThat(g.injury().employer()).isEqualTo("ZZZ");
    assertThat(g.injury().daysRestricted()).isZero();
    assertThat(g.note()).isEqualTo("Reported: 2026-03, morning (06:00-11:59); A grip");
    assertThat(x.ledger().count(Kind.PRIVACY_CASE)).isEqualTo(1);
    assertThat(x.ledger().count(Kind.MOMENT_COARSENED)).isEqualTo(2);
  }

  @Test
  void redact_inAPeriodAskedFor_keepsTheIncidentInIt_andCountsWhatWasKept() {
    IncidentRecord r = named(); // 2026-03-14, alone in its group: the rules would date it 2026
    Redactor month =
        Redactor.of(Profiles.bundled(), KEY, List.of(r))
            .window(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertThat(month.redact(r).incident().date()).hasToString("2026-03");
    assertThat(month.ledger().count(Kind.MONTH_TO_QUARTER)).isZero();
    assertThat(month.ledger().count(Kind.DATE_KEPT_FOR_PERIOD)).isEqualTo(1);
    assertThat(month.ledger().count(Kind.DEPARTMENT_DROPPED)).isEqualTo(1);

    Redactor days =
        Redactor.of(Profiles.bundled(), KEY, List.of(r))
            .window(new Period(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20)));
    assertThat(days.redact(r).incident().date()).hasToString("2026-03-14");
    assertThat(days.ledger().count(Kind.DATE_TO_MONTH)).isEqualTo(4); // the action's dates only

    Redactor april =
        Redactor.of(Profiles.bundled(), KEY, List.of(r))
            .window(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    // outside the period: cut as ever, and so still outside it
    assertThat(april.redact(r).incident().date()).hasToString("2026");
  }

  @Test
  void ledger_countsWhatWasChanged_neverTheValues() {
    IncidentRecord r = named();
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(r));
    x.redact(r);
    Ledger l = x.ledger();
    assertThat(l.count(Kind.PRODUCTION_CODED)).isEqualTo(1);
    assertThat(l.count(Kind.NAME_TO_ROLE)).isEqualTo(2); // the two people
    assertThat(l.count(Kind.NAME_REMOVED)).isEqualTo(2); // reported by, owner
    assertThat(l.count(Kind.PHONE)).isEqualTo(1);
    assertThat(l.count(Kind.SERIAL)).isEqualTo(1);
    assertThat(l.count(Kind.EMAIL)).isEqualTo(1);
    assertThat(l.count(Kind.LINK_REMOVED)).isEqualTo(2);
    assertThat(l.count(Kind.TIME_TO_QUARTER)).isEqualTo(1);
    assertThat(l.count(Kind.DATE_TO_MONTH)).isEqualTo(5); // incident, published, 3 action dates
    assertThat(l.count(Kind.LOCATION_TO_REGION)).isEqualTo(1);
    assertThat(l.count(Kind.MONTH_TO_QUARTER)).isEqualTo(1);
    assertThat(l.count(Kind.DEPARTMENT_DROPPED)).isEqualTo(1);
    String text = l.text("redact-default.json", 5);
    for (String name : List.of("Alvarez", "Okafor", "Whitfield", "Brennan", "Dusty", "505")) {
      assertThat(text).doesNotContain(name);
    }
    assertThat(text).contains("names of people or organisations replaced by their role");
  }

  @Test
  void redact_anIdThatHoldsAName_isCodedInEveryRecordOfTheIncident() {
    IncidentRecord r = named();
    Incident i = r.incident();
    Incident renamed =
        new Incident(
            "ALVAREZ-1",
            i.title(),
            i.production(),
            i.date(),
            i.time(),
            i.location(),
            i.department(),
            i.jurisdiction(),
            i.category(),
            i.activity(),
            i.severity(),
            i.fatalities(),
            i.injuries(),
            i.summary(),
            i.reportedBy(),
            i.note());
    IncidentRecord r2 =
        new IncidentRecord(
            renamed,
            List.of(new Involvement("ALVAREZ-1", "Kay Alvarez", Role.ARMORER, Harm.NONE, null)),
            List.of(),
            List.of(),
            List.of());
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(r2));
    IncidentRecord out = x.redact(r2);
    assertThat(out.id()).matches("R-[0-9a-f]{8}");
    assertThat(out.people().get(0).incidentId()).isEqualTo(out.id());
    assertThat(x.ledger().count(Kind.ID_CODED)).isEqualTo(1);
  }

  @Test
  void codes_areStableForOneKey_andDifferForAnother() {
    Redactor a = Redactor.of(Profiles.bundled(), KEY, List.of());
    Redactor b =
        Redactor.of(
            Profiles.bundled(),
            RedactionKey.inMemory("another".getBytes(StandardCharsets.UTF_8)),
            List.of());
    assertThat(a.productionCode("Dusty Trail")).isEqualTo(a.productionCode("dusty  trail"));
    assertThat(a.productionCode("Dusty Trail")).isNotEqualTo(b.productionCode("Dusty Trail"));
  }
}
