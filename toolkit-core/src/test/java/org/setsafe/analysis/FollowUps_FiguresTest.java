package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.FollowUpState;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;

class FollowUps_FiguresTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 20);

  static IncidentRecord incident(String id, Severity severity, CorrectiveAction... actions) {
    Incident i =
        new Incident(
            id,
            "Incident " + id,
            "Dusty Trail",
            PartialDate.parse("2026-03-" + id.substring(id.length() - 2)),
            null,
            null,
            null,
            null,
            Category.OTHER,
            Activity.UNKNOWN,
            severity,
            0,
            severity == Severity.NEAR_MISS ? 0 : 1,
            null,
            null,
            null);
    return new IncidentRecord(i, List.of(), List.of(), List.of(), List.of(), List.of(actions));
  }

  static CorrectiveAction action(
      String incident, int n, ActionStatus status, String raised, String due, String closed) {
    return new CorrectiveAction(
        incident,
        incident + "-" + n,
        "Action " + n + " of " + incident,
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

  /**
   * Six incidents: overdue, open, done in 1 and 3 days, verified in 8, unknown, none, cancelled.
   */
  static List<IncidentRecord> production() {
    return List.of(
        incident(
            "DT-01",
            Severity.INJURY,
            action("DT-01", 1, ActionStatus.OPEN, "2026-03-01", "2026-03-08", null),
            action("DT-01", 2, ActionStatus.DONE, "2026-03-01", "2026-03-02", "2026-03-02")),
        incident(
            "DT-02",
            Severity.NEAR_MISS,
            action("DT-02", 1, ActionStatus.IN_PROGRESS, "2026-03-02", "2026-05-01", null)),
        incident(
            "DT-03",
            Severity.NEAR_MISS,
            action("DT-03", 1, ActionStatus.DONE, "2026-03-03", "2026-03-06", "2026-03-06"),
            action("DT-03", 2, ActionStatus.VERIFIED, "2026-03-03", null, "2026-03-11")),
        incident("DT-04", Severity.NEAR_MISS, action("DT-04", 1, null, null, null, null)),
        incident("DT-05", Severity.NEAR_MISS),
        incident("DT-06", Severity.INJURY),
        incident(
            "DT-07",
            Severity.NEAR_MISS,
            action("DT-07", 1, ActionStatus.CANCELLED, "2026-03-07", null, null)),
        incident(
            "DT-08",
            Severity.SERIOUS_INJURY,
            action("DT-08", 1, ActionStatus.DONE, "2026-03-08", null, null)));
  }

  @Test
  void production_countsActionsByStatus_openOverdueAndMedianDaysToClose() {
    FollowUps f = FollowUps.of(production(), AS_OF);

    assertThat(f.incidents()).isEqualTo(8);
    assertThat(f.incidentsWithActions()).isEqualTo(6);
    assertThat(f.actions()).isEqualTo(8);
    assertThat(f.open()).isEqualTo(2);
    assertThat(f.overdue()).isEqualTo(1);
    assertThat(f.unknown()).isEqualTo(1);
    assertThat(f.done()).isEqualTo(3);
    assertThat(f.verified()).isEqualTo(1);
    assertThat(f.cancelled()).isEqualTo(1);
    // days to close 1, 3, 8; the done action of DT-08 has no closed_on and is left out
    assertThat(f.closedWithDays()).isEqualTo(3);
    assertThat(f.closedWithoutDays()).isEqualTo(1);
    assertThat(f.medianDaysToClose()).isEqualTo(3.0);
    assertThat(f.overdueIncidents().ids()).containsExactly("DT-01");
    assertThat(f.incidentsByState())
        .containsEntry(FollowUpState.OVERDUE, 1L)
        .containsEntry(FollowUpState.OPEN, 1L)
        .containsEntry(FollowUpState.CLOSED, 2L)
        .containsEntry(FollowUpState.VERIFIED, 0L)
        .containsEntry(FollowUpState.UNKNOWN, 1L)
        .containsEntry(FollowUpState.NO_ACTION, 3L);
  }

  @Test
  void nearMissWithNoFollowUp_isCountedAndNamed_withInjuriesBesideIt() {
    FollowUps f = FollowUps.of(production(), AS_OF);

    assertThat(f.noActionCount()).isEqualTo(3);
    assertThat(f.noAction().get(Severity.NEAR_MISS).ids()).containsExactly("DT-05", "DT-07");
    assertThat(f.noAction().get(Severity.INJURY).ids()).containsExactly("DT-06");
    assertThat(f.noActionFinding())
        .isEqualTo(
            "2 near misses (DT-05, DT-07) and 1 injury (DT-06) have no follow-up action (or only"
                + " cancelled ones).");
  }

  @Test
  void noActionsRecordedAtAll_saysSo_insteadOfListingEveryIncident() {
    FollowUps f =
        FollowUps.of(
            List.of(incident("DT-05", Severity.NEAR_MISS), incident("DT-06", Severity.INJURY)),
            AS_OF);

    assertThat(f.noActionFinding())
        .isEqualTo(
            "No follow-up action is recorded for any of the 2 incidents (does the log have a"
                + " follow-up column?).");
    assertThat(f.medianDaysToClose()).isNull();
  }

  @Test
  void everyIncidentFollowedUp_hasNoFinding() {
    FollowUps f = FollowUps.of(production().subList(0, 3), AS_OF);

    assertThat(f.noActionCount()).isZero();
    assertThat(f.noActionFinding()).isNull();
  }

  @Test
  void median_ofAnEvenCount_isTheMeanOfTheTwoMiddleValues() {
    List<IncidentRecord> records = new ArrayList<>();
    int n = 0;
    for (int days : new int[] {9, 1, 4, 2}) {
      String id = String.format("DT-%02d", ++n);
      records.add(
          incident(
              id,
              Severity.NEAR_MISS,
              action(
                  id,
                  1,
                  ActionStatus.DONE,
                  "2026-03-01",
                  null,
                  LocalDate.of(2026, 3, 1).plusDays(days).toString())));
    }
    assertThat(FollowUps.of(records, AS_OF).medianDaysToClose()).isEqualTo(3.0);
    assertThat(FollowUps.of(records.subList(0, 3), AS_OF).medianDaysToClose()).isEqualTo(4.0);
  }

  @Test
  void partsMergedInAnyOrder_equalTheWhole() {
    String whole = snapshot(FollowUps.of(production(), AS_OF));
    for (long seed = 1; seed <= 5; seed++) {
      List<IncidentRecord> shuffled = new ArrayList<>(production());
      Collections.shuffle(shuffled, new Random(seed));
      FollowUps a = FollowUps.of(shuffled.subList(0, 3), AS_OF);
      FollowUps b = FollowUps.of(shuffled.subList(3, shuffled.size()), AS_OF);
      assertThat(snapshot(b.merge(a))).as("seed %d", seed).isEqualTo(whole);
    }
  }

  @Test
  void merge_ofAnotherDay_isRefused() {
    assertThatThrownBy(() -> new FollowUps(AS_OF).merge(new FollowUps(AS_OF.plusDays(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String snapshot(FollowUps f) {
    return Arrays.asList(
            f.incidents(),
            f.incidentsWithActions(),
            f.actions(),
            f.open(),
            f.overdue(),
            f.unknown(),
            f.done(),
            f.verified(),
            f.cancelled(),
            f.closedWithDays(),
            f.closedWithoutDays(),
            f.medianDaysToClose(),
            f.incidentsByState(),
            f.overdueIncidents().ids(),
            f.noActionFinding())
        .toString();
  }

  @Test
  void overdue_withoutDueDates_cannotBeAssessed_neverZero() {
    FollowUps f =
        FollowUps.of(
            List.of(
                incident(
                    "DT-01",
                    Severity.INJURY,
                    action("DT-01", 1, ActionStatus.OPEN, "2026-03-01", null, null)),
                incident(
                    "DT-02",
                    Severity.NEAR_MISS,
                    action("DT-02", 1, ActionStatus.OPEN, "2026-03-02", null, null)),
                incident(
                    "DT-03",
                    Severity.NEAR_MISS,
                    action("DT-03", 1, ActionStatus.DONE, "2026-03-03", null, "2026-03-04"))),
            AS_OF);

    assertThat(f.overdue()).isZero();
    assertThat(f.overdueKnown()).isFalse();
    assertThat(f.overdueUnknownText())
        .isEqualTo("cannot be assessed: 2 of 2 open actions have no due date");
  }

  @Test
  void overdue_withSomeDueDates_isALowerBound() {
    FollowUps f =
        FollowUps.of(
            List.of(
                incident(
                    "DT-01",
                    Severity.INJURY,
                    action("DT-01", 1, ActionStatus.OPEN, "2026-03-01", "2026-03-10", null)),
                incident(
                    "DT-02",
                    Severity.NEAR_MISS,
                    action("DT-02", 1, ActionStatus.OPEN, "2026-03-02", null, null))),
            AS_OF);

    assertThat(f.overdue()).isEqualTo(1);
    assertThat(f.overdueUnknownText()).isEqualTo("at least 1; 1 of 2 open actions has no due date");
  }

  @Test
  void overdue_withEveryDueDate_isKnown() {
    FollowUps f =
        FollowUps.of(
            List.of(
                incident(
                    "DT-01",
                    Severity.INJURY,
                    action("DT-01", 1, ActionStatus.OPEN, "2026-03-01", "2026-05-10", null))),
            AS_OF);

    assertThat(f.overdueKnown()).isTrue();
    assertThat(f.overdue()).isZero();
    assertThat(f.overdueUnknownText()).isNull();
  }

  @Test
  void followUpsWithoutAStatus_pastDue_areOverdue_neverZero() {
    // a log with no Status column: every follow-up is imported with its status not recorded
    FollowUps f =
        FollowUps.of(
            List.of(
                incident(
                    "DT-01",
                    Severity.INJURY,
                    action("DT-01", 1, ActionStatus.UNKNOWN, "2026-03-01", "2026-03-08", null)),
                incident(
                    "DT-02",
                    Severity.NEAR_MISS,
                    action("DT-02", 1, ActionStatus.UNKNOWN, "2026-03-02", "2026-04-30", null)),
                incident(
                    "DT-03",
                    Severity.NEAR_MISS,
                    action(
                        "DT-03",
                        1,
                        ActionStatus.UNKNOWN,
                        "2026-03-03",
                        "2026-03-10",
                        "2026-03-09"))),
            AS_OF);

    assertThat(f.open()).isZero();
    assertThat(f.unknown()).isEqualTo(3);
    assertThat(f.pending()).isEqualTo(2);
    assertThat(f.overdue()).isEqualTo(1);
    assertThat(f.overdueWithoutStatus()).isEqualTo(1);
    assertThat(f.overdueKnown()).isTrue();
    assertThat(f.overdueIncidents().describe()).isEqualTo("DT-01");
    assertThat(f.incidentsByState()).containsEntry(FollowUpState.OVERDUE, 1L);
  }

  @Test
  void followUpsWithoutAStatusOrADueDate_cannotBeAssessed_neverZero() {
    FollowUps f =
        FollowUps.of(
            List.of(
                incident(
                    "DT-01",
                    Severity.INJURY,
                    action("DT-01", 1, ActionStatus.UNKNOWN, "2026-03-01", null, null)),
                incident(
                    "DT-02",
                    Severity.NEAR_MISS,
                    action("DT-02", 1, ActionStatus.OPEN, "2026-03-02", "2026-05-02", null))),
            AS_OF);

    assertThat(f.overdue()).isZero();
    assertThat(f.overdueKnown()).isFalse();
    assertThat(f.overdueUnknownText())
        .isEqualTo("cannot be assessed: 1 of 2 actions open or without a status has no due date");
  }
}
