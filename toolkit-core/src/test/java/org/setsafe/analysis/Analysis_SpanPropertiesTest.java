package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The span of an analysis (its first and last date) covers every incident, whatever precision the
 * dates have: an incident known only to its year (as a redacted log has) never falls outside it.
 */
class Analysis_SpanPropertiesTest {

  private static Analysis analyse(List<PartialDate> dates) {
    Analysis a = new Analysis(ProtocolCatalog.bundled());
    int n = 0;
    for (PartialDate d : dates) {
      a.accept(
          new IncidentRecord(
              Cases.incident("I-" + n++, d.toString(), null, null),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    return a;
  }

  @Property(tries = 300)
  void everyIncident_liesWithinTheSpan(
      @ForAll("dates") @Size(min = 1, max = 12) List<PartialDate> dates) {
    Analysis a = analyse(dates);
    for (PartialDate d : dates) {
      assertThat(d.firstDay()).isAfterOrEqualTo(a.firstDate().firstDay());
      assertThat(d.lastDay()).isBeforeOrEqualTo(a.lastDate().lastDay());
    }
  }

  @Property(tries = 100)
  void mergedHalves_haveTheSpanOfTheWhole(
      @ForAll("dates") @Size(min = 2, max = 12) List<PartialDate> dates) {
    int half = dates.size() / 2;
    Analysis merged =
        analyse(dates.subList(0, half))
            .merge(analyse(new ArrayList<>(dates.subList(half, dates.size()))));
    Analysis whole = analyse(dates);
    assertThat(merged.firstDate()).isEqualTo(whole.firstDate());
    assertThat(merged.lastDate().lastDay()).isEqualTo(whole.lastDate().lastDay());
  }

  @Test
  void aLogWithDatesCutToTheYear_spansTheYear_notItsLastMonth() {
    Analysis a =
        analyse(
            List.of(
                PartialDate.parse("2026-03"),
                PartialDate.parse("2026"),
                PartialDate.parse("2026-03")));

    assertThat(Period.span(a.firstDate(), a.lastDate())).isEqualTo("2026");
  }

  @Test
  void dayDates_spanFromTheFirstToTheLastDay() {
    Analysis a =
        analyse(
            List.of(
                PartialDate.parse("2026-04-17"),
                PartialDate.parse("2026-03-02"),
                PartialDate.parse("2026-03-20")));

    assertThat(Period.span(a.firstDate(), a.lastDate())).isEqualTo("2026-03-02 to 2026-04-17");
  }

  @Provide
  Arbitrary<List<PartialDate>> dates() {
    Arbitrary<PartialDate> one =
        Combinators.combine(
                Arbitraries.integers().between(2024, 2026),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 28))
            .as(
                (y, m, d) ->
                    m == 0
                        ? new PartialDate(y, null, null)
                        : new PartialDate(y, m, d == 0 ? null : d));
    return one.list();
  }
}
