package org.setsafe.report.sheet;

import java.util.List;
import java.util.Map;
import org.setsafe.analysis.DataQuality;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.FileStats;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Data quality sheet: rows read, imported and rejected per file; what this report changed to
 * fit a workbook; and every problem ingest reported (the first {@link DataQuality#KEEP}, with the
 * totals).
 */
public final class DataQualitySheet {
  public static final String NAME = "Data quality";

  private DataQualitySheet() {}

  public static void write(Page page, DataQuality q) {
    Book book = page.book;
    page.note(book.heading, "Files read");
    SheetTable files =
        SheetTable.section(
            page,
            List.of(
                Column.text("File", 50),
                Column.text("Read as", 22),
                Column.integer("Rows read"),
                Column.integer("Imported"),
                Column.integer("Rejected"),
                Column.integer("Blank rows skipped"),
                Column.integer("Errors"),
                Column.integer("Warnings"),
                Column.text("Stopped early", 14)),
            false);
    for (FileStats f : q.files()) {
      long[] counts = q.counts(f.file());
      String name = SummarySheet.fileName(f.file());
      files
          .row(name)
          .text(0, name)
          .text(1, f.kind().label())
          .integer(2, f.read())
          .integer(3, f.imported())
          .integer(4, f.rejected())
          .integer(5, f.blank())
          .integer(6, counts[0])
          .integer(7, counts[1])
          .text(8, f.stoppedEarly() ? "yes" : "no");
    }
    files.finish();
    page.skip(1);

    page.note(book.heading, "Severity against the words of the description");
    List<DataQuality.WordsWarning> words = q.wordsWarnings();
    page.note(
        book.note,
        q.wordsWarningCount() == 0
            ? "None: no description speaks of more care than its severity allows."
            : String.format(
                "%,d incident(s) whose description speaks of hospital, an emergency room, a"
                    + " fracture, a concussion, stitches or an amputation while the severity says"
                    + " less. The treatment is inferred from the words shown: check the severity"
                    + " and whether the injury was life-threatening or life-altering.",
                q.wordsWarningCount()));
    if (!words.isEmpty()) {
      SheetTable w =
          SheetTable.section(
              page,
              List.of(
                  Column.text("Incident", 22),
                  Column.text("File", 22),
                  Column.spanning("Warning (treatment inferred from the words)", 80, 7)),
              false);
      for (DataQuality.WordsWarning x : words) {
        w.row(x.incidentId())
            .text(0, x.incidentId())
            .text(1, SummarySheet.fileName(x.file()))
            .text(2, x.message());
      }
      w.finish();
    }
    page.skip(1);

    page.note(book.heading, "What this report changed");
    Map<String, Long> counts = q.flagCounts();
    if (counts.isEmpty()) {
      page.note(book.note, "Nothing: every value fitted a cell as it was.");
    } else {
      StringBuilder b = new StringBuilder();
      counts.forEach(
          (k, v) ->
              b.append(b.length() == 0 ? "" : "; ").append(String.format("%s: %,d cell(s)", k, v)));
      page.note(
          book.note,
          b
              + (book.controlCharsRemoved() > 0
                  ? String.format(
                      " (%,d control character(s) removed in all)", book.controlCharsRemoved())
                  : "")
              + (sum(counts) > q.flags().size()
                  ? String.format("; the first %,d are listed", q.flags().size())
                  : "")
              + ". Text over 32,767 characters ends with a visible '[... cut' marker.");
      SheetTable changes =
          SheetTable.section(
              page,
              List.of(
                  Column.text("Change", 28),
                  Column.text("Where", 22),
                  Column.spanning("What", 80, 7)),
              false);
      for (String[] f : q.flags()) {
        changes.row(null).text(0, f[0]).text(1, f[1]).text(2, f[2]);
      }
      changes.finish();
    }
    page.skip(1);

    page.note(book.heading, "Problems found in the input");
    List<Diagnostic> problems = q.problems();
    long total = q.errors() + q.warnings();
    page.note(
        book.note,
        total == 0
            ? "None: every row was read without error or warning."
            : String.format(
                "%,d error(s) (the row was rejected) and %,d warning(s) (the row was kept)%s.",
                q.errors(),
                q.warnings(),
                total > problems.size()
                    ? String.format(
                        "; the first %,d are listed (setsafe's validate command lists them all)",
                        problems.size())
                    : ""));
    if (problems.isEmpty()) {
      page.applyWidths();
      return;
    }
    SheetTable t =
        SheetTable.section(
            page,
            List.of(
                Column.text("File", 50),
                Column.integer("Line"),
                Column.integer("Column"),
                Column.text("Column name", 22),
                Column.text("Level", 8),
                Column.spanning("Problem", 80, 4)),
            true);
    for (Diagnostic d : problems) {
      t.row(d.location()).text(0, SummarySheet.fileName(d.file()));
      if (d.line() > 0) {
        t.integer(1, d.line());
      }
      if (d.column() > 0) {
        t.integer(2, d.column());
      }
      t.text(3, d.columnName()).text(4, d.isError() ? "error" : "warning").text(5, d.message());
    }
    t.finish();
    page.applyWidths();
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
