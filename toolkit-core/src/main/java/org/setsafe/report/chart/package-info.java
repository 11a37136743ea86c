/**
 * The report's charts: what each shows ({@link org.setsafe.report.chart.ChartSpec}, built by {@link
 * org.setsafe.report.chart.ReportCharts}), drawn as PNG and SVG ({@link
 * org.setsafe.report.chart.ChartRenderer}) on a thread of their own, and the Charts sheet.
 */
package org.setsafe.report.chart;
