package org.setsafe.analysis;

import java.util.EnumMap;
import java.util.Map;
import org.setsafe.model.Disposition;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;

/**
 * For one role: how its parties fared in criminal, regulatory and civil proceedings, with the
 * incidents.
 */
public final class RoleOutcomes {
  /** The buckets a report shows per role. */
  public enum Tally {
    CHARGED("Charged"),
    CONVICTED("Convicted (incl. pleas)"),
    PLEADED("Pleaded"),
    ACQUITTED("Acquitted"),
    DISMISSED("Dismissed / dropped"),
    NOT_PROSECUTED("Not prosecuted"),
    REGULATORY("Regulatory action"),
    CIVIL("Civil claim");

    private final String label;

    Tally(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Map<Tally, IdSample> columns = new EnumMap<>(Tally.class);
  private final Map<Disposition, Long> dispositions = new EnumMap<>(Disposition.class);
  private long outcomes;

  void add(String incidentId, LegalOutcome o) {
    outcomes++;
    dispositions.merge(o.disposition(), 1L, Long::sum);
    Disposition d = o.disposition();
    if (o.kind() == OutcomeKind.CRIMINAL) {
      if (d == Disposition.NOT_CHARGED
          || d == Disposition.DECLINED_TO_PROSECUTE
          || d == Disposition.CLOSED) {
        mark(Tally.NOT_PROSECUTED, incidentId);
      } else {
        mark(Tally.CHARGED, incidentId);
      }
      if (d.conviction()) {
        mark(Tally.CONVICTED, incidentId);
      }
      if (d.plea()) {
        mark(Tally.PLEADED, incidentId);
      }
      if (d == Disposition.ACQUITTED) {
        mark(Tally.ACQUITTED, incidentId);
      }
      if (d == Disposition.DISMISSED
          || d == Disposition.DISMISSED_WITH_PREJUDICE
          || d == Disposition.DROPPED
          || d == Disposition.OVERTURNED) {
        mark(Tally.DISMISSED, incidentId);
      }
    } else if (o.kind() == OutcomeKind.REGULATORY) {
      mark(Tally.REGULATORY, incidentId);
    } else if (o.kind() == OutcomeKind.CIVIL) {
      mark(Tally.CIVIL, incidentId);
    }
  }

  private void mark(Tally c, String incidentId) {
    columns.computeIfAbsent(c, k -> new IdSample()).add(incidentId);
  }

  void merge(RoleOutcomes o) {
    outcomes += o.outcomes;
    o.dispositions.forEach((k, v) -> dispositions.merge(k, v, Long::sum));
    o.columns.forEach((k, v) -> columns.computeIfAbsent(k, x -> new IdSample()).merge(v));
  }

  /** How many outcomes fall in the column (e.g. convictions of armorers). */
  public long count(Tally c) {
    IdSample s = columns.get(c);
    return s == null ? 0 : s.count();
  }

  /** The incidents behind a column's number. */
  public IdSample incidents(Tally c) {
    IdSample s = columns.get(c);
    return s == null ? new IdSample() : s;
  }

  public long outcomes() {
    return outcomes;
  }

  public Map<Disposition, Long> dispositions() {
    return new EnumMap<>(dispositions);
  }
}
