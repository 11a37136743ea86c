package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CorrectiveAction_DaysTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 20);

  private static CorrectiveAction action(
      String raised, String due, ActionStatus status, String closed) {
    return new CorrectiveAction(
        "DT-008",
        "DT-008-1",
        "Gloves for all track laying",
        null,
        "Key grip",
        null,
        raised == null ? null : PartialDate.parse(raised),
        due == null ? null : PartialDate.parse(due),
        status,
        closed == null ? null : PartialDate.parse(closed),
        null,
        null);
  }

  @Test
  void openAction_pastItsDueDate_countsDaysOpenAndOverdue() {
    CorrectiveAction a = action("2026-03-09", "2026-03-16", ActionStatus.OPEN, null);

    assertThat(a.isOverdue(AS_OF)).isTrue();
    assertThat(a.daysOverdue(AS_OF)).isEqualTo(35);
    assertThat(a.daysOpen(AS_OF)).isEqualTo(42);
    assertThat(a.daysToClose()).isNull();
  }

  @Test
  void dueToday_isNotOverdue_dueYesterday_isOneDayOverdue() {
    CorrectiveAction a = action("2026-04-01", "2026-04-20", ActionStatus.IN_PROGRESS, null);

    assertThat(a.isOverdue(AS_OF)).isFalse();
    assertThat(a.daysOverdue(AS_OF)).isNull();
    assertThat(a.isOverdue(AS_OF.plusDays(1))).isTrue();
    assertThat(a.daysOverdue(AS_OF.plusDays(1))).isEqualTo(1);
  }

  @Test
  void doneAction_isNeverOverdue_andCountsDaysFromRaisedToClosed() {
    CorrectiveAction a = action("2026-03-04", "2026-03-11", ActionStatus.DONE, "2026-03-13");

    assertThat(a.isOverdue(AS_OF)).isFalse();
    assertThat(a.daysOpen(AS_OF)).isEqualTo(9);
    assertThat(a.daysToClose()).isEqualTo(9);
  }

  @Test
  void partialDueDate_isOverdueOnlyAfterItsLastDay_withoutADayCount() {
    CorrectiveAction a = action("2026-03-02", "2026-04", ActionStatus.OPEN, null);

    assertThat(a.isOverdue(LocalDate.of(2026, 4, 30))).isFalse();
    assertThat(a.isOverdue(LocalDate.of(2026, 5, 1))).isTrue();
    assertThat(a.daysOverdue(LocalDate.of(2026, 5, 1))).isNull();
  }

  @Test
  void statusNotRecorded_isNeitherOpenNorClosed_andHasNoDaysOpen() {
    CorrectiveAction a = action("2026-04-09", "2026-04-16", null, null);

    assertThat(a.status()).isEqualTo(ActionStatus.UNKNOWN);
    assertThat(a.isOpen()).isFalse();
    assertThat(a.isPending()).isTrue();
    assertThat(a.daysOpen(AS_OF)).isNull();
    assertThat(a.daysToClose()).isNull();
  }

  @Test
  void statusNotRecorded_pastItsDueDate_isOverdue_notKnownToBeDone() {
    CorrectiveAction a = action("2026-04-09", "2026-04-16", null, null);

    assertThat(a.isOverdue(AS_OF)).isTrue();
    assertThat(a.daysOverdue(AS_OF)).isEqualTo(4);
    assertThat(a.isOverdue(LocalDate.of(2026, 4, 16))).isFalse();
    assertThat(action("2026-04-09", "2026-04", null, null).isOverdue(AS_OF)).isFalse();
    assertThat(action("2026-03-09", "2026-03", null, null).isOverdue(AS_OF)).isTrue();
  }

  @Test
  void statusNotRecorded_butAClosingDate_isNotOverdue() {
    CorrectiveAction a = action("2026-04-09", "2026-04-16", null, "2026-04-18");

    assertThat(a.isPending()).isFalse();
    assertThat(a.isOverdue(AS_OF)).isFalse();
  }

  @Test
  void missingOrPartialDates_giveNoDayCounts_andAsOfBeforeRaised_givesNone() {
    assertThat(action(null, null, ActionStatus.OPEN, null).daysOpen(AS_OF)).isNull();
    assertThat(action("2026-03", null, ActionStatus.OPEN, null).daysOpen(AS_OF)).isNull();
    assertThat(action("2026-03-01", null, ActionStatus.DONE, "2026-03").daysToClose()).isNull();
    assertThat(action("2026-04-25", null, ActionStatus.OPEN, null).daysOpen(AS_OF)).isNull();
  }

  @Test
  void datesBeforeRaised_areRejectedNamingTheColumn() {
    assertThatThrownBy(() -> action("2026-03-10", "2026-03-09", ActionStatus.OPEN, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("due_on"))
        .hasMessage("due_on 2026-03-09 is before raised_on 2026-03-10");
    assertThatThrownBy(() -> action("2026-03-10", null, ActionStatus.DONE, "2026-03-01"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("closed_on"));
  }
}
