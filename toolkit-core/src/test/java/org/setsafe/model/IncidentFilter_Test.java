package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;

/** Each criterion keeps exactly the reference incidents it names, and criteria combine. */
class IncidentFilter_Test {
  private static final List<IncidentRecord> REFERENCE = Ingest.reference().records();

  private static List<String> kept(IncidentFilter f) {
    return REFERENCE.stream().filter(f).map(IncidentRecord::id).toList();
  }

  private static List<String> where(Predicate<IncidentRecord> p) {
    return REFERENCE.stream().filter(p).map(IncidentRecord::id).toList();
  }

  @Test
  void all_keepsEveryIncident() {
    assertThat(kept(IncidentFilter.ALL)).hasSize(REFERENCE.size()).isNotEmpty();
  }

  @Test
  void severity_keepsThatSeverityOrWorse() {
    // the reference holds serious injuries and deaths only
    IncidentFilter fatal = new IncidentFilter(null, Severity.FATAL, null, null, null, null);
    IncidentFilter serious =
        new IncidentFilter(null, Severity.SERIOUS_INJURY, null, null, null, null);
    IncidentFilter nearMiss = new IncidentFilter(null, Severity.NEAR_MISS, null, null, null, null);

    assertThat(kept(fatal))
        .isNotEmpty()
        .isEqualTo(where(r -> r.incident().severity() == Severity.FATAL))
        .isNotEqualTo(kept(IncidentFilter.ALL));
    assertThat(kept(serious)).isEqualTo(kept(IncidentFilter.ALL));
    assertThat(kept(nearMiss)).isEqualTo(kept(IncidentFilter.ALL));
  }

  @Test
  void failedCheck_keepsTheIncidentsWhereItFailed() {
    assertThat(kept(new IncidentFilter(null, null, null, null, "NO_LIVE_AMMO", null)))
        .contains("RUST_2021", "CROW_1993")
        .isEqualTo(
            where(
                r ->
                    r.checks().stream()
                        .anyMatch(
                            c -> c.checkId().equals("NO_LIVE_AMMO") && c.status().failure())));
  }

  @Test
  void role_keepsIncidentsWithThatRoleAmongPeopleOrOutcomeParties() {
    List<String> armorers = kept(new IncidentFilter(null, null, null, null, null, Role.ARMORER));

    assertThat(armorers).contains("RUST_2021").isNotEqualTo(kept(IncidentFilter.ALL));
    assertThat(armorers)
        .isEqualTo(
            where(
                r ->
                    r.people().stream().anyMatch(p -> p.role() == Role.ARMORER)
                        || r.outcomes().stream().anyMatch(o -> o.partyRole() == Role.ARMORER)));
  }

  @Test
  void years_areInclusive_andCriteriaCombine() {
    IncidentFilter ninetiesFirearms =
        new IncidentFilter(Category.FIREARM, null, 1990, 1999, null, null);

    assertThat(kept(ninetiesFirearms))
        .contains("CROW_1993")
        .doesNotContain("RUST_2021")
        .isEqualTo(
            where(
                r ->
                    r.incident().category() == Category.FIREARM
                        && r.incident().date().year() >= 1990
                        && r.incident().date().year() <= 1999));
    assertThat(kept(new IncidentFilter(null, null, 2021, 2021, null, null))).contains("RUST_2021");
    assertThat(kept(new IncidentFilter(null, null, 2022, 2021, null, null))).isEmpty();
  }
}
