package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Quantities.Dimension;
import org.setsafe.model.Quantities.Quantity;
import org.setsafe.model.Quantities.Unit;

class Quantities_ExtractionTest {

  private static Quantity one(String text) {
    List<Quantity> q = Quantities.find(text);
    assertThat(q).as(text).hasSize(1);
    return q.get(0);
  }

  @Test
  void theExamplesOfTheIssue_areReadWithTheirUnitWordsAndPlace() {
    String text = "The stunt double fell 6 ft; the blank was fired at 8 ft from him.";
    List<Quantity> q = Quantities.find(text);
    assertThat(q).extracting(Quantity::words).containsExactly("6 ft", "8 ft");
    assertThat(text.substring(q.get(1).start(), q.get(1).end())).isEqualTo("8 ft");
    assertThat(one("a drop of 20 feet").lowIn(Unit.FOOT)).isEqualTo(20);
    assertThat(one("scaffold 2 m high").lowBase()).isEqualTo(2);
    assertThat(one("a 480 volts feed").unit()).isEqualTo(Unit.VOLT);
    assertThat(one("the 13.8 kV line").lowBase()).isEqualTo(13_800);
    assertThat(one("drove at 35 mph").lowBase()).isCloseTo(56.33, within(0.01));
    assertThat(one("it was 110°F on the lot").lowIn(Unit.CELSIUS)).isCloseTo(43.33, within(0.01));
    assertThat(one("a 500 lb load").lowBase()).isCloseTo(226.8, within(0.1));
    assertThat(one("after 14 hours on set").lowBase()).isEqualTo(14);
  }

  @Test
  void writtenForms_hyphensWordsRangesAndFeetWithInches() {
    assertThat(one("fell from a 6-foot stepladder").words()).isEqualTo("6-foot");
    assertThat(one("fell six feet").lowIn(Unit.FOOT)).isEqualTo(6);
    assertThat(one("fell twenty-five feet").lowIn(Unit.FOOT)).isEqualTo(25);
    Quantity range = one("a 42-44 ft fall");
    assertThat(range.low()).isEqualTo(42);
    assertThat(range.high()).isEqualTo(44);
    assertThat(range.range()).isTrue();
    assertThat(one("from 8 to 10 feet away").high()).isEqualTo(10);
    assertThat(one("he is 6'2\" tall").lowIn(Unit.INCH)).isCloseTo(74, within(1e-9));
    assertThat(one("a 1,200 lb generator").low()).isEqualTo(1200);
    assertThat(one("wind at 25 knots").unit()).isEqualTo(Unit.KNOT);
    assertThat(one("a 60-hour week").lowBase()).isEqualTo(60);
    assertThat(one("40 degrees C").unit()).isEqualTo(Unit.CELSIUS);
    assertThat(one("13.8kV").dimension()).isEqualTo(Dimension.VOLTAGE);
  }

  @Test
  void numbersThatAreNotQuantities_areLeftAlone() {
    assertThat(
            Quantities.find(
                "Scene 12C, take 4; 3 crew at 6 in the morning; the 1990's; A320; version 2.5;"
                    + " often ten of them; turned 90 degrees; page 3 of 10"))
        .isEmpty();
    assertThat(Quantities.find("")).isEmpty();
    assertThat(Quantities.find(null)).isEmpty();
  }

  @Test
  void dimension_filtersOneKind() {
    assertThat(Quantities.find("fell 10 ft near a 480 V panel after 12 hours", Dimension.LENGTH))
        .extracting(Quantity::words)
        .containsExactly("10 ft");
  }
}
