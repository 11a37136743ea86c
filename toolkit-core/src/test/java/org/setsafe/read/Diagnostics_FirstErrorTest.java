package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A command that refuses input with errors names the first error, never a warning before it. */
class Diagnostics_FirstErrorTest {
  @Test
  void theFirstErrorIsNamed_evenWhenWarningsCameFirst_andNoneIsKept() {
    Diagnostics d = new Diagnostics(0);
    d.report(Diagnostic.warning("ds/incidents.csv", 0, 0, null, "changed since setsafe wrote it"));
    d.report(Diagnostic.error("ds/people.csv", 2, 3, "role", "a value is required here"));
    d.report(Diagnostic.error("ds/people.csv", 3, 3, "role", "a value is required here"));

    assertThat(d.list()).isEmpty();
    assertThat(d.firstError()).hasToString("ds/people.csv:2:3: role: a value is required here");
    assertThatThrownBy(d::requireNoErrors)
        .isInstanceOf(InputException.class)
        .hasMessage(
            "2 problem(s) in the input, the first: ds/people.csv:2:3: role: a value is required"
                + " here (run 'setsafe validate' to see them all)");
  }

  @Test
  void warningsAlone_areNoReasonToRefuse() {
    Diagnostics d = new Diagnostics(0);
    d.report(Diagnostic.warning("log.csv", 4, 2, "date", "2030-01-01 is after today"));

    d.requireNoErrors();

    assertThat(d.firstError()).isNull();
    assertThat(d.warnings()).isEqualTo(1);
  }
}
