package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * A check counts as assessed in an incident only where its protocol applies to the incident's
 * hazard: a log with a "Live rounds found?" column answers it for a catering burn too, and that
 * answer is no assessment of the check.
 */
class Analysis_CheckScopeTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  private static IncidentRecord incident(String id, Category c, String checkId, CheckStatus s) {
    Incident i =
        new Incident(
            id,
            "Incident " + id,
            "Test production",
            PartialDate.parse("2026-03-0" + (id.length() % 9 + 1)),
            null,
            null,
            null,
            null,
            c,
            Activity.UNKNOWN,
            Severity.NEAR_MISS,
            0,
            0,
            null,
            null,
            null);
    return new IncidentRecord(
        i, List.of(), List.of(CheckResult.of(id, checkId, s)), List.of(), List.of(), List.of());
  }

  private static CheckStats stats(Analysis a, String checkId) {
    return a.checkFailures().stream()
        .filter(c -> c.checkId().equals(checkId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void denominator_excludesIncidentsOutsideTheProtocolsHazards() {
    Analysis a = new Analysis(CATALOG);
    a.accept(incident("F1", Category.FIREARM, "NO_LIVE_AMMO", CheckStatus.FAILED));
    a.accept(incident("F2", Category.FIREARM, "NO_LIVE_AMMO", CheckStatus.PASSED));
    a.accept(incident("F3", Category.FIREARM, "NO_LIVE_AMMO", CheckStatus.PASSED));
    // the catering urn burn and the fall: the log's column answered, the protocol does not apply
    a.accept(incident("H1", Category.HEAT, "NO_LIVE_AMMO", CheckStatus.PASSED));
    a.accept(incident("R1", Category.FALL_FROM_HEIGHT, "NO_LIVE_AMMO", CheckStatus.PASSED));

    CheckStats s = stats(a, "NO_LIVE_AMMO");
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.assessed()).isEqualTo(3);
    assertThat(s.failedIn()).contains("failed in 1 of 3 incidents where assessed");
    assertThat(a.incidentsWithChecks()).isEqualTo(3);
  }

  @Test
  void failure_countsWhereverItIsRecorded_itSaysTheHazardWasThere() {
    Analysis a = new Analysis(CATALOG);
    a.accept(incident("S1", Category.STUNT, "NO_LIVE_AMMO", CheckStatus.FAILED));

    assertThat(stats(a, "NO_LIVE_AMMO").failed()).isEqualTo(1);
    assertThat(stats(a, "NO_LIVE_AMMO").assessed()).isEqualTo(1);
  }

  @Test
  void generalProtocolsCheck_recordedExplicitly_countsForEveryHazard() {
    String general =
        CATALOG.protocols().stream()
            .filter(p -> p.general())
            .flatMap(p -> CATALOG.checks().stream().filter(c -> c.protocolId().equals(p.id())))
            .findFirst()
            .orElseThrow()
            .id();
    Analysis a = new Analysis(CATALOG);
    a.accept(incident("H1", Category.HEAT, general, CheckStatus.PASSED));
    a.accept(incident("F1", Category.FIREARM, general, CheckStatus.PASSED));

    assertThat(stats(a, general).assessed()).isEqualTo(2);
  }
}
