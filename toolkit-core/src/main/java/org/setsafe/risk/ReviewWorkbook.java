package org.setsafe.risk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.setsafe.io.StagedFiles;
import org.setsafe.model.RiskMatrix;
import org.setsafe.read.Diagnostic;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The review of an assessment as a workbook: Scenes (ready or not), Gaps (each in words, with its
 * rows), Lessons (where each missing control failed: the historical record and, apart, the
 * production's log), Problems (located), and the Matrix with every cell's meaning.
 */
public final class ReviewWorkbook {
  private ReviewWorkbook() {}

  /** Writes the review to {@code file}, staged and switched into place. */
  public static void write(Assessment a, List<SceneReview> scenes, RiskMatrix matrix, Path file) {
    Path target = file.toAbsolutePath();
    try (StagedFiles files = new StagedFiles(target.getParent(), "review")) {
      try (Book book = Book.small("Risk assessment review", files.workFolder());
          OutputStream out = Files.newOutputStream(files.stage(target))) {
        scenes(book, scenes);
        gaps(book, scenes);
        lessons(book, scenes);
        problems(book, a.problems());
        MatrixSheet.write(book, matrix);
        book.write(out);
      }
      files.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void scenes(Book book, List<SceneReview> scenes) {
    Column scene = Column.text("Scene", 30);
    Column date = Column.date("Shoot date");
    Column ready = Column.text("Ready", 8);
    Column hazards = Column.integer("Hazards");
    Column gaps = Column.integer("Gaps");
    Page page = book.page("Scenes");
    SheetTable t = SheetTable.owning(page, List.of(scene, date, ready, hazards, gaps), 1);
    for (SceneReview s : scenes) {
      t.row(s.scene()).text(scene, s.scene());
      if (s.shootDate() != null) {
        t.date(date, s.shootDate());
      }
      t.text(ready, s.ready() ? "ready" : "NOT READY")
          .integer(hazards, s.hazards().size())
          .integer(gaps, s.gaps().size());
    }
    t.finish();
    page.applyWidths();
  }

  private static void gaps(Book book, List<SceneReview> scenes) {
    Column scene = Column.text("Scene", 30);
    Column kind = Column.text("Gap", 24);
    Column rows = Column.text("Rows", 10);
    Column says = Column.text("What is not ready, and why", 90);
    Column checks = Column.text("Checks", 40);
    Page page = book.page("Gaps");
    SheetTable t = SheetTable.owning(page, List.of(scene, kind, rows, says, checks), 1);
    for (SceneReview s : scenes) {
      for (Gap g : s.gaps()) {
        t.row(s.scene())
            .text(scene, s.scene())
            .text(kind, g.kind().label())
            .text(rows, String.join(", ", g.lines().stream().map(String::valueOf).toList()))
            .text(says, g.says())
            .text(checks, String.join(", ", g.checks()));
      }
    }
    t.finish();
    page.applyWidths();
  }

  private static void lessons(Book book, List<SceneReview> scenes) {
    Column scene = Column.text("Scene", 24);
    Column check = Column.text("Missing control", 36);
    Column where = Column.text("Record", 14);
    Column id = Column.text("Incident", 24);
    Column date = Column.date("Date");
    Column title = Column.text("Title", 36);
    Column severity = Column.text("Severity", 14);
    Column killed = Column.integer("Killed");
    Column confidence = Column.text("Failure is", 12);
    Column followed = Column.text("What followed", 70);
    Page page = book.page("Lessons");
    SheetTable t =
        SheetTable.owning(
            page,
            List.of(scene, check, where, id, date, title, severity, killed, confidence, followed),
            2);
    for (SceneReview s : scenes) {
      for (ControlLessons l : s.lessons()) {
        String named = l.title() + " (" + l.checkId() + ")";
        for (Lesson x : l.history()) {
          row(
              t,
              s,
              named,
              "history",
              x,
              scene,
              check,
              where,
              id,
              date,
              title,
              severity,
              killed,
              confidence);
          t.text(followed, x.followed());
        }
        if (l.production() != null) {
          for (Lesson x : l.production()) {
            row(
                t,
                s,
                named,
                "your log",
                x,
                scene,
                check,
                where,
                id,
                date,
                title,
                severity,
                killed,
                confidence);
          }
        }
      }
    }
    t.finish();
    page.applyWidths();
  }

  private static void row(
      SheetTable t,
      SceneReview s,
      String named,
      String record,
      Lesson x,
      Column scene,
      Column check,
      Column where,
      Column id,
      Column date,
      Column title,
      Column severity,
      Column killed,
      Column confidence) {
    t.row(x.incidentId())
        .text(scene, s.scene())
        .text(check, named)
        .text(where, record)
        .text(id, x.incidentId())
        .text(title, x.title())
        .text(severity, x.severity() == null ? "" : x.severity().label())
        .text(confidence, x.confidence());
    if (x.date() != null) {
      t.date(date, x.date());
    }
    if (x.fatalities() != null) {
      t.integer(killed, x.fatalities());
    }
  }

  private static void problems(Book book, List<Diagnostic> problems) {
    Column level = Column.text("Level", 8);
    Column where = Column.text("Where", 30);
    Column message = Column.text("Problem", 100);
    Page page = book.page("Problems");
    SheetTable t = SheetTable.owning(page, List.of(level, where, message), 0);
    for (Diagnostic d : problems) {
      t.row(null)
          .text(level, d.isError() ? "error" : "warning")
          .text(where, d.location())
          .text(message, d.message());
    }
    t.finish();
    page.applyWidths();
  }
}
