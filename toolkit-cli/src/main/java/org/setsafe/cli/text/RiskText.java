package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.RiskMatrix;
import org.setsafe.read.Diagnostic;
import org.setsafe.risk.ControlLessons;
import org.setsafe.risk.Gap;
import org.setsafe.risk.Lesson;
import org.setsafe.risk.SceneReview;

/** {@code risk check} output: a table for people, JSON and CSV for scripts. */
public final class RiskText {
  /** The JSON envelope's schema name. */
  public static final String SCHEMA = "setsafe.risk.check";

  /** How many incidents a table names per missing control before "and N more". */
  static final int NAMED = 3;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private RiskText() {}

  // ---- table ---------------------------------------------------------------------------------

  /** Scene by scene: ready or not, each gap in words, where each missing control failed before. */
  public static String table(
      String file,
      List<SceneReview> scenes,
      List<Diagnostic> problems,
      RiskMatrix matrix,
      boolean withLog,
      int width) {
    StringBuilder b = new StringBuilder();
    long notReady = scenes.stream().filter(s -> !s.ready()).count();
    b.append(file)
        .append(": ")
        .append(scenes.size())
        .append(scenes.size() == 1 ? " scene, " : " scenes, ")
        .append(notReady == 0 ? "all ready" : notReady + " not ready")
        .append("\n");
    for (SceneReview s : scenes) {
      b.append('\n')
          .append("Scene ")
          .append(s.scene())
          .append(s.shootDate() == null ? "" : " (shoot " + s.shootDate() + ")")
          .append(": ")
          .append(
              s.ready()
                  ? "READY"
                  : "NOT READY, " + s.gaps().size() + (s.gaps().size() == 1 ? " gap" : " gaps"))
          .append('\n');
      for (Gap g : s.gaps()) {
        b.append(
            Text.block(
                "- " + g.kind().label() + " (" + rows(g.lines()) + "): " + g.says(), width, 2));
      }
      for (String n : s.notes()) {
        b.append(hanging("note: " + n, width, 2));
      }
      if (!s.lessons().isEmpty()) {
        b.append("  Where the missing controls failed before:\n");
        for (ControlLessons l : s.lessons()) {
          b.append(hanging(l.title() + " (" + l.checkId() + "): " + history(l), width, 4));
          for (int i = 0; i < Math.min(NAMED, l.history().size()); i++) {
            b.append(hanging(lesson(l.history().get(i), true), width, 6));
          }
          if (l.history().size() > NAMED) {
            b.append(
                Text.block(
                    "and " + (l.history().size() - NAMED) + " more (--format json lists all)",
                    width,
                    6));
          }
          if (withLog) {
            b.append(hanging("In your log: " + own(l), width, 6));
            for (Lesson x : l.production()) {
              b.append(hanging(lesson(x, false), width, 8));
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      b.append("\nProblems in the file:\n");
      for (Diagnostic d : problems) {
        b.append(Text.block(d.toString(), width, 2));
      }
    }
    b.append('\n').append(matrixText(matrix, width));
    return b.toString();
  }

  /** Wrapped at {@code width}, the first line indented by {@code indent}, the rest by 2 more. */
  static String hanging(String text, int width, int indent) {
    StringBuilder b = new StringBuilder();
    List<String> lines = Text.wrap(text, Math.max(20, width - indent - 2));
    for (int i = 0; i < lines.size(); i++) {
      b.append(" ".repeat(i == 0 ? indent : indent + 2)).append(lines.get(i)).append('\n');
    }
    return b.toString();
  }

  private static String rows(List<Long> lines) {
    return (lines.size() == 1 ? "row " : "rows ")
        + String.join(", ", lines.stream().map(String::valueOf).toList());
  }

  private static String history(ControlLessons l) {
    int n = l.history().size();
    return n == 0
        ? "no failure of it in the historical record"
        : "failed in " + n + " historical incident" + (n == 1 ? "" : "s");
  }

  private static String own(ControlLessons l) {
    int n = l.production().size();
    return n == 0
        ? "no incident records it failed"
        : "failed in " + n + (n == 1 ? " incident" : " incidents") + " of your log";
  }

  private static String lesson(Lesson l, boolean historical) {
    StringBuilder b = new StringBuilder();
    b.append(l.incidentId()).append(", ").append(l.date()).append(", ").append(l.title());
    if (l.severity() != null) {
      b.append(": ").append(l.severity().label().toLowerCase(Locale.ROOT));
    }
    if (l.fatalities() != null && l.fatalities() > 0) {
      b.append(" (").append(l.fatalities()).append(" killed)");
    }
    if (!l.confidence().isEmpty()) {
      b.append("; the failure is ").append(l.confidence());
    }
    if (historical && !l.followed().isEmpty()) {
      b.append("; what followed: ").append(l.followed());
    }
    return b.toString();
  }

  /** The matrix: a grid of bands, then what each band, likelihood and severity means. */
  public static String matrixText(RiskMatrix m, int width) {
    StringBuilder b = new StringBuilder();
    b.append("Matrix (")
        .append(m.source())
        .append("): every cell is likelihood x severity; acceptable as residual: ")
        .append(m.acceptableWords())
        .append('\n');
    int w = 4;
    for (RiskMatrix.Band band : m.bands()) {
      w = Math.max(w, band.word().length() + 5);
    }
    b.append("  ").append(Text.pad("L \\ S", 20));
    for (RiskMatrix.Level s : m.severity()) {
      b.append(Text.pad(s.rating() + " " + s.word(), w + 1));
    }
    b.append('\n');
    for (RiskMatrix.Level l : m.likelihood()) {
      b.append("  ").append(Text.pad(l.rating() + " " + l.word(), 20));
      for (RiskMatrix.Level s : m.severity()) {
        RiskMatrix.Cell c = m.cell(l.rating(), s.rating());
        b.append(Text.pad(c.score() + " " + c.band().word(), w + 1));
      }
      b.append('\n');
    }
    for (RiskMatrix.Band band : m.bands()) {
      b.append(
          Text.block(
              band.word() + " (" + band.from() + "-" + band.to() + "): " + band.meaning(),
              width,
              2));
    }
    for (RiskMatrix.Level l : m.likelihood()) {
      b.append(
          Text.block("likelihood " + l.rating() + " " + l.word() + ": " + l.meaning(), width, 2));
    }
    for (RiskMatrix.Level s : m.severity()) {
      b.append(
          Text.block("severity " + s.rating() + " " + s.word() + ": " + s.meaning(), width, 2));
    }
    return b.toString();
  }

  // ---- JSON ----------------------------------------------------------------------------------

  /** The envelope: {"schema", "version", "data": {"file", "scenes", "matrix"}, "problems"}. */
  public static String json(
      String file, List<SceneReview> scenes, List<Diagnostic> problems, RiskMatrix m) {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    root.put("version", 1);
    ObjectNode data = root.putObject("data");
    data.put("file", file);
    data.put("ready", scenes.stream().allMatch(SceneReview::ready));
    ArrayNode list = data.putArray("scenes");
    for (SceneReview s : scenes) {
      ObjectNode n = list.addObject();
      n.put("scene", s.scene());
      n.put("shoot_date", s.shootDate() == null ? null : s.shootDate().toString());
      n.put("ready", s.ready());
      n.put("hazards", s.hazards().size());
      ArrayNode gaps = n.putArray("gaps");
      for (Gap g : s.gaps()) {
        ObjectNode x = gaps.addObject();
        x.put("kind", g.kind().code());
        x.put("says", g.says());
        ArrayNode rows = x.putArray("rows");
        g.lines().forEach(rows::add);
        ArrayNode checks = x.putArray("checks");
        g.checks().forEach(checks::add);
      }
      ArrayNode notes = n.putArray("notes");
      s.notes().forEach(notes::add);
      ArrayNode lessons = n.putArray("missing_controls");
      for (ControlLessons l : s.lessons()) {
        ObjectNode x = lessons.addObject();
        x.put("check_id", l.checkId());
        x.put("title", l.title());
        lessons(x.putArray("history"), l.history(), true);
        if (l.production() == null) {
          x.putNull("production");
        } else {
          lessons(x.putArray("production"), l.production(), false);
        }
      }
    }
    ObjectNode matrix = data.putObject("matrix");
    matrix.put("source", m.source());
    ArrayNode cells = matrix.putArray("cells");
    for (RiskMatrix.Cell c : m.cells()) {
      ObjectNode x = cells.addObject();
      x.put("likelihood", c.likelihood().rating());
      x.put("likelihood_word", c.likelihood().word());
      x.put("severity", c.severity().rating());
      x.put("severity_word", c.severity().word());
      x.put("score", c.score());
      x.put("band", c.band().id());
      x.put("band_word", c.band().word());
      x.put("acceptable", c.band().acceptable());
      x.put("meaning", c.band().meaning());
    }
    ArrayNode probs = root.putArray("problems");
    for (Diagnostic d : problems) {
      ObjectNode x = probs.addObject();
      x.put("file", d.file());
      x.put("sheet", d.sheet());
      x.put("location", d.location());
      x.put("line", d.line());
      x.put("column", d.column());
      x.put("column_name", d.columnName());
      x.put("level", d.isError() ? "error" : "warning");
      x.put("message", d.message());
    }
    return Json.write(root);
  }

  private static void lessons(ArrayNode out, List<Lesson> lessons, boolean historical) {
    for (Lesson l : lessons) {
      ObjectNode x = out.addObject();
      x.put("incident_id", l.incidentId());
      x.put("title", l.title());
      x.put("date", l.date() == null ? null : l.date().toString());
      x.put("severity", l.severity() == null ? null : l.severity().code());
      if (l.fatalities() == null) {
        x.putNull("fatalities");
      } else {
        x.put("fatalities", l.fatalities());
      }
      x.put("confidence", l.confidence());
      x.put("evidence", l.evidence());
      if (historical) {
        x.put("followed", l.followed());
      }
    }
  }

  // ---- CSV -----------------------------------------------------------------------------------

  /** The CSV's columns: one row per gap (a ready scene: one row with ready true and no gap). */
  public static final List<String> CSV_COLUMNS =
      List.of("scene", "shoot_date", "ready", "gap", "rows", "says", "checks");

  public static String csv(List<SceneReview> scenes) {
    StringBuilder b = new StringBuilder();
    try {
      CSVPrinter p = new CSVPrinter(b, FORMAT);
      p.printRecord(CSV_COLUMNS);
      for (SceneReview s : scenes) {
        String date = s.shootDate() == null ? "" : s.shootDate().toString();
        if (s.gaps().isEmpty()) {
          p.printRecord(cells(s.scene(), date, "true", "", "", "", ""));
        }
        for (Gap g : s.gaps()) {
          p.printRecord(
              cells(
                  s.scene(),
                  date,
                  "false",
                  g.kind().code(),
                  String.join(";", g.lines().stream().map(String::valueOf).toList()),
                  g.says(),
                  String.join(";", g.checks())));
        }
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  private static List<String> cells(String... values) {
    List<String> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(org.setsafe.io.CsvFormulas.escape(v));
    }
    return out;
  }

  /** The template's rows, as the command reports them. */
  public static String templateSummary(List<AssessedHazard> rows, String file) {
    StringBuilder b = new StringBuilder();
    b.append("wrote ")
        .append(file)
        .append(": ")
        .append(rows.size())
        .append(rows.size() == 1 ? " hazard" : " hazards")
        .append(" to assess\n");
    for (AssessedHazard h : rows) {
      b.append("  ")
          .append(h.category().label())
          .append(": ")
          .append(h.controlIds().size())
          .append(" planned controls to confirm (")
          .append(String.join(", ", h.controlIds()))
          .append(")\n");
    }
    return b.toString();
  }
}
