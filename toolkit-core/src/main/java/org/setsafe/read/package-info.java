/**
 * Reading tabular input: the rows of a CSV file ({@link org.setsafe.read.CsvInput}) or of a sheet
 * of an XLSX workbook ({@link org.setsafe.read.XlsxInput}), each with where it starts and its text
 * as it stood, behind one {@link org.setsafe.read.RowSource}; and what reading finds: located
 * {@link org.setsafe.read.Diagnostic}s, the listener that hears them, and each file's row
 * accounting ({@link org.setsafe.read.FileStats}).
 */
package org.setsafe.read;
