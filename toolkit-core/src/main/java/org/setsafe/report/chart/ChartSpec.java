package org.setsafe.report.chart;

import java.util.Objects;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What one chart shows, before it is drawn: its data, titles and axis labels. Built from an
 * analysis by {@link ReportCharts} and drawn by {@link ChartRenderer}, so tests can check the
 * numbers without looking at pixels.
 *
 * @param name the file name stem, e.g. {@code failed-checks-pareto}
 * @param bars the bar values: rows are series, columns are categories
 * @param line for a Pareto chart, the cumulative share (0-1) per category on a second axis; else
 *     null
 * @param emptyMessage what the chart says when there is nothing to show
 */
public record ChartSpec(
    String name,
    Shape shape,
    String title,
    String subtitle,
    String categoryAxis,
    String valueAxis,
    DefaultCategoryDataset bars,
    DefaultCategoryDataset line,
    String emptyMessage) {

  /** How the bars are drawn. */
  public enum Shape {
    /** Vertical bars, one series, with a cumulative-share line on a second axis. */
    PARETO,
    /** Vertical bars, series side by side. */
    BARS,
    /** Horizontal bars, series side by side (for long category names). */
    HORIZONTAL_BARS,
    /** Vertical bars, series stacked. */
    STACKED_BARS,
    /** Horizontal bars, series stacked. */
    HORIZONTAL_STACKED_BARS
  }

  public ChartSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(bars, "bars");
    if ((shape == Shape.PARETO) != (line != null)) {
      throw new IllegalArgumentException("a Pareto chart, and only it, has a cumulative line");
    }
  }

  /** Whether there is anything to draw. */
  public boolean isEmpty() {
    return bars.getColumnCount() == 0;
  }
}
