package org.setsafe.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A safety checklist, e.g. firearms, with its references.
 *
 * @param signalContext words one of which a description must hold for the signals of this
 *     protocol's checks to count (for firearms: gun, revolver, blank, ...), so that "finger on the
 *     trigger" of a nail gun suggests nothing; empty when the signals count in any description
 */
public record Protocol(
    String id,
    String title,
    String description,
    List<Reference> references,
    List<ProtocolCheck> checks,
    List<String> signalContext) {

  /** A document the protocol relates to. */
  public record Reference(String title, String publisher, String url) {}

  public Protocol {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    references = List.copyOf(references);
    checks = List.copyOf(checks);
    signalContext = List.copyOf(signalContext);
  }
}
