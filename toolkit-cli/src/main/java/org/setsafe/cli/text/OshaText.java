package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.analysis.CaseDecision;
import org.setsafe.analysis.Casualty;
import org.setsafe.analysis.OshaLog;
import org.setsafe.analysis.Rates;
import org.setsafe.model.CaseType;
import org.setsafe.model.Establishment;
import org.setsafe.report.sheet.OshaForms;

/**
 * The OSHA recordkeeping of an establishment's year: each person's decision with its reason, the
 * 300A totals and the rates with their denominators, as a terminal table or JSON ({@link #SCHEMA}).
 */
public final class OshaText {
  public static final String SCHEMA = "setsafe.osha";

  private OshaText() {}

  /** Every person of the year: the log's cases in order, then the others, not decided first. */
  static List<Line> lines(OshaLog log) {
    List<Line> out = new ArrayList<>();
    log.entries().forEach(e -> out.add(new Line(e.caseNumber(), e.decision())));
    log.undecided().forEach(d -> out.add(new Line(0, d)));
    log.notRecordable().forEach(d -> out.add(new Line(0, d)));
    return out;
  }

  record Line(int caseNumber, CaseDecision decision) {}

  static String reason(CaseDecision d) {
    return d.reason()
        + (d.inferredFrom() == null ? "" : " [inferred from '" + d.inferredFrom() + "']");
  }

  public static String table(
      Establishment e,
      OshaLog log,
      List<CaseDecision> outside,
      List<String> noJurisdiction,
      Rates rates,
      List<String> itaChanges,
      List<Path> files,
      int width) {
    TextTable t =
        new TextTable(List.of("Case", "Incident", "Date", "Person", "Decision", "Col", "Reason"))
            .noWrap(1)
            .noWrap(2)
            .alignRight(0)
            .flex(6);
    for (Line l : lines(log)) {
      CaseDecision d = l.decision();
      Casualty c = d.casualty();
      t.add(
          List.of(
              l.caseNumber() == 0 ? "" : "" + l.caseNumber(),
              c.incident().id(),
              c.incident().date().toString(),
              c.publicName(),
              d.answer().label().toLowerCase(Locale.ROOT),
              d.column() == null ? "" : d.column().letter(),
              reason(d)));
    }
    StringBuilder b = new StringBuilder();
    b.append(
        Text.block(e.name() + ", " + log.year() + ": every person hurt in the year.", width, 0));
    b.append(t.size() == 0 ? "" : t.render(width)).append('\n');
    OshaLog.Totals s = log.totals();
    b.append(Text.block(totals(s), width, 0));
    b.append(
        Text.block(
            log.entries().size()
                + " recordable, "
                + log.notRecordable().size()
                + " not recordable, "
                + log.undecided().size()
                + " not decided"
                + (log.otherYears() > 0 ? "; " + log.otherYears() + " of other years left out" : "")
                + ".",
            width,
            0));
    if (!outside.isEmpty()) {
      b.append(Text.block(outside(outside), width, 0));
    }
    if (!noJurisdiction.isEmpty()) {
      b.append(
          Text.block(
              "No jurisdiction recorded, taken as this establishment's: "
                  + String.join(", ", noJurisdiction)
                  + ".",
              width,
              0));
    }
    for (String r : rateLines(rates)) {
      b.append(Text.block(r, width, 0));
    }
    if (!itaChanges.isEmpty()) {
      b.append(
          Text.block(
              "Changed for the ITA (characters it refuses): " + String.join("; ", itaChanges),
              width,
              0));
    }
    b.append(Text.block(OshaForms.KEEPING_NOTE, width, 0));
    for (Path f : files) {
      b.append("Written: ").append(Text.path(f)).append('\n');
    }
    return b.toString();
  }

  /** The people left off the log because their incident was outside the U.S. */
  static String outside(List<CaseDecision> outside) {
    List<String> ids = new ArrayList<>();
    for (CaseDecision d : outside) {
      ids.add(d.casualty().incident().id() + " (" + d.casualty().incident().jurisdiction() + ")");
    }
    return outside.size()
        + (outside.size() == 1 ? " person" : " people")
        + " hurt outside the U.S. in the year, not on this log (their country's rules apply: see"
        + " 'setsafe due'): "
        + String.join(", ", ids)
        + ".";
  }

  /** {@code 300A: G 1, H 3, I 2, J 5 (11 cases); K 18 days away, L 18 restricted; M1 9, ...}. */
  static String totals(OshaLog.Totals s) {
    StringBuilder m = new StringBuilder();
    for (CaseType x : CaseType.values()) {
      m.append(m.length() == 0 ? "" : ", ")
          .append("M")
          .append(x.column())
          .append(' ')
          .append(s.of(x));
    }
    return "300A: G "
        + s.g()
        + ", H "
        + s.h()
        + ", I "
        + s.i()
        + ", J "
        + s.j()
        + " ("
        + s.cases()
        + " cases); K "
        + s.k()
        + " days away, L "
        + s.l()
        + " days restricted or transferred; "
        + m
        + ".";
  }

  /** The rates, each with its numerator and the hours. */
  static List<String> rateLines(Rates r) {
    List<String> out = new ArrayList<>();
    if (r.hours() == null) {
      out.add("No hours worked given: no rates, only the counts.");
    } else {
      String hours = String.format(Locale.ROOT, "%,.0f", r.hours().doubleValue());
      out.add(
          String.format(
              Locale.ROOT,
              "Per 200,000 hours (%s hours worked): TRIR %.2f (%d nonfatal recordable cases),"
                  + " DART %.2f (%d cases), lost-time %.2f (%d cases with days away); %d %s"
                  + " given apart.",
              hours,
              r.trir(),
              r.recordableNonfatal(),
              r.dart(),
              r.dartCases(),
              r.lostTime(),
              r.daysAwayCases(),
              r.deaths(),
              r.deaths() == 1 ? "death" : "deaths"));
    }
    out.add(
        r.nearMissRatio() == null
            ? "Near misses: "
                + r.nearMisses()
                + "; no incident with someone hurt, so no near-miss ratio."
            : String.format(
                Locale.ROOT,
                "Near-miss ratio %.2f (%d near misses / %d incidents with someone hurt).",
                r.nearMissRatio(),
                r.nearMisses(),
                r.harmfulIncidents()));
    return out;
  }

  /** The rates as JSON: each with its numerator and denominator. */
  public static ObjectNode rates(Rates r) {
    ObjectNode n = Json.object();
    if (r.hours() == null) {
      n.putNull("hours_worked");
    } else {
      n.put("hours_worked", r.hours());
    }
    n.put("base_hours", Rates.BASE_HOURS);
    n.put("deaths", r.deaths());
    n.put("recordable_nonfatal_cases", r.recordableNonfatal());
    n.put("dart_cases", r.dartCases());
    n.put("days_away_cases", r.daysAwayCases());
    putRate(n, "trir", r.trir());
    putRate(n, "dart", r.dart());
    putRate(n, "lost_time_rate", r.lostTime());
    n.put("near_misses", r.nearMisses());
    n.put("harmful_incidents", r.harmfulIncidents());
    putRate(n, "near_miss_ratio", r.nearMissRatio());
    return n;
  }

  private static void putRate(ObjectNode n, String k, Double v) {
    if (v == null) {
      n.putNull(k);
    } else {
      n.put(k, Math.round(v * 100) / 100.0);
    }
  }

  public static String json(
      Establishment e,
      OshaLog log,
      List<CaseDecision> outside,
      List<String> noJurisdiction,
      Rates rates,
      List<String> itaChanges,
      List<Path> files) {
    ObjectNode data = Json.object();
    data.put("year", log.year());
    data.put("establishment", e.name());
    ArrayNode cases = data.putArray("cases");
    for (Line l : lines(log)) {
      CaseDecision d = l.decision();
      Casualty c = d.casualty();
      ObjectNode n = cases.addObject();
      if (l.caseNumber() == 0) {
        n.putNull("case_number");
      } else {
        n.put("case_number", l.caseNumber());
      }
      n.put("incident_id", c.incident().id());
      n.put("date", c.incident().date().toString());
      n.put("person", c.publicName());
      n.put("privacy_case", Boolean.TRUE.equals(c.injury().privacyCase()));
      n.put("answer", d.answer().code());
      Json.put(n, "criterion", d.criterion());
      Json.put(n, "paragraph", d.criterion() == null ? null : d.criterion().paragraph());
      Json.put(n, "column", d.column() == null ? null : d.column().letter());
      n.put("days_away", d.daysAway());
      n.put("days_restricted", d.daysRestricted());
      Json.put(n, "case_type", d.recordable() ? c.injury().caseTypeOrInjury() : null);
      n.put("reason", d.reason());
      Json.put(n, "inferred_from", d.inferredFrom());
    }
    OshaLog.Totals s = log.totals();
    ObjectNode t = data.putObject("totals");
    t.put("g", s.g()).put("h", s.h()).put("i", s.i()).put("j", s.j());
    t.put("cases", s.cases()).put("k", s.k()).put("l", s.l());
    ObjectNode m = t.putObject("m");
    for (CaseType x : CaseType.values()) {
      m.put(x.code(), s.of(x));
    }
    data.put("not_recordable", log.notRecordable().size());
    data.put("not_decided", log.undecided().size());
    data.put("other_years", log.otherYears());
    ArrayNode out = data.putArray("outside_us");
    outside.forEach(d -> out.add(d.casualty().incident().id()));
    ArrayNode none = data.putArray("no_jurisdiction");
    noJurisdiction.forEach(none::add);
    data.set("rates", rates(rates));
    ArrayNode changes = data.putArray("ita_changes");
    itaChanges.forEach(changes::add);
    ArrayNode written = data.putArray("files");
    files.forEach(f -> written.add(f.getFileName().toString()));
    data.put("note", OshaForms.KEEPING_NOTE);
    return Json.write(DueText.envelope(SCHEMA, data));
  }
}
