package org.setsafe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Reading;
import org.setsafe.mapping.ImportOptions;

/**
 * Action dates a person would want told of are warnings at their row and column, the actions kept:
 * raised or closed after today, open with a closing date, raised before the incident happened.
 */
class DatasetReader_ActionDatesTest {
  @Test
  void futureDates_closedWhileOpen_raisedBeforeTheIncident_areLocatedWarnings() {
    Reading r =
        Reading.of(
            "ingest/action-dates-dataset",
            ImportOptions.DEFAULT.withToday(LocalDate.of(2026, 4, 20)));

    assertThat(r.diagnostics.hasErrors()).isFalse();
    assertThat(r.diagnostics.list())
        .filteredOn(d -> !d.isError())
        .extracting(
            d -> d.location().substring(d.location().indexOf("actions.csv")) + ": " + d.message())
        .containsExactlyInAnyOrder(
            "actions.csv:2:7: 2099-03-02 is after today (2026-04-20); an action raised cannot be in"
                + " the future (a typing slip? --as-of sets today)",
            "actions.csv:2:10: 2099-03-03 is after today (2026-04-20); an action closed cannot be"
                + " in the future (a typing slip? --as-of sets today)",
            "actions.csv:3:10: status is open but closed_on is 2026-03-12: is the action closed? It"
                + " is counted as open, and its closing date is not used",
            "actions.csv:4:7: action AD-3-1 was raised on 2026-02-01, before its incident happened"
                + " (2026-03-10): a typing slip in one of the dates?");
    assertThat(r.records).hasSize(3);
  }
}
