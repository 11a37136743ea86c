package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.analysis.SclAnswer;
import org.setsafe.analysis.SclResult;
import org.setsafe.io.CsvFormulas;
import org.setsafe.model.Answer;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;

/**
 * Incidents' SCL classes as a terminal table, JSON or CSV, and one incident's class with its
 * reasons (for {@code show}).
 */
public final class SclText {

  /** One incident and its classification. */
  public record Row(IncidentRecord record, SclResult result) {}

  /** The answers' columns, short, in question order. */
  private static final Map<SclQuestion, String> SHORT = shortNames();

  private static Map<SclQuestion, String> shortNames() {
    Map<SclQuestion, String> m = new EnumMap<>(SclQuestion.class);
    m.put(SclQuestion.HIGH_ENERGY, "High energy");
    m.put(SclQuestion.HIGH_ENERGY_INCIDENT, "Released");
    m.put(SclQuestion.SERIOUS_INJURY, "Serious");
    m.put(SclQuestion.DIRECT_CONTROL, "Control");
    return m;
  }

  /** The CSV columns: the incident, the class, then each answer with its basis. */
  public static final List<String> CSV_COLUMNS = csvColumns();

  private static List<String> csvColumns() {
    List<String> c =
        new ArrayList<>(
            List.of(
                "incident_id", "date", "title", "class", "at_worst", "potential_sif", "possible"));
    for (SclQuestion q : SclQuestion.values()) {
      c.add(q.code());
      c.add(q.code() + "_basis");
      c.add(q.code() + "_inferred");
      c.add(q.code() + "_reason");
    }
    c.addAll(List.of("treatment_inferred", "treatment_words", "data_quality"));
    return List.copyOf(c);
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private SclText() {}

  /**
   * An answer as a table cell: {@code yes}, {@code no*} (inferred), {@code ?} (unknown), {@code -}
   * (whatever it is, it does not decide the class).
   */
  static String cell(SclResult s, SclQuestion q) {
    SclAnswer a = s.answer(q);
    if (!s.decides(q)) {
      return "-";
    }
    return switch (a.answer()) {
      case UNKNOWN -> "?";
      case YES, NO -> a.answer().code() + (a.inferred() ? "*" : "");
    };
  }

  /** The table: class, id, date, the four answers, the title; then counts and a key. */
  public static String table(List<Row> rows, int width) {
    List<String> head = new ArrayList<>(List.of("Class", "ID", "Date"));
    for (SclQuestion q : SclQuestion.values()) {
      head.add(SHORT.get(q));
    }
    head.add("Title");
    TextTable t = new TextTable(head).noWrap(1).noWrap(2).flex(head.size() - 1);
    for (Row r : rows) {
      Incident i = r.record().incident();
      List<String> cells =
          new ArrayList<>(List.of(r.result().classText(), i.id(), i.date().toString()));
      for (SclQuestion q : SclQuestion.values()) {
        cells.add(cell(r.result(), q));
      }
      cells.add(i.title());
      t.add(cells);
    }
    StringBuilder b = new StringBuilder(t.render(width));
    b.append('\n');
    b.append(Text.block(counts(rows), width, 0));
    b.append(
        Text.block(
            "* inferred (from the words, the hazard or a check the words suggest); ? not known (a"
                + " class \"at worst\" is the most serious an unknown answer leaves open); - does"
                + " not decide the class. 'setsafe show ID' gives each answer's reasons.",
            width,
            0));
    List<String> warnings = warnings(rows);
    if (!warnings.isEmpty()) {
      b.append("\nData quality (").append(warnings.size()).append(")\n");
      for (String w : warnings) {
        b.append(Text.block(w, width, 2));
      }
    }
    return b.toString();
  }

  /** {@code 42 incident(s): 2 potential SIF (1 HSIF, 1 PSIF), ...; 5 at worst}. */
  static String counts(List<Row> rows) {
    Map<SclClass, Integer> n = new EnumMap<>(SclClass.class);
    int atWorst = 0;
    for (Row r : rows) {
      n.merge(r.result().sclClass(), 1, Integer::sum);
      atWorst += r.result().atWorst() ? 1 : 0;
    }
    List<String> parts = new ArrayList<>();
    for (SclClass c : SclClass.values()) {
      if (n.containsKey(c)) {
        parts.add(n.get(c) + " " + c.shortLabel());
      }
    }
    int sif = n.getOrDefault(SclClass.HSIF, 0) + n.getOrDefault(SclClass.PSIF, 0);
    return rows.size()
        + " incident(s): "
        + (parts.isEmpty() ? "none" : String.join(", ", parts))
        + "; "
        + sif
        + " potential serious injury or fatality (HSIF, PSIF)"
        + (atWorst == 0 ? "" : "; " + atWorst + " classed at worst");
  }

  private static List<String> warnings(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      String w = r.result().treatmentWarning();
      if (w != null) {
        out.add(r.record().id() + ": " + w);
      }
    }
    return out;
  }

  /**
   * One incident's class with the four answers and their reasons, as {@code show} prints it under
   * its heading.
   */
  public static String section(SclResult s, int width) {
    StringBuilder b = new StringBuilder();
    b.append("\nClassification (Safety Classification and Learning model)\n");
    b.append(
        Text.block(
            s.classText() + ": " + s.sclClass().meaning() + possibleText(s) + ".", width, 2));
    int w = 0;
    for (SclQuestion q : SclQuestion.values()) {
      w = Math.max(w, q.label().length());
    }
    for (SclQuestion q : SclQuestion.values()) {
      SclAnswer a = s.answer(q);
      String head = "  " + Text.pad(q.label(), w) + "  " + Text.pad(answerText(a), 7);
      String why =
          a.reason()
              + (a.known()
                  ? " (" + a.basis().label() + (a.inferred() ? ", inferred" : "") + ")"
                  : "")
              + (s.decides(q) ? "" : "; does not decide the class");
      List<String> lines = Text.wrap(why, Math.max(20, width - head.length() - 2));
      b.append(head).append("  ").append(lines.get(0)).append('\n');
      for (String l : lines.subList(1, lines.size())) {
        b.append(" ".repeat(head.length() + 2)).append(l).append('\n');
      }
    }
    if (s.treatment() != null) {
      b.append(
          Text.block(
              "Treatment (inferred from the words): "
                  + s.treatment().level().label().toLowerCase(Locale.ROOT)
                  + ", from "
                  + quoted(s.treatment().words()),
              width,
              2));
    }
    if (s.treatmentWarning() != null) {
      b.append(Text.block("Data quality: " + s.treatmentWarning(), width, 2));
    }
    return b.toString();
  }

  private static String answerText(SclAnswer a) {
    return a.answer() == Answer.UNKNOWN ? "unknown" : a.answer().code();
  }

  private static String possibleText(SclResult s) {
    if (!s.atWorst()) {
      return "";
    }
    List<String> others = new ArrayList<>();
    for (SclClass c : s.possible()) {
      if (c != s.sclClass()) {
        others.add(c.shortLabel());
      }
    }
    return " (an answer is unknown: it could also be " + String.join(", ", others) + ")";
  }

  private static String quoted(List<String> words) {
    return String.join("; ", words.stream().map(x -> "\"" + x + "\"").toList());
  }

  // ---- JSON ------------------------------------------------------------------------------------

  /** One incident's classification as a JSON object. */
  public static ObjectNode json(SclResult s) {
    ObjectNode n = Json.object();
    n.put("class", s.sclClass().code());
    n.put("class_label", s.sclClass().label());
    n.put("at_worst", s.atWorst());
    n.put("potential_sif", s.potentialSif());
    ArrayNode possible = n.putArray("possible");
    s.possible().forEach(c -> possible.add(c.code()));
    ObjectNode answers = n.putObject("answers");
    for (SclQuestion q : SclQuestion.values()) {
      SclAnswer a = s.answer(q);
      ObjectNode o = answers.putObject(q.code());
      o.put("answer", a.answer().code());
      o.put("basis", a.basis().code());
      o.put("inferred", a.inferred());
      o.put("reason", a.reason());
      ArrayNode words = o.putArray("words");
      a.words().forEach(words::add);
    }
    if (s.treatment() == null) {
      n.putNull("treatment");
    } else {
      ObjectNode t = n.putObject("treatment");
      t.put("level", s.treatment().level().code());
      t.put("inferred", true);
      ArrayNode words = t.putArray("words");
      s.treatment().words().forEach(words::add);
    }
    if (s.treatmentWarning() == null) {
      n.putNull("data_quality");
    } else {
      n.put("data_quality", s.treatmentWarning());
    }
    return n;
  }

  /** Every incident's classification: the data of {@code classify}'s JSON envelope. */
  public static ObjectNode json(List<Row> rows) {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("incidents");
    for (Row r : rows) {
      Incident i = r.record().incident();
      ObjectNode n = Json.object();
      n.put("id", i.id());
      n.put("date", i.date().toString());
      n.put("title", i.title());
      n.setAll(json(r.result()));
      list.add(n);
    }
    return root;
  }

  // ---- CSV -------------------------------------------------------------------------------------

  /** One row per incident ({@link #CSV_COLUMNS}), in the dialect setsafe writes datasets in. */
  public static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    try {
      CSVPrinter p = new CSVPrinter(b, FORMAT);
      p.printRecord(CSV_COLUMNS);
      for (Row r : rows) {
        Incident i = r.record().incident();
        SclResult s = r.result();
        List<Object> row = new ArrayList<>(CSV_COLUMNS.size());
        row.add(i.id());
        row.add(i.date().toString());
        row.add(i.title());
        row.add(s.sclClass().code());
        row.add(s.atWorst());
        row.add(s.potentialSif());
        row.add(String.join(";", s.possible().stream().map(SclClass::code).toList()));
        for (SclQuestion q : SclQuestion.values()) {
          SclAnswer a = s.answer(q);
          row.add(a.answer().code());
          row.add(a.basis().code());
          row.add(a.inferred());
          row.add(a.reason());
        }
        row.add(s.treatment() == null ? "" : s.treatment().level().code());
        row.add(s.treatment() == null ? "" : String.join("; ", s.treatment().words()));
        row.add(s.treatmentWarning() == null ? "" : s.treatmentWarning());
        p.printRecord(CsvFormulas.cells(row));
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
