package org.setsafe.protocol;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.Energy;
import org.setsafe.model.Role;

/**
 * One check of a safety protocol: a stable id, the rule, who owns it, its basis and layer of
 * defence, and the words that signal its failure in a description.
 *
 * @param signals phrases whose presence in an incident's description suggests the check failed
 *     ("live rounds found"); matched word for word after English analysis (stemming, stop words),
 *     see {@code org.setsafe.text.CheckSuggester}
 * @param energy the energy the check controls; null for a check that targets no one energy but
 *     supports the control of whatever energy the hazard carries (a risk assessment, a safety
 *     meeting, limits on working hours: {@code "energy": "any"} in the protocol file)
 * @param control the kind of control the check is, on the hierarchy of controls
 * @param directControl whether the check is a direct control in the sense of high-energy control
 *     assessment (Construction Safety Research Alliance; Edison Electric Institute's Safety
 *     Classification and Learning model): it targets one high energy, is effective when installed,
 *     verified and used, and survives an unintentional human error. Elimination (no live ammunition
 *     on set), substitution (a non-firing replica), physical barriers, locks and lockout, and fall
 *     arrest count; training, procedures, meetings, warnings and supervision do not. A direct
 *     control always names its {@code energy} and is never {@link ControlType#ADMINISTRATIVE}.
 * @param required whether a production is expected to make this check whenever it does the
 *     protocol's activity ({@code "required": true}; default false)
 * @param notWhen phrases that, in the same sentence as a signal or a limit's number, cancel it
 *     ("nail gun", "discharged from hospital"); matched like signals
 * @param limits numbers the check sets, which a description's number fails ("fired at 8 ft" fails a
 *     20 ft stand-off)
 * @param controls the things or people the check puts in place (a blade guard, a standby diver,
 *     sandbags), named in its rule; a description that says one was absent ("no sandbags", "the
 *     guard was tied back") suggests the check failed, see {@code org.setsafe.text.CheckSuggester}
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
    ControlType control,
    boolean directControl,
    boolean required,
    List<String> notWhen,
    List<Limit> limits,
    List<String> controls) {

  public ProtocolCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(protocolId, "protocolId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(control, "control");
    if (directControl && (energy == null || !control.physical())) {
      throw new IllegalArgumentException(
          id
              + " is marked a direct control, but a direct control targets one energy (not 'any')"
              + " and is not administrative");
    }
    responsible = List.copyOf(responsible);
    basis = List.copyOf(basis);
    signals = List.copyOf(signals);
    notWhen = List.copyOf(notWhen);
    limits = List.copyOf(limits);
    controls = List.copyOf(controls);
  }

  /** Whether any basis is confirmed Safety Bulletin #1 wording. */
  public boolean confirmedBulletinText() {
    return basis.stream().anyMatch(b -> b.kind() == BasisKind.BULLETIN_VERBATIM);
  }
}
