package org.setsafe.protocol;

import java.util.Objects;

/** One ground for a check: bulletin text, practice or a finding, with where it was read. */
public record Basis(BasisKind kind, String text, String url) {
  public Basis {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
