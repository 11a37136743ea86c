package org.setsafe.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The one English analysis that both word likeness and check suggestions go through: words split as
 * Unicode text segmentation does, possessives dropped, lower case, tool names joined ({@link
 * ToolWordFilter}: a nail gun is not a gun), English stop words removed except the negations "no"
 * and "not", then Porter stemming ("rounds" and "round" are one word). The {@link #PHRASES} field
 * holds the pairs of adjacent words instead ("live round").
 */
public final class Words {
  /** The field of single words. */
  static final String WORDS = "words";

  /** The field of two-word phrases: adjacent words with no stop word between them. */
  static final String PHRASES = "phrases";

  /** Lucene's English stop words, less the negations a suggestion must see. */
  static final CharArraySet STOP_WORDS = stopWords();

  private static final Analyzer ANALYZER = new English();

  private Words() {}

  private static CharArraySet stopWords() {
    CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size(), false);
    for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      String word = new String((char[]) w);
      if (!word.equals("no") && !word.equals("not")) {
        s.add(word);
      }
    }
    return CharArraySet.unmodifiableSet(s);
  }

  /**
   * The analyzer: single words in {@link #WORDS} (and any other field), phrases in {@link
   * #PHRASES}.
   */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /**
   * One word of a text after analysis.
   *
   * @param term the analysed form (lower case, stemmed)
   * @param start where the word starts in the text (a char offset)
   * @param end where it ends (exclusive)
   * @param gap true when a stop word (or more) was removed just before it
   */
  record Token(String term, int start, int end, boolean gap) {}

  /** The single words of {@code text}, in order. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(WORDS, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            new Token(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                inc.getPositionIncrement() > 1));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
    return out;
  }

  /** The terms of {@code text}, in order (for phrases and signals). */
  static List<String> terms(String text) {
    return tokens(text).stream().map(Token::term).toList();
  }

  private static final class English extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream t = new EnglishPossessiveFilter(source);
      t = new LowerCaseFilter(t);
      t = new ToolWordFilter(t);
      t = new StopFilter(t, STOP_WORDS);
      t = new PorterStemFilter(t);
      if (PHRASES.equals(field)) {
        t = new BigramFilter(t);
      }
      return new TokenStreamComponents(source, t);
    }
  }
}
