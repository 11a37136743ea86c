package org.setsafe.protocol;

import java.util.List;
import java.util.Objects;

/** A safety checklist, e.g. firearms, with its references. */
public record Protocol(
    String id,
    String title,
    String description,
    List<Reference> references,
    List<ProtocolCheck> checks) {

  /** A document the protocol relates to. */
  public record Reference(String title, String publisher, String url) {}

  public Protocol {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    references = List.copyOf(references);
    checks = List.copyOf(checks);
  }
}
