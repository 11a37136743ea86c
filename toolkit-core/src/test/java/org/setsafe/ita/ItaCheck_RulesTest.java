package org.setsafe.ita;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.Fixtures;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;
import org.setsafe.rules.ItaLayout;

/**
 * A file breaking each rule of the ITA's summary upload fails the check, at the value that does.
 */
class ItaCheck_RulesTest {
  static List<Diagnostic> check(String name) {
    Diagnostics d = new Diagnostics();
    ItaCheck.check(Fixtures.path("ita/" + name), name, ItaLayout.bundled(), d);
    return d.list();
  }

  @Test
  void goodFile_passes() {
    assertThat(check("good.csv")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "wrong-column-name.csv | wrong-column-name.csv:1:8: naics: this column should be 'naics_code'",
        "missing-required.csv | missing-required.csv:2:5: city: required, and empty",
        "naics-five-digits.csv | naics-five-digits.csv:2:8: naics_code: '51211' is not 6 digits",
        "zip-four-digits.csv | zip-four-digits.csv:2:7: zip: '8750' is not 5 or 9 digits",
        "state-not-a-code.csv | state-not-a-code.csv:2:6: state: 'New Mexico' is not the two-letter"
            + " postal code",
        "ein-eight-digits.csv | ein-eight-digits.csv:2:2: ein: '12345678' is not 9 digits",
        "size-not-a-code.csv | size-not-a-code.csv:2:10: size: '2' is not one of 1, 21, 22, 3",
        "establishment-type-not-a-code.csv | establishment-type-not-a-code.csv:2:11:"
            + " establishment_type: '4' is not one of 1, 2, 3",
        "year-before-2016.csv | year-before-2016.csv:2:12: year_filing_for: 2015 is earlier than"
            + " 2016",
        "employees-zero.csv | employees-zero.csv:2:13: annual_average_employees: must be 1 or more",
        "hours-with-comma.csv | hours-with-comma.csv:2:14: total_hours_worked: '98,000' is not a"
            + " whole number",
        "name-too-long.csv | name-too-long.csv:2:1: establishment_name: 101 characters; at most 100",
        "refused-character.csv | refused-character.csv:2:3: company_name: '&' is a character the"
            + " ITA refuses",
        "totals-do-not-add-up.csv | totals-do-not-add-up.csv:2:22: total_injuries: the cases by"
            + " type (M1 to M6) add up to 9, the cases by outcome (G + H + I + J",
        "no-injuries-but-cases.csv | no-injuries-but-cases.csv:2:15: no_injuries_illnesses: 2 says"
            + " the establishment had no injuries or illnesses, but its totals count 10 case(s)",
        "days-fewer-than-cases.csv | days-fewer-than-cases.csv:2:21: total_djtr_days: 1 day(s) of"
            + " job transfer or restriction for 2 case(s) in total_djtr_cases",
        "hours-over-a-year-each.csv | hours-over-a-year-each.csv:2:14: total_hours_worked:"
            + " 745,000 hours for 85 employees is 8,765 hours each; it must be under 8,760",
        "negative-count.csv | negative-count.csv:2:16: total_deaths: '-1' is not a whole number",
        "duplicate-establishment.csv | duplicate-establishment.csv:3:1: establishment_name: 'test"
            + " production office' is the name of the establishment on line 2 too",
        "no-rows.csv | no-rows.csv:1: no establishment row under the header"
      })
  void brokenFile_failsAtTheValueThatBreaksTheRule(String file, String expected) {
    List<Diagnostic> found = check(file);
    assertThat(found).as(file).isNotEmpty().anyMatch(Diagnostic::isError);
    assertThat(found.get(0).toString()).as(file).startsWith(expected.strip());
  }
}
