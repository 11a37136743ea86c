package org.setsafe.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;

/**
 * One action with its incident, as it stands on a day: the line a safety officer chases. The same
 * rows, in the same {@link #URGENCY} order, make the {@code actions} command's list and the
 * report's Actions sheet.
 *
 * @param asOf the day the day counts are for
 * @param overdue whether it is past its due date on {@code asOf} and not known to be done (see
 *     {@link CorrectiveAction#isOverdue})
 * @param daysOpen see {@link CorrectiveAction#daysOpen}
 * @param daysOverdue see {@link CorrectiveAction#daysOverdue}
 */
public record ActionRow(
    Incident incident,
    CorrectiveAction action,
    LocalDate asOf,
    boolean overdue,
    Integer daysOpen,
    Integer daysOverdue) {

  public ActionRow {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(asOf, "asOf");
  }

  public static ActionRow of(Incident incident, CorrectiveAction action, LocalDate asOf) {
    return new ActionRow(
        incident,
        action,
        asOf,
        action.isOverdue(asOf),
        action.daysOpen(asOf),
        action.daysOverdue(asOf));
  }

  /** The rows of these incidents' actions, as of {@code asOf}, in {@link #URGENCY} order. */
  public static List<ActionRow> of(Iterable<IncidentRecord> records, LocalDate asOf) {
    List<ActionRow> rows = new ArrayList<>();
    for (IncidentRecord r : records) {
      for (CorrectiveAction a : r.actions()) {
        rows.add(of(r.incident(), a, asOf));
      }
    }
    rows.sort(URGENCY);
    return rows;
  }

  /**
   * Where the row goes in the list: 0 overdue, 1 open or in progress, 2 status not recorded, 3
   * done, 4 verified, 5 cancelled.
   */
  public int rank() {
    if (overdue) {
      return 0;
    }
    return switch (action.status()) {
      case OPEN, IN_PROGRESS -> 1;
      case UNKNOWN -> 2;
      case DONE -> 3;
      case VERIFIED -> 4;
      case CANCELLED -> 5;
    };
  }

  /**
   * Overdue first, the longest overdue on top; then open ones, the soonest due on top (no due date
   * last); then those whose status was never recorded; then done, verified and cancelled ones. Ties
   * go by the incident's date and id, then the action id, so the order never depends on the
   * input's.
   */
  public static final Comparator<ActionRow> URGENCY =
      Comparator.comparingInt(ActionRow::rank)
          .thenComparing(
              r ->
                  r.rank() <= 1 && r.action().dueOn() != null ? r.action().dueOn().lastDay() : null,
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.incident().date())
          .thenComparing(r -> r.incident().id())
          .thenComparing(r -> r.action().actionId());

  /**
   * Which rows to show.
   *
   * @param openOnly only actions open or in progress, and overdue ones (those with no status
   *     recorded included)
   * @param overdueOnly only overdue actions
   * @param owner only actions whose owner has every word of this (any case), or whose owner role is
   *     this role code or label; null for any
   */
  public record Filter(boolean openOnly, boolean overdueOnly, String owner) {
    public static final Filter ALL = new Filter(false, false, null);

    public boolean test(ActionRow r) {
      if (overdueOnly && !r.overdue()) {
        return false;
      }
      if (openOnly && !r.action().status().open() && !r.overdue()) {
        return false;
      }
      return owner == null || owner.isBlank() || ownerMatches(r.action(), owner);
    }

    public List<ActionRow> apply(List<ActionRow> rows) {
      return rows.stream().filter(this::test).toList();
    }

    private static boolean ownerMatches(CorrectiveAction a, String query) {
      String q = query.strip().toLowerCase(Locale.ROOT);
      if (a.ownerRole() != null
          && (a.ownerRole().code().equals(q.replace(' ', '_'))
              || a.ownerRole().label().toLowerCase(Locale.ROOT).equals(q))) {
        return true;
      }
      if (a.owner() == null) {
        return false;
      }
      List<String> words = words(a.owner());
      List<String> wanted = words(q);
      return !wanted.isEmpty() && words.containsAll(wanted);
    }

    private static List<String> words(String text) {
      List<String> out = new ArrayList<>();
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
      return out;
    }
  }
}
