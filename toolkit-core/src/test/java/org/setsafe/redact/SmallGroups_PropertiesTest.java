package org.setsafe.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import org.setsafe.model.Severity;
import org.setsafe.redact.Ledger.Kind;

/**
 * On a generated log of departments, months and severities: after redaction, an incident that keeps
 * its month shares department, month and severity with at least 4 others; one coarsened to its
 * quarter but keeping its department shares department, quarter and severity with at least 4
 * others; and the ledger counts exactly the incidents changed.
 */
class SmallGroups_PropertiesTest {
  static final RedactionKey KEY = RedactionKey.inMemory("s".getBytes(StandardCharsets.UTF_8));

  record Row(String department, int month, Severity severity) {}

  @Provide
  Arbitrary<List<Row>> logs() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.of("Grip", "Camera", "Props"),
                Arbitraries.integers().between(1, 6),
                Arbitraries.of(Severity.NEAR_MISS, Severity.INJURY, Severity.SERIOUS_INJURY))
            .as(Row::new);
    return row.list().ofMinSize(0).ofMaxSize(80);
  }

  static List<IncidentRecord> records(List<Row> rows) {
    List<IncidentRecord> out = new ArrayList<>();
    int n = 0;
    for (Row r : rows) {
      out.add(
          IncidentRecord.of(
              new Incident(
                  "G-" + (++n),
                  "t",
                  "Generated",
                  new PartialDate(2026, r.month(), 10),
                  null,
                  null,
                  r.department(),
                  null,
                  Category.OTHER,
                  Activity.UNKNOWN,
                  r.severity(),
                  0,
                  r.severity() == Severity.NEAR_MISS ? 0 : 1,
                  null,
                  null,
                  null)));
    }
    return out;
  }

  @Property(tries = 300)
  void redactedLog_singlesOutNoSmallGroup_andTheLedgerCountsWhatChanged(
      @ForAll("logs") List<Row> rows) {
    List<IncidentRecord> in = records(rows);
    Redactor x = Redactor.of(Profiles.bundled(), KEY, in);
    Map<String, Integer> byMonth = new HashMap<>();
    Map<String, Integer> byQuarter = new HashMap<>();
    for (Row r : rows) {
      byMonth.merge(r.department() + r.month() + r.severity(), 1, Integer::sum);
      byQuarter.merge(r.department() + ((r.month() - 1) / 3) + r.severity(), 1, Integer::sum);
    }
    long quarters = 0;
    long dropped = 0;
    for (int k = 0; k < in.size(); k++) {
      Row r = rows.get(k);
      Incident out = x.redact(in.get(k)).incident();
      if (out.date().month() != null) {
        assertThat(byMonth.get(r.department() + r.month() + r.severity()))
            .isGreaterThanOrEqualTo(5);
        assertThat(out.department()).isEqualTo(r.department());
        continue;
      }
      quarters++;
      assertThat(out.note()).startsWith("Quarter: 2026 Q" + ((r.month() - 1) / 3 + 1));
      if (out.department().equals("ZZZ")) {
        dropped++;
        assertThat(byQuarter.get(r.department() + ((r.month() - 1) / 3) + r.severity()))
            .isLessThan(5);
      } else {
        assertThat(byQuarter.get(r.department() + ((r.month() - 1) / 3) + r.severity()))
            .isGreaterThanOrEqualTo(5);
      }
    }
    assertThat(x.ledger().count(Kind.MONTH_TO_QUARTER)).isEqualTo(quarters);
    assertThat(x.ledger().count(Kind.DEPARTMENT_DROPPED)).isEqualTo(dropped);
  }

  /** A period of the generated half year: whole months, or days of one month. */
  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<Period> months =
        Combinators.combine(
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 5))
            .as(
                (m, len) -> {
                  LocalDate from = LocalDate.of(2026, m, 1);
                  return new Period(from, from.plusMonths(len + 1L).minusDays(1));
                });
    Arbitrary<Period> days =
        Combinators.combine(
                Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 20))
            .as(
                (m, d, len) -> {
                  LocalDate from = LocalDate.of(2026, m, d);
                  return new Period(from, from.plusDays(len));
                });
    return Arbitraries.oneOf(months, days);
  }

  /**
   * An incident is in a period asked for when redacted exactly when it is as written; its date is
   * kept to the day only where the period is of days that its month would leave.
   */
  @Property(tries = 300)
  void aPeriodAskedFor_selectsTheSameIncidents_redactedOrNot(
      @ForAll("logs") List<Row> rows, @ForAll("periods") Period period) {
    List<IncidentRecord> in = records(rows);
    Redactor x = Redactor.of(Profiles.bundled(), KEY, in).window(period);
    long kept = 0;
    for (IncidentRecord r : in) {
      PartialDate shown = x.redact(r).incident().date();
      assertThat(period.contains(shown))
          .as("%s in %s, shown as %s", r.incident().date(), period, shown)
          .isEqualTo(period.contains(r.incident().date()));
      if (period.contains(r.incident().date()) && shown.day() != null) {
        kept++;
        assertThat(period.contains(new PartialDate(2026, shown.month(), null))).isFalse();
      }
    }
    assertThat(x.ledger().count(Kind.DATE_KEPT_FOR_PERIOD)).isGreaterThanOrEqualTo(kept);
  }
}
