package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.setsafe.analysis.Consequences;
import org.setsafe.analysis.MoneyTotals;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * Money measures of {@link Consequences} (fines, settlements) laid out as one column per currency
 * that occurs, so amounts in different currencies are never added together. A measure with no
 * amounts at all gets no column.
 */
final class MoneyColumns {
  /** One money measure. */
  record Measure(String header, Function<Consequences, MoneyTotals> totals) {}

  static final List<Measure> MEASURES =
      List.of(
          new Measure("Court fines", Consequences::courtFines),
          new Measure("Regulator fines", Consequences::fines),
          new Measure("Fines before reduction", Consequences::finesBeforeReduction),
          new Measure("Fines after reduction", Consequences::finesAfterReduction),
          new Measure("Settlements and awards", Consequences::civilAmounts));

  private record Slot(Measure measure, String currency) {}

  private final List<Slot> slots = new ArrayList<>();

  /** The columns needed for {@code measures} over every row's consequences. */
  MoneyColumns(List<Measure> measures, Collection<Consequences> rows) {
    for (Measure m : measures) {
      TreeSet<String> currencies = new TreeSet<>();
      for (Consequences c : rows) {
        currencies.addAll(m.totals().apply(c).byCurrency().keySet());
      }
      for (String cur : currencies) {
        slots.add(new Slot(m, cur));
      }
    }
  }

  List<Column> columns() {
    return slots.stream()
        .map(s -> Column.money(s.measure().header() + " (" + s.currency() + ")", s.currency()))
        .toList();
  }

  int size() {
    return slots.size();
  }

  /**
   * Writes {@code c}'s amounts into the columns starting at {@code first}; absent amounts stay
   * empty.
   */
  void write(SheetTable t, int first, Consequences c) {
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      MoneyTotals m = s.measure().totals().apply(c);
      if (m.byCurrency().containsKey(s.currency())) {
        t.money(first + i, m.get(s.currency()), s.currency());
      }
    }
  }
}
