package org.setsafe.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Named moments of a run, for the tests that interrupt setsafe in a child JVM: with the system
 * property {@value #PROPERTY} set to a moment's name, the run prints {@code setsafe: at NAME} on
 * standard error at each moment it passes, and at the named one waits for a line on standard input
 * before it goes on. A test can then send its signal exactly there, however fast or slow the
 * machine. Without the property (as setsafe always runs but in those tests) a moment does nothing.
 *
 * <p>Tests within one process watch the moments instead ({@link #watch}): the watcher is called on
 * the thread that passes each one, and may block it there.
 *
 * <ul>
 *   <li>{@value #LOCKED}: the run holds the lock of the folder it writes ({@link FolderLock});
 *   <li>{@value #READ_ROWS}: a thousand records read from an input (the outputs' work folder holds
 *       part of the new outputs);
 *   <li>{@value #SWITCH_READY}: the new outputs are complete in their work folder, the old ones in
 *       place;
 *   <li>{@value #SWITCH_JOURNALED}: a report's switch is decided (its journal written), no file yet
 *       moved: from here on a killed run's switch is finished by the next run;
 *   <li>{@code switch-rename-N} ({@link #rename}): just before the Nth rename of a report's switch
 *       (old outputs aside, new ones in);
 *   <li>{@value #SWITCH_MOVING}: the outputs are part-way through their switch (old and new mixed);
 *   <li>{@value #SWITCH_DONE}: the new outputs are in place, the work folder not yet deleted;
 *   <li>{@value #EXIT_WAITS}: the clean-up at exit (on an interrupt) waits for a switch under way
 *       to end before it deletes the run's temporary files.
 * </ul>
 */
public final class Moments {
  /** The system property naming the moment to stop at. */
  public static final String PROPERTY = "setsafe.stopAt";

  public static final String LOCKED = "locked";
  public static final String READ_ROWS = "read-rows";
  public static final String SWITCH_JOURNALED = "switch-journaled";
  public static final String SWITCH_READY = "switch-ready";
  public static final String SWITCH_MOVING = "switch-moving";
  public static final String SWITCH_DONE = "switch-done";
  public static final String EXIT_WAITS = "exit-waits";

  /** Records read before {@link #READ_ROWS}. */
  static final long ROWS = 1_000;

  private static final String STOP_AT = System.getProperty(PROPERTY);

  private Moments() {}

  private static volatile Consumer<String> watcher;

  /** The moment just before the {@code n}th rename (from 1) of a report's switch. */
  public static String rename(int n) {
    return "switch-rename-" + n;
  }

  /**
   * Calls {@code w} at each moment passed in this process (null: no more); for tests that run
   * setsafe on threads of their own.
   */
  public static void watch(Consumer<String> w) {
    watcher = w;
  }

  /** Passes the moment {@code name}: prints it and, when it is the one to stop at, waits. */
  public static void reached(String name) {
    Consumer<String> w = watcher;
    if (w != null) {
      w.accept(name);
    }
    if (STOP_AT == null) {
      return;
    }
    PrintStream err = System.err;
    err.println("setsafe: at " + name);
    err.flush();
    if (name.equals(STOP_AT)) {
      waitForALine(System.in);
    }
  }

  /**
   * {@code out}, passing {@link #READ_ROWS} before its thousandth item; {@code out} itself when no
   * moment is watched.
   */
  public static <T> Consumer<T> readRows(Consumer<T> out) {
    if (STOP_AT == null && watcher == null) {
      return out;
    }
    long[] n = {0};
    return t -> {
      if (++n[0] == ROWS) {
        reached(READ_ROWS);
      }
      out.accept(t);
    };
  }

  private static void waitForALine(InputStream in) {
    try {
      for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
        // the line's text does not matter
      }
    } catch (IOException e) {
      // an input that cannot be read ends the wait
    }
  }
}
