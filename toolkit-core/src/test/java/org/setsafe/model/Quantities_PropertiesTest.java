package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.setsafe.model.Quantities.Quantity;
import org.setsafe.model.Quantities.Unit;

/**
 * Whatever the number, the unit's spelling and the words around it, a quantity written in a
 * sentence is found once with its value, unit and place; whatever the text, what is found is what
 * the text says at that place.
 */
class Quantities_PropertiesTest {

  /** A unit as people write it, with the unit it stands for. */
  @Provide
  Arbitrary<Tuple2<String, Unit>> spelledUnit() {
    return Arbitraries.of(
        Tuple.of("ft", Unit.FOOT),
        Tuple.of("feet", Unit.FOOT),
        Tuple.of("Feet", Unit.FOOT),
        Tuple.of("foot", Unit.FOOT),
        Tuple.of("m", Unit.METRE),
        Tuple.of("metres", Unit.METRE),
        Tuple.of("meters", Unit.METRE),
        Tuple.of("cm", Unit.CENTIMETRE),
        Tuple.of("inches", Unit.INCH),
        Tuple.of("V", Unit.VOLT),
        Tuple.of("volts", Unit.VOLT),
        Tuple.of("kV", Unit.KILOVOLT),
        Tuple.of("KV", Unit.KILOVOLT),
        Tuple.of("amps", Unit.AMPERE),
        Tuple.of("mph", Unit.MILE_PER_HOUR),
        Tuple.of("miles per hour", Unit.MILE_PER_HOUR),
        Tuple.of("km/h", Unit.KILOMETRE_PER_HOUR),
        Tuple.of("°F", Unit.FAHRENHEIT),
        Tuple.of("degrees Fahrenheit", Unit.FAHRENHEIT),
        Tuple.of("°C", Unit.CELSIUS),
        Tuple.of("lb", Unit.POUND),
        Tuple.of("lbs", Unit.POUND),
        Tuple.of("pounds", Unit.POUND),
        Tuple.of("kg", Unit.KILOGRAM),
        Tuple.of("tons", Unit.TON),
        Tuple.of("psi", Unit.PSI),
        Tuple.of("hours", Unit.HOUR),
        Tuple.of("hrs", Unit.HOUR),
        Tuple.of("minutes", Unit.MINUTE));
  }

  @Provide
  Arbitrary<BigDecimal> number() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(99_999))
        .ofScale(2)
        .map(BigDecimal::stripTrailingZeros);
  }

  /** Words without digits, as a description holds around a number. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(
            "the",
            "crew",
            "fell",
            "about",
            "approximately",
            "from",
            "a",
            "when",
            "near",
            "line",
            "at",
            "after",
            "on",
            "set",
            "it",
            "was",
            "(",
            ")",
            ",",
            ";",
            "and",
            "truck")
        .list()
        .ofMaxSize(6)
        .map(l -> String.join(" ", l));
  }

  @Property
  void aWrittenQuantity_isFoundOnce_withItsValueUnitAndPlace(
      @ForAll("words") String before,
      @ForAll("number") BigDecimal value,
      @ForAll("spelledUnit") Tuple2<String, Unit> unit,
      @ForAll("words") String after) {
    String number = value.toPlainString();
    String written = number + " " + unit.get1();
    String text = (before.isEmpty() ? "" : before + " ") + written + " " + after;

    List<Quantity> found = Quantities.find(text);

    assertThat(found).as(text).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q.low()).isEqualTo(value.doubleValue());
    assertThat(q.unit()).isEqualTo(unit.get2());
    assertThat(q.words()).isEqualTo(written);
    assertThat(text.substring(q.start(), q.end())).isEqualTo(written);
  }

  @Property
  void hyphenatedOrJoined_theValueIsTheSame(
      @ForAll("number") BigDecimal value, @ForAll("spelledUnit") Tuple2<String, Unit> unit) {
    String n = value.toPlainString();
    for (String text : List.of(n + "-" + unit.get1(), n + unit.get1())) {
      List<Quantity> found = Quantities.find("a " + text + " drop");
      if (unit.get1().contains(" ") && !text.contains("-")) {
        continue;
      }
      assertThat(found).as(text).extracting(Quantity::low).containsExactly(value.doubleValue());
    }
  }

  @Property
  void normalising_keepsOrder_andComesBack(
      @ForAll("number") BigDecimal a,
      @ForAll("number") BigDecimal b,
      @ForAll("spelledUnit") Tuple2<String, Unit> unit) {
    Unit u = unit.get2();
    double x = a.doubleValue();
    double y = b.doubleValue();
    assertThat(u.fromBase(u.toBase(x))).isCloseTo(x, within(1e-6 * Math.max(1, x)));
    if (x < y) {
      assertThat(u.toBase(x)).isLessThan(u.toBase(y));
    }
  }

  @Property
  void theSameLength_inFeetAndInMetres_comparesEqual(@ForAll("number") BigDecimal feet) {
    double metres = feet.doubleValue() * 0.3048;
    Quantity f = Quantities.find(feet.toPlainString() + " ft").get(0);
    Quantity m = Quantities.find(String.format(Locale.ROOT, "%.6f m", metres)).get(0);
    assertThat(f.lowBase()).isCloseTo(m.lowBase(), within(1e-5));
    assertThat(m.lowIn(Unit.FOOT)).isCloseTo(feet.doubleValue(), within(1e-4));
  }

  @Property
  void whateverTheText_whatIsFoundIsWhatTheTextSaysThere_inOrder(@ForAll("noisyText") String text) {
    List<Quantity> found = Quantities.find(text);
    int end = 0;
    for (Quantity q : found) {
      assertThat(q.start()).isGreaterThanOrEqualTo(end);
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.words());
      assertThat(q.high()).isGreaterThanOrEqualTo(q.low());
      end = q.end();
    }
  }

  @Provide
  Arbitrary<String> noisyText() {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4)),
            Tuple.of(3, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4)),
            Tuple.of(
                3,
                Arbitraries.of(
                    "ft", "feet", "'", "\"", "-", " to ", "°F", "kV", "m", "in", "six", "twenty",
                    "-five", "hours", ",", ".", " ", "mph", "degrees")));
    return token.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
