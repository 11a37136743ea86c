package org.setsafe.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The follow-up of one incident as of a day: its state and how its actions stand.
 *
 * <p>The state is decided in this order, the first that applies:
 *
 * <ol>
 *   <li>{@link FollowUpState#OVERDUE}: an action not known to be done (open, in progress, or with
 *       no status and no closing date recorded) is past its due date;
 *   <li>{@link FollowUpState#OPEN}: an action is open or in progress;
 *   <li>{@link FollowUpState#UNKNOWN}: an action's status was never recorded (a follow-up nobody
 *       marked done is not closed, whatever its siblings say);
 *   <li>{@link FollowUpState#NO_ACTION}: no action is in force (none recorded, or all cancelled);
 *   <li>{@link FollowUpState#VERIFIED}: every action in force is verified;
 *   <li>{@link FollowUpState#CLOSED}: every action in force is done or verified.
 * </ol>
 *
 * Cancelled actions are counted but otherwise left out: a cancelled action neither keeps a
 * follow-up open nor closes it.
 *
 * @param asOf the day the state is for
 * @param open actions open or in progress (overdue ones included)
 * @param overdue actions past their due date and not known to be done: open or in progress, or with
 *     no status recorded (see {@link CorrectiveAction#isOverdue})
 * @param maxDaysOverdue the most days any action is overdue, or null when none is (or none has a
 *     complete due date)
 */
public record FollowUp(
    FollowUpState state,
    LocalDate asOf,
    int actions,
    int open,
    int overdue,
    int unknown,
    int done,
    int verified,
    int cancelled,
    Integer maxDaysOverdue) {

  public FollowUp {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** The follow-up of an incident with these actions, as of {@code asOf}. */
  public static FollowUp of(List<CorrectiveAction> actions, LocalDate asOf) {
    int open = 0;
    int overdue = 0;
    int unknown = 0;
    int done = 0;
    int verified = 0;
    int cancelled = 0;
    Integer maxDays = null;
    for (CorrectiveAction a : actions) {
      switch (a.status()) {
        case OPEN, IN_PROGRESS -> open++;
        case UNKNOWN -> unknown++;
        case DONE -> done++;
        case VERIFIED -> verified++;
        case CANCELLED -> cancelled++;
      }
      if (a.isOverdue(asOf)) {
        overdue++;
        Integer d = a.daysOverdue(asOf);
        if (d != null && (maxDays == null || d > maxDays)) {
          maxDays = d;
        }
      }
    }
    FollowUpState state;
    if (overdue > 0) {
      state = FollowUpState.OVERDUE;
    } else if (open > 0) {
      state = FollowUpState.OPEN;
    } else if (unknown > 0) {
      state = FollowUpState.UNKNOWN;
    } else if (done + verified == 0) {
      state = FollowUpState.NO_ACTION;
    } else if (done == 0) {
      state = FollowUpState.VERIFIED;
    } else {
      state = FollowUpState.CLOSED;
    }
    return new FollowUp(
        state, asOf, actions.size(), open, overdue, unknown, done, verified, cancelled, maxDays);
  }
}
