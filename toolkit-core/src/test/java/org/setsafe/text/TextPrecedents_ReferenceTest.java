package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.compare.Precedent;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.Precedents;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Dataset;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * With check columns present, as on the reference data: each incident finds itself (a copy under
 * another id comes first) and its obvious twins.
 */
class TextPrecedents_ReferenceTest {
  private static Dataset reference;
  private static Precedents precedents;

  @BeforeAll
  static void load() {
    reference = Ingest.reference();
    precedents = TextPrecedents.create(ProtocolCatalog.bundled());
  }

  @Test
  void everyReferenceIncident_findsACopyOfItselfFirst() {
    List<IncidentRecord> targets = reference.records();
    Precedents.Ranker ranker = precedents.ranker(targets, List.of(), 3);
    for (IncidentRecord r : targets) {
      ranker.accept(r);
      ranker.accept(copy(r, "COPY-OF-" + r.id()));
    }
    List<PrecedentRanking> rankings = ranker.rankings();
    assertThat(rankings).hasSize(reference.size());
    for (PrecedentRanking r : rankings) {
      assertThat(r.history()).as(r.target().id()).isNotEmpty();
      assertThat(r.history().get(0).id()).isEqualTo("COPY-OF-" + r.target().id());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "RUST_2021, CROW_1993, COVERUP_1984",
    "CROW_1993, RUST_2021, COVERUP_1984",
    "COVERUP_1984, CROW_1993, RUST_2021",
    "WALKINGDEAD_2017, VAMPIREBROOKLYN_1994, ",
    "VAMPIREBROOKLYN_1994, WALKINGDEAD_2017, ",
    "DEADPOOL2_2017, RESIDENTEVIL6_JACKSON_2015, ",
    "RESIDENTEVIL6_JACKSON_2015, DEADPOOL2_2017, "
  })
  void obviousTwins_rankInTheTopTwo(String id, String twin, String other) {
    List<String> top =
        precedents.rank(reference.get(id).orElseThrow(), reference.records(), 2).history().stream()
            .map(Precedent::id)
            .toList();
    assertThat(top).contains(twin);
    if (other != null) {
      assertThat(top).containsExactlyInAnyOrder(twin, other);
    }
  }

  private static IncidentRecord copy(IncidentRecord r, String id) {
    Incident i = r.incident();
    Incident c =
        new Incident(
            id,
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
    List<CheckResult> checks =
        r.checks().stream()
            .map(
                k ->
                    new CheckResult(
                        id,
                        k.checkId(),
                        k.status(),
                        k.responsibleRole(),
                        k.confidence(),
                        k.evidence(),
                        k.sourceUrl()))
            .toList();
    return new IncidentRecord(c, List.of(), checks, List.of(), List.of());
  }
}
