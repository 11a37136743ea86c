package org.setsafe.protocol;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.Energy;
import org.setsafe.model.Role;

/**
 * One check of a safety protocol: a stable id, the rule, who owns it, its basis and layer of
 * defence, and the phrases that signal its failure in a description.
 *
 * @param signals phrases whose presence in an incident's description suggests the check failed
 *     ("live rounds found"); matched word for word after English analysis (stemming, stop words),
 *     see {@code org.setsafe.text.CheckSuggester}
 * @param energy the energy the check controls, or null where the protocol file does not say
 * @param directControl whether the check is a direct control in the sense of high-energy control
 *     assessment: it targets the energy, is effective when installed, verified and used, and
 *     survives an unintentional human error (no live ammunition on set, a locked-out circuit, a
 *     clipped harness; a safety meeting is not one)
 */
public record ProtocolCheck(
    String id,
    String protocolId,
    String title,
    String rule,
    List<Role> responsible,
    HfacsLayer layer,
    List<Basis> basis,
    List<String> signals,
    Energy energy,
    boolean directControl) {

  public ProtocolCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(protocolId, "protocolId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(layer, "layer");
    responsible = List.copyOf(responsible);
    basis = List.copyOf(basis);
    signals = List.copyOf(signals);
  }

  /** Whether any basis is confirmed Safety Bulletin #1 wording. */
  public boolean confirmedBulletinText() {
    return basis.stream().anyMatch(b -> b.kind() == BasisKind.BULLETIN_VERBATIM);
  }
}
