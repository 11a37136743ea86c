package org.setsafe.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.FollowUps;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.FollowUp;
import org.setsafe.model.FollowUpState;

/** The follow-up actions as text for a terminal: the list, and the figures under it. */
public final class ActionsText {
  private ActionsText() {}

  /**
   * The rows as a table (most urgent first, as given), then how many are shown, then the figures of
   * every action read and the incidents left without one.
   *
   * @param shownAs what the filters kept, e.g. {@code overdue}, or null when none applied
   */
  public static String render(
      List<ActionRow> rows, FollowUps all, String shownAs, boolean reference, int width) {
    StringBuilder b = new StringBuilder();
    if (!rows.isEmpty()) {
      b.append(table(rows).render(width));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%d of %d action(s) shown%s, as of %s.%n",
            rows.size(),
            all.actions(),
            shownAs == null ? "" : " (" + shownAs + ")",
            all.asOf()));
    b.append(Text.block(figures(all), width, 0));
    if (reference) {
      // the reference records what followed in the industry where the facts establish it: an
      // incident without a recorded action is not one that nothing followed
      b.append(
          Text.block(
              "The reference records what followed "
                  + all.incidentsWithActions()
                  + " of its "
                  + all.incidents()
                  + " incidents in the industry (rules, bills, recommendations), where the facts"
                  + " establish it; for the others none is recorded here.",
              width,
              0));
    } else {
      String finding = all.noActionFinding();
      if (finding != null) {
        b.append(Text.block(finding, width, 0));
      }
    }
    return b.toString();
  }

  /**
   * The table of rows. Due, Open and Overdue are left out when no row has a value there (the
   * reference's actions have no due dates), so the action's words get the room.
   */
  private static TextTable table(List<ActionRow> rows) {
    boolean due = rows.stream().anyMatch(r -> r.action().dueOn() != null);
    boolean open = rows.stream().anyMatch(r -> r.daysOpen() != null);
    boolean late = rows.stream().anyMatch(ActionRow::overdue);
    List<String> headers = new ArrayList<>(List.of("Incident", "Action", "Owner"));
    if (due) {
      headers.add("Due");
    }
    headers.add("Status");
    if (open) {
      headers.add("Open");
    }
    if (late) {
      headers.add("Overdue");
    }
    TextTable t = new TextTable(headers);
    if (due) {
      t.noWrap(headers.indexOf("Due"));
    }
    if (open) {
      t.alignRight(headers.indexOf("Open"));
    }
    if (late) {
      t.alignRight(headers.indexOf("Overdue"));
    }
    for (ActionRow r : rows) {
      CorrectiveAction a = r.action();
      List<String> cells = new ArrayList<>();
      cells.add(r.incident().id());
      cells.add(a.action());
      cells.add(a.owner() == null ? "" : a.owner());
      if (due) {
        cells.add(a.dueOn() == null ? "" : a.dueOn().toString());
      }
      cells.add(r.action().status().shortLabel());
      if (open) {
        cells.add(r.daysOpen() == null ? "" : days(r.daysOpen()));
      }
      if (late) {
        cells.add(overdue(r));
      }
      t.add(cells);
    }
    return t;
  }

  /**
   * The figures in one sentence: {@code 38 actions for 42 incidents: 7 open (4 overdue), 1 status
   * not recorded (1 overdue), 22 done, 8 verified; median 1 day to close (30 actions with raised
   * and closed dates).} An action with no status recorded that is past its due date is overdue:
   * nobody marked it done.
   */
  public static String figures(FollowUps f) {
    StringBuilder b = new StringBuilder();
    b.append(f.actions())
        .append(f.actions() == 1 ? " action" : " actions")
        .append(" for ")
        .append(f.incidents())
        .append(f.incidents() == 1 ? " incident" : " incidents");
    if (f.actions() == 0) {
      return b.append('.').toString();
    }
    List<String> parts = new ArrayList<>();
    long openOverdue = f.overdue() - f.overdueWithoutStatus();
    parts.add(
        f.open()
            + " open"
            + (f.open() > 0 || openOverdue > 0 ? " (" + openOverdue + " overdue)" : ""));
    if (f.unknown() > 0) {
      parts.add(
          f.unknown()
              + " status not recorded"
              + (f.overdueWithoutStatus() > 0
                  ? " (" + f.overdueWithoutStatus() + " overdue)"
                  : ""));
    }
    parts.add(f.done() + " done");
    parts.add(f.verified() + " verified");
    if (f.cancelled() > 0) {
      parts.add(f.cancelled() + " cancelled");
    }
    b.append(": ").append(String.join(", ", parts));
    if (!f.overdueKnown()) {
      b.append("; overdue ").append(f.overdueUnknownText());
    }
    Double median = f.medianDaysToClose();
    if (median != null) {
      b.append("; median ")
          .append(days(median))
          .append(median == 1.0 ? " day" : " days")
          .append(" to close (")
          .append(f.closedWithDays())
          .append(f.closedWithDays() == 1 ? " action" : " actions")
          .append(" with raised and closed dates)");
    }
    return b.append('.').toString();
  }

  /** The follow-up of one incident, for {@code show}: state, then one line per action. */
  public static String followUp(FollowUp f, List<CorrectiveAction> actions, int width) {
    StringBuilder b = new StringBuilder();
    b.append("\nFollow-up actions (").append(actions.size()).append(")");
    if (actions.isEmpty()) {
      return b.append("\n  None recorded.\n").toString();
    }
    b.append(": ").append(state(f)).append('\n');
    for (CorrectiveAction a : actions) {
      b.append(Text.block(line(a, f), width, 4).replaceFirst("^    ", "  - "));
      if (a.note() != null) {
        b.append(Text.block("Note: " + a.note(), width, 6));
      }
      if (a.sourceUrl() != null) {
        b.append("      ").append(a.sourceUrl()).append('\n');
      }
    }
    return b.toString();
  }

  private static String state(FollowUp f) {
    if (f.state() == FollowUpState.NO_ACTION) {
      return "no action in force (all cancelled)";
    }
    String s = f.state().label().toLowerCase(Locale.ROOT);
    if (f.state() == FollowUpState.OVERDUE || f.state() == FollowUpState.OPEN) {
      s += " as of " + f.asOf();
    }
    return s;
  }

  private static String line(CorrectiveAction a, FollowUp f) {
    List<String> tags = new ArrayList<>();
    if (a.kind() != null) {
      tags.add(a.kind().code());
    }
    if (a.owner() != null) {
      tags.add(a.owner());
    }
    String status =
        switch (a.status()) {
          case OPEN -> "open";
          case IN_PROGRESS -> "in progress";
          case DONE -> "done";
          case VERIFIED -> "verified";
          case CANCELLED -> "cancelled";
          case UNKNOWN -> "status not recorded";
        };
    boolean ended = a.status().closed() || a.status() == ActionStatus.CANCELLED;
    tags.add(ended && a.closedOn() != null ? status + " " + a.closedOn() : status);
    if (a.dueOn() != null && !a.status().closed()) {
      Integer late = a.daysOverdue(f.asOf());
      tags.add(
          "due "
              + a.dueOn()
              + (late != null
                  ? ", " + late + (late == 1 ? " day" : " days") + " overdue"
                  : a.isOverdue(f.asOf()) ? ", overdue" : ""));
    }
    if (a.verifiedBy() != null) {
      tags.add("verified by " + a.verifiedBy());
    }
    return a.actionId() + " " + a.action() + "  [" + String.join("; ", tags) + "]";
  }

  /** Days overdue; {@code yes} when overdue by a due date known only to the month or year. */
  private static String overdue(ActionRow r) {
    if (!r.overdue()) {
      return "";
    }
    return r.daysOverdue() == null ? "yes" : days(r.daysOverdue());
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String days(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
