package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Dataset;
import org.setsafe.model.Disposition;
import org.setsafe.model.Harm;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.Role;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;

class ReferenceDataset_Test {
  private static final Dataset REFERENCE = Ingest.reference();

  @Test
  void reference_validatesWithoutProblems_andEveryIncidentHasSources() {
    Diagnostics problems = new Diagnostics();
    IngestResult r = new Ingest().readReference(problems, x -> {});

    assertThat(problems.list()).isEmpty();
    assertThat(r.rejected()).isZero();
    assertThat(REFERENCE.size()).isEqualTo(20);
    assertThat(REFERENCE.records()).allSatisfy(rec -> assertThat(rec.sources()).isNotEmpty());
  }

  @Test
  void everyCheckInTheData_isInTheProtocols() {
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    assertThat(
            REFERENCE.records().stream()
                .flatMap(r -> r.checks().stream())
                .map(CheckResult::checkId))
        .allSatisfy(id -> assertThat(catalog.check(id)).isPresent());
  }

  @Test
  void rust_peopleRolesAndCasualties() {
    IncidentRecord rust = REFERENCE.get("RUST_2021").orElseThrow();

    assertThat(rust.incident().fatalities()).isEqualTo(1);
    assertThat(rust.incident().injuries()).isEqualTo(1);
    assertThat(rust.people())
        .filteredOn(p -> p.harm() == Harm.KILLED)
        .extracting(p -> p.name() + "/" + p.role().code())
        .containsExactly("Halyna Hutchins/cinematographer");
    assertThat(rust.people())
        .extracting(p -> p.name() + "/" + p.role().code())
        .contains("Hannah Gutierrez-Reed/armorer", "David Halls/first_ad", "Alec Baldwin/actor");
    assertThat(rust.failedChecks())
        .extracting(CheckResult::checkId)
        .contains("NO_LIVE_AMMO", "INSPECT_EACH_ROUND", "ARMORER_HANDOFF_ONLY", "SAFETY_MEETING");
  }

  @Test
  void rust_outcomesAsTheFactsGiveThem() {
    List<LegalOutcome> o = REFERENCE.get("RUST_2021").orElseThrow().outcomes();

    assertThat(o)
        .anySatisfy(
            x -> {
              assertThat(x.party()).isEqualTo("Hannah Gutierrez-Reed");
              assertThat(x.disposition()).isEqualTo(Disposition.CONVICTED);
              assertThat(x.sentenceMonths()).isEqualTo(18);
            });
    assertThat(o)
        .anySatisfy(
            x -> {
              assertThat(x.party()).isEqualTo("David Halls");
              assertThat(x.disposition()).isEqualTo(Disposition.PLEADED_NO_CONTEST);
            });
    assertThat(o)
        .anySatisfy(
            x -> {
              assertThat(x.party()).isEqualTo("Alec Baldwin");
              assertThat(x.disposition()).isEqualTo(Disposition.DISMISSED_WITH_PREJUDICE);
              assertThat(x.decidedOn()).hasToString("2024-07-12");
            });
    assertThat(o)
        .anySatisfy(
            x -> {
              assertThat(x.party()).isEqualTo("Alec Baldwin");
              assertThat(x.disposition()).isEqualTo(Disposition.DROPPED);
            });
    assertThat(o)
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(OutcomeKind.REGULATORY);
              assertThat(x.partyRole()).isEqualTo(Role.PRODUCTION_COMPANY);
              assertThat(x.initialAmount()).isEqualByComparingTo(new BigDecimal("136793"));
              assertThat(x.amount()).isEqualByComparingTo(new BigDecimal("100000"));
            });
  }

  @Test
  void crow_prosecutionDeclined_andFineReduced() {
    List<LegalOutcome> o = REFERENCE.get("CROW_1993").orElseThrow().outcomes();

    assertThat(o).extracting(LegalOutcome::disposition).contains(Disposition.DECLINED_TO_PROSECUTE);
    assertThat(o)
        .filteredOn(LegalOutcome::reduced)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.initialAmount()).isEqualByComparingTo("84000");
              assertThat(x.amount()).isEqualByComparingTo("55000");
            });
  }
}
