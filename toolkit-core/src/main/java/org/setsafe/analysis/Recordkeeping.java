package org.setsafe.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.setsafe.model.Establishment;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.ReportingRule;
import org.setsafe.model.Severity;

/**
 * A production's incidents read for recordkeeping: the people hurt in each, with what the log
 * records of them and what the words add (marked inferred); the reports those call for under
 * reporting rules, with their deadlines; each person's OSHA recordability; the establishment's 300
 * log of a year and its rates. One object, built once from the records, so that {@code due}, {@code
 * osha} and the report read the same cases the same way.
 */
public final class Recordkeeping {
  private final List<IncidentCases> cases;
  private final InjuryReading reading;
  private final long nearMisses;
  private final long harmful;

  private Recordkeeping(List<IncidentCases> cases, InjuryReading reading, long near, long harm) {
    this.cases = List.copyOf(cases);
    this.reading = reading;
    this.nearMisses = near;
    this.harmful = harm;
  }

  /** The cases of {@code records}, read with {@code reading}. */
  public static Recordkeeping of(List<IncidentRecord> records, InjuryReading reading) {
    Objects.requireNonNull(reading, "reading");
    List<IncidentCases> cases = new ArrayList<>();
    long near = 0;
    long harm = 0;
    for (IncidentRecord r : records) {
      cases.add(reading.cases(r));
      Severity s = r.incident().severity();
      near += s == Severity.NEAR_MISS ? 1 : 0;
      harm += s != null && s != Severity.NEAR_MISS ? 1 : 0;
    }
    return new Recordkeeping(cases, reading, near, harm);
  }

  /** Every incident with the people hurt or killed in it (none for a near miss). */
  public List<IncidentCases> cases() {
    return cases;
  }

  /** The reports the cases call for under {@code rules}, as of {@code asOf}, most urgent first. */
  public Deadlines.Result deadlines(List<ReportingRule> rules, InjuryWords words, LocalDate asOf) {
    return Deadlines.of(cases, rules, words, asOf);
  }

  /**
   * Each person's recordability, in the order read. {@code employers} names the establishment's
   * employer (see {@link CaseDecision#decide}), or null to take every person as its employee.
   */
  public List<CaseDecision> decisions(List<String> employers) {
    List<CaseDecision> out = new ArrayList<>();
    for (IncidentCases ic : cases) {
      for (Casualty c : ic.casualties()) {
        out.add(CaseDecision.decide(c, reading.words(), employers));
      }
    }
    return out;
  }

  /** The names by which a person's employer is read as the establishment's own. */
  public static List<String> employers(Establishment e) {
    List<String> names = new ArrayList<>();
    names.add(e.name());
    if (e.companyName() != null) {
      names.add(e.companyName());
    }
    return names;
  }

  /**
   * Whether an incident in {@code jurisdiction} belongs on a U.S. establishment's OSHA log: a U.S.
   * jurisdiction ({@code US}, {@code US-CA}), or none recorded (then listed as an assumption).
   */
  public static boolean usOrUnknown(String jurisdiction) {
    if (jurisdiction == null) {
      return true;
    }
    String j = jurisdiction.strip().toUpperCase(Locale.ROOT);
    return j.equals("US") || j.startsWith("US-");
  }

  /**
   * The establishment's 300 log for its year: the decisions of incidents in U.S. jurisdictions (or
   * none recorded), with the employer read from the establishment.
   */
  public OshaLog log(Establishment e) {
    List<CaseDecision> us = new ArrayList<>();
    for (CaseDecision d : decisions(employers(e))) {
      if (usOrUnknown(d.casualty().incident().jurisdiction())) {
        us.add(d);
      }
    }
    return OshaLog.of(us, e.year());
  }

  /**
   * The people hurt in the establishment's year in incidents outside the U.S. (another country's
   * rules apply to them), left off its log.
   */
  public List<CaseDecision> outsideUs(Establishment e) {
    List<CaseDecision> out = new ArrayList<>();
    for (CaseDecision d : decisions(employers(e))) {
      Incident i = d.casualty().incident();
      if (i.date().year() == e.year() && !usOrUnknown(i.jurisdiction())) {
        out.add(d);
      }
    }
    return out;
  }

  /** The incidents of the establishment's year on its log with no jurisdiction recorded. */
  public List<String> noJurisdiction(Establishment e) {
    List<String> out = new ArrayList<>();
    for (IncidentCases ic : cases) {
      Incident i = ic.record().incident();
      if (i.date().year() == e.year() && i.jurisdiction() == null && !ic.casualties().isEmpty()) {
        out.add(i.id());
      }
    }
    return out;
  }

  /** Near misses: incidents of severity near miss. */
  public long nearMisses() {
    return nearMisses;
  }

  /** Incidents of severity injury or worse. */
  public long harmfulIncidents() {
    return harmful;
  }

  /**
   * The rates of {@code log} over {@code hours} (null: counts only), with the near-miss ratio of
   * the same incidents: those of the log's year in U.S. jurisdictions (or none recorded).
   */
  public Rates rates(OshaLog log, BigDecimal hours) {
    long near = 0;
    long harm = 0;
    for (IncidentCases ic : cases) {
      Incident i = ic.record().incident();
      if (i.date().year() != log.year() || !usOrUnknown(i.jurisdiction())) {
        continue;
      }
      near += i.severity() == Severity.NEAR_MISS ? 1 : 0;
      harm += i.severity() != null && i.severity() != Severity.NEAR_MISS ? 1 : 0;
    }
    return Rates.of(log.totals(), hours, near, harm);
  }
}
