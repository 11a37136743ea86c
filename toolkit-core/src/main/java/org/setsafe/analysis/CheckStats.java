package org.setsafe.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;
import org.setsafe.protocol.ProtocolCheck;

/**
 * For one check: how often it was recorded with each status, who owned the failures, and what
 * followed in the incidents where it failed.
 *
 * <p>One definition of assessed holds everywhere: passed + failed + not performed; unknown and not
 * applicable are not assessed. A failure share is given only where it means something: at least
 * {@link #MIN_ASSESSED} incidents assessed, and the check recorded as passed at least once (a
 * source that records only failures, as the historical record does, says nothing about how often
 * the check was done right).
 */
public final class CheckStats {
  /** The fewest incidents assessed for which a failure share is given. */
  public static final int MIN_ASSESSED = 5;

  private final String checkId;
  private final String title;
  private final HfacsLayer layer;
  private final boolean directControl;
  private final long[] statuses = new long[CheckStatus.values().length];
  private final Map<Role, Long> responsible = new EnumMap<>(Role.class);
  private final Consequences consequences = new Consequences();

  CheckStats(String checkId, ProtocolCheck check) {
    this.checkId = checkId;
    this.title = check == null ? checkId : check.title();
    this.layer = check == null ? null : check.layer();
    this.directControl = check != null && check.directControl();
  }

  void add(IncidentRecord r, CheckResult c) {
    statuses[c.status().ordinal()]++;
    if (c.status().failure()) {
      if (c.responsibleRole() != null) {
        responsible.merge(c.responsibleRole(), 1L, Long::sum);
      }
      consequences.add(r);
    }
  }

  void merge(CheckStats o) {
    for (int i = 0; i < statuses.length; i++) {
      statuses[i] += o.statuses[i];
    }
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

  /**
   * Whether the protocols mark the check as a direct control (targets the energy, survives an
   * unintentional human error).
   */
  public boolean directControl() {
    return directControl;
  }

  /** The HFACS layer, or null for a check that is not in the protocols. */
  public HfacsLayer layer() {
    return layer;
  }

  /** Incidents where the check was recorded with status {@code s}. */
  public long count(CheckStatus s) {
    return statuses[s.ordinal()];
  }

  public long passed() {
    return count(CheckStatus.PASSED);
  }

  /** Incidents where the check was not performed (counted among the failures). */
  public long notPerformed() {
    return count(CheckStatus.NOT_PERFORMED);
  }

  /** Incidents where it was recorded but not assessed: unknown or not applicable. */
  public long notAssessed() {
    return count(CheckStatus.UNKNOWN) + count(CheckStatus.NOT_APPLICABLE);
  }

  /** Incidents where the check was assessed: passed + failed + not performed. */
  public long assessed() {
    return passed() + failed();
  }

  /** Incidents where it failed or was not performed. */
  public long failed() {
    return count(CheckStatus.FAILED) + count(CheckStatus.NOT_PERFORMED);
  }

  /** Whether the check was never recorded as passed: its failures can be counted, not rated. */
  public boolean failuresOnly() {
    return passed() == 0;
  }

  /**
   * Failed / assessed, when at least {@link #MIN_ASSESSED} incidents were assessed and the check
   * was passed at least once; else empty (see {@link #noShare()}).
   */
  public OptionalDouble failureShare() {
    if (failuresOnly() || assessed() < MIN_ASSESSED) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) failed() / assessed());
  }

  /** Why there is no share: "n < 5", "failures only"; null when there is one. */
  public String noShare() {
    if (assessed() < MIN_ASSESSED) {
      return "n < " + MIN_ASSESSED;
    }
    return failuresOnly() ? "failures only" : null;
  }

  /** Roles recorded as responsible for the failures, with counts. */
  public Map<Role, Long> responsibleRoles() {
    return new EnumMap<>(responsible);
  }

  /** What followed the incidents where this check failed. */
  public Consequences consequences() {
    return consequences;
  }

  /** How many tied checks {@link #mostFailed} names before "and N more". */
  private static final int TIED_NAMED = 3;

  /**
   * How often this check failed, in the one wording every output uses: "failed in 6 of 11 incidents
   * where assessed (55%)", or the reason there is no share.
   */
  public String failedIn() {
    if (failureShare().isPresent()) {
      return String.format(
          "failed in %,d of %,d incidents where assessed (%.0f%%)",
          failed(), assessed(), 100 * failureShare().getAsDouble());
    }
    if (failuresOnly()) {
      return String.format(
          "failed in %,d incident(s); only failures are recorded for it, so no share", failed());
    }
    return String.format(
        "failed in %,d of %,d incidents where assessed (%s, so no share)",
        failed(), assessed(), noShare());
  }

  /**
   * The most failed check of {@code failed} (sorted most failed first, not empty), or the checks
   * tied for it, as one sentence for the command line and the report: "most failed check: Title
   * (ID), failed in ...", or "most failed checks, 2 tied at 4 failed incident(s) each: ...".
   */
  public static String mostFailed(List<CheckStats> failed) {
    CheckStats top = failed.get(0);
    List<CheckStats> tied = tiedAtTop(failed);
    if (tied.size() == 1) {
      return "most failed check: " + top.title() + " (" + top.checkId() + "), " + top.failedIn();
    }
    StringBuilder names = new StringBuilder();
    for (CheckStats c : tied.subList(0, Math.min(TIED_NAMED, tied.size()))) {
      names.append(names.length() == 0 ? "" : "; ").append(c.title());
      names.append(" (").append(c.checkId()).append(')');
    }
    return String.format(
        "most failed checks, %d tied at %,d failed incident(s) each: %s%s",
        tied.size(),
        top.failed(),
        names,
        tied.size() > TIED_NAMED
            ? "; and " + (tied.size() - TIED_NAMED) + " more on Check failures"
            : "");
  }

  /**
   * The checks that share the first rank of {@code checks} (sorted most failed first): those with
   * as many failures as the first; empty when {@code checks} is.
   */
  public static List<CheckStats> tiedAtTop(List<CheckStats> checks) {
    int n = 0;
    while (n < checks.size() && checks.get(n).failed() == checks.get(0).failed()) {
      n++;
    }
    return checks.subList(0, n);
  }

  /**
   * Standard competition ranks of {@code checks} (sorted most failed first): checks with the same
   * number of failures share a rank, and the next rank skips as many places (1, 2, 2, 4).
   */
  public static int[] ranks(List<CheckStats> checks) {
    int[] ranks = new int[checks.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] =
          i > 0 && checks.get(i).failed() == checks.get(i - 1).failed() ? ranks[i - 1] : i + 1;
    }
    return ranks;
  }
}
