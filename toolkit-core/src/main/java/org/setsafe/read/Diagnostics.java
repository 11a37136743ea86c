package org.setsafe.read;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given (up to a limit) and counts everything. */
public final class Diagnostics implements IngestListener {
  private final int keep;
  private final List<Diagnostic> kept = new ArrayList<>();
  private long errors;
  private long warnings;
  private Diagnostic firstError;

  public Diagnostics() {
    this(Integer.MAX_VALUE);
  }

  /** Keeps at most {@code keep} diagnostics; counts all. */
  public Diagnostics(int keep) {
    this.keep = keep;
  }

  @Override
  public synchronized void report(Diagnostic d) {
    if (d.isError()) {
      errors++;
      if (firstError == null) {
        firstError = d;
      }
    } else {
      warnings++;
    }
    if (kept.size() < keep) {
      kept.add(d);
    }
  }

  public synchronized List<Diagnostic> list() {
    return List.copyOf(kept);
  }

  public synchronized long errors() {
    return errors;
  }

  public synchronized long warnings() {
    return warnings;
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  /** The first error given (kept whatever the limit), or null. */
  public synchronized Diagnostic firstError() {
    return firstError;
  }

  /**
   * Fails when any error was given, naming the first one (warnings are not problems here).
   *
   * @throws InputException "N problem(s) in the input, the first: ..." with a pointer to validate
   */
  public synchronized void requireNoErrors() {
    if (errors > 0) {
      throw new InputException(
          errors
              + " problem(s) in the input, the first: "
              + firstError
              + " (run 'setsafe validate' to see them all)");
    }
  }
}
