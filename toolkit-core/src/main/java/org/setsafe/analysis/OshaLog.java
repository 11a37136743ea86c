package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.setsafe.model.CaseType;
import org.setsafe.model.Incident;

/**
 * One establishment's OSHA 300 log for a calendar year: its recordable cases numbered in the order
 * they happened, and the totals the 300A summary carries. Cases of other years, and people whose
 * case is not recordable or not decided, are kept apart and counted, never in the totals.
 */
public final class OshaLog {
  /** A line of the log: the case number and the decision that put it there. */
  public record Entry(int caseNumber, CaseDecision decision) {
    public Entry {
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * The 300A totals: cases by column (G death, H days away, I job transfer or restriction, J
   * other), the days (K away, L restricted or transferred) and the cases by type (M1 injuries to M6
   * all other illnesses, in {@link CaseType} order).
   */
  public record Totals(long g, long h, long i, long j, long k, long l, long[] m) {
    public Totals {
      m = m.clone();
    }

    /** All recordable cases: G + H + I + J. */
    public long cases() {
      return g + h + i + j;
    }

    /** The cases of one type (M1 to M6). */
    public long of(CaseType t) {
      return m[t.ordinal()];
    }

    /** All cases counted by type: M1 + ... + M6 (equal to {@link #cases()}). */
    public long byType() {
      long n = 0;
      for (long x : m) {
        n += x;
      }
      return n;
    }
  }

  /** The order cases go on the log: by the incident's date and time, then id, then person. */
  static final Comparator<CaseDecision> ORDER =
      Comparator.comparing((CaseDecision d) -> d.casualty().incident().date())
          .thenComparing(
              d -> d.casualty().incident().time(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(d -> d.casualty().incident().id());

  private final int year;
  private final List<Entry> entries;
  private final List<CaseDecision> notRecordable;
  private final List<CaseDecision> undecided;
  private final int otherYears;
  private final Totals totals;

  private OshaLog(
      int year,
      List<Entry> entries,
      List<CaseDecision> notRecordable,
      List<CaseDecision> undecided,
      int otherYears) {
    this.year = year;
    this.entries = List.copyOf(entries);
    this.notRecordable = List.copyOf(notRecordable);
    this.undecided = List.copyOf(undecided);
    this.otherYears = otherYears;
    this.totals = total(this.entries);
  }

  /**
   * The log of {@code year} from these decisions: the recordable cases of incidents dated in that
   * year, numbered from 1 in the order they happened (a stable sort keeps people of one incident in
   * the order given).
   */
  public static OshaLog of(List<CaseDecision> decisions, int year) {
    List<CaseDecision> inYear = new ArrayList<>();
    List<CaseDecision> not = new ArrayList<>();
    List<CaseDecision> undecided = new ArrayList<>();
    int otherYears = 0;
    for (CaseDecision d : decisions) {
      Incident i = d.casualty().incident();
      if (i.date().year() != year) {
        otherYears++;
        continue;
      }
      switch (d.answer()) {
        case RECORDABLE -> inYear.add(d);
        case NOT_RECORDABLE -> not.add(d);
        case UNDECIDED -> undecided.add(d);
      }
    }
    inYear.sort(ORDER);
    List<Entry> entries = new ArrayList<>();
    for (CaseDecision d : inYear) {
      entries.add(new Entry(entries.size() + 1, d));
    }
    return new OshaLog(year, entries, not, undecided, otherYears);
  }

  /**
   * The 300A totals of the recordable ones of {@code decisions}, whatever their year (for a
   * production's period, which need not be a calendar year).
   */
  public static Totals totalsOf(List<CaseDecision> decisions) {
    List<Entry> entries = new ArrayList<>();
    for (CaseDecision d : decisions) {
      if (d.recordable()) {
        entries.add(new Entry(entries.size() + 1, d));
      }
    }
    return total(entries);
  }

  private static Totals total(List<Entry> entries) {
    long g = 0;
    long h = 0;
    long i = 0;
    long j = 0;
    long k = 0;
    long l = 0;
    long[] m = new long[CaseType.values().length];
    for (Entry e : entries) {
      CaseDecision d = e.decision();
      switch (d.column()) {
        case DEATH -> g++;
        case DAYS_AWAY -> h++;
        case RESTRICTED -> i++;
        case OTHER -> j++;
      }
      k += d.daysAway();
      l += d.daysRestricted();
      m[d.casualty().injury().caseTypeOrInjury().ordinal()]++;
    }
    return new Totals(g, h, i, j, k, l, m);
  }

  /**
   * This log with each decision replaced by {@code f}'s (the same person shown otherwise, as a
   * redacted log shows them): case numbers, order and counts kept.
   */
  public OshaLog map(java.util.function.UnaryOperator<CaseDecision> f) {
    List<Entry> e = new ArrayList<>();
    for (Entry x : entries) {
      e.add(new Entry(x.caseNumber(), f.apply(x.decision())));
    }
    return new OshaLog(
        year,
        e,
        notRecordable.stream().map(f).toList(),
        undecided.stream().map(f).toList(),
        otherYears);
  }

  public int year() {
    return year;
  }

  /** The recordable cases of the year, numbered. */
  public List<Entry> entries() {
    return entries;
  }

  /** People of the year's incidents whose injury is not recordable, with the reason. */
  public List<CaseDecision> notRecordable() {
    return notRecordable;
  }

  /** People of the year's incidents whose case could not be decided from the log. */
  public List<CaseDecision> undecided() {
    return undecided;
  }

  /** People hurt in incidents of other years, left out of this year's log. */
  public int otherYears() {
    return otherYears;
  }

  public Totals totals() {
    return totals;
  }
}
