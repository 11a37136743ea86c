package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link PartialDate#parse} reads full dates by hand, without its regular expression, because
 * ingest parses one date per row; whatever the text, it must say what the regular expression says.
 */
class PartialDate_PropertiesTest {

  /** Text shaped like a date: digits (ASCII or not), separators, blanks, in near-date lengths. */
  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> digit =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.strings().numeric().ofLength(1)),
            Tuple.of(1, Arbitraries.of("٣", "０", "x", "-", " ")));
    Arbitrary<String> part =
        Arbitraries.integers()
            .between(0, 5)
            .flatMap(n -> digit.list().ofSize(n))
            .map(l -> String.join("", l));
    Arbitrary<String> separator = Arbitraries.of("-", "-", "-", "/", ".", "x", " ", "", "--");
    Arbitrary<String> blank = Arbitraries.of("", "", " ", "\t", "\u00a0");
    Arbitrary<String> shaped =
        Combinators.combine(
                blank,
                part,
                separator,
                part,
                separator,
                part,
                blank,
                Arbitraries.integers().between(1, 3))
            .as(
                (b1, y, s1, m, s2, d, b2, parts) ->
                    b1 + y + (parts > 1 ? s1 + m : "") + (parts > 2 ? s2 + d : "") + b2)
            .withoutEdgeCases(); // eight parts' edge cases combined would outnumber the tries
    Arbitrary<String> tenCharacters =
        Combinators.combine(
                digit.list().ofSize(4),
                separator.filter(x -> x.length() == 1),
                digit.list().ofSize(2),
                separator.filter(x -> x.length() == 1),
                digit.list().ofSize(2))
            .as(
                (y, s1, m, s2, d) ->
                    String.join("", y) + s1 + String.join("", m) + s2 + String.join("", d));
    Arbitrary<String> real =
        Arbitraries.integers()
            .between(1700, 2300)
            .flatMap(
                y ->
                    Combinators.combine(
                            Arbitraries.integers().between(0, 13),
                            Arbitraries.integers().between(0, 32))
                        .as((m, d) -> String.format("%04d-%02d-%02d", y, m, d)));
    return Arbitraries.oneOf(
        shaped, tenCharacters.withoutEdgeCases(), real, Arbitraries.strings().ofMaxLength(12));
  }

  @Property(tries = 2000)
  void parse_agreesWithTheRegularExpression(@ForAll("dateLikeText") String text) {
    assertThat(outcome(() -> PartialDate.parse(text)))
        .isEqualTo(outcome(() -> PartialDate.parseWithPattern(text)));
  }

  @Property(tries = 500)
  void anyDate_printsAsTextThatParsesBackToIt(
      @ForAll("dates") LocalDate date, @ForAll("precisions") int precision) {
    PartialDate d =
        new PartialDate(
            date.getYear(),
            precision > 1 ? date.getMonthValue() : null,
            precision > 2 ? date.getDayOfMonth() : null);

    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
    assertThat(d.firstDay()).isBeforeOrEqualTo(d.lastDay());
    assertThat(d.toString()).hasSize(precision == 3 ? 10 : precision == 2 ? 7 : 4);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Integer> precisions() {
    return Arbitraries.integers().between(1, 3);
  }

  /** The parsed date's text, or the message it was refused with. */
  private static String outcome(java.util.function.Supplier<PartialDate> parse) {
    try {
      return "date " + parse.get();
    } catch (InvalidValueException e) {
      return "refused: " + e.getMessage();
    }
  }
}
