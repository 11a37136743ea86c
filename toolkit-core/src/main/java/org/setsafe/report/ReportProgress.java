package org.setsafe.report;

/**
 * Hears how a report run is going, e.g. to draw a progress bar. Calls come from the writing thread.
 */
public interface ReportProgress {
  /** Says nothing. */
  ReportProgress NONE = new ReportProgress() {};

  /** How often {@link #rows} is called: every this many incidents. */
  int EVERY = 10_000;

  /** A new step begins, e.g. "reading", "charts", "saving". */
  default void step(String name) {}

  /** Incidents read so far (every {@link #EVERY} and once at the end of reading). */
  default void rows(long incidents) {}

  /** The run is over (written or failed). */
  default void done() {}
}
