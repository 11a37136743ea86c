package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The follow-up state of an incident, checked for every list of up to three actions built from
 * every status and every due-date case (past, today, future, none): 6,000+ combinations, so the
 * rules hold for all inputs, not for a few picked ones.
 */
class FollowUp_StateTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 20);

  /** Due dates relative to {@link #AS_OF}: past, the day itself, future, a past month, none. */
  private static final List<PartialDate> DUES =
      java.util.Arrays.asList(
          PartialDate.parse("2026-04-10"),
          PartialDate.parse("2026-04-20"),
          PartialDate.parse("2026-05-01"),
          PartialDate.parse("2026-03"),
          null);

  private static CorrectiveAction action(int n, ActionStatus status, PartialDate due) {
    return new CorrectiveAction(
        "DT-001",
        "A" + n,
        "Re-brief the crew",
        ActionKind.CORRECTIVE,
        "Key grip",
        null,
        PartialDate.parse("2026-03-02"),
        due,
        status,
        status != null && status.closed() ? PartialDate.parse("2026-03-05") : null,
        null,
        null);
  }

  private static List<List<CorrectiveAction>> allLists(int maxSize) {
    List<CorrectiveAction> singles = new ArrayList<>();
    int n = 0;
    for (ActionStatus s : ActionStatus.values()) {
      for (PartialDate due : DUES) {
        singles.add(action(n++, s, due));
      }
    }
    List<List<CorrectiveAction>> lists = new ArrayList<>();
    lists.add(List.of());
    List<List<CorrectiveAction>> previous = List.of(List.of());
    for (int size = 1; size <= maxSize; size++) {
      List<List<CorrectiveAction>> next = new ArrayList<>();
      for (List<CorrectiveAction> l : previous) {
        for (CorrectiveAction a : singles) {
          List<CorrectiveAction> m = new ArrayList<>(l);
          m.add(a);
          next.add(m);
        }
      }
      lists.addAll(next);
      previous = next;
    }
    return lists;
  }

  @Test
  void state_forEveryListOfUpToThreeActions_followsTheDocumentedRules() {
    List<List<CorrectiveAction>> lists = allLists(3);
    assertThat(lists).hasSizeGreaterThan(6000);
    for (List<CorrectiveAction> actions : lists) {
      FollowUp f = FollowUp.of(actions, AS_OF);
      boolean anyOverdue = actions.stream().anyMatch(a -> a.isOverdue(AS_OF));
      boolean anyOpen = actions.stream().anyMatch(a -> a.status().open());
      boolean anyUnknown = actions.stream().anyMatch(a -> a.status() == ActionStatus.UNKNOWN);
      List<CorrectiveAction> inForce =
          actions.stream().filter(a -> a.status() != ActionStatus.CANCELLED).toList();
      FollowUpState expected =
          anyOverdue
              ? FollowUpState.OVERDUE
              : anyOpen
                  ? FollowUpState.OPEN
                  : anyUnknown
                      ? FollowUpState.UNKNOWN
                      : inForce.isEmpty()
                          ? FollowUpState.NO_ACTION
                          : inForce.stream().allMatch(a -> a.status() == ActionStatus.VERIFIED)
                              ? FollowUpState.VERIFIED
                              : FollowUpState.CLOSED;
      assertThat(f.state()).as("%s", actions).isEqualTo(expected);
      assertThat(f.open() + f.unknown() + f.done() + f.verified() + f.cancelled())
          .isEqualTo(f.actions())
          .isEqualTo(actions.size());
      assertThat(f.overdue()).isLessThanOrEqualTo(f.open() + f.unknown());
      // past due and not marked done is overdue, whether its status is open or never recorded
      assertThat(f.overdue())
          .isEqualTo(
              actions.stream()
                  .filter(a -> a.status().open() || a.status() == ActionStatus.UNKNOWN)
                  .filter(a -> a.dueOn() != null && a.dueOn().lastDay().isBefore(AS_OF))
                  .count());
      // a follow-up is closed or verified only when every action in force was carried out
      if (f.state() == FollowUpState.CLOSED || f.state() == FollowUpState.VERIFIED) {
        assertThat(inForce).isNotEmpty().allMatch(a -> a.status().closed());
      }
    }
  }

  @Test
  void state_doesNotDependOnTheOrderOfTheActions() {
    for (List<CorrectiveAction> actions : allLists(3)) {
      List<CorrectiveAction> reversed = new ArrayList<>(actions);
      java.util.Collections.reverse(reversed);
      assertThat(FollowUp.of(reversed, AS_OF)).isEqualTo(FollowUp.of(actions, AS_OF));
    }
  }

  @Test
  void followUpWithoutStatus_isUnknown_neverClosed_evenBesideDoneActions() {
    FollowUp f =
        FollowUp.of(
            List.of(
                action(1, ActionStatus.DONE, null),
                action(2, ActionStatus.VERIFIED, null),
                action(3, null, null)),
            AS_OF);

    assertThat(action(3, null, null).status()).isEqualTo(ActionStatus.UNKNOWN);
    assertThat(f.state()).isEqualTo(FollowUpState.UNKNOWN);
    assertThat(f.state().pending()).isTrue();
    assertThat(f.unknown()).isEqualTo(1);
  }

  @Test
  void cancelledActions_neitherCloseNorKeepOpen() {
    assertThat(FollowUp.of(List.of(action(1, ActionStatus.CANCELLED, null)), AS_OF).state())
        .isEqualTo(FollowUpState.NO_ACTION);
    assertThat(
            FollowUp.of(
                    List.of(
                        action(1, ActionStatus.CANCELLED, null),
                        action(2, ActionStatus.VERIFIED, null)),
                    AS_OF)
                .state())
        .isEqualTo(FollowUpState.VERIFIED);
    assertThat(FollowUp.of(List.of(), AS_OF).state()).isEqualTo(FollowUpState.NO_ACTION);
  }

  @Test
  void overdue_dependsOnTheDay_andReportsTheLongestDelay() {
    List<CorrectiveAction> actions =
        List.of(
            action(1, ActionStatus.OPEN, PartialDate.parse("2026-04-10")),
            action(2, ActionStatus.IN_PROGRESS, PartialDate.parse("2026-04-15")),
            action(3, ActionStatus.DONE, PartialDate.parse("2026-03-03")));

    FollowUp before = FollowUp.of(actions, LocalDate.of(2026, 4, 10));
    FollowUp after = FollowUp.of(actions, LocalDate.of(2026, 4, 20));

    assertThat(before.state()).isEqualTo(FollowUpState.OPEN);
    assertThat(before.maxDaysOverdue()).isNull();
    assertThat(after.state()).isEqualTo(FollowUpState.OVERDUE);
    assertThat(after.overdue()).isEqualTo(2);
    assertThat(after.maxDaysOverdue()).isEqualTo(10);
  }
}
