package org.setsafe.protocol;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.Role;

/**
 * One check of a safety protocol: a stable id, the rule, who owns it, its basis and layer of
 * defence, and the phrases that signal its failure in a description.
 *
 * @param signals phrases whose presence in an incident's description suggests the check failed
 *     ("live rounds found"); matched word for word after English analysis (stemming, stop words),
 *     see {@code org.setsafe.text.CheckSuggester}
 */
public record ProtocolCheck(
    String id,
    String protocolId,
    String title,
    String rule,
    List<Role> responsible,
    HfacsLayer layer,
    List<Basis> basis,
    List<String> signals) {

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
