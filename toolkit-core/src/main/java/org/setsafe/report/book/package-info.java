/**
 * The workbook layer: a streaming workbook and its styles ({@link org.setsafe.report.book.Book}),
 * its pages, tables of typed cells ({@link org.setsafe.report.book.SheetTable}), text made to fit a
 * cell and measured ({@link org.setsafe.report.book.TextFit}), and the zip stream that saves it. It
 * knows no sheet of the report.
 */
package org.setsafe.report.book;
