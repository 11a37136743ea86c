package org.setsafe.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.protocol.HfacsLayer;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The safety officer's analysis, built in one pass over a stream of incident records: failed checks
 * (per check and per HFACS layer) with their consequences, outcomes by role, incidents per year by
 * severity and category. Check figures count recorded results only: a failure that is only inferred
 * (confidence {@code inferred}, e.g. suggested from a description's words) is kept apart in {@link
 * #inferred()} and is in no other figure. Analyses of separate files or chunks {@link #merge merge}
 * into the analysis of the whole. Memory does not grow with the number of incidents, except for the
 * list of legal outcomes, which real logs keep small.
 */
public final class Analysis implements Consumer<IncidentRecord> {
  /** The role bucket for outcomes whose party role is not recorded. */
  public static final String UNSPECIFIED_ROLE = "unspecified";

  private final ProtocolCatalog catalog;
  private long incidents;
  private long fatalities;
  private long injuries;
  private long injuriesUnknown;
  private long withChecks;
  private long withInferred;
  private final InferredFailures inferred = new InferredFailures();
  private PartialDate first;
  private PartialDate last;
  private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
  private final Map<String, CheckStats> checks = new HashMap<>();
  private final Map<HfacsLayer, long[]> layers = new EnumMap<>(HfacsLayer.class);
  private final Map<String, RoleOutcomes> roles = new LinkedHashMap<>();
  private final Map<Integer, Map<Severity, Long>> yearSeverity = new TreeMap<>();
  private final Map<Integer, Map<Category, Long>> yearCategory = new TreeMap<>();
  private final List<OutcomeRow> outcomes = new ArrayList<>();
  private final Consequences all = new Consequences();
  private final Tally total = new Tally();
  private final Map<Severity, Consequences> severityConsequences = new EnumMap<>(Severity.class);
  private final Map<Category, Consequences> categoryConsequences = new EnumMap<>(Category.class);
  private final Map<Role, IdSample> failuresByRole = new EnumMap<>(Role.class);
  private final Map<YearMonth, Tally> months = new TreeMap<>();
  private final Map<LocalDate, Tally> weeks = new TreeMap<>();
  private final long[] precision = new long[3];
  private final Breakdown departments = new Breakdown();
  private final Breakdown locations = new Breakdown();
  private final Breakdown productions = new Breakdown();
  private final TreeSet<String> publishers = new TreeSet<>();
  private boolean publishersCut;

  /** How many source publishers are kept (for a report's prepared-by line). */
  static final int PUBLISHERS = 10;

  /** One legal outcome with the incident it belongs to. */
  public record OutcomeRow(Incident incident, LegalOutcome outcome) {}

  public Analysis(ProtocolCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void accept(IncidentRecord r) {
    Incident i = r.incident();
    incidents++;
    fatalities += i.fatalities();
    if (i.injuries() == null) {
      injuriesUnknown++;
    } else {
      injuries += i.injuries();
    }
    first = first == null || i.date().compareTo(first) < 0 ? i.date() : first;
    last = last == null || later(i.date(), last) ? i.date() : last;
    bySeverity.merge(i.severity(), 1L, Long::sum);
    byCategory.merge(i.category(), 1L, Long::sum);
    yearSeverity
        .computeIfAbsent(i.date().year(), y -> new EnumMap<>(Severity.class))
        .merge(i.severity(), 1L, Long::sum);
    yearCategory
        .computeIfAbsent(i.date().year(), y -> new EnumMap<>(Category.class))
        .merge(i.category(), 1L, Long::sum);
    for (CheckResult c : r.checks()) {
      if (!c.inferred() && c.status().assessed() && inScope(r, c)) {
        withChecks++;
        break;
      }
    }
    PartialDate d = i.date();
    if (d.month() == null) {
      precision[0]++;
    } else {
      months.computeIfAbsent(YearMonth.of(d.year(), d.month()), k -> new Tally()).add(r);
      if (d.day() == null) {
        precision[1]++;
      } else {
        precision[2]++;
        weeks.computeIfAbsent(weekOf(d.firstDay()), k -> new Tally()).add(r);
      }
    }
    departments.add(i.department(), r);
    locations.add(i.location(), r);
    productions.add(i.production(), r);
    for (Source s : r.sources()) {
      if (s.publisher() != null) {
        publisher(s.publisher());
      }
    }
    EnumMap<HfacsLayer, Boolean> failedLayers = new EnumMap<>(HfacsLayer.class);
    boolean anyInferred = false;
    for (CheckResult c : r.checks()) {
      if (c.inferred()) {
        // a guess is never counted with what was recorded: it is kept apart, failures only
        if (c.status().failure()) {
          inferred.add(r, c, catalog.check(c.checkId()).orElse(null));
          anyInferred = true;
        }
        continue;
      }
      if (!inScope(r, c)) {
        continue; // a pass where the check's protocol does not apply is no assessment of it
      }
      CheckStats s =
          checks.computeIfAbsent(
              c.checkId(), id -> new CheckStats(id, catalog.check(id).orElse(null)));
      s.add(r, c);
      if (c.status().failure() && s.layer() != null) {
        layers.computeIfAbsent(s.layer(), l -> new long[2])[0]++;
        failedLayers.put(s.layer(), true);
      }
      if (c.status().failure() && c.responsibleRole() != null) {
        failuresByRole.computeIfAbsent(c.responsibleRole(), k -> new IdSample()).add(r.id());
      }
    }
    failedLayers.keySet().forEach(l -> layers.get(l)[1]++);
    if (anyInferred) {
      withInferred++;
    }
    for (LegalOutcome o : r.outcomes()) {
      String role = o.partyRole() == null ? UNSPECIFIED_ROLE : o.partyRole().code();
      roles.computeIfAbsent(role, k -> new RoleOutcomes()).add(r.id(), o);
      outcomes.add(new OutcomeRow(i, o));
    }
    all.add(r);
    total.add(r);
    severityConsequences.computeIfAbsent(i.severity(), k -> new Consequences()).add(r);
    categoryConsequences.computeIfAbsent(i.category(), k -> new Consequences()).add(r);
  }

  /**
   * Whether a recorded result counts for its check in this incident: where the check's protocol
   * applies to the incident's hazard (a general protocol applies to every hazard, so a log that
   * records one of its checks is counted). A log with a column per check records every check for
   * every row; a pass of "No live ammunition" in a catering burn is no assessment of it, so it is
   * left out of every denominator. A failure (or a check not performed) counts wherever it is
   * recorded: it says the hazard was there. A check the protocols do not hold counts as recorded.
   */
  public boolean inScope(IncidentRecord r, CheckResult c) {
    if (c.status().failure()) {
      return true;
    }
    return catalog
        .check(c.checkId())
        .flatMap(pc -> catalog.protocol(pc.protocolId()))
        .map(p -> p.appliesTo(r.incident().category()))
        .orElse(true);
  }

  /** Adds everything {@code other} counted; returns this. */
  public Analysis merge(Analysis other) {
    incidents += other.incidents;
    fatalities += other.fatalities;
    injuries += other.injuries;
    injuriesUnknown += other.injuriesUnknown;
    withChecks += other.withChecks;
    withInferred += other.withInferred;
    inferred.merge(other.inferred);
    if (other.first != null) {
      first = first == null || other.first.compareTo(first) < 0 ? other.first : first;
      last = last == null || later(other.last, last) ? other.last : last;
    }
    other.bySeverity.forEach((k, v) -> bySeverity.merge(k, v, Long::sum));
    other.byCategory.forEach((k, v) -> byCategory.merge(k, v, Long::sum));
    other.checks.forEach(
        (k, v) ->
            checks.merge(
                k,
                v,
                (a, b) -> {
                  a.merge(b);
                  return a;
                }));
    other.layers.forEach(
        (k, v) -> {
          long[] mine = layers.computeIfAbsent(k, x -> new long[2]);
          mine[0] += v[0];
          mine[1] += v[1];
        });
    other.roles.forEach((k, v) -> roles.computeIfAbsent(k, x -> new RoleOutcomes()).merge(v));
    other.yearSeverity.forEach(
        (y, m) ->
            m.forEach(
                (k, v) ->
                    yearSeverity
                        .computeIfAbsent(y, x -> new EnumMap<>(Severity.class))
                        .merge(k, v, Long::sum)));
    other.yearCategory.forEach(
        (y, m) ->
            m.forEach(
                (k, v) ->
                    yearCategory
                        .computeIfAbsent(y, x -> new EnumMap<>(Category.class))
                        .merge(k, v, Long::sum)));
    outcomes.addAll(other.outcomes);
    all.merge(other.all);
    total.merge(other.total);
    other.severityConsequences.forEach(
        (k, v) -> severityConsequences.computeIfAbsent(k, x -> new Consequences()).merge(v));
    other.categoryConsequences.forEach(
        (k, v) -> categoryConsequences.computeIfAbsent(k, x -> new Consequences()).merge(v));
    other.failuresByRole.forEach(
        (k, v) -> failuresByRole.computeIfAbsent(k, x -> new IdSample()).merge(v));
    other.months.forEach((k, v) -> months.computeIfAbsent(k, x -> new Tally()).merge(v));
    other.weeks.forEach((k, v) -> weeks.computeIfAbsent(k, x -> new Tally()).merge(v));
    for (int p = 0; p < precision.length; p++) {
      precision[p] += other.precision[p];
    }
    departments.merge(other.departments);
    locations.merge(other.locations);
    productions.merge(other.productions);
    other.publishers.forEach(this::publisher);
    publishersCut |= other.publishersCut;
    return this;
  }

  public long incidents() {
    return incidents;
  }

  public long fatalities() {
    return fatalities;
  }

  /** Injuries summed over incidents whose count is known. */
  public long injuries() {
    return injuries;
  }

  /** Incidents whose injury count is not known. */
  public long injuriesUnknown() {
    return injuriesUnknown;
  }

  /**
   * Incidents with at least one check assessed (passed, failed or not performed; a check recorded
   * only as unknown or not applicable does not count).
   */
  public long incidentsWithChecks() {
    return withChecks;
  }

  /**
   * The failures that are only inferred (suggested from a description's words, or our reading of
   * the facts): counted here, apart, and in no other figure of the analysis.
   */
  public InferredFailures inferred() {
    return inferred;
  }

  /** Incidents with at least one inferred failure. */
  public long incidentsWithInferred() {
    return withInferred;
  }

  /**
   * Whether {@code a} reaches later than {@code b}: by the last day each may stand for, so that an
   * incident dated only to its year (a redacted one, say) ends the span at that year's end and the
   * span never claims to end before it; of two reaching as far, the coarser.
   */
  private static boolean later(PartialDate a, PartialDate b) {
    int c = a.lastDay().compareTo(b.lastDay());
    return c > 0 || (c == 0 && a.compareTo(b) < 0);
  }

  /** The earliest incident date, or null when there are none. */
  public PartialDate firstDate() {
    return first;
  }

  public PartialDate lastDate() {
    return last;
  }

  public Map<Severity, Long> bySeverity() {
    return new EnumMap<>(bySeverity);
  }

  public long count(Severity s) {
    return bySeverity.getOrDefault(s, 0L);
  }

  public Map<Category, Long> byCategory() {
    return new EnumMap<>(byCategory);
  }

  private void publisher(String p) {
    if (publishers.size() < PUBLISHERS || publishers.contains(p)) {
      publishers.add(p);
    } else {
      publishersCut = true;
      if (p.compareTo(publishers.last()) < 0) {
        publishers.pollLast();
        publishers.add(p);
      }
    }
  }

  /** The Monday of the week {@code day} falls in. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Every check recorded anywhere, most failed first (ties: fewer assessed first, so the higher
   * rate leads; then id). {@link CheckStats#ranks} gives tied checks the same rank.
   */
  public List<CheckStats> checkFailures() {
    return checks.values().stream()
        .sorted(
            Comparator.comparingLong(CheckStats::failed)
                .reversed()
                .thenComparingLong(CheckStats::assessed)
                .thenComparing(CheckStats::checkId))
        .toList();
  }

  /** Month → counts, for incidents dated at least to the month. */
  public Map<YearMonth, Tally> byMonth() {
    return new TreeMap<>(months);
  }

  /** Week (its Monday) → counts, for incidents dated to the day. */
  public Map<LocalDate, Tally> byWeek() {
    return new TreeMap<>(weeks);
  }

  /** Incidents dated only to the year (in no month or week). */
  public long datedToYear() {
    return precision[0];
  }

  /** Incidents dated only to the month (in no week). */
  public long datedToMonth() {
    return precision[1];
  }

  public Breakdown byDepartment() {
    return departments;
  }

  public Breakdown byLocation() {
    return locations;
  }

  public Breakdown byProduction() {
    return productions;
  }

  /**
   * The publishers of the incidents' sources (the first {@link #PUBLISHERS} by name), e.g. the
   * production that kept a log.
   */
  public List<String> publishers() {
    return List.copyOf(publishers);
  }

  /** Whether there were more publishers than {@link #publishers()} lists. */
  public boolean publishersCut() {
    return publishersCut;
  }

  /** Counts of all incidents together, as for a month or a department. */
  public Tally total() {
    return total;
  }

  /** The checks that failed at least once, most failed first. */
  public List<CheckStats> failedChecks() {
    return checkFailures().stream().filter(c -> c.failed() > 0).toList();
  }

  /** Failed checks per HFACS layer, and incidents with at least one failure in that layer. */
  public record LayerStats(HfacsLayer layer, long failedChecks, long incidents) {}

  public List<LayerStats> layers() {
    List<LayerStats> out = new ArrayList<>();
    for (HfacsLayer l : HfacsLayer.values()) {
      long[] v = layers.getOrDefault(l, new long[2]);
      out.add(new LayerStats(l, v[0], v[1]));
    }
    return out;
  }

  /**
   * Outcomes by party role (role codes, plus {@link #UNSPECIFIED_ROLE}), roles in vocabulary order.
   */
  public Map<String, RoleOutcomes> roles() {
    Map<String, RoleOutcomes> out = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      if (roles.containsKey(r.code())) {
        out.put(r.code(), roles.get(r.code()));
      }
    }
    if (roles.containsKey(UNSPECIFIED_ROLE)) {
      out.put(UNSPECIFIED_ROLE, roles.get(UNSPECIFIED_ROLE));
    }
    return out;
  }

  /** Year → severity → incidents. */
  public Map<Integer, Map<Severity, Long>> perYearBySeverity() {
    return new TreeMap<>(yearSeverity);
  }

  /** Year → category → incidents. */
  public Map<Integer, Map<Category, Long>> perYearByCategory() {
    return new TreeMap<>(yearCategory);
  }

  /** Every legal, regulatory and civil outcome, by incident date then kind. */
  public List<OutcomeRow> outcomes() {
    return outcomes.stream()
        .sorted(
            Comparator.comparing((OutcomeRow o) -> o.incident().date())
                .thenComparing(o -> o.incident().id())
                .thenComparing(o -> o.outcome().kind()))
        .toList();
  }

  /** What followed all incidents together. */
  public Consequences consequences() {
    return all;
  }

  /**
   * What followed the incidents of each severity, least severe first (severities with incidents
   * only).
   */
  public Map<Severity, Consequences> consequencesBySeverity() {
    return new EnumMap<>(severityConsequences);
  }

  /** What followed the incidents of each category (categories with incidents only). */
  public Map<Category, Consequences> consequencesByCategory() {
    return new EnumMap<>(categoryConsequences);
  }

  /**
   * Failed checks by the role recorded as responsible for them: the count of failures, and the
   * incidents they happened in. Failures with no responsible role recorded are not counted here.
   */
  public Map<Role, IdSample> failuresByRole() {
    return new EnumMap<>(failuresByRole);
  }

  /** Near misses, for the near miss / injury / death comparison. */
  public long nearMisses() {
    return count(Severity.NEAR_MISS);
  }
}
