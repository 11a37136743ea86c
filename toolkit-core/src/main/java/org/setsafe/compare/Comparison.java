package org.setsafe.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Role;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Two or more incidents side by side: their facts, every protocol check assessed for any of them
 * with each one's status, the outcomes per party role, and a short plain-language summary of what
 * they share and how they differ.
 *
 * @param sides the incidents, in the order given
 * @param checks every check with a result for at least one incident: those failed in all first,
 *     then those failed in some (most failures first), then the rest; in protocol order within each
 *     group
 * @param outcomes one line per party role that has an outcome in any incident, in the order of
 *     {@link Role}; parties without a role last
 * @param summary plain-language sentences (see {@link Summary})
 */
public record Comparison(
    List<Side> sides, List<CheckLine> checks, List<OutcomeLine> outcomes, List<String> summary) {

  public Comparison {
    sides = List.copyOf(sides);
    checks = List.copyOf(checks);
    outcomes = List.copyOf(outcomes);
    summary = List.copyOf(summary);
    if (sides.size() < 2) {
      throw new IllegalArgumentException(
          "a comparison needs at least two incidents (got " + sides.size() + ")");
    }
  }

  /**
   * Compares the records in the order given.
   *
   * @throws IllegalArgumentException for fewer than two records, or the same incident twice
   */
  public static Comparison of(List<IncidentRecord> records, ProtocolCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    if (records.size() < 2) {
      throw new IllegalArgumentException(
          "a comparison needs at least two incidents (got " + records.size() + ")");
    }
    Set<String> seen = new HashSet<>();
    for (IncidentRecord r : records) {
      if (!seen.add(r.id())) {
        throw new IllegalArgumentException(r.id() + " is given twice; compare different incidents");
      }
    }
    List<Side> sides =
        records.stream()
            .map(
                r ->
                    new Side(
                        r,
                        List.copyOf(Involved.roles(r)),
                        Involved.casualties(r),
                        Aftermath.describe(r)))
            .toList();
    List<CheckLine> checks = checks(records, catalog);
    return new Comparison(sides, checks, outcomes(records), Summary.of(sides, checks));
  }

  public List<String> ids() {
    return sides.stream().map(Side::id).toList();
  }

  public List<CheckLine> checks(Spread spread) {
    return checks.stream().filter(c -> c.spread() == spread).toList();
  }

  private static List<CheckLine> checks(List<IncidentRecord> records, ProtocolCatalog catalog) {
    Map<String, Map<String, CheckStatus>> byCheck = new LinkedHashMap<>();
    for (IncidentRecord r : records) {
      for (CheckResult c : r.checks()) {
        Map<String, CheckStatus> statuses =
            byCheck.computeIfAbsent(c.checkId(), k -> new HashMap<>());
        CheckStatus old = statuses.get(r.id());
        // one result per check and incident is the norm; if a dataset has two, a failure wins
        if (old == null || (!old.failure() && c.status().failure())) {
          statuses.put(r.id(), c.status());
        }
      }
    }
    Map<String, Integer> order = new HashMap<>();
    int i = 0;
    for (ProtocolCheck pc : catalog.checks()) {
      order.put(pc.id(), i++);
    }
    List<CheckLine> lines = new ArrayList<>();
    for (Map.Entry<String, Map<String, CheckStatus>> e : byCheck.entrySet()) {
      String id = e.getKey();
      Map<String, CheckStatus> statuses = e.getValue();
      List<String> failedBy =
          records.stream()
              .map(IncidentRecord::id)
              .filter(rid -> statuses.get(rid) != null && statuses.get(rid).failure())
              .toList();
      Spread spread =
          failedBy.size() == records.size()
              ? Spread.FAILED_IN_ALL
              : failedBy.isEmpty() ? Spread.FAILED_IN_NONE : Spread.FAILED_IN_SOME;
      ProtocolCheck pc = catalog.check(id).orElse(null);
      lines.add(
          new CheckLine(
              id,
              pc == null ? id : pc.title(),
              pc == null ? null : pc.layer(),
              statuses,
              failedBy,
              spread));
    }
    lines.sort(
        Comparator.comparing(CheckLine::spread)
            .thenComparing(l -> -l.failedBy().size())
            .thenComparing(l -> order.getOrDefault(l.checkId(), Integer.MAX_VALUE))
            .thenComparing(CheckLine::checkId));
    return lines;
  }

  private static List<OutcomeLine> outcomes(List<IncidentRecord> records) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    boolean unroled = false;
    for (IncidentRecord r : records) {
      for (LegalOutcome o : r.outcomes()) {
        if (o.partyRole() == null) {
          unroled = true;
        } else {
          roles.add(o.partyRole());
        }
      }
    }
    List<OutcomeLine> lines = new ArrayList<>();
    for (Role role : roles) {
      lines.add(
          new OutcomeLine(
              role,
              records.stream()
                  .map(r -> r.outcomes().stream().filter(o -> o.partyRole() == role).toList())
                  .toList()));
    }
    if (unroled) {
      lines.add(
          new OutcomeLine(
              null,
              records.stream()
                  .map(r -> r.outcomes().stream().filter(o -> o.partyRole() == null).toList())
                  .toList()));
    }
    return lines;
  }
}
