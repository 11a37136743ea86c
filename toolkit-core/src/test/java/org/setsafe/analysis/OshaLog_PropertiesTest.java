package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.setsafe.model.CaseType;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.Treatment;
import org.setsafe.rules.ReportingRules;

/**
 * What holds for every set of cases, whatever the facts: the 300A totals by type equal the totals
 * by outcome; each recordable case sits in exactly one column; the days counted never pass 180 a
 * case; first aid alone with nothing else is never recordable; the rates are the counts over the
 * hours, and none without hours.
 */
class OshaLog_PropertiesTest {
  static final InjuryWords WORDS = ReportingRules.bundled().words();
  static final Incident I = Cases.incident("P-1", "2026-05-04", "09:00", "US-CA");

  @Provide
  Arbitrary<Casualty> casualty() {
    Arbitrary<Treatment> t = Arbitraries.of(Treatment.class).injectNull(0.2);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 400).injectNull(0.3);
    Arbitrary<Boolean> lost = Arbitraries.of(true, false).injectNull(0.3);
    Arbitrary<String> nature =
        Arbitraries.of("cut", "fracture", "bruise", "sprain", "punctured eardrum").injectNull(0.3);
    Arbitrary<CaseType> type = Arbitraries.of(CaseType.class).injectNull(0.5);
    Arbitrary<Harm> harm = Arbitraries.of(Harm.INJURED, Harm.INJURED, Harm.KILLED);
    return Combinators.combine(t, days, days, lost, nature, type, harm)
        .as(
            (tr, away, restricted, lc, n, ct, h) ->
                new Casualty(
                    I,
                    "A. Person",
                    null,
                    h,
                    new Injury(
                        tr,
                        away,
                        restricted,
                        lc,
                        null,
                        n,
                        ct,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                    0,
                    0));
  }

  @Property
  void totals_addUp_andEveryRecordableCaseHasOneColumn(
      @ForAll("casualties") List<Casualty> people) {
    List<CaseDecision> ds = new ArrayList<>();
    for (Casualty c : people) {
      CaseDecision d = CaseDecision.decide(c, WORDS, null);
      ds.add(d);
      assertThat(d.daysAway() + d.daysRestricted()).isLessThanOrEqualTo(CaseDecision.DAY_CAP);
      assertThat(d.recordable()).isEqualTo(d.column() != null);
      assertThat(d.recordable()).isEqualTo(d.criterion() != null);
    }
    OshaLog log = OshaLog.of(ds, 2026);
    OshaLog.Totals t = log.totals();
    assertThat(t.byType()).isEqualTo(t.cases());
    assertThat(t.cases()).isEqualTo(ds.stream().filter(CaseDecision::recordable).count());
    assertThat(log.entries().size() + log.notRecordable().size() + log.undecided().size())
        .isEqualTo(people.size());
    long away = 0;
    for (OshaLog.Entry e : log.entries()) {
      away += e.decision().daysAway();
    }
    assertThat(t.k()).isEqualTo(away);
    Rates none = Rates.of(t, null, 0, 0);
    assertThat(none.trir()).isNull();
    Rates r = Rates.of(t, java.math.BigDecimal.valueOf(100_000), 0, 0);
    assertThat(r.trir()).isEqualTo((t.h() + t.i() + t.j()) * 2.0);
  }

  @Provide
  Arbitrary<List<Casualty>> casualties() {
    return casualty().list().ofMaxSize(30);
  }

  @Property
  void firstAidAlone_isNeverRecordable(@ForAll("firstAidWords") String nature) {
    Injury f =
        new Injury(
            Treatment.FIRST_AID,
            0,
            0,
            false,
            null,
            nature,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of());
    CaseDecision d = CaseDecision.decide(Cases.injured(I, "A. Person", f), WORDS, null);
    assertThat(d.recordable()).isFalse();
  }

  @Provide
  Arbitrary<String> firstAidWords() {
    return Arbitraries.of("cut", "bruise", "splinter", "blister", "scratch", "sprain", "strain");
  }
}
