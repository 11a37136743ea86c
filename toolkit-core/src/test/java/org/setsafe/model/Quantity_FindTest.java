package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Numbers with their units as descriptions write them. */
class Quantity_FindTest {
  private static List<String> found(String text) {
    return Quantity.find(text).stream().map(Quantity::toString).toList();
  }

  @Test
  void find_readsTheUsualSpellings() {
    assertThat(found("fell 6 ft onto the deck")).containsExactly("6 ft");
    assertThat(found("fell about 1.5 m; bruised")).containsExactly("1.5 m");
    assertThat(found("a 20-foot stand-off, fired at 8ft")).containsExactly("20 ft", "8 ft");
    assertThat(found("a fall of about 22-25 ft")).containsExactly("22-25 ft");
    assertThat(found("touched a 7,200 V line at 40 mph")).containsExactly("7200 V", "40 mph");
    assertThat(found("water at 150°F, steam at 100 °C")).containsExactly("150°F", "100°C");
    assertThat(found("a 300 lb truss, a 2 kg wrench")).containsExactly("300 lb", "2 kg");
    assertThat(found("twelve feet up, 7.2 kV")).containsExactly("12 ft", "7.2 kV");
    assertThat(found("a 6' wall")).containsExactly("6 ft");
  }

  @Test
  void find_leavesOutNumbersWithoutAUnit() {
    assertThat(found("Inc 007 on 3/9/2026 at 7:40, a .45 round, a 9mm, 5K light, 20 minutes"))
        .containsExactly("9 mm");
    assertThat(found("the 1st AD, take 3, 2nd unit")).isEmpty();
  }

  @Test
  void atLeast_comparesAcrossUnits_andRangesAcrossTheLimitAreUnknown() {
    Quantity metres = Quantity.find("1.5 m").get(0);
    assertThat(metres.atLeast(4, Unit.FOOT)).isEqualTo(Answer.YES);
    assertThat(Quantity.find("3 ft").get(0).atLeast(4, Unit.FOOT)).isEqualTo(Answer.NO);
    assertThat(Quantity.find("3-5 ft").get(0).atLeast(4, Unit.FOOT)).isEqualTo(Answer.UNKNOWN);
    assertThat(Quantity.find("65 °C").get(0).atLeast(150, Unit.FAHRENHEIT)).isEqualTo(Answer.NO);
    assertThat(metres.atLeast(50, Unit.VOLT)).isEqualTo(Answer.UNKNOWN);
  }

  @Property
  void find_neverFailsAndSpansStayInTheText(@ForAll String text) {
    for (Quantity q : Quantity.find(text)) {
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      assertThat(q.low()).isLessThanOrEqualTo(q.high());
    }
  }

  @Property
  void convert_thereAndBackIsTheSame(@ForAll Unit a, @ForAll double v) {
    if (Double.isFinite(v) && Math.abs(v) < 1e9) {
      for (Unit b : Unit.values()) {
        if (b.dimension() == a.dimension()) {
          assertThat(b.convert(a.convert(v, b), a))
              .isCloseTo(v, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(v))));
        }
      }
    }
  }
}
