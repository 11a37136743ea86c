/**
 * The report run ({@link org.setsafe.report.ReportWriter}): reads the records once, gathers the
 * figures, and writes the workbook's sheets and the charts. The workbook layer is in {@code
 * report.book}, the sheets in {@code report.sheet}, the charts in {@code report.chart}.
 */
package org.setsafe.report;
