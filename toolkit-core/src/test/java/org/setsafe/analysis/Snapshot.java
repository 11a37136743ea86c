package org.setsafe.analysis;

import java.util.Map;
import java.util.stream.Collectors;

/** Everything an analysis reports, as one text, so two analyses can be compared whole. */
final class Snapshot {
  private Snapshot() {}

  static String of(Analysis a) {
    StringBuilder b = new StringBuilder();
    b.append("incidents=")
        .append(a.incidents())
        .append(" deaths=")
        .append(a.fatalities())
        .append(" injuries=")
        .append(a.injuries())
        .append(" unknown=")
        .append(a.injuriesUnknown())
        .append(" withChecks=")
        .append(a.incidentsWithChecks())
        .append(" period=")
        .append(a.firstDate())
        .append("..")
        .append(a.lastDate())
        .append('\n');
    b.append("severity=")
        .append(a.bySeverity())
        .append(" category=")
        .append(a.byCategory())
        .append('\n');
    for (CheckStats c : a.checkFailures()) {
      b.append("check ")
          .append(c.checkId())
          .append(' ')
          .append(c.assessed())
          .append('/')
          .append(c.failed())
          .append(' ')
          .append(c.responsibleRoles())
          .append(' ')
          .append(consequences(c.consequences()))
          .append('\n');
    }
    a.layers().forEach(l -> b.append(l).append('\n'));
    a.roles()
        .forEach(
            (role, o) -> {
              b.append("role ")
                  .append(role)
                  .append(' ')
                  .append(o.outcomes())
                  .append(' ')
                  .append(o.dispositions());
              for (RoleOutcomes.Tally c : RoleOutcomes.Tally.values()) {
                b.append(' ').append(c).append('=').append(o.count(c)).append(o.incidents(c).ids());
              }
              b.append('\n');
            });
    a.failuresByRole()
        .forEach(
            (r, s) ->
                b.append("owned ")
                    .append(r)
                    .append('=')
                    .append(s.count())
                    .append(s.ids())
                    .append('\n'));
    b.append("years=")
        .append(a.perYearBySeverity())
        .append(' ')
        .append(a.perYearByCategory())
        .append('\n');
    a.outcomes()
        .forEach(
            o ->
                b.append("outcome ")
                    .append(o.incident().id())
                    .append(' ')
                    .append(o.outcome())
                    .append('\n'));
    b.append("all ").append(consequences(a.consequences())).append('\n');
    b.append("months=").append(a.byMonth()).append('\n');
    b.append("weeks=").append(a.byWeek()).append('\n');
    b.append("toYear=").append(a.datedToYear()).append(" toMonth=").append(a.datedToMonth());
    b.append("\ndepartments=").append(a.byDepartment()).append('\n');
    b.append("locations=").append(a.byLocation()).append('\n');
    b.append("productions=").append(a.byProduction()).append('\n');
    b.append("publishers=").append(a.publishers()).append(a.publishersCut()).append('\n');
    a.consequencesBySeverity()
        .forEach((k, v) -> b.append(k).append(' ').append(consequences(v)).append('\n'));
    a.consequencesByCategory()
        .forEach((k, v) -> b.append(k).append(' ').append(consequences(v)).append('\n'));
    return b.toString();
  }

  private static String consequences(Consequences c) {
    return Map.ofEntries(
            Map.entry("incidents", c.incidents()),
            Map.entry("deaths", c.fatalities()),
            Map.entry("injuries", c.injuries()),
            Map.entry("charges", c.criminalCharges()),
            Map.entry("convictions", c.convictions()),
            Map.entry("pleas", c.pleas()),
            Map.entry("cleared", c.acquittalsAndDismissals()),
            Map.entry("notProsecuted", c.notProsecuted()),
            Map.entry("regulatory", c.regulatoryActions()),
            Map.entry("fines", c.fines()),
            Map.entry("before", c.finesBeforeReduction()),
            Map.entry("after", c.finesAfterReduction()),
            Map.entry("court", c.courtFines()),
            Map.entry("settlements", c.civilSettlements()),
            Map.entry("verdicts", c.civilVerdicts()),
            Map.entry("civil", c.civilAmounts()),
            Map.entry("ids", c.incidentIds().ids()))
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
