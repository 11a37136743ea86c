package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.setsafe.model.IncidentRecord;

class FlatLog_DiagnosticsTest {

  @Test
  void impossibleDate_namesLineAndColumn_andOnlyThatRowIsRejected() {
    Reading r = Reading.of("ingest/impossible-date.csv");

    assertThat(r.errorsByName())
        .containsExactly("impossible-date.csv:3:4: date: 2023-02-30 is not a real date");
    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("NM-001");
    assertThat(r.result.read()).isEqualTo(r.result.imported() + r.result.rejected()).isEqualTo(2);
  }

  @Test
  void unknownCodes_listTheValidOnes_andEveryProblemOfTheRowIsReported() {
    Reading r = Reading.of("ingest/unknown-values.csv");

    assertThat(r.errorsByName()).hasSize(2);
    assertThat(r.errorsByName().get(0))
        .startsWith(
            "unknown-values.csv:2:7: category: unknown category 'gunfire'; expected one of: firearm, pyrotechnics,");
    assertThat(r.errorsByName().get(1))
        .startsWith("unknown-values.csv:2:13: NO_LIVE_AMMO: unknown status 'maybe'");
    assertThat(r.result.rejected()).isEqualTo(1);
  }

  @Test
  void negativeCount_isRejected() {
    Reading r = Reading.of("ingest/negative-count.csv");

    assertThat(r.errorsByName())
        .containsExactly(
            "negative-count.csv:2:11: injuries: '-2' is negative; a count must be 0 or more");
  }

  @Test
  void duplicateId_pointsAtTheFirst() {
    Reading r = Reading.of("ingest/duplicate-id.csv");

    assertThat(r.errorsByName())
        .containsExactly("duplicate-id.csv:3:1: id: duplicate id 'NM-001' (first on line 2)");
    assertThat(r.records).hasSize(1);
  }

  @Test
  void raggedRow_isRejectedWithTheCounts() {
    Reading r = Reading.of("ingest/ragged-row.csv");

    assertThat(r.errorsByName())
        .first()
        .asString()
        .isEqualTo(
            "ragged-row.csv:3: row has 7 values but the header has 14 (a missing or extra comma?)");
    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("NM-001", "NM-002");
    assertThat(r.rejects).hasSize(1);
  }

  @Test
  void unterminatedQuote_namesWhereItOpened_andSaysTheRestWasNotRead() {
    Reading r = Reading.of("ingest/unterminated-quote.csv");

    assertThat(r.errorsByName())
        .containsExactly(
            "unterminated-quote.csv:3:12: summary: a quoted value opened here is never"
                + " closed (a missing \"); rows from this line on could not be read");
    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("NM-001");
    assertThat(r.result.files().get(0).stoppedEarly()).isTrue();
  }

  @Test
  void invalidUtf8_isAnError_notMojibake() {
    Reading r = Reading.of("ingest/windows-1252.csv");

    assertThat(r.records).isEmpty();
    assertThat(r.errorsByName())
        .singleElement()
        .asString()
        .startsWith(
            "windows-1252.csv:2:2: title: bytes that are not valid UTF-8 at character 15 of"
                + " this line")
        .contains("--encoding windows-1252");
  }

  @Test
  void severityContradictingCounts_isRejectedAtConstruction() {
    Reading r = Reading.of("ingest/inconsistent-severity.csv");

    assertThat(r.errorsByName())
        .containsExactly(
            "inconsistent-severity.csv:2:9: severity: severity is fatal but fatalities is 0");
  }

  @Test
  void datasetFolder_orphansUnknownRolesAndUnknownChecks_areEachReported() {
    Reading r = Reading.of("ingest/orphan-dataset");

    assertThat(r.errorsByName())
        .containsExactlyInAnyOrder(
            "people.csv:3:3: role: unknown role 'grip boss'; expected one of: armorer, prop_master, first_ad, second_ad, "
                + "producer, executive_producer, upm, director, actor, stunt_coordinator, stunt_performer, sfx_pyro, "
                + "cinematographer, camera_crew, electrician, grip, rigger, driver, animal_trainer, pilot, "
                + "safety_rep, production_company, supplier, crew, other",
            "people.csv:4:1: incident_id: names incident 'X-2', which is not in incidents.csv",
            "checks.csv:3:2: check_id: unknown check id 'NOT_A_CHECK'; run 'setsafe protocols' for the list");
    IncidentRecord x1 = r.records.get(0);
    assertThat(x1.people()).extracting(p -> p.name()).containsExactly("Pat Doe");
    assertThat(x1.checks())
        .extracting(c -> c.checkId())
        .containsExactly("STUNT_REHEARSED_AND_PLANNED");
    assertThat(r.result.read()).isEqualTo(r.result.imported() + r.result.rejected()).isEqualTo(6);
    assertThat(r.rejects).hasSize(3);
  }
}
