package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.IdSample;
import org.setsafe.analysis.RoleOutcomes;
import org.setsafe.model.Role;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Roles sheet: per role, the failed checks it owned and how its parties fared in criminal,
 * regulatory and civil proceedings, with the incidents behind each number.
 */
public final class RolesSheet {
  public static final String NAME = "Roles";

  private RolesSheet() {}

  /** One row: a role's label, its failures and its outcomes (either may be missing). */
  public record RoleRow(String label, IdSample failures, RoleOutcomes outcomes) {}

  /**
   * The roles with failures or outcomes, in vocabulary order, outcomes with no role recorded last.
   */
  public static List<RoleRow> rows(Analysis a) {
    Map<String, RoleOutcomes> outcomes = a.roles();
    Map<Role, IdSample> failures = a.failuresByRole();
    List<RoleRow> rows = new ArrayList<>();
    for (Role r : Role.values()) {
      if (failures.containsKey(r) || outcomes.containsKey(r.code())) {
        rows.add(new RoleRow(r.label(), failures.get(r), outcomes.get(r.code())));
      }
    }
    RoleOutcomes none = outcomes.get(Analysis.UNSPECIFIED_ROLE);
    if (none != null) {
      rows.add(new RoleRow("Role not recorded", null, none));
    }
    return rows;
  }

  public static void write(Page page, Analysis a) {
    Book book = page.book;
    page.note(book.heading, "Failures and outcomes by role");
    page.note(
        book.note,
        "Failed checks owned: failures of checks for which the role was recorded as responsible."
            + " Outcome columns count proceedings against parties in the role; one party can face several.");
    page.skip(1);
    List<Column> cols =
        new ArrayList<>(
            List.of(
                Column.text("Role", 28),
                Column.integer("Failed checks owned"),
                Column.integer("Outcomes")));
    RoleOutcomes.Tally[] outcomeCols = RoleOutcomes.Tally.values();
    for (RoleOutcomes.Tally c : outcomeCols) {
      cols.add(Column.integer(c.label()));
    }
    int behind = cols.size();
    cols.add(Column.text("Incidents behind the numbers", 46));
    SheetTable t = SheetTable.owning(page, cols, 1);
    StringBuilder b = new StringBuilder();
    for (RoleRow r : rows(a)) {
      b.setLength(0);
      t.row(r.label()).text(0, r.label());
      if (r.failures() != null) {
        t.integer(1, r.failures().count());
        line(b, "Failed checks owned", r.failures());
      } else {
        t.integer(1, 0);
      }
      RoleOutcomes o = r.outcomes();
      t.integer(2, o == null ? 0 : o.outcomes());
      for (int i = 0; i < outcomeCols.length; i++) {
        long n = o == null ? 0 : o.count(outcomeCols[i]);
        t.integer(3 + i, n);
        if (n > 0) {
          line(b, outcomeCols[i].label(), o.incidents(outcomeCols[i]));
        }
      }
      t.text(behind, b.length() == 0 ? null : b.toString());
    }
    t.finish("The input records no failed check with a responsible role and no legal outcome.");
  }

  private static void line(StringBuilder b, String label, IdSample ids) {
    if (b.length() > 0) {
      b.append('\n');
    }
    b.append(label).append(": ").append(ids.describe());
  }
}
