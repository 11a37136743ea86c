package org.setsafe.risk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.io.CsvFormulas;
import org.setsafe.io.StagedFiles;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.RiskMatrix;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;
import org.setsafe.schema.AssessmentFields;
import org.setsafe.schema.Field;

/**
 * Writes an assessment's rows in setsafe's own columns: CSV, or a workbook (by the file's
 * extension) whose first sheet is the assessment, then the matrix with every cell's meaning and the
 * planned checks with their rules. Staged beside the target and switched into place, so a failure
 * never leaves half a file.
 */
public final class AssessmentFiles {
  /** The assessment's sheet in a workbook. */
  public static final String SHEET = "Assessment";

  static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

  private AssessmentFiles() {}

  /** Whether {@code file} is written as a workbook (.xlsx). */
  public static boolean isWorkbook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** Writes {@code rows} to {@code file}, CSV or XLSX by its extension. */
  public static void write(
      List<AssessedHazard> rows, List<ProtocolCheck> checks, RiskMatrix matrix, Path file) {
    Path target = file.toAbsolutePath();
    try (StagedFiles files = new StagedFiles(target.getParent(), "assessment")) {
      Path staged = files.stage(target);
      if (isWorkbook(file)) {
        try (Book book = Book.small("Scene risk assessment", files.workFolder());
            OutputStream out = Files.newOutputStream(staged)) {
          assessmentSheet(book, rows);
          MatrixSheet.write(book, matrix);
          checksSheet(book, checks);
          book.write(out);
        }
      } else {
        try (Writer w = Files.newBufferedWriter(staged, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSV)) {
          p.printRecord(Field.names(AssessmentFields.ALL));
          for (AssessedHazard h : rows) {
            List<String> cells = new ArrayList<>();
            for (Field<AssessedHazard, ?> f : AssessmentFields.ALL) {
              String v = f.cell(h);
              cells.add(v == null ? "" : CsvFormulas.escape(v));
            }
            p.printRecord(cells);
          }
        }
      }
      files.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void assessmentSheet(Book book, List<AssessedHazard> rows) {
    List<Column> columns = new ArrayList<>();
    for (Field<AssessedHazard, ?> f : AssessmentFields.ALL) {
      columns.add(
          switch (f.kind()) {
            case DATE -> Column.date(f.name());
            case COUNT -> Column.integer(f.name());
            default -> Column.text(f.name(), 40);
          });
    }
    Page page = book.page(SHEET);
    SheetTable t = SheetTable.owning(page, columns, 1);
    for (AssessedHazard h : rows) {
      t.row(h.scene());
      for (int i = 0; i < columns.size(); i++) {
        Field<AssessedHazard, ?> f = AssessmentFields.ALL.get(i);
        Object v = f.get(h);
        if (v == null) {
          continue;
        }
        switch (f.kind()) {
          case DATE -> t.date(columns.get(i), (org.setsafe.model.PartialDate) v);
          case COUNT -> t.integer(columns.get(i), (Integer) v);
          default -> t.text(columns.get(i), f.cell(h));
        }
      }
    }
    t.finish();
    page.applyWidths();
  }

  private static void checksSheet(Book book, List<ProtocolCheck> checks) {
    Column id = Column.text("Check", 32);
    Column title = Column.text("Title", 40);
    Column direct = Column.text("Direct control", 14);
    Column rule = Column.text("Rule", 90);
    Page page = book.page("Controls");
    SheetTable t = SheetTable.owning(page, List.of(id, title, direct, rule), 1);
    for (ProtocolCheck k : checks) {
      t.row(k.id())
          .text(id, k.id())
          .text(title, k.title())
          .text(direct, k.directControl() ? "yes" : "no")
          .text(rule, k.rule());
    }
    t.finish();
    page.applyWidths();
  }
}
