package org.setsafe.text;

import org.setsafe.compare.Precedents;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Precedents that read the words: likeness of words by {@link LuceneTextSimilarity}, and the checks
 * a description suggests ({@link CheckSuggester}) added to the target and the user's log as
 * inferred failures.
 */
public final class TextPrecedents {
  private TextPrecedents() {}

  /** Precedent ranking with words and suggestions, for the checks of {@code catalog}. */
  public static Precedents create(ProtocolCatalog catalog) {
    CheckSuggester suggester =
        catalog == ProtocolCatalog.bundled()
            ? CheckSuggester.bundled()
            : CheckSuggester.of(catalog);
    return new Precedents(catalog, new LuceneTextSimilarity(), suggester::withSuggestions);
  }
}
