/**
 * The report's sheets (Summary, Incidents, Actions, Check failures, the breakdowns, the lessons
 * from history, ...), each written from the report's figures ({@link
 * org.setsafe.report.sheet.ReportFigures}) through the workbook layer.
 */
package org.setsafe.report.sheet;
