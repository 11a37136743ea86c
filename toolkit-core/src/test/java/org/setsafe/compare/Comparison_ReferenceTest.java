package org.setsafe.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Dataset;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Comparisons of real incidents from the reference dataset; expectations are derived from the
 * records.
 */
class Comparison_ReferenceTest {
  private static Dataset reference;
  private static ProtocolCatalog catalog;

  @BeforeAll
  static void load() {
    reference = Ingest.reference();
    catalog = ProtocolCatalog.bundled();
  }

  private static IncidentRecord one(String query) {
    List<IncidentRecord> found = reference.find(query);
    assertThat(found).as("'%s' resolves to one incident", query).hasSize(1);
    return found.get(0);
  }

  private static Set<String> failed(IncidentRecord r) {
    return r.failedChecks().stream().map(CheckResult::checkId).collect(Collectors.toSet());
  }

  @Test
  void rustAndCrow_checksFailedInBoth_areTheIntersectionOfTheirFailures() {
    IncidentRecord rust = one("rust");
    IncidentRecord crow = one("crow");
    Comparison c = Comparison.of(List.of(rust, crow), catalog);

    Set<String> both = new HashSet<>(failed(rust));
    both.retainAll(failed(crow));
    assertThat(c.checks(Spread.FAILED_IN_ALL))
        .extracting(CheckLine::checkId)
        .containsExactlyInAnyOrderElementsOf(both);
    assertThat(both).contains("NO_LIVE_AMMO");
    assertThat(c.summary().get(0))
        .startsWith("Both failed " + both.size() + " checks: ")
        .contains(catalog.title("NO_LIVE_AMMO"));
  }

  @Test
  void rustAndCrow_everyCheckRecordedForEither_isOneLineWithItsStatuses() {
    IncidentRecord rust = one("RUST_2021");
    IncidentRecord crow = one("CROW_1993");
    Comparison c = Comparison.of(List.of(rust, crow), catalog);

    Set<String> recorded = new LinkedHashSet<>();
    rust.checks().forEach(k -> recorded.add(k.checkId()));
    crow.checks().forEach(k -> recorded.add(k.checkId()));
    assertThat(c.checks())
        .extracting(CheckLine::checkId)
        .containsExactlyInAnyOrderElementsOf(recorded);
    for (CheckLine l : c.checks()) {
      for (IncidentRecord r : List.of(rust, crow)) {
        var result = r.checks().stream().filter(k -> k.checkId().equals(l.checkId())).findFirst();
        assertThat(l.status(r.id()))
            .as("%s for %s", l.checkId(), r.id())
            .isEqualTo(result.map(CheckResult::status).orElse(null));
        assertThat(l.failedBy().contains(r.id()))
            .isEqualTo(result.map(k -> k.status().failure()).orElse(false));
      }
    }
  }

  @Test
  void checks_failedInAllComeFirst_thenFailedInSome_thenNone() {
    Comparison c = Comparison.of(List.of(one("rust"), one("crow"), one("coverup")), catalog);
    List<Spread> spreads = c.checks().stream().map(CheckLine::spread).toList();
    assertThat(spreads).isSortedAccordingTo(Enum::compareTo);
    assertThat(spreads).contains(Spread.FAILED_IN_SOME);
  }

  @Test
  void
      rustAndCrow_consequences_sayConvictionAndDismissal_versusDeclinedProsecutionAndReducedFine() {
    Comparison c = Comparison.of(List.of(one("rust"), one("crow")), catalog);
    String rust = c.sides().get(0).consequences();
    String crow = c.sides().get(1).consequences();

    assertThat(rust)
        .contains("a conviction (Hannah Gutierrez-Reed, armorer")
        .contains("a dismissal with prejudice (Alec Baldwin, actor)");
    assertThat(crow)
        .contains("prosecution declined")
        .contains("a fine reduced from USD 84,000 to USD 55,000");
    assertThat(c.summary())
        .anySatisfy(s -> assertThat(s).startsWith("After RUST_2021").contains(rust));
    assertThat(c.summary())
        .anySatisfy(s -> assertThat(s).startsWith("After CROW_1993").contains(crow));
  }

  @Test
  void categoriesAndActivities_summaryNamesWhatDiffers() {
    Comparison same = Comparison.of(List.of(one("rust"), one("crow")), catalog);
    assertThat(same.summary())
        .contains(
            "Both are firearm incidents; activities differ: rehearsal (RUST_2021), take (CROW_1993).");

    Comparison mixed =
        Comparison.of(List.of(one("rust"), one("twilight"), one("midnight")), catalog);
    assertThat(mixed.summary())
        .anySatisfy(
            s -> assertThat(s).startsWith("Categories differ: firearm (RUST_2021), aviation"));
  }

  @Test
  void sixIncidents_failedOnlyInSome_groupsNameTheIncidentsThatFailedThem() {
    List<IncidentRecord> six =
        List.of(
            one("rust"),
            one("crow"),
            one("coverup"),
            one("twilight"),
            one("midnight"),
            one("walking"));
    Comparison c = Comparison.of(six, catalog);
    assertThat(c.sides()).hasSize(6);
    for (CheckLine l : c.checks(Spread.FAILED_IN_SOME)) {
      String group =
          "Recorded as failed only in "
              + String.join(l.failedBy().size() == 2 ? " and " : ", ", l.failedBy())
              + " (";
      if (l.failedBy().size() <= 2) {
        assertThat(c.summary()).anySatisfy(s -> assertThat(s).startsWith(group));
      }
    }
    assertThat(c.checks(Spread.FAILED_IN_ALL)).isEmpty();
    assertThat(c.summary().get(0)).isEqualTo("No check failed in all 6.");
  }

  @Test
  void incidentWithoutChecks_summarySaysSo() {
    IncidentRecord topGun = one("TOPGUN");
    assertThat(topGun.checks()).isEmpty();
    Comparison c = Comparison.of(List.of(one("rust"), topGun), catalog);
    assertThat(c.checks(Spread.FAILED_IN_ALL)).isEmpty();
    assertThat(c.summary()).contains("TOPGUN_1985 has no protocol checks assessed.");
  }

  @Test
  void outcomes_oneLinePerPartyRole_holdEveryOutcomeOnce() {
    IncidentRecord rust = one("rust");
    IncidentRecord crow = one("crow");
    Comparison c = Comparison.of(List.of(rust, crow), catalog);
    for (int i = 0; i < 2; i++) {
      int k = i;
      long shown = c.outcomes().stream().mapToLong(l -> l.perIncident().get(k).size()).sum();
      assertThat(shown).isEqualTo(List.of(rust, crow).get(i).outcomes().size());
    }
    assertThat(c.outcomes())
        .allSatisfy(
            l ->
                l.perIncident().get(0).forEach(o -> assertThat(o.partyRole()).isEqualTo(l.role())));
  }

  @Test
  void checkPassedInOneButFailedInAnother_isNamedInTheSummary() {
    IncidentRecord rust = one("rust");
    Incident i =
        new Incident(
            "NM-1",
            "Live round found among dummies",
            "Made-up film",
            PartialDate.parse("2024-03-12"),
            null,
            null,
            null,
            null,
            Category.FIREARM,
            Activity.REHEARSAL,
            Severity.NEAR_MISS,
            0,
            0,
            null,
            null,
            null);
    IncidentRecord nearMiss =
        new IncidentRecord(
            i,
            List.of(),
            List.of(
                CheckResult.of("NM-1", "NO_LIVE_AMMO", CheckStatus.FAILED),
                CheckResult.of("NM-1", "CHECK_IN_PRESENCE_OF_ACTOR", CheckStatus.PASSED)),
            List.of(),
            List.of());
    assertThat(failed(rust)).contains("NO_LIVE_AMMO", "CHECK_IN_PRESENCE_OF_ACTOR");

    Comparison c = Comparison.of(List.of(nearMiss, rust), catalog);
    assertThat(c.summary())
        .contains("Both failed 1 check: " + catalog.title("NO_LIVE_AMMO") + ".")
        .contains(
            "Passed in NM-1 but failed in RUST_2021 (1): "
                + catalog.title("CHECK_IN_PRESENCE_OF_ACTOR")
                + ".")
        .contains("Both are firearm incidents, with the same activity (rehearsal).");
  }

  @Test
  void sameIncidentTwice_orOnlyOne_isRejected() {
    IncidentRecord rust = one("rust");
    assertThatThrownBy(() -> Comparison.of(List.of(rust, rust), catalog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RUST_2021 is given twice");
    assertThatThrownBy(() -> Comparison.of(List.of(rust), catalog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two");
  }
}
