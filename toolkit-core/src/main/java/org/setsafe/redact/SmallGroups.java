package org.setsafe.redact;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.PartialDate;

/**
 * Incidents that their department, roles, month and severity together single out: where fewer than
 * the profile's small cell (5) share all four, the month is coarsened to its quarter; where fewer
 * than that still share department, roles, quarter and severity, the department is dropped too.
 * Counted over every incident of the inputs before any is redacted, so the same incident is
 * coarsened the same way in every output.
 *
 * <p>An incident's roles are those of its people and of its actions' owners; its month is the one
 * its date gives (an incident dated to the year only is not coarsened further).
 */
final class SmallGroups {
  /** What happens to one incident. */
  enum Step {
    NONE,
    QUARTER,
    QUARTER_AND_NO_DEPARTMENT
  }

  private final int k;
  private final Map<String, Integer> byMonth = new HashMap<>();
  private final Map<String, Integer> byQuarter = new HashMap<>();

  SmallGroups(int k) {
    this.k = k;
  }

  void learn(IncidentRecord r) {
    Incident i = r.incident();
    if (i.date().month() == null) {
      return;
    }
    byMonth.merge(key(r, month(i.date()), true), 1, Integer::sum);
    byQuarter.merge(key(r, quarter(i.date()), true), 1, Integer::sum);
  }

  Step step(IncidentRecord r) {
    Incident i = r.incident();
    if (i.date().month() == null || byMonth.getOrDefault(key(r, month(i.date()), true), 0) >= k) {
      return Step.NONE;
    }
    if (byQuarter.getOrDefault(key(r, quarter(i.date()), true), 0) >= k) {
      return Step.QUARTER;
    }
    return Step.QUARTER_AND_NO_DEPARTMENT;
  }

  /** {@code 2026 Q1}. */
  static String quarter(PartialDate d) {
    return d.year() + " Q" + ((d.month() - 1) / 3 + 1);
  }

  private static String month(PartialDate d) {
    return d.year() + "-" + d.month();
  }

  private static String key(IncidentRecord r, String when, boolean department) {
    Incident i = r.incident();
    TreeSet<String> roles = new TreeSet<>();
    for (Involvement p : r.people()) {
      roles.add(p.role().code());
    }
    for (CorrectiveAction a : r.actions()) {
      if (a.ownerRole() != null) {
        roles.add(a.ownerRole().code());
      }
    }
    String dept = department && i.department() != null ? KnownNames.key(i.department()) : "";
    return dept + "|" + String.join(",", roles) + "|" + when + "|" + i.severity().code();
  }
}
