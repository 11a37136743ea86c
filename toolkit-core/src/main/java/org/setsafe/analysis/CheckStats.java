package org.setsafe.analysis;

import java.util.EnumMap;
import java.util.Map;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;
import org.setsafe.protocol.ProtocolCheck;

/**
 * For one check: where it was assessed, where it failed, who owned the failures, and what followed.
 */
public final class CheckStats {
  private final String checkId;
  private final String title;
  private final HfacsLayer layer;
  private long assessed;
  private long failed;
  private final Map<Role, Long> responsible = new EnumMap<>(Role.class);
  private final Consequences consequences = new Consequences();

  CheckStats(String checkId, ProtocolCheck check) {
    this.checkId = checkId;
    this.title = check == null ? checkId : check.title();
    this.layer = check == null ? null : check.layer();
  }

  void add(IncidentRecord r, CheckResult c) {
    if (c.status().assessed()) {
      assessed++;
    }
    if (c.status().failure()) {
      failed++;
      if (c.responsibleRole() != null) {
        responsible.merge(c.responsibleRole(), 1L, Long::sum);
      }
      consequences.add(r);
    }
  }

  void merge(CheckStats o) {
    assessed += o.assessed;
    failed += o.failed;
    o.responsible.forEach((k, v) -> responsible.merge(k, v, Long::sum));
    consequences.merge(o.consequences);
  }

  public String checkId() {
    return checkId;
  }

  /** The check's title from the protocols (its id when it is not in them). */
  public String title() {
    return title;
  }

  /** The HFACS layer, or null for a check that is not in the protocols. */
  public HfacsLayer layer() {
    return layer;
  }

  /** Incidents where the check was assessed (failed, passed or not performed). */
  public long assessed() {
    return assessed;
  }

  /** Incidents where it failed or was not performed. */
  public long failed() {
    return failed;
  }

  /** Failed / assessed, or 0 when never assessed. */
  public double failureShare() {
    return assessed == 0 ? 0 : (double) failed / assessed;
  }

  /** Roles recorded as responsible for the failures, with counts. */
  public Map<Role, Long> responsibleRoles() {
    return new EnumMap<>(responsible);
  }

  /** What followed the incidents where this check failed. */
  public Consequences consequences() {
    return consequences;
  }
}
