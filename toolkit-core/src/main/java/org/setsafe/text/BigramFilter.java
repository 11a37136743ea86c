package org.setsafe.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns a stream of words into the pairs of adjacent words ("live round", "round found"), leaving
 * out pairs that a removed stop word separated ("found among the dummy" gives no "among dummi").
 */
final class BigramFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder previous = new StringBuilder();
  private int previousStart = -1;

  BigramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      boolean adjacent = previousStart >= 0 && inc.getPositionIncrement() == 1;
      String current = term.toString();
      int start = offset.startOffset();
      int end = offset.endOffset();
      if (adjacent) {
        term.setEmpty().append(previous).append(' ').append(current);
        offset.setOffset(previousStart, end);
        inc.setPositionIncrement(1);
      }
      previous.setLength(0);
      previous.append(current);
      previousStart = start;
      if (adjacent) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previous.setLength(0);
    previousStart = -1;
  }
}
