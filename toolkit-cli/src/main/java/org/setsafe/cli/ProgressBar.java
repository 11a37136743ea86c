package org.setsafe.cli;

import java.io.PrintWriter;
import org.setsafe.report.ReportProgress;

/**
 * A one-line progress bar on standard error for long report runs: the step, a bar scaled to the
 * estimated rows, and the incidents read. Redrawn in place with a carriage return; cleared when the
 * run ends.
 */
final class ProgressBar implements ReportProgress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long estimate;
  private String step = "";
  private long rows;
  private int lastLength;

  ProgressBar(PrintWriter err, long estimatedRows) {
    this.err = err;
    this.estimate = Math.max(1, estimatedRows);
  }

  @Override
  public void step(String name) {
    step = name;
    draw();
  }

  @Override
  public void rows(long incidents) {
    rows = incidents;
    draw();
  }

  @Override
  public void done() {
    err.print("\r" + " ".repeat(lastLength) + "\r");
    err.flush();
  }

  private void draw() {
    String line;
    if (step.equals("reading")) {
      // the estimate is rough: the bar stops short of full until reading is over
      double share = Math.min(0.99, (double) rows / estimate);
      int filled = (int) (share * WIDTH);
      line =
          String.format(
              "setsafe: reading   [%s%s] %3d%%  %,d incidents",
              "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(share * 100), rows);
    } else {
      line = String.format("setsafe: %s (%,d incidents read)", step, rows);
    }
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    lastLength = line.length();
    err.flush();
  }
}
