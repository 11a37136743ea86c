package org.setsafe.compare;

import java.util.List;
import org.setsafe.model.IncidentRecord;

/**
 * How alike the words of incidents are: the part of a precedent's score that reads titles,
 * summaries, notes and the evidence of checks. This package defines it and uses it; {@code
 * org.setsafe.text} implements it (an in-memory Lucene index, English analysis, BM25), so that
 * {@code compare} stays free of any text-search library.
 */
public interface TextSimilarity {

  /** A new, empty corpus to add incidents to. */
  Corpus corpus();

  /** No likeness of words at all: every pair scores 0 and shares no word. */
  TextSimilarity NONE =
      () ->
          new Corpus() {
            private int size;

            @Override
            public int add(IncidentRecord r) {
              return size++;
            }

            @Override
            public double[] similar(int doc) {
              return new double[size];
            }

            @Override
            public List<String> sharedWords(int a, int b, int max) {
              return List.of();
            }
          };

  /** The incidents whose words are compared with each other. */
  interface Corpus {
    /**
     * Adds one incident's words; returns its document number (0 for the first, then 1, 2, ...).
     * Every incident is added before the first {@link #similar} call.
     */
    int add(IncidentRecord r);

    /**
     * How alike every document's words are to those of document {@code doc}, indexed by document
     * number: 0 when nothing is shared, 1 when a document is as alike as {@code doc} is to itself.
     */
    double[] similar(int doc);

    /**
     * The words documents {@code a} and {@code b} share, the most telling first (rare words and
     * two-word phrases before common words), as they are written in {@code a}; at most {@code max}.
     */
    List<String> sharedWords(int a, int b, int max);
  }
}
