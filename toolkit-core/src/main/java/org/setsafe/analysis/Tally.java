package org.setsafe.analysis;

import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;

/**
 * Counts for a group of incidents (a month, a week, a department, a location): incidents by
 * severity, people killed and injured, and failed checks. Mergeable; memory is constant.
 */
public final class Tally {
  private final long[] bySeverity = new long[Severity.values().length];
  private long deaths;
  private long injured;
  private long withFailure;
  private long failures;

  void add(IncidentRecord r) {
    bySeverity[r.incident().severity().ordinal()]++;
    deaths += r.incident().fatalities();
    if (r.incident().injuries() != null) {
      injured += r.incident().injuries();
    }
    long f = 0;
    for (CheckResult c : r.checks()) {
      if (c.status().failure()) {
        f++;
      }
    }
    failures += f;
    if (f > 0) {
      withFailure++;
    }
  }

  /** Adds {@code o}'s counts to these; returns this. */
  public Tally merge(Tally o) {
    for (int i = 0; i < bySeverity.length; i++) {
      bySeverity[i] += o.bySeverity[i];
    }
    deaths += o.deaths;
    injured += o.injured;
    withFailure += o.withFailure;
    failures += o.failures;
    return this;
  }

  public long incidents() {
    long n = 0;
    for (long v : bySeverity) {
      n += v;
    }
    return n;
  }

  public long count(Severity s) {
    return bySeverity[s.ordinal()];
  }

  /** Near misses: incidents where nobody was hurt. */
  public long nearMisses() {
    return count(Severity.NEAR_MISS);
  }

  /** Incidents with an injury or worse. */
  public long harmful() {
    return incidents() - nearMisses();
  }

  /** People killed. */
  public long deaths() {
    return deaths;
  }

  /** People injured, where the count is known. */
  public long injured() {
    return injured;
  }

  /** Incidents with at least one failed (or not performed) check. */
  public long withFailure() {
    return withFailure;
  }

  /** Failed (or not performed) checks, summed over the incidents. */
  public long failures() {
    return failures;
  }

  @Override
  public String toString() {
    return java.util.Arrays.toString(bySeverity)
        + " deaths="
        + deaths
        + " injured="
        + injured
        + " withFailure="
        + withFailure
        + " failures="
        + failures;
  }
}
