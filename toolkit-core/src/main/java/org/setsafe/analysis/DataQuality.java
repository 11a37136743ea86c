package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;

/**
 * What ingest rejected or flagged, per file, and what the report itself had to change (text cut at
 * a cell's limit, control characters removed). Keeps every count and the first problems verbatim.
 */
public final class DataQuality implements IngestListener {
  /** How many problems are kept verbatim. */
  public static final int KEEP = 1000;

  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<String, long[]> perFile = new LinkedHashMap<>();
  private final List<FileStats> files = new ArrayList<>();
  private final List<String[]> flags = new ArrayList<>();
  private final Map<String, Long> flagCounts = new LinkedHashMap<>();
  private long errors;
  private long warnings;
  private Diagnostic firstError;

  @Override
  public synchronized void report(Diagnostic d) {
    long[] c = perFile.computeIfAbsent(d.file(), k -> new long[2]);
    if (d.isError()) {
      errors++;
      c[0]++;
      if (firstError == null) {
        firstError = d;
      }
    } else {
      warnings++;
      c[1]++;
    }
    if (problems.size() < KEEP) {
      problems.add(d);
    }
  }

  /**
   * A warning from the words of a description against what the row records (the words speak of
   * hospital, the severity says injury): the incident it names, its input file, and the warning
   * with the words and what setsafe inferred from them.
   */
  public record WordsWarning(String incidentId, String file, String message) {}

  private final List<WordsWarning> wordsWarnings = new ArrayList<>();
  private long wordsWarningCount;

  /** Records a warning from the words of an incident's description. */
  public synchronized void warnFromWords(String incidentId, String file, String message) {
    wordsWarningCount++;
    if (wordsWarnings.size() < KEEP) {
      wordsWarnings.add(new WordsWarning(incidentId, file, message));
    }
  }

  /** The warnings from words kept (the first {@link #KEEP}). */
  public synchronized List<WordsWarning> wordsWarnings() {
    return List.copyOf(wordsWarnings);
  }

  /** Every warning from words, kept or not. */
  public synchronized long wordsWarningCount() {
    return wordsWarningCount;
  }

  /** Records the accounting of the files read. */
  public synchronized void addFiles(List<FileStats> stats) {
    files.addAll(stats);
  }

  /** Records something the report changed: {@code where} (sheet and cell) and {@code what}. */
  public synchronized void flag(String kind, String where, String what) {
    flagCounts.merge(kind, 1L, Long::sum);
    if (flags.size() < KEEP) {
      flags.add(new String[] {kind, where, what});
    }
  }

  /** The first error reported (kept whatever {@link #KEEP} leaves out), or null. */
  public synchronized Diagnostic firstError() {
    return firstError;
  }

  public synchronized List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  public synchronized List<FileStats> files() {
    return List.copyOf(files);
  }

  /** Errors and warnings reported for a file. */
  public synchronized long[] counts(String file) {
    long[] c = perFile.get(file);
    return c == null ? new long[2] : c.clone();
  }

  public synchronized long errors() {
    return errors;
  }

  public synchronized long warnings() {
    return warnings;
  }

  /** Report-time changes: kind, where, what (the first {@link #KEEP}). */
  public synchronized List<String[]> flags() {
    return List.copyOf(flags);
  }

  /** Report-time changes counted by kind. */
  public synchronized Map<String, Long> flagCounts() {
    return new LinkedHashMap<>(flagCounts);
  }
}
