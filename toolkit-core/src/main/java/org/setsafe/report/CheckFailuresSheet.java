package org.setsafe.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.model.Role;
import org.setsafe.report.SheetTable.Column;

/**
 * The Check failures sheet: every assessed check ranked by failures, with who owned them and what
 * followed.
 */
final class CheckFailuresSheet {
  static final String NAME = "Check failures";

  private CheckFailuresSheet() {}

  static void write(Page page, List<CheckStats> checks) {
    Book book = page.book;
    page.note(book.heading, "Checks ranked by failures");
    page.note(
        book.note,
        "Failed counts checks that failed or were not performed; share = failed / assessed. The"
            + " consequences are those of the incidents where the check failed: an incident with several failed checks"
            + " counts under each of them.");
    page.skip(1);
    MoneyColumns money =
        new MoneyColumns(
            MoneyColumns.MEASURES, checks.stream().map(CheckStats::consequences).toList());
    List<Column> cols =
        new ArrayList<>(
            List.of(
                Column.integer("Rank"),
                Column.text("Check", 36),
                Column.text("Check ID", 42),
                Column.text("HFACS layer", 22),
                Column.integer("Assessed"),
                Column.integer("Failed"),
                Column.percent("Failure share"),
                Column.text("Responsible roles", 32),
                Column.integer("Deaths"),
                Column.integer("Injuries"),
                Column.integer("Criminal charges"),
                Column.integer("Convictions (incl. pleas)"),
                Column.integer("Dismissals / acquittals"),
                Column.integer("Civil settlements"),
                Column.integer("Civil verdicts")));
    int firstMoney = cols.size();
    cols.addAll(money.columns());
    int incidentsCol = cols.size();
    cols.add(Column.text("Incidents where it failed", 50));
    SheetTable t = SheetTable.owning(page, cols, 2);
    int rank = 0;
    for (CheckStats c : checks) {
      Consequences q = c.consequences();
      t.row(c.checkId())
          .integer(0, ++rank)
          .text(1, c.title())
          .text(2, c.checkId())
          .text(3, c.layer() == null ? "(not in the protocols)" : c.layer().label())
          .integer(4, c.assessed())
          .integer(5, c.failed())
          .percent(6, c.failureShare())
          .text(7, roles(c.responsibleRoles()))
          .integer(8, q.fatalities())
          .integer(9, q.injuries())
          .integer(10, q.criminalCharges())
          .integer(11, q.convictions())
          .integer(12, q.acquittalsAndDismissals())
          .integer(13, q.civilSettlements())
          .integer(14, q.civilVerdicts());
      money.write(t, firstMoney, q);
      t.text(incidentsCol, q.incidentIds().describe());
    }
    t.finish(
        "No checks were assessed in the input (a log records them in columns named by check id).");
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
