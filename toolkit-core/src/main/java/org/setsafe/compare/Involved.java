package org.setsafe.compare;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Confidence;
import org.setsafe.model.Harm;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/** What comparison and ranking read off one incident record. */
public final class Involved {
  private Involved() {}

  /**
   * The roles involved in an incident: the roles of the people listed, of the parties to its
   * outcomes, and those recorded as responsible for a failed check. {@link Role#OTHER} says nothing
   * about who was involved and is left out.
   */
  public static Set<Role> roles(IncidentRecord r) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Involvement p : r.people()) {
      roles.add(p.role());
    }
    for (LegalOutcome o : r.outcomes()) {
      if (o.partyRole() != null) {
        roles.add(o.partyRole());
      }
    }
    for (CheckResult c : r.failedChecks()) {
      if (c.responsibleRole() != null) {
        roles.add(c.responsibleRole());
      }
    }
    roles.remove(Role.OTHER);
    return roles;
  }

  /** The ids of the checks that failed (or were not performed), in the order recorded. */
  public static Set<String> failedChecks(IncidentRecord r) {
    Set<String> ids = new LinkedHashSet<>();
    for (CheckResult c : r.failedChecks()) {
      ids.add(c.checkId());
    }
    return ids;
  }

  /**
   * Whether any check was actually assessed (failed, passed or not performed), not just unknown.
   */
  public static boolean checksAssessed(IncidentRecord r) {
    return r.checks().stream().anyMatch(c -> c.status().assessed());
  }

  /** The HFACS layers of the failed checks that are in the protocols. */
  public static Set<HfacsLayer> failedLayers(IncidentRecord r, ProtocolCatalog catalog) {
    Set<HfacsLayer> layers = EnumSet.noneOf(HfacsLayer.class);
    for (CheckResult c : r.failedChecks()) {
      catalog.check(c.checkId()).map(ProtocolCheck::layer).ifPresent(layers::add);
    }
    return layers;
  }

  /**
   * The HFACS layers of the failed checks whose failure is recorded, not only inferred (our
   * reading, or suggested from the words).
   */
  public static Set<HfacsLayer> recordedFailedLayers(IncidentRecord r, ProtocolCatalog catalog) {
    Set<HfacsLayer> layers = EnumSet.noneOf(HfacsLayer.class);
    for (CheckResult c : r.failedChecks()) {
      if (c.confidence() != Confidence.INFERRED) {
        catalog.check(c.checkId()).map(ProtocolCheck::layer).ifPresent(layers::add);
      }
    }
    return layers;
  }

  /** The people killed or injured, as listed. */
  public static List<Involvement> casualties(IncidentRecord r) {
    return r.people().stream().filter(p -> p.harm() != Harm.NONE).toList();
  }
}
