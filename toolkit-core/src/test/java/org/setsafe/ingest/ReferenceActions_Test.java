package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Source;

/** The reference's actions: what followed in the industry, held to the rules of the record. */
class ReferenceActions_Test {
  private static final Dataset REFERENCE = Ingest.reference();

  private static List<CorrectiveAction> actions() {
    return REFERENCE.records().stream().flatMap(r -> r.actions().stream()).toList();
  }

  @Test
  void everyAction_isPreventive_withAnOwner_andASourceListedInItsIncidentsSources() {
    assertThat(actions()).isNotEmpty();
    for (IncidentRecord r : REFERENCE.records()) {
      Set<String> urls = r.sources().stream().map(Source::url).collect(Collectors.toSet());
      for (CorrectiveAction a : r.actions()) {
        assertThat(a.kind()).as(a.actionId()).isEqualTo(ActionKind.PREVENTIVE);
        assertThat(a.owner()).as(a.actionId()).isNotNull();
        assertThat(a.sourceUrl()).as(a.actionId()).startsWith("https://");
        assertThat(urls).as(a.actionId() + " source in sources.csv").contains(a.sourceUrl());
      }
    }
  }

  @Test
  void doneOnlyWithTheDateItWasDone_andNothingVerifiedOrDueThatNoSourceGives() {
    assertThat(actions())
        .allSatisfy(
            a -> {
              if (a.status() == ActionStatus.DONE) {
                assertThat(a.closedOn()).as(a.actionId()).isNotNull();
              }
              assertThat(a.status()).as(a.actionId()).isNotEqualTo(ActionStatus.VERIFIED);
              assertThat(a.dueOn()).as(a.actionId()).isNull();
              assertThat(a.raisedOn()).as(a.actionId()).isNotNull();
            });
  }

  @Test
  void actionIds_areUniqueAndNameTheirIncident() {
    List<CorrectiveAction> all = actions();
    assertThat(all).extracting(CorrectiveAction::actionId).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(a -> assertThat(a.actionId()).startsWith(a.incidentId() + "-A"));
  }

  @Test
  void rustBills_thatWereNotEnacted_areCancelled_theEnactedOneDone() {
    IncidentRecord rust = REFERENCE.get("RUST_2021").orElseThrow();

    assertThat(rust.actions())
        .filteredOn(a -> a.action().startsWith("California SB"))
        .hasSize(4)
        .allSatisfy(
            a ->
                assertThat(a.status())
                    .as(a.actionId())
                    .isEqualTo(
                        a.action().startsWith("California SB 132")
                            ? ActionStatus.DONE
                            : ActionStatus.CANCELLED));
    // SB 132 was chaptered on 10 Jul 2023 (Labor Code sections 9150-9161)
    assertThat(rust.actions())
        .filteredOn(a -> a.action().startsWith("California SB 132"))
        .singleElement()
        .satisfies(a -> assertThat(a.closedOn()).hasToString("2023-07-10"));
    assertThat(REFERENCE.get("MIDNIGHTRIDER_2014").orElseThrow().actions())
        .singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.OPEN));
  }
}
