package org.setsafe.ita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.setsafe.analysis.CaseDecision;
import org.setsafe.analysis.Casualty;
import org.setsafe.analysis.OshaLog;
import org.setsafe.model.Activity;
import org.setsafe.model.CaseType;
import org.setsafe.model.Category;
import org.setsafe.model.Establishment;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.model.Treatment;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.InputException;
import org.setsafe.rules.ItaLayout;
import org.setsafe.rules.ReportingRules;

/**
 * Whatever the cases and whatever the establishment's names hold, the summary file setsafe writes
 * passes the checker, and its totals are the log's.
 */
class ItaSummaryCsv_PassesCheckTest {
  @Property(tries = 200)
  void writtenSummary_passesTheCheck(
      @ForAll("cases") List<Injury> injuries,
      @ForAll @StringLength(min = 1, max = 140) String name,
      @ForAll @StringLength(max = 320) String industry,
      @ForAll @IntRange(min = 1, max = 2000) int employees,
      @ForAll @IntRange(min = 501, max = 8759) int hoursEach)
      throws IOException {
    List<CaseDecision> decisions = new ArrayList<>();
    int n = 0;
    for (Injury f : injuries) {
      n++;
      Incident i =
          new Incident(
              "P-" + n,
              "Incident " + n,
              "P",
              PartialDate.parse("2026-05-" + String.format("%02d", 1 + n % 28)),
              LocalTime.NOON,
              null,
              null,
              "US-NM",
              Category.OTHER,
              Activity.UNKNOWN,
              Severity.INJURY,
              0,
              1,
              null,
              null,
              null);
      decisions.add(
          CaseDecision.decide(
              new Casualty(i, "x", null, Harm.INJURED, f, 0, 0),
              ReportingRules.bundled().words(),
              null));
    }
    OshaLog log = OshaLog.of(decisions, 2026);
    String cleanName = name.isBlank() ? "Office" : name;
    Establishment e =
        new Establishment(
            cleanName,
            "Pictures & Co / West",
            "123456789",
            "1 Road (rear)",
            "Santa Fe",
            "NM",
            "87501",
            "512110",
            industry,
            1,
            2026,
            employees,
            BigDecimal.valueOf((long) employees * hoursEach),
            employees + 10);
    ItaSummaryCsv.Result r;
    try {
      r = ItaSummaryCsv.write(e, log, ItaLayout.bundled());
    } catch (InputException x) {
      // a name of nothing but refused and control characters: said, never written
      assertThat(ItaSummaryCsv.clean(cleanName, ItaLayout.bundled().refusedCharacters())).isEmpty();
      assertThat(x.getMessage()).startsWith("establishment_name: ");
      return;
    }
    Path f = Files.createTempFile("ita", ".csv");
    try {
      Files.writeString(f, r.text());
      Diagnostics d = new Diagnostics();
      ItaCheck.check(f, "summary.csv", ItaLayout.bundled(), d);
      assertThat(d.list()).extracting(Diagnostic::toString).isEmpty();
      OshaLog.Totals t = log.totals();
      assertThat(t.cases()).isEqualTo(t.byType());
    } finally {
      Files.delete(f);
    }
  }

  @Provide
  Arbitrary<List<Injury>> cases() {
    Arbitrary<Injury> one =
        Combinators.combine(
                Arbitraries.of(Treatment.class).injectNull(0.2),
                Arbitraries.integers().between(0, 300).injectNull(0.3),
                Arbitraries.integers().between(0, 300).injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3),
                Arbitraries.of(CaseType.class).injectNull(0.5))
            .as(
                (t, away, restricted, loc, type) ->
                    new Injury(
                        t,
                        away,
                        restricted,
                        loc,
                        null,
                        null,
                        type,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()));
    return one.list().ofMaxSize(30);
  }
}
