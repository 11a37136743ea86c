package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model's decision tree over its four answers, and what each class means. */
class SclClass_TreeTest {
  @Test
  void of_followsTheTree() {
    for (boolean inc : new boolean[] {true, false}) {
      for (boolean dc : new boolean[] {true, false}) {
        assertThat(SclClass.of(false, inc, true, dc)).isEqualTo(SclClass.LSIF);
        assertThat(SclClass.of(false, inc, false, dc)).isEqualTo(SclClass.LOW_SEVERITY);
        assertThat(SclClass.of(true, true, true, dc)).isEqualTo(SclClass.HSIF);
      }
    }
    assertThat(SclClass.of(true, true, false, true)).isEqualTo(SclClass.CAPACITY);
    assertThat(SclClass.of(true, true, false, false)).isEqualTo(SclClass.PSIF);
    for (boolean si : new boolean[] {true, false}) {
      assertThat(SclClass.of(true, false, si, true)).isEqualTo(SclClass.SUCCESS);
      assertThat(SclClass.of(true, false, si, false)).isEqualTo(SclClass.EXPOSURE);
    }
  }

  @Test
  void everyClass_isReachable() {
    Set<SclClass> seen = EnumSet.noneOf(SclClass.class);
    for (int bits = 0; bits < 16; bits++) {
      seen.add(SclClass.of((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0));
    }
    assertThat(seen).containsExactlyInAnyOrder(SclClass.values());
  }

  @Test
  void potentialSif_isHsifAndPsif_andTheyLeadTheOrder() {
    assertThat(EnumSet.allOf(SclClass.class).stream().filter(SclClass::potentialSif))
        .containsExactly(SclClass.HSIF, SclClass.PSIF);
    assertThat(SclClass.values()[0]).isEqualTo(SclClass.HSIF);
    assertThat(SclClass.values()[1]).isEqualTo(SclClass.PSIF);
    assertThat(SclClass.LOW_SEVERITY.moreSeriousThan(SclClass.SUCCESS)).isFalse();
    assertThat(SclClass.PSIF.moreSeriousThan(SclClass.LSIF)).isTrue();
  }

  @Test
  void codes_areTheIssuesCodes() {
    assertThat(Coded.codes(SclClass.class))
        .isEqualTo("hsif, psif, lsif, exposure, capacity, success, low_severity");
  }
}
