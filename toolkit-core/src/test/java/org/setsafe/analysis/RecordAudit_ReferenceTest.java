package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.setsafe.data.BundledData;
import org.setsafe.data.DatasetDescription;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Dataset;
import org.setsafe.model.Disposition;
import org.setsafe.model.PartialDate;

/** The audit of the reference record: what to recheck before moving its as-of date. */
class RecordAudit_ReferenceTest {
  private final Dataset reference = Ingest.reference();
  private final DatasetDescription about = BundledData.referenceDescription();

  private RecordAudit audit() {
    return RecordAudit.of(
        reference,
        about::weakness,
        o ->
            about.laterEvents().stream()
                .filter(e -> e.concerns(o.incidentId(), o.party(), o.action()))
                .map(
                    e ->
                        new RecordAudit.Later(PartialDate.parse(e.on()), e.appeal(), e.sourceUrl()))
                .toList());
  }

  @Test
  void openOutcomes_areEveryUndecidedOutcomeAndTheAppealed_oldestLastSourceFirst() {
    RecordAudit a = audit();

    long undecided =
        reference.records().stream()
            .flatMap(r -> r.outcomes().stream())
            .filter(o -> o.disposition().group() == Disposition.Group.OPEN)
            .count();
    assertThat(a.open()).hasSizeGreaterThanOrEqualTo((int) undecided);
    assertThat(a.open())
        .anySatisfy(
            o -> {
              assertThat(o.outcome().party()).isEqualTo("Hannah Gutierrez-Reed");
              assertThat(o.state()).isEqualTo("appealed");
            })
        .anySatisfy(
            o -> {
              assertThat(o.outcome().action()).contains("Malicious-prosecution");
              assertThat(o.state()).isEqualTo("pending");
              assertThat(o.lastSourceOn()).isEqualTo(PartialDate.parse("2025-10-22"));
            });
    List<PartialDate> dated =
        a.open().stream()
            .map(RecordAudit.OpenOutcome::lastSourceOn)
            .filter(d -> d != null)
            .toList();
    assertThat(dated).isSorted();
    // the undated come first: their age is not known
    int firstDated =
        a.open()
            .indexOf(
                a.open().stream().filter(o -> o.lastSourceOn() != null).findFirst().orElseThrow());
    assertThat(a.open().subList(0, firstDated)).allMatch(o -> o.lastSourceOn() == null);
  }

  @Test
  void weakFacts_areTheRowsCitingAListedWeakSite() {
    RecordAudit a = audit();

    assertThat(a.weak())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(about.weakness(f.source().url())).isPresent())
        .anySatisfy(f -> assertThat(f.source().url()).contains("readinsight.com"));
    assertThat(RecordAudit.of(reference, url -> Optional.empty(), o -> List.of()).weak()).isEmpty();
  }

  @Test
  void counts_areTheRecordsIncidentsAndCitations() {
    RecordAudit a = audit();

    assertThat(a.incidents()).isEqualTo(reference.size());
    assertThat(a.citations())
        .isEqualTo(reference.records().stream().mapToInt(r -> r.sources().size()).sum());
    assertThat(a.addresses()).isLessThanOrEqualTo(a.citations()).isPositive();
  }
}
