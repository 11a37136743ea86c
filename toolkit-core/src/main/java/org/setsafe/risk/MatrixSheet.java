package org.setsafe.risk;

import java.util.List;
import org.setsafe.model.RiskMatrix;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/** The "Matrix" sheet: every cell of the risk matrix with its score, band and meaning. */
final class MatrixSheet {
  private MatrixSheet() {}

  static void write(Book book, RiskMatrix matrix) {
    Column l = Column.integer("Likelihood");
    Column lw = Column.text("Likelihood means", 40);
    Column s = Column.integer("Severity");
    Column sw = Column.text("Severity means", 40);
    Column score = Column.integer("Score");
    Column band = Column.text("Band", 12);
    Column ok = Column.text("Acceptable as residual", 12);
    Column meaning = Column.text("What it asks", 60);
    Page page = book.page("Matrix");
    SheetTable t = SheetTable.owning(page, List.of(l, lw, s, sw, score, band, ok, meaning), 0);
    for (RiskMatrix.Cell c : matrix.cells()) {
      t.row(null)
          .integer(l, c.likelihood().rating())
          .text(lw, c.likelihood().word() + ": " + c.likelihood().meaning())
          .integer(s, c.severity().rating())
          .text(sw, c.severity().word() + ": " + c.severity().meaning())
          .integer(score, c.score())
          .text(band, c.band().word())
          .text(ok, c.band().acceptable() ? "yes" : "no")
          .text(meaning, c.band().meaning());
    }
    t.finish();
    page.applyWidths();
  }
}
