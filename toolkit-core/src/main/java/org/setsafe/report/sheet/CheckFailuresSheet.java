package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.analysis.InferredFailures;
import org.setsafe.model.Role;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Check failures sheet: every check recorded, ranked by failures, with honest denominators
 * (assessed = passed + failed + not performed; a share only from {@link CheckStats#MIN_ASSESSED}
 * assessed and for checks ever recorded as passed), who owned the failures, and the incidents where
 * each check failed with what followed in them (an incident counts under each of its failed checks,
 * so these columns are never added up across checks); the failures only inferred (suggested from
 * descriptions), apart and counted in none of these; then failures per HFACS layer.
 */
public final class CheckFailuresSheet {
  public static final String NAME = "Check failures";

  /** Incident ids named in a cell before the rest are counted. */
  public static final int IDS_SHOWN = 3;

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

  public static void write(Page page, Analysis a) {
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
          .text(CHECK, c.title())
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
    inferred(page, a.inferred());
    page.skip(1);
    page.note(book.heading, "Failures per HFACS layer of defence");
    // under the ranked table's Check, HFACS layer and Passed columns, so that it keeps their widths
    SheetTable layers =
        SheetTable.section(page, List.of(L_LAYER, L_INCIDENTS, L_FAILURES), false, 1);
    for (Analysis.LayerStats l : a.layers()) {
      layers
          .row(l.layer().label())
          .text(L_LAYER, l.layer().label())
          .integer(L_INCIDENTS, l.incidents())
          .integer(L_FAILURES, l.failedChecks());
    }
    layers.finish();
    page.applyWidths();
  }

  static final Column L_LAYER = Column.text("Layer", 30);
  static final Column L_INCIDENTS = Column.integer("Incidents with a failure in the layer");
  static final Column L_FAILURES = Column.integer("Check failures");

  /** Under Check, HFACS layer, the six figure columns, and Responsible roles. */
  static final Column I_CHECK = Column.text("Check", 30);

  static final Column I_INCIDENTS = Column.integer("Incidents");
  static final Column I_WORDS = Column.spanning("Matched words (times)", 60, 6);
  static final Column I_IDS = Column.text("Those incidents", 22);

  /** The title of the table of inferred failures, for what it holds. */
  static String inferredTitle(InferredFailures f) {
    if (f.suggested() == f.failures()) {
      return "Suggested from descriptions";
    }
    return f.suggested() == 0
        ? "Inferred failures (our reading, not findings)"
        : "Suggested from descriptions, and other inferred failures";
  }

  /**
   * The failures only inferred, apart: per check, the incidents and the words that suggested it.
   * None of them is in the ranks, shares and denominators above.
   */
  private static void inferred(Page page, InferredFailures f) {
    if (f.isEmpty()) {
      return;
    }
    Book book = page.book;
    page.skip(1);
    page.note(book.heading, inferredTitle(f));
    page.note(
        book.note,
        String.format(
            "%,d failure(s) only inferred%s: not findings, and in no figure above (ranks, shares"
                + " and denominators count recorded results only), nor in the matrix, the charts or"
                + " the lessons from history.",
            f.failures(),
            f.suggested() == f.failures()
                ? ", each suggested by words of the incident's description (import --suggest)"
                : f.suggested() == 0
                    ? " (our reading of the facts)"
                    : String.format(
                        ", %,d of them suggested by words of the description (import --suggest)",
                        f.suggested())));
    SheetTable t =
        SheetTable.section(page, List.of(I_CHECK, I_INCIDENTS, I_WORDS, I_IDS), false, 1);
    for (InferredFailures.Check c : f.checks()) {
      t.row(c.checkId())
          .text(I_CHECK, c.title())
          .integer(I_INCIDENTS, c.incidents().count())
          .text(I_WORDS, words(c))
          .text(I_IDS, c.incidents().describe(IDS_SHOWN, c.incidents().count()));
    }
    t.finish();
  }

  /**
   * {@code "live rounds found" (3), "live ammunition" (1)}, and the incidents read, not matched.
   */
  static String words(InferredFailures.Check c) {
    List<String> parts = new ArrayList<>();
    c.words().forEach((w, n) -> parts.add("\"" + w + "\" (" + n + ")"));
    String s = String.join(", ", parts);
    if (c.otherWords() > 0) {
      s += String.format(" and %,d other match(es)", c.otherWords());
    }
    if (c.reading() > 0) {
      String reading = String.format("our reading of the facts, in %,d incident(s)", c.reading());
      s = s.isEmpty() ? reading : s + "; " + reading;
    }
    return s;
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
