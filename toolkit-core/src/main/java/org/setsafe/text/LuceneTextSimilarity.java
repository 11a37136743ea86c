package org.setsafe.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.setsafe.compare.TextSimilarity;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;

/**
 * Word likeness with Lucene: each incident's title, summary, note and the evidence of its checks go
 * into an in-memory index (a {@link ByteBuffersDirectory}) through the English analysis of {@link
 * Words}; one incident's words, as a query, score every other incident by BM25.
 *
 * <p>The query holds each distinct word of the incident, and each two-word phrase at {@link
 * #PHRASE_BOOST}, so "live round" counts beyond "live" and "round". A score is divided by the score
 * the incident gets against itself, so likeness runs from 0 (no word shared) to 1 (as alike as
 * itself; more is cut to 1), whatever the length of its text.
 */
public final class LuceneTextSimilarity implements TextSimilarity {
  /** The weight of a shared two-word phrase beside that of a shared word. */
  static final float PHRASE_BOOST = 0.5f;

  /** Lucene's limit on the clauses of one query (words and phrases together). */
  private static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount();

  private static final String NUMBER = "n";

  @Override
  public TextSimilarity.Corpus corpus() {
    return new Corpus();
  }

  /** The text indexed for an incident: title, summary, note and the evidence of its checks. */
  public static String text(IncidentRecord r) {
    StringBuilder b = new StringBuilder(r.incident().title());
    append(b, r.incident().summary());
    append(b, r.incident().note());
    for (CheckResult c : r.checks()) {
      if (!CheckSuggester.suggested(c)) {
        append(b, c.evidence());
      }
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String s) {
    if (s != null && !s.isBlank()) {
      b.append("\n").append(s);
    }
  }

  private static final class Corpus implements TextSimilarity.Corpus {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<String> texts = new ArrayList<>();
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private int[] numbers;

    Corpus() {
      try {
        IndexWriterConfig config =
            new IndexWriterConfig(Words.analyzer())
                .setUseCompoundFile(false)
                .setCommitOnClose(false)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setMergeScheduler(new SerialMergeScheduler())
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the word index", e);
      }
    }

    @Override
    public int add(IncidentRecord r) {
      if (reader != null) {
        throw new IllegalStateException("the corpus is searched already; add every incident first");
      }
      String text = text(r);
      int n = texts.size();
      texts.add(text);
      Document d = new Document();
      d.add(new TextField(Words.WORDS, text, Field.Store.NO));
      d.add(new TextField(Words.PHRASES, text, Field.Store.NO));
      d.add(new NumericDocValuesField(NUMBER, n));
      try {
        writer.addDocument(d);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot index " + r.id(), e);
      }
      return n;
    }

    private void open() {
      if (reader != null) {
        return;
      }
      try {
        // a near-real-time reader: the index is searched as it is in memory, never committed
        reader = DirectoryReader.open(writer);
        writer.close();
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        numbers = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
          NumericDocValues v = leaf.reader().getNumericDocValues(NUMBER);
          if (v == null) {
            continue;
          }
          for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
            numbers[leaf.docBase + d] = (int) v.longValue();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the word index", e);
      }
    }

    @Override
    public double[] similar(int doc) {
      open();
      double[] out = new double[texts.size()];
      Query q = query(texts.get(doc));
      if (q == null) {
        return out;
      }
      try {
        ScoreDoc[] hits = searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs;
        double self = 0;
        for (ScoreDoc h : hits) {
          int n = numbers[h.doc];
          out[n] = h.score;
          if (n == doc) {
            self = h.score;
          }
        }
        for (int i = 0; i < out.length; i++) {
          out[i] = self <= 0 ? 0 : Math.sqrt(Math.min(1, out[i] / self));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot search the word index", e);
      }
      return out;
    }

    /**
     * Each distinct word and phrase of {@code text} once, the rarest first up to Lucene's limit.
     */
    private Query query(String text) {
      List<Words.Token> tokens = Words.tokens(text);
      Set<String> words = new LinkedHashSet<>();
      Set<String> phrases = new LinkedHashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        words.add(tokens.get(i).term());
        if (i > 0 && !tokens.get(i).gap()) {
          phrases.add(tokens.get(i - 1).term() + " " + tokens.get(i).term());
        }
      }
      if (words.isEmpty()) {
        return null;
      }
      List<TermQuery> clauses = new ArrayList<>();
      Map<TermQuery, Integer> df = new HashMap<>();
      try {
        for (String w : words) {
          TermQuery t = new TermQuery(new Term(Words.WORDS, w));
          clauses.add(t);
          df.put(t, reader.docFreq(t.getTerm()));
        }
        for (String p : phrases) {
          TermQuery t = new TermQuery(new Term(Words.PHRASES, p));
          clauses.add(t);
          df.put(t, reader.docFreq(t.getTerm()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word index", e);
      }
      if (clauses.size() > MAX_CLAUSES) {
        clauses.sort(Comparator.comparingInt(df::get));
        clauses = clauses.subList(0, MAX_CLAUSES);
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (TermQuery t : clauses) {
        Query q = t.getTerm().field().equals(Words.PHRASES) ? new BoostQuery(t, PHRASE_BOOST) : t;
        b.add(q, BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }

    @Override
    public List<String> sharedWords(int a, int b, int max) {
      open();
      List<Words.Token> ta = Words.tokens(texts.get(a));
      Map<String, Integer> countA = counts(ta);
      Map<String, Integer> countB = counts(Words.tokens(texts.get(b)));
      String text = texts.get(a);
      // each shared word and phrase once, as first written in a, with its weight
      Map<String, Shared> shared = new LinkedHashMap<>();
      for (int i = 0; i < ta.size(); i++) {
        Words.Token t = ta.get(i);
        if (countB.containsKey(t.term()) && !shared.containsKey(t.term()) && shown(t.term())) {
          double idf = idf(t.term());
          if (idf >= MIN_SHOWN_IDF) {
            shared.put(
                t.term(),
                new Shared(
                    t.term(),
                    null,
                    surface(text, t.start(), t.end()),
                    idf * tf(countA, countB, t.term())));
          }
        }
        if (i > 0 && !ta.get(i).gap()) {
          Words.Token p = ta.get(i - 1);
          String phrase = p.term() + " " + t.term();
          String written = surface(text, p.start(), t.end());
          if (countB.containsKey(phrase)
              && !shared.containsKey(phrase)
              && shown(p.term())
              && shown(t.term())
              && written.chars().noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0)) {
            double idf = idf(p.term()) + idf(t.term());
            if (idf >= 2 * MIN_SHOWN_IDF) {
              shared.put(
                  phrase,
                  new Shared(p.term(), t.term(), written, idf * tf(countA, countB, phrase)));
            }
          }
        }
      }
      List<Shared> ranked = new ArrayList<>(shared.values());
      ranked.sort(Comparator.comparingDouble(Shared::weight).reversed());
      List<String> out = new ArrayList<>();
      Set<String> covered = new HashSet<>();
      Set<String> seen = new HashSet<>();
      for (Shared s : ranked) {
        if (out.size() >= max) {
          break;
        }
        if (s.second == null && covered.contains(s.first)) {
          continue;
        }
        if (s.second != null && covered.contains(s.first) && covered.contains(s.second)) {
          continue;
        }
        if (!seen.add(s.surface.toLowerCase(Locale.ROOT))) {
          continue;
        }
        out.add(s.surface);
        covered.add(s.first);
        if (s.second != null) {
          covered.add(s.second);
        }
      }
      return out;
    }

    /** How often each word and adjacent pair occurs. */
    private static Map<String, Integer> counts(List<Words.Token> tokens) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        m.merge(tokens.get(i).term(), 1, Integer::sum);
        if (i > 0 && !tokens.get(i).gap()) {
          m.merge(tokens.get(i - 1).term() + " " + tokens.get(i).term(), 1, Integer::sum);
        }
      }
      return m;
    }

    /** A word both texts dwell on counts more than one each mentions once. */
    private static double tf(Map<String, Integer> a, Map<String, Integer> b, String term) {
      return Math.log(1 + Math.min(a.get(term), b.get(term))) / Math.log(2);
    }

    private double idf(String term) {
      try {
        long n = reader.numDocs();
        long df = reader.docFreq(new Term(Words.WORDS, term));
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word index", e);
      }
    }
  }

  private record Shared(String first, String second, String surface, double weight) {}

  /**
   * Whether a shared word is worth naming: not a number, and not a word of dates or of the
   * reference data's own hedging ("our reading", "unconfirmed"), which says nothing of what
   * happened.
   */
  private static boolean shown(String term) {
    return !term.chars().allMatch(Character::isDigit) && !NOT_SHOWN.contains(term);
  }

  private static final Set<String> NOT_SHOWN = notShown();

  private static Set<String> notShown() {
    Set<String> s = new HashSet<>();
    for (String w :
        List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "our",
            "reading",
            "unconfirmed",
            "suspected",
            "per",
            "a.m",
            "p.m",
            "am",
            "pm")) {
      s.addAll(Words.terms(w));
    }
    return Set.copyOf(s);
  }

  /** Punctuation that ends a clause: a phrase across it is not one. */
  private static final String CLAUSE_MARKS = ".,;:!?()[]\"";

  /** Words in more than about a quarter of the incidents are too common to name as shared. */
  private static final double MIN_SHOWN_IDF = 1.0;

  /**
   * The words as written, in lower case unless they are written in capitals beyond the first letter
   * (an acronym or a name such as SFX).
   */
  private static String surface(String text, int start, int end) {
    String s = text.substring(start, end).replaceAll("\\s+", " ");
    boolean innerCapital = false;
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i)) && Character.isLetter(s.charAt(i - 1))) {
        innerCapital = true;
      }
    }
    return innerCapital ? s : s.toLowerCase(Locale.ROOT);
  }
}
