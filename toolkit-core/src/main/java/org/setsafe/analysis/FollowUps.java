package org.setsafe.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.FollowUp;
import org.setsafe.model.FollowUpState;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;

/**
 * The follow-up figures of a set of incidents as of a day, built in one pass and {@link #merge
 * mergeable}: actions by status, open and overdue, the median days to close, incidents by follow-up
 * state, and the incidents left with no action at all. Memory stays bounded: days to close are kept
 * as a histogram, incidents as {@link IdSample}s.
 */
public final class FollowUps implements Consumer<IncidentRecord> {
  private final LocalDate asOf;
  private long incidents;
  private long withActions;
  private long actions;
  private long open;
  private long overdue;
  private long unknown;
  private long done;
  private long verified;
  private long cancelled;
  private long closedWithoutDays;
  private long pending;
  private long pendingWithoutDue;
  private long overdueWithoutStatus;
  private final TreeMap<Integer, Long> daysToClose = new TreeMap<>();
  private final Map<FollowUpState, Long> byState = new EnumMap<>(FollowUpState.class);
  private final Map<Severity, IdSample> noAction = new EnumMap<>(Severity.class);
  private final IdSample overdueIncidents = new IdSample();

  public FollowUps(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** The figures of these records, as of {@code asOf}. */
  public static FollowUps of(Iterable<IncidentRecord> records, LocalDate asOf) {
    FollowUps f = new FollowUps(asOf);
    records.forEach(f);
    return f;
  }

  @Override
  public void accept(IncidentRecord r) {
    incidents++;
    FollowUp f = r.followUp(asOf);
    byState.merge(f.state(), 1L, Long::sum);
    actions += f.actions();
    withActions += f.actions() > 0 ? 1 : 0;
    open += f.open();
    overdue += f.overdue();
    unknown += f.unknown();
    done += f.done();
    verified += f.verified();
    cancelled += f.cancelled();
    if (f.state() == FollowUpState.NO_ACTION) {
      noAction.computeIfAbsent(r.incident().severity(), s -> new IdSample()).add(r.id());
    }
    if (f.overdue() > 0) {
      overdueIncidents.add(r.id());
    }
    for (CorrectiveAction a : r.actions()) {
      if (a.isPending()) {
        pending++;
        if (a.dueOn() == null) {
          pendingWithoutDue++;
        }
      }
      if (a.status() == ActionStatus.UNKNOWN && a.isOverdue(asOf)) {
        overdueWithoutStatus++;
      }
      if (a.status().closed()) {
        Integer d = a.daysToClose();
        if (d == null) {
          closedWithoutDays++;
        } else {
          daysToClose.merge(d, 1L, Long::sum);
        }
      }
    }
  }

  /** Adds what {@code other} counted (for the same day); returns this. */
  public FollowUps merge(FollowUps other) {
    if (!other.asOf.equals(asOf)) {
      throw new IllegalArgumentException(
          "follow-ups as of " + other.asOf + " cannot be merged into those as of " + asOf);
    }
    incidents += other.incidents;
    withActions += other.withActions;
    actions += other.actions;
    open += other.open;
    overdue += other.overdue;
    unknown += other.unknown;
    done += other.done;
    verified += other.verified;
    cancelled += other.cancelled;
    closedWithoutDays += other.closedWithoutDays;
    pending += other.pending;
    pendingWithoutDue += other.pendingWithoutDue;
    overdueWithoutStatus += other.overdueWithoutStatus;
    other.daysToClose.forEach((d, n) -> daysToClose.merge(d, n, Long::sum));
    other.byState.forEach((s, n) -> byState.merge(s, n, Long::sum));
    other.noAction.forEach((s, ids) -> noAction.computeIfAbsent(s, k -> new IdSample()).merge(ids));
    overdueIncidents.merge(other.overdueIncidents);
    return this;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public long incidents() {
    return incidents;
  }

  /** Incidents with at least one action recorded, whatever its status. */
  public long incidentsWithActions() {
    return withActions;
  }

  /** Actions recorded, whatever their status. */
  public long actions() {
    return actions;
  }

  /** Actions open or in progress, overdue ones included. */
  public long open() {
    return open;
  }

  /**
   * Actions not known to be done: open or in progress, or with no status and no closing date
   * recorded (see {@link CorrectiveAction#isPending}).
   */
  public long pending() {
    return pending;
  }

  /**
   * {@link #pending Pending} actions with no due date: whether they are overdue cannot be known.
   */
  public long pendingWithoutDue() {
    return pendingWithoutDue;
  }

  /**
   * Actions whose status was never recorded that are past their due date: counted in {@link
   * #overdue} (nobody marked them done), not in {@link #open}.
   */
  public long overdueWithoutStatus() {
    return overdueWithoutStatus;
  }

  /**
   * Whether {@link #overdue} is the whole answer: every pending action has a due date. Otherwise
   * the count is a lower bound, and none overdue means "cannot be assessed", never 0.
   */
  public boolean overdueKnown() {
    return pendingWithoutDue == 0;
  }

  /**
   * The overdue figure in words where it is not fully known: {@code cannot be assessed: 17 of 17
   * open actions have no due date}, or {@code at least 2; 3 of 7 open actions have no due date}
   * ("actions open or without a status" where some have no status); null when {@link
   * #overdueKnown}.
   */
  public String overdueUnknownText() {
    if (overdueKnown()) {
      return null;
    }
    String noun = pending == open ? "open action" : "action";
    String plural = pending == 1 ? noun : noun + "s";
    String missing =
        String.format(
            "%,d of %,d %s%s %s no due date",
            pendingWithoutDue,
            pending,
            plural,
            pending == open ? "" : " open or without a status",
            pendingWithoutDue == 1 ? "has" : "have");
    return overdue == 0
        ? "cannot be assessed: " + missing
        : String.format("at least %,d; %s", overdue, missing);
  }

  /**
   * Actions past their due date and not known to be done: open or in progress, or with no status
   * recorded ({@link #overdueWithoutStatus} of them).
   */
  public long overdue() {
    return overdue;
  }

  /** Actions whose status was never recorded. */
  public long unknown() {
    return unknown;
  }

  public long done() {
    return done;
  }

  public long verified() {
    return verified;
  }

  public long cancelled() {
    return cancelled;
  }

  /** Done or verified actions with both raised and closed dates complete, which the median uses. */
  public long closedWithDays() {
    return daysToClose.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Done or verified actions whose days to close cannot be counted (a date missing or partial). */
  public long closedWithoutDays() {
    return closedWithoutDays;
  }

  /**
   * The median days from raised to closed over {@link #closedWithDays()} actions (the mean of the
   * two middle values for an even count), or null when there are none.
   */
  public Double medianDaysToClose() {
    long n = closedWithDays();
    if (n == 0) {
      return null;
    }
    long lowRank = (n - 1) / 2;
    long highRank = n / 2;
    Integer low = null;
    Integer high = null;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : daysToClose.entrySet()) {
      long next = seen + e.getValue();
      if (low == null && lowRank < next) {
        low = e.getKey();
      }
      if (highRank < next) {
        high = e.getKey();
        break;
      }
      seen = next;
    }
    return (low + high) / 2.0;
  }

  /** Incidents per follow-up state, every state present (zero where none), most urgent first. */
  public Map<FollowUpState, Long> incidentsByState() {
    Map<FollowUpState, Long> m = new EnumMap<>(FollowUpState.class);
    for (FollowUpState s : FollowUpState.values()) {
      m.put(s, byState.getOrDefault(s, 0L));
    }
    return m;
  }

  /** The incidents with an overdue action. */
  public IdSample overdueIncidents() {
    return overdueIncidents;
  }

  /**
   * The incidents with no action in force (none recorded, or all cancelled), per severity, least
   * severe first; only severities that have some.
   */
  public Map<Severity, IdSample> noAction() {
    return new EnumMap<>(noAction);
  }

  /** How many incidents have no action in force. */
  public long noActionCount() {
    return noAction.values().stream().mapToLong(IdSample::count).sum();
  }

  /**
   * The finding in one sentence, naming the incidents, e.g. {@code 2 near misses (DT-039, DT-042)
   * and 1 injury (DT-015) have no follow-up action.}; null when every incident has one. When the
   * inputs record no action at all, says that instead of listing every incident.
   */
  public String noActionFinding() {
    long n = noActionCount();
    if (n == 0) {
      return null;
    }
    if (actions == 0) {
      return "No follow-up action is recorded for any of the "
          + incidents
          + (incidents == 1 ? " incident" : " incidents")
          + " (does the log have a follow-up column?).";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Severity, IdSample> e : noAction.entrySet()) {
      parts.add(count(e.getValue().count(), e.getKey()) + " (" + e.getValue().describe() + ")");
    }
    return join(parts)
        + (n == 1 ? " has" : " have")
        + " no follow-up action"
        + (cancelled > 0 ? " (or only cancelled ones)" : "")
        + ".";
  }

  private static String count(long n, Severity s) {
    String noun =
        switch (s) {
          case NEAR_MISS -> n == 1 ? "near miss" : "near misses";
          case INJURY -> n == 1 ? "injury" : "injuries";
          case SERIOUS_INJURY -> n == 1 ? "serious injury" : "serious injuries";
          case FATAL -> n == 1 ? "fatal incident" : "fatal incidents";
        };
    return n + " " + noun;
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
