package org.setsafe.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.ReportingRule;
import org.setsafe.model.Severity;

/**
 * The reporting figures of a production's incidents, gathered one record at a time (the report's
 * one pass): the reports owed and their deadlines as of a day, each person's OSHA recordability,
 * the 300A totals of the recordable cases and, with the hours worked given, the rates. Only
 * incidents with someone hurt are kept; near misses are counted (those of U.S. jurisdictions, or
 * none recorded, beside the incidents with someone hurt there, for the near-miss ratio).
 */
public final class Reporting {
  /**
   * The most incidents with someone hurt kept for the figures: a report streams its rows, and a log
   * with more (a generated or merged log of many productions) gets no Reporting figures rather than
   * a heap that grows with the log; {@code setsafe due} and {@code setsafe osha} give them for it.
   */
  public static final int MOST_KEPT = 5_000;

  private final InjuryReading reading;
  private boolean overflow;
  private final List<IncidentRecord> harmed = new ArrayList<>();
  private long nearMisses;
  private long harmful;

  public Reporting(InjuryReading reading) {
    this.reading = Objects.requireNonNull(reading, "reading");
  }

  public void accept(IncidentRecord r) {
    Severity s = r.incident().severity();
    if (Recordkeeping.usOrUnknown(r.incident().jurisdiction())) {
      if (s == Severity.NEAR_MISS) {
        nearMisses++;
      } else if (s != null) {
        harmful++;
      }
    }
    if (r.incident().fatalities() > 0
        || (r.incident().injuries() != null && r.incident().injuries() > 0)
        || r.people().stream().anyMatch(p -> p.harm() != org.setsafe.model.Harm.NONE)) {
      if (overflow) {
        return;
      }
      if (harmed.size() >= MOST_KEPT) {
        overflow = true;
        harmed.clear();
      } else {
        harmed.add(r);
      }
    }
  }

  /**
   * The figures as of {@code asOf} under {@code rules}, with the rates over {@code hours} (null:
   * counts only). The reports owed are those of every incident; recordability, its totals and the
   * rates are those of incidents in U.S. jurisdictions (or none recorded), as an OSHA log has them,
   * each person decided by the criteria of 1904.7, a person employed by someone other than the
   * production being on that employer's log (1904.31).
   */
  /** Null when the log had more than {@link #MOST_KEPT} incidents with someone hurt. */
  public Figures figures(
      List<ReportingRule> rules, InjuryWords words, LocalDate asOf, BigDecimal hours) {
    if (overflow) {
      return null;
    }
    Deadlines.Result deadlines = Recordkeeping.of(harmed, reading).deadlines(rules, words, asOf);
    List<IncidentRecord> us = new ArrayList<>();
    for (IncidentRecord r : harmed) {
      if (Recordkeeping.usOrUnknown(r.incident().jurisdiction())) {
        us.add(r);
      }
    }
    // the production employs its own people: a person whose recorded employer is not the
    // production is another employer's (1904.31), as on the production office's log
    List<String> employers = new ArrayList<>();
    for (IncidentRecord r : us) {
      if (!employers.contains(r.incident().production())) {
        employers.add(r.incident().production());
      }
    }
    List<CaseDecision> decisions = Recordkeeping.of(us, reading).decisions(employers);
    OshaLog.Totals totals = OshaLog.totalsOf(decisions);
    Rates rates = Rates.of(totals, hours, nearMisses, harmful);
    return new Figures(deadlines, decisions, totals, rates);
  }

  /**
   * What the report shows of reporting and recordkeeping.
   *
   * @param deadlines the reports owed, most urgent first
   * @param decisions each person hurt, with the 1904.7 decision, in the order read
   * @param totals the 300A totals of the recordable cases
   * @param rates the rates per 200,000 hours (null rates without hours), with the near-miss ratio
   */
  public record Figures(
      Deadlines.Result deadlines,
      List<CaseDecision> decisions,
      OshaLog.Totals totals,
      Rates rates) {
    public Figures {
      Objects.requireNonNull(deadlines, "deadlines");
      decisions = List.copyOf(decisions);
      Objects.requireNonNull(totals, "totals");
      Objects.requireNonNull(rates, "rates");
    }

    public long count(CaseDecision.Answer a) {
      return decisions.stream().filter(d -> d.answer() == a).count();
    }
  }
}
