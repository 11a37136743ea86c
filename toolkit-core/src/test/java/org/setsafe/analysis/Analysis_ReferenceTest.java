package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Dataset;
import org.setsafe.model.Disposition;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Role;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The analysis of the reference dataset, checked against counts taken straight from the records.
 */
class Analysis_ReferenceTest {
  private static final Dataset REFERENCE = Ingest.reference();

  private static Analysis analyse(List<IncidentRecord> records) {
    Analysis a = new Analysis(ProtocolCatalog.bundled());
    records.forEach(a);
    return a;
  }

  @Test
  void noLiveAmmo_failedCount_equalsTheIncidentsWhereItFailed() {
    Analysis a = analyse(REFERENCE.records());
    long expected =
        REFERENCE.records().stream()
            .filter(
                r -> r.failedChecks().stream().anyMatch(c -> c.checkId().equals("NO_LIVE_AMMO")))
            .count();

    CheckStats noLiveAmmo =
        a.checkFailures().stream()
            .filter(c -> c.checkId().equals("NO_LIVE_AMMO"))
            .findFirst()
            .orElseThrow();
    assertThat(noLiveAmmo.failed()).isEqualTo(expected).isGreaterThanOrEqualTo(2);
    assertThat(noLiveAmmo.title()).isEqualTo("No live ammunition");
    assertThat(noLiveAmmo.consequences().incidentIds().ids()).contains("RUST_2021");
    assertThat(noLiveAmmo.responsibleRoles()).containsKey(Role.ARMORER);
  }

  @Test
  void failedChecks_areRankedByFailures_andCountEveryRecordedFailure() {
    Analysis a = analyse(REFERENCE.records());
    long failures =
        REFERENCE.records().stream()
            .flatMap(r -> r.failedChecks().stream())
            .filter(c -> !c.inferred())
            .count();

    assertThat(a.failedChecks())
        .isSortedAccordingTo((x, y) -> Long.compare(y.failed(), x.failed()));
    assertThat(a.failedChecks().stream().mapToLong(CheckStats::failed).sum()).isEqualTo(failures);
  }

  @Test
  void inferredFailures_ourReading_areCountedApart_notAsRecorded() {
    Analysis a = analyse(REFERENCE.records());
    List<CheckResult> inferred =
        REFERENCE.records().stream()
            .flatMap(r -> r.failedChecks().stream())
            .filter(CheckResult::inferred)
            .toList();

    assertThat(inferred).isNotEmpty();
    assertThat(a.inferred().failures()).isEqualTo(inferred.size());
    assertThat(a.inferred().suggested()).isZero();
    for (CheckResult c : inferred) {
      // the incident is not among those where the check failed by the record, unless it also has
      // a recorded failure of it
      boolean recorded =
          REFERENCE.records().stream()
              .filter(r -> r.id().equals(c.incidentId()))
              .flatMap(r -> r.failedChecks().stream())
              .anyMatch(x -> x.checkId().equals(c.checkId()) && !x.inferred());
      List<String> ids =
          a.checkFailures().stream()
              .filter(s -> s.checkId().equals(c.checkId()))
              .flatMap(s -> s.consequences().incidentIds().ids().stream())
              .toList();
      assertThat(ids.contains(c.incidentId()))
          .as(c.incidentId() + " " + c.checkId())
          .isEqualTo(recorded);
      assertThat(new History(REFERENCE.records()).failedIn(c.checkId()))
          .extracting(IncidentRecord::id)
          .as("history: " + c.checkId())
          .doesNotContain(recorded ? "" : c.incidentId());
    }
    assertThat(a.inferred().checks())
        .extracting(InferredFailures.Check::checkId)
        .containsExactlyInAnyOrderElementsOf(
            inferred.stream().map(CheckResult::checkId).distinct().toList());
  }

  @Test
  void armorer_hasOneConviction_onRust() {
    RoleOutcomes armorer = analyse(REFERENCE.records()).roles().get("armorer");
    long convictions =
        REFERENCE.records().stream()
            .flatMap(r -> r.outcomes().stream())
            .filter(o -> o.partyRole() == Role.ARMORER && o.disposition().conviction())
            .count();

    assertThat(armorer.count(RoleOutcomes.Tally.CONVICTED)).isEqualTo(convictions).isEqualTo(1);
    assertThat(armorer.incidents(RoleOutcomes.Tally.CONVICTED).ids()).containsExactly("RUST_2021");
    assertThat(armorer.dispositions()).containsEntry(Disposition.CONVICTED, 1L);
  }

  @Test
  void actor_rustCaseDismissed_countsAsDismissed_notConvicted() {
    RoleOutcomes actor = analyse(REFERENCE.records()).roles().get("actor");
    long cleared =
        REFERENCE.records().stream()
            .flatMap(r -> r.outcomes().stream())
            .filter(o -> o.partyRole() == Role.ACTOR)
            .map(LegalOutcome::disposition)
            .filter(
                d ->
                    d == Disposition.DISMISSED
                        || d == Disposition.DISMISSED_WITH_PREJUDICE
                        || d == Disposition.DROPPED
                        || d == Disposition.OVERTURNED)
            .count();

    assertThat(actor.count(RoleOutcomes.Tally.DISMISSED)).isEqualTo(cleared).isPositive();
    assertThat(actor.incidents(RoleOutcomes.Tally.DISMISSED).ids()).contains("RUST_2021");
    assertThat(actor.dispositions()).containsKey(Disposition.DISMISSED_WITH_PREJUDICE);
    assertThat(actor.count(RoleOutcomes.Tally.CONVICTED)).isZero();
  }

  @Test
  void totals_matchTheRecords() {
    Analysis a = analyse(REFERENCE.records());

    assertThat(a.incidents()).isEqualTo(REFERENCE.size());
    assertThat(a.fatalities())
        .isEqualTo(REFERENCE.records().stream().mapToLong(r -> r.incident().fatalities()).sum());
    assertThat(
            a.perYearBySeverity().values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue)
                .sum())
        .isEqualTo(REFERENCE.size());
    assertThat(a.outcomes())
        .hasSize((int) REFERENCE.records().stream().mapToLong(r -> r.outcomes().size()).sum());
    assertThat(
            a.consequencesBySeverity().values().stream().mapToLong(Consequences::incidents).sum())
        .isEqualTo(REFERENCE.size());
  }

  @Test
  void emptyAnalysis_answersWithZeros_notErrors() {
    Analysis a = new Analysis(ProtocolCatalog.bundled());

    assertThat(a.bySeverity()).isEmpty();
    assertThat(a.byCategory()).isEmpty();
    assertThat(a.failedChecks()).isEmpty();
    assertThat(a.failuresByRole()).isEmpty();
    assertThat(a.consequencesBySeverity()).isEmpty();
    assertThat(a.firstDate()).isNull();
  }

  @Test
  void tiedAtTop_areTheChecksOfTheFirstRank_andNoOther() {
    List<CheckStats> failed = analyse(REFERENCE.records()).failedChecks();
    int[] ranks = CheckStats.ranks(failed);

    List<CheckStats> tied = CheckStats.tiedAtTop(failed);

    assertThat(tied).isNotEmpty();
    for (int i = 0; i < failed.size(); i++) {
      assertThat(tied.contains(failed.get(i))).as(failed.get(i).checkId()).isEqualTo(ranks[i] == 1);
    }
    assertThat(CheckStats.tiedAtTop(List.of())).isEmpty();
  }
}
