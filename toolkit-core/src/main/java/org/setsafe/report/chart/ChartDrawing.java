package org.setsafe.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn as PNG and SVG on a thread of their own. The thread starts with the
 * run and first draws a small chart nobody sees, so that loading the chart library, the fonts and
 * the image encoders (about a third of a small report's time) happens while the workbook is set up
 * and the inputs are read; it draws the real charts once {@link #draw} hands it their specs, while
 * the sheets are written. Only the specs are shared with it, made before they are handed over and
 * never changed after.
 */
public final class ChartDrawing implements AutoCloseable {
  /** One chart rendered: its spec, its PNG bytes and its SVG document. */
  public record Rendered(ChartSpec spec, byte[] png, String svg) {}

  private final CompletableFuture<List<ChartSpec>> specs = new CompletableFuture<>();
  private final FutureTask<List<Rendered>> task;

  private ChartDrawing(int width, int height) {
    this.task =
        new FutureTask<>(
            () -> {
              warmUp();
              List<Rendered> out = new ArrayList<>();
              for (ChartSpec spec : specs.get()) {
                JFreeChart chart = ChartRenderer.chart(spec);
                out.add(
                    new Rendered(
                        spec,
                        ChartRenderer.png(chart, width, height),
                        ChartRenderer.svg(chart, width, height)));
              }
              return out;
            });
  }

  /** Starts the drawing thread for charts of {@code width} x {@code height} pixels. */
  public static ChartDrawing begin(int width, int height) {
    ChartDrawing d = new ChartDrawing(width, height);
    Thread t = new Thread(d.task, "setsafe-charts");
    t.setDaemon(true);
    t.start();
    return d;
  }

  /** Hands over the charts to draw, in their order. */
  public void draw(List<ChartSpec> charts) {
    specs.complete(List.copyOf(charts));
  }

  /** The charts drawn, in the order handed over; waits for them. A failure to draw is rethrown. */
  public List<Rendered> get() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing the charts", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("could not draw the charts", e.getCause());
    }
  }

  /** Ends the thread of a run that stops before its charts are handed over. */
  @Override
  public void close() {
    specs.cancel(false);
  }

  /** Draws a small Pareto chart (bars and a line) and throws it away. */
  private static void warmUp() {
    try {
      DefaultCategoryDataset bars = new DefaultCategoryDataset();
      DefaultCategoryDataset line = new DefaultCategoryDataset();
      bars.addValue(2, "Failures", "A");
      bars.addValue(1, "Failures", "B");
      line.addValue(0.67, "Share", "A");
      line.addValue(1.0, "Share", "B");
      JFreeChart chart =
          ChartRenderer.chart(
              new ChartSpec(
                  "warm-up",
                  ChartSpec.Shape.PARETO,
                  "Warm-up",
                  "not shown",
                  "Check",
                  "Failures",
                  bars,
                  line,
                  "none"));
      ChartRenderer.png(chart, 240, 160);
      ChartRenderer.svg(chart, 240, 160);
    } catch (RuntimeException e) {
      // only a head start: the real charts report any failure to draw
    }
  }
}
