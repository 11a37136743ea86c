package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.analysis.Casualty;
import org.setsafe.analysis.Deadline;
import org.setsafe.analysis.Deadlines;
import org.setsafe.io.CsvFormulas;
import org.setsafe.model.Incident;
import org.setsafe.model.ReportingRule;

/**
 * The reports incidents call for, with their deadlines, as a terminal table, JSON ({@link #SCHEMA})
 * or CSV: missed first, then open (soonest due first), then met.
 */
public final class DueText {
  public static final String SCHEMA = "setsafe.due";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  static final List<String> CSV_HEADER =
      List.of(
          "status",
          "due",
          "incident_id",
          "title",
          "jurisdiction",
          "rule_id",
          "report",
          "report_to",
          "within",
          "citation",
          "basis",
          "possible",
          "inferred_from",
          "clock_from",
          "time_known",
          "reported_at",
          "people");

  private DueText() {}

  /** A deadline's due time in words: the time, or {@code without delay}. */
  static String due(Deadline d) {
    return due(d, DueText::when);
  }

  static String due(Deadline d, Function<LocalDateTime, String> when) {
    return d.due() == null ? "without delay" : when.apply(d.due());
  }

  public static String when(LocalDateTime t) {
    return t == null ? null : WHEN.format(t);
  }

  /** The people a report is about, privacy cases as {@code privacy case}. */
  static String people(Deadline d) {
    List<String> names = new ArrayList<>();
    for (Casualty c : d.people()) {
      if (!names.contains(c.publicName())) {
        names.add(c.publicName());
      }
    }
    return String.join("; ", names);
  }

  /** Why the rule applies, with what was inferred and from which words. */
  static String basis(Deadline d) {
    String b = d.basis();
    if (d.possible()) {
      b = "possibly: " + b;
    }
    if (d.inferredFrom() != null) {
      b += " [inferred from '" + d.inferredFrom() + "']";
    }
    return b;
  }

  public static String table(Deadlines.Result r, int width) {
    return table(r, width, DueText::when);
  }

  /**
   * As {@link #table(Deadlines.Result, int)}, times shown by {@code when} (a redacted run cuts them
   * as it cuts an incident's).
   */
  public static String table(Deadlines.Result r, int width, Function<LocalDateTime, String> when) {
    TextTable t =
        new TextTable(
                List.of("Status", "Due", "Incident", "Report to", "Why", "People", "Reported"))
            .noWrap(1)
            .noWrap(2)
            .noWrap(6)
            .flex(4);
    Map<String, ReportingRule> used = new LinkedHashMap<>();
    for (Deadline d : r.deadlines()) {
      ReportingRule rule = d.rule();
      used.putIfAbsent(rule.id(), rule);
      t.add(
          List.of(
              d.status().code(),
              due(d, when) + (d.timeKnown() || d.due() == null ? "" : " *"),
              d.incident().id(),
              rule.reportTo(),
              basis(d),
              people(d),
              d.reportedAt() == null
                  ? ""
                  : when.apply(d.reportedAt()) + (d.late() ? " late" : "")));
    }
    StringBuilder b = new StringBuilder();
    if (r.deadlines().isEmpty()) {
      b.append(Text.block("No report is due under these rules.", width, 0));
    } else {
      b.append(t.render(width)).append('\n');
    }
    b.append(Text.block(counts(r), width, 0));
    if (r.deadlines().stream().anyMatch(d -> !d.timeKnown() && d.due() != null)) {
      b.append(
          Text.block(
              "* the incident's time is not recorded: the clock starts at the start of its day,"
                  + " the earliest it can have started.",
              width,
              0));
    }
    for (String note : notes(r)) {
      b.append(Text.block(note, width, 0));
    }
    if (!used.isEmpty()) {
      b.append("\nRules\n");
      for (ReportingRule rule : used.values()) {
        b.append(
            Text.block(
                rule.id()
                    + ": "
                    + rule.title()
                    + ", "
                    + rule.window().words()
                    + " ("
                    + rule.citation()
                    + ")",
                width,
                2));
      }
    }
    b.append(Text.block(DISCLAIMER, width, 0));
    return b.toString();
  }

  static final String DISCLAIMER =
      "Deadlines count from the incident's date and time as the log records them; some rules count"
          + " from when the employer learned of it. The rules' sources decide; this is not legal"
          + " advice.";

  /** {@code 40 reports as of 2026-04-30: 7 missed, 3 open, 30 met}. */
  static String counts(Deadlines.Result r) {
    return r.deadlines().size()
        + (r.deadlines().size() == 1 ? " report" : " reports")
        + " as of "
        + r.asOf()
        + ": "
        + r.count(Deadline.Status.MISSED)
        + " missed, "
        + r.count(Deadline.Status.OPEN)
        + " open, "
        + r.count(Deadline.Status.MET)
        + " met.";
  }

  /** What kept rules from being applied, in words. */
  static List<String> notes(Deadlines.Result r) {
    List<String> out = new ArrayList<>();
    if (!r.noJurisdiction().isEmpty()) {
      out.add(
          "No jurisdiction recorded, so no regulator's rule was applied (a production's own rules"
              + " for every incident were): "
              + String.join(", ", r.noJurisdiction())
              + ".");
    }
    if (!r.dateNotKnown().isEmpty()) {
      out.add(
          "Date known only to the month or year, so no deadline can be counted: "
              + String.join(", ", r.dateNotKnown())
              + ".");
    }
    if (!r.daysNotKnown().isEmpty()) {
      out.add(
          "Days away or restricted not recorded, so a report on days of incapacity cannot be ruled"
              + " out: "
              + String.join(", ", r.daysNotKnown())
              + ".");
    }
    return out;
  }

  /** The deadlines as JSON: the envelope with {@code data} holding the deadlines and counts. */
  public static String json(Deadlines.Result r) {
    return json(r, DueText::when);
  }

  /** As {@link #json(Deadlines.Result)}, times shown by {@code when}. */
  public static String json(Deadlines.Result r, Function<LocalDateTime, String> when) {
    ObjectNode data = Json.object();
    data.put("as_of", r.asOf().toString());
    ObjectNode counts = data.putObject("counts");
    for (Deadline.Status s : Deadline.Status.values()) {
      counts.put(s.code(), r.count(s));
    }
    ArrayNode a = data.putArray("deadlines");
    for (Deadline d : r.deadlines()) {
      a.add(deadline(d, when));
    }
    strings(data.putArray("no_jurisdiction"), r.noJurisdiction());
    strings(data.putArray("date_not_known"), r.dateNotKnown());
    strings(data.putArray("days_not_known"), r.daysNotKnown());
    data.put("note", DISCLAIMER);
    return Json.write(envelope(SCHEMA, data));
  }

  /**
   * The JSON envelope every command's JSON shares: {@code {"schema", "version", "data",
   * "problems"}}.
   */
  public static ObjectNode envelope(String schema, ObjectNode data) {
    ObjectNode root = Json.object();
    root.put("schema", schema);
    root.put("version", 1);
    root.set("data", data);
    root.putArray("problems");
    return root;
  }

  private static void strings(ArrayNode a, List<String> xs) {
    xs.forEach(a::add);
  }

  static ObjectNode deadline(Deadline d, Function<LocalDateTime, String> when) {
    Incident i = d.incident();
    ReportingRule rule = d.rule();
    ObjectNode n = Json.object();
    n.put("status", d.status().code());
    Json.put(n, "due", d.due() == null ? null : when.apply(d.due()));
    n.put("without_delay", d.withoutDelay());
    n.put("incident_id", i.id());
    n.put("title", i.title());
    Json.put(n, "jurisdiction", i.jurisdiction());
    n.put("rule_id", rule.id());
    n.put("report", rule.title());
    n.put("report_to", rule.reportTo());
    n.put("within", rule.window().words());
    n.put("citation", rule.citation());
    n.put("basis", d.basis());
    n.put("possible", d.possible());
    Json.put(n, "inferred_from", d.inferredFrom());
    n.put("clock_from", when.apply(d.clockFrom()));
    n.put("time_known", d.timeKnown());
    Json.put(n, "reported_at", d.reportedAt() == null ? null : when.apply(d.reportedAt()));
    n.put("late", d.late());
    ArrayNode p = n.putArray("people");
    for (Casualty c : d.people()) {
      p.add(c.publicName());
    }
    return n;
  }

  /** One row per report, with a header; cells that a spreadsheet would run as formulas escaped. */
  public static String csv(Deadlines.Result r) {
    return csv(r, DueText::when);
  }

  /** As {@link #csv(Deadlines.Result)}, times shown by {@code when}. */
  public static String csv(Deadlines.Result r, Function<LocalDateTime, String> when) {
    StringBuilder b = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(b, FORMAT)) {
      p.printRecord(CSV_HEADER);
      for (Deadline d : r.deadlines()) {
        Incident i = d.incident();
        ReportingRule rule = d.rule();
        List<String> row =
            List.of(
                d.status().code(),
                d.due() == null ? "" : when.apply(d.due()),
                i.id(),
                i.title(),
                i.jurisdiction() == null ? "" : i.jurisdiction(),
                rule.id(),
                rule.title(),
                rule.reportTo(),
                rule.window().words(),
                rule.citation(),
                d.basis(),
                d.possible() ? "yes" : "no",
                d.inferredFrom() == null ? "" : d.inferredFrom(),
                when.apply(d.clockFrom()),
                d.timeKnown() ? "yes" : "no",
                d.reportedAt() == null ? "" : when.apply(d.reportedAt()),
                people(d));
        List<String> escaped = new ArrayList<>(row.size());
        row.forEach(c -> escaped.add(CsvFormulas.escape(c)));
        p.printRecord(escaped);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
