/**
 * Understanding incidents from their words, with Lucene: the English analysis both parts share
 * ({@link org.setsafe.text.Words}), word likeness for precedents ({@link
 * org.setsafe.text.LuceneTextSimilarity}, behind {@link org.setsafe.compare.TextSimilarity}) and
 * the protocol checks a description suggests ({@link org.setsafe.text.CheckSuggester}).
 *
 * <p>Only this package imports Lucene: {@code model}, {@code analysis} and {@code compare} stay
 * free of it (Architecture_PackagesTest, in toolkit-cli).
 */
package org.setsafe.text;
