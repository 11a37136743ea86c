package org.setsafe.protocol;

import java.util.Objects;

/**
 * One ground for a check: bulletin text, practice, a finding or reporting, with where it was read.
 *
 * @param quote for {@link BasisKind#BULLETIN_VERBATIM verbatim} wording, the exact words claimed
 *     (also found in {@code text}); null otherwise
 * @param excerpt the passage of the cited source that holds {@code quote}, kept beside it so the
 *     claim can be checked without the source at hand; null when no quote is claimed
 */
public record Basis(BasisKind kind, String text, String url, String quote, String excerpt) {
  public Basis {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A basis that quotes nothing. */
  public Basis(BasisKind kind, String text, String url) {
    this(kind, text, url, null, null);
  }
}
