package org.setsafe.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.model.Role;
import org.setsafe.report.SheetTable.Column;

/**
 * The Check failures sheet: every check recorded, ranked by failures, with honest denominators
 * (assessed = passed + failed + not performed; a share only from {@link CheckStats#MIN_ASSESSED}
 * assessed and for checks ever recorded as passed), who owned the failures, and the incidents where
 * each check failed with what followed in them (an incident counts under each of its failed checks,
 * so these columns are never added up across checks); then failures per HFACS layer.
 */
final class CheckFailuresSheet {
  static final String NAME = "Check failures";

  /** Incident ids named in a cell before the rest are counted. */
  static final int IDS_SHOWN = 3;

  static final Column RANK = Column.integer("Rank");
  static final Column CHECK = Column.text("Check", 30);
  static final Column LAYER = Column.text("HFACS layer", 16);
  static final Column PASSED = Column.integer("Passed");
  static final Column FAILED = Column.integer("Failed (incl. not performed)");
  static final Column NOT_PERFORMED = Column.integer("of which not performed");
  static final Column ASSESSED = Column.integer("Assessed");
  static final Column NOT_ASSESSED = Column.integer("Unknown or n/a");
  static final Column SHARE = Column.percent("Failure share");
  static final Column ROLES = Column.text("Responsible roles", 22);
  static final Column INCIDENTS = Column.integer("Incidents where it failed");
  static final Column HARMFUL = Column.integer("of them injury or worse");
  static final Column FATAL = Column.integer("of them fatal");
  static final Column DEATHS = Column.integer("Deaths in them");
  static final Column INJURED = Column.integer("Injured in them");
  static final Column CHARGED = Column.integer("of them with charges");
  static final Column CONVICTED = Column.integer("of them with a conviction");
  static final Column FINED = Column.integer("of them with a fine");
  static final Column SETTLED = Column.integer("of them with a settlement");
  static final Column IDS = Column.text("Those incidents", 30);

  private CheckFailuresSheet() {}

  static void write(Page page, Analysis a) {
    Book book = page.book;
    List<CheckStats> checks = a.checkFailures();
    page.note(book.heading, "Checks ranked by failures");
    page.note(
        book.note,
        "Assessed = passed + failed + not performed (unknown and not applicable are not assessed)."
            + " Failure share = failed / assessed, given only where at least "
            + CheckStats.MIN_ASSESSED
            + " incidents were assessed ('n < "
            + CheckStats.MIN_ASSESSED
            + "' otherwise) and the check was recorded as passed at least once ('failures only':"
            + " a record of failures alone gives no rate). Checks with the same number of failures"
            + " share a rank.");
    page.note(
        book.note,
        "The columns from 'Incidents where it failed' on are the incidents where this check failed,"
            + " and what followed in them. An incident counts under each of its failed checks: do"
            + " not add these columns up across checks, and read them as company, not as cause.");
    page.skip(1);
    boolean legal = !a.outcomes().isEmpty();
    List<Column> cols =
        new ArrayList<>(
            List.of(
                RANK,
                CHECK,
                LAYER,
                PASSED,
                FAILED,
                NOT_PERFORMED,
                ASSESSED,
                NOT_ASSESSED,
                SHARE,
                ROLES,
                INCIDENTS,
                HARMFUL,
                FATAL,
                DEATHS,
                INJURED));
    if (legal) {
      cols.addAll(List.of(CHARGED, CONVICTED, FINED, SETTLED));
    }
    cols.add(IDS);
    SheetTable t = SheetTable.owning(page, cols, 2);
    int[] ranks = CheckStats.ranks(checks);
    for (int i = 0; i < checks.size(); i++) {
      CheckStats c = checks.get(i);
      Consequences q = c.consequences();
      t.row(c.checkId())
          .integer(RANK, ranks[i])
          .text(CHECK, c.title() + "\n" + c.checkId())
          .text(LAYER, c.layer() == null ? "(not in the protocols)" : c.layer().label())
          .integer(PASSED, c.passed())
          .integer(FAILED, c.failed())
          .integer(NOT_PERFORMED, c.notPerformed())
          .integer(ASSESSED, c.assessed())
          .integer(NOT_ASSESSED, c.notAssessed());
      if (c.failureShare().isPresent()) {
        t.percent(SHARE, c.failureShare().getAsDouble());
      } else {
        t.text(SHARE, c.noShare(), book.quietText);
      }
      t.text(ROLES, roles(c.responsibleRoles()))
          .integer(INCIDENTS, q.incidents())
          .integer(HARMFUL, q.harmful())
          .integer(FATAL, q.incidents(org.setsafe.model.Severity.FATAL))
          .integer(DEATHS, q.fatalities())
          .integer(INJURED, q.injuries());
      if (legal) {
        t.integer(CHARGED, q.incidentsWithCharges())
            .integer(CONVICTED, q.incidentsWithConvictions())
            .integer(FINED, q.incidentsWithFines())
            .integer(SETTLED, q.incidentsWithSettlements());
      }
      t.text(IDS, q.incidentIds().describe(IDS_SHOWN, q.incidents()));
    }
    t.finish(
        "No checks were recorded in the input (a log records them in columns named by check id).");
    page.skip(1);
    page.note(book.heading, "Failures per HFACS layer of defence");
    SheetTable layers =
        SheetTable.section(
            page,
            List.of(
                Column.text("Layer", 30),
                Column.integer("Check failures"),
                Column.integer("Incidents with a failure in the layer")),
            false);
    for (Analysis.LayerStats l : a.layers()) {
      layers
          .row(l.layer().label())
          .text(0, l.layer().label())
          .integer(1, l.failedChecks())
          .integer(2, l.incidents());
    }
    layers.finish();
    page.applyWidths();
  }

  /** {@code Armorer (2), First assistant director (1)}, most first. */
  static String roles(Map<Role, Long> roles) {
    if (roles.isEmpty()) {
      return null;
    }
    return roles.entrySet().stream()
        .sorted(Map.Entry.<Role, Long>comparingByValue().reversed())
        .map(e -> e.getKey().label() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }
}
