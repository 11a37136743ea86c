package org.setsafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Establishment;

class EstablishmentFile_ChecksTest {
  static final String GOOD =
      """
      {"name": "Test production office", "street": "1 Main St", "city": "Santa Fe", "state": "nm",
       "zip": "87501-1234", "naics": "512110", "ein": "12-3456789", "year": 2026,
       "annual_average_employees": 40, "total_hours_worked": 52000, "peak_employees": 90}
      """;

  @Test
  void goodFile_isRead_withCodesWithoutDashes() {
    Establishment e = EstablishmentFile.parse("e.json", GOOD);
    assertThat(e.state()).isEqualTo("NM");
    assertThat(e.zip()).isEqualTo("875011234");
    assertThat(e.ein()).isEqualTo("123456789");
    assertThat(e.totalHoursWorked()).isEqualByComparingTo(BigDecimal.valueOf(52000));
    assertThat(e.peakEmployees()).isEqualTo(90);
  }

  @Test
  void everyBadValue_isNamedWithItsLine() {
    String bad =
        """
        {"name": "X", "street": "1 Main St", "city": "Santa Fe", "state": "New Mexico",
         "zip": "8750", "naics": 51211, "year": 2026,
         "annual_average_employees": 10, "total_hours_worked": 90000, "peak_employees": 5}
        """;
    assertThatThrownBy(() -> EstablishmentFile.parse("e.json", bad))
        .hasMessageContaining("e.json has 5 problems")
        .hasMessageContaining("e.json:1:67: state: 'New Mexico' is not a two-letter postal code")
        .hasMessageContaining("e.json:2:9: zip: '8750' is not a ZIP code of 5 or 9 digits")
        .hasMessageContaining("naics: write the naics in double quotes")
        .hasMessageContaining("total_hours_worked: 90000 hours for 10 employees is 8760 or more")
        .hasMessageContaining("annual_average_employees: 10 is more than peak_employees (5)");
  }
}
