package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.Consequences;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/** The Consequences sheet: what followed all incidents, then by severity and by category. */
public final class ConsequencesSheet {
  public static final String NAME = "Consequences";

  private ConsequencesSheet() {}

  public static void write(Page page, Analysis a) {
    Book book = page.book;
    page.note(book.heading, "What followed the incidents");
    page.note(
        book.note,
        "Criminal charges count proceedings against a party (decisions not to charge are counted"
            + " apart); convictions include guilty, no-contest and Alford pleas. Amounts are summed per currency.");
    page.skip(1);
    Map<String[], Consequences> rows = new LinkedHashMap<>();
    a.consequencesBySeverity()
        .forEach((s, c) -> rows.put(new String[] {"By severity", s.label()}, c));
    a.consequencesByCategory()
        .forEach((k, c) -> rows.put(new String[] {"By category", k.label()}, c));
    List<Consequences> all = new ArrayList<>(rows.values());
    all.add(a.consequences());
    MoneyColumns money = new MoneyColumns(MoneyColumns.MEASURES, all);
    List<Column> cols =
        new ArrayList<>(
            List.of(
                Column.text("Breakdown", 14),
                Column.text("Group", 30),
                Column.integer("Incidents"),
                Column.integer("Deaths"),
                Column.integer("Injuries"),
                Column.integer("Criminal charges"),
                Column.integer("Convictions (incl. pleas)"),
                Column.integer("Pleas"),
                Column.integer("Dismissals / acquittals"),
                Column.integer("Not prosecuted"),
                Column.integer("Regulatory actions"),
                Column.integer("Civil settlements"),
                Column.integer("Civil verdicts")));
    int firstMoney = cols.size();
    cols.addAll(money.columns());
    SheetTable t = SheetTable.owning(page, cols, 2);
    rows.forEach((key, c) -> fill(t.row(key[1]), key, c, money, firstMoney));
    // the total last, outside the filter's range: sorting the rows leaves it at the foot
    fill(
        t.total("All"), new String[] {"All incidents", "All"}, a.consequences(), money, firstMoney);
    t.finish();
  }

  private static void fill(
      SheetTable t, String[] key, Consequences c, MoneyColumns money, int firstMoney) {
    t.text(0, key[0])
        .text(1, key[1])
        .integer(2, c.incidents())
        .integer(3, c.fatalities())
        .integer(4, c.injuries())
        .integer(5, c.criminalCharges())
        .integer(6, c.convictions())
        .integer(7, c.pleas())
        .integer(8, c.acquittalsAndDismissals())
        .integer(9, c.notProsecuted())
        .integer(10, c.regulatoryActions())
        .integer(11, c.civilSettlements())
        .integer(12, c.civilVerdicts());
    money.write(t, firstMoney, c);
  }
}
