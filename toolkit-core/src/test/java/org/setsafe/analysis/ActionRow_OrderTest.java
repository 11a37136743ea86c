package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.analysis.FollowUps_FiguresTest.AS_OF;
import static org.setsafe.analysis.FollowUps_FiguresTest.action;
import static org.setsafe.analysis.FollowUps_FiguresTest.incident;
import static org.setsafe.analysis.FollowUps_FiguresTest.production;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;

class ActionRow_OrderTest {

  private static List<String> ids(List<ActionRow> rows) {
    return rows.stream().map(r -> r.action().actionId()).toList();
  }

  @Test
  void rows_overdueFirst_thenOpen_thenUnknown_thenDoneVerifiedCancelled() {
    List<ActionRow> rows = ActionRow.of(production(), AS_OF);

    assertThat(ids(rows))
        .containsExactly(
            "DT-01-1", // overdue since 2026-03-08
            "DT-02-1", // in progress, due 2026-05-01
            "DT-04-1", // status not recorded
            "DT-01-2", "DT-03-1", "DT-08-1", // done
            "DT-03-2", // verified
            "DT-07-1"); // cancelled
    ActionRow overdue = rows.get(0);
    assertThat(overdue.overdue()).isTrue();
    assertThat(overdue.daysOverdue()).isEqualTo(43);
    assertThat(overdue.daysOpen()).isEqualTo(50);
  }

  @Test
  void overdueRows_theLongestOverdueOnTop_openRows_soonestDueOnTop_noDueDateLast() {
    List<IncidentRecord> records =
        List.of(
            incident(
                "DT-11",
                Severity.INJURY,
                action("DT-11", 1, ActionStatus.OPEN, "2026-03-11", "2026-04-15", null),
                action("DT-11", 2, ActionStatus.OPEN, "2026-03-11", null, null),
                action("DT-11", 3, ActionStatus.OPEN, "2026-03-11", "2026-04-25", null)),
            incident(
                "DT-12",
                Severity.INJURY,
                action("DT-12", 1, ActionStatus.IN_PROGRESS, "2026-03-12", "2026-03-20", null),
                action("DT-12", 2, ActionStatus.OPEN, "2026-03-12", "2026-04-22", null)));

    assertThat(ids(ActionRow.of(records, AS_OF)))
        .containsExactly("DT-12-1", "DT-11-1", "DT-12-2", "DT-11-3", "DT-11-2");
  }

  @Test
  void order_doesNotDependOnTheInputOrder() {
    List<String> expected = ids(ActionRow.of(production(), AS_OF));
    for (long seed = 1; seed <= 5; seed++) {
      List<IncidentRecord> shuffled = new ArrayList<>(production());
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(ids(ActionRow.of(shuffled, AS_OF))).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void filter_openIncludesOverdue_overdueOnlyOverdue() {
    List<ActionRow> rows = ActionRow.of(production(), AS_OF);

    assertThat(ids(new ActionRow.Filter(true, false, null).apply(rows)))
        .containsExactly("DT-01-1", "DT-02-1");
    assertThat(ids(new ActionRow.Filter(false, true, null).apply(rows))).containsExactly("DT-01-1");
    assertThat(ActionRow.Filter.ALL.apply(rows)).hasSize(rows.size());
  }

  @Test
  void filter_owner_matchesWholeWordsInAnyCase_orTheOwnerRole() {
    CorrectiveAction armorer =
        new CorrectiveAction(
            "DT-03",
            "DT-03-9",
            "Only the armorer loads",
            null,
            "Sam Reyes",
            Role.ARMORER,
            null,
            null,
            ActionStatus.OPEN,
            null,
            null,
            null);
    List<ActionRow> rows =
        ActionRow.of(
            List.of(
                incident("DT-01", Severity.NEAR_MISS, action("DT-01", 1, null, null, null, null)),
                incident("DT-03", Severity.NEAR_MISS, armorer)),
            AS_OF);

    assertThat(ids(new ActionRow.Filter(false, false, "key GRIP").apply(rows)))
        .containsExactly("DT-01-1");
    assertThat(ids(new ActionRow.Filter(false, false, "grip").apply(rows)))
        .containsExactly("DT-01-1");
    assertThat(new ActionRow.Filter(false, false, "gri").apply(rows)).isEmpty();
    assertThat(ids(new ActionRow.Filter(false, false, "armorer").apply(rows)))
        .containsExactly("DT-03-9");
    assertThat(ids(new ActionRow.Filter(false, false, "reyes").apply(rows)))
        .containsExactly("DT-03-9");
  }
}
