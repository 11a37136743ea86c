/**
 * The report run ({@link org.setsafe.report.ReportWriter}): reads the records its {@link
 * org.setsafe.report.ReportInputs} hand it once (never a path), fixes the figures, and writes the
 * sheets {@link org.setsafe.report.ReportSheets} declares and the charts. The workbook layer is in
 * {@code report.book}, the sheets in {@code report.sheet}, the charts in {@code report.chart}.
 */
package org.setsafe.report;
