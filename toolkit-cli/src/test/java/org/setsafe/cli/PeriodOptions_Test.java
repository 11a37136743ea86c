package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --from}, {@code --to} and {@code --month} read alike in every command that takes a period:
 * a year, a month or a day; errors are one line in setsafe's words.
 */
class PeriodOptions_Test {
  private static final String LOG = CliFixtures.example("dusty-trail-log.csv");
  private static final String MAPPING = CliFixtures.example("dusty-trail-log.mapping.json");
  private static final List<String> COMMANDS =
      List.of("list", "classify", "actions", "suggest", "report");

  private static Run run(String command, Path dir, String... more) {
    List<String> args = new ArrayList<>(List.of(command, LOG, "--mapping", MAPPING));
    if (command.equals("report")) {
      args.addAll(List.of("-o", dir.resolve("r" + System.nanoTime() + ".xlsx").toString()));
    } else {
      args.addAll(List.of("--format", "json"));
    }
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "classify", "actions", "suggest", "report"})
  void everyForm_yearMonthDay_isTakenByEveryCommand(String command, @TempDir Path dir) {
    for (List<String> period :
        List.of(
            List.of("--from", "2026"),
            List.of("--from", "2026-03"),
            List.of("--from", "2026-03-02", "--to", "2026-04"),
            List.of("--to", "2026"),
            List.of("--month", "2026-03"))) {
      Run r = run(command, dir, period.toArray(String[]::new));
      assertThat(r.exit()).as(command + " " + period + ": " + r.err()).isZero();
    }
  }

  @Test
  void month_isTheSameAsFromAndToThatMonth(@TempDir Path dir) {
    Run month = run("list", dir, "--month", "2026-03");
    Run span = run("list", dir, "--from", "2026-03", "--to", "2026-03");
    Run days = run("list", dir, "--from", "2026-03-01", "--to", "2026-03-31");
    assertThat(month.out()).isEqualTo(span.out()).isEqualTo(days.out()).contains("DT-001");
    assertThat(month.out()).doesNotContain("\"2026-04-");
  }

  @Test
  void asOf_defaultsToThePeriodsEnd_whenThePeriodEndsBeforeToday(@TempDir Path dir) {
    Run r = run("actions", dir, "--month", "2026-03");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"as_of\" : \"2026-03-31\"");
    Run given = run("actions", dir, "--month", "2026-03", "--as-of", "2026-04-20");
    assertThat(given.out()).contains("\"as_of\" : \"2026-04-20\"");
  }

  @Test
  void badDates_areOneLineInSetsafesWords_onEveryCommand(@TempDir Path dir) {
    for (String command : COMMANDS) {
      for (List<String> bad :
          List.of(
              List.of("--from", "2026-13"),
              List.of("--to", "2020-02-30"),
              List.of("--from", "last week"),
              List.of("--month", "2026"))) {
        Run r = run(command, dir, bad.toArray(String[]::new));
        String what = command + " " + bad;
        assertThat(r.exit()).as(what).isEqualTo(2);
        assertThat(r.err().lines()).as(what + ": " + r.err()).hasSize(1);
        assertThat(r.err())
            .as(what)
            .startsWith("setsafe: " + bad.get(0) + ": '")
            .doesNotContain("Exception", "Invalid value");
      }
    }
    for (String command : List.of("actions", "report")) {
      Run r = run(command, dir, "--as-of", "2026-1");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err().lines()).hasSize(1);
      assertThat(r.err()).startsWith("setsafe: --as-of: '2026-1' is not a date");
    }
  }

  @Test
  void backwardsOrDoubledPeriods_areUsageErrors(@TempDir Path dir) {
    Run backwards = run("list", dir, "--from", "2026-04", "--to", "2026-03");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err()).contains("the period runs backwards");
    Run doubled = run("list", dir, "--month", "2026-03", "--from", "2026");
    assertThat(doubled.exit()).isEqualTo(2);
    assertThat(doubled.err()).contains("--month 2026-03 is a whole period");
  }
}
