package org.setsafe.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.compare.Comparison;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.Precedents;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/** The text of comparisons and precedents fits the terminal and carries colour only when asked. */
class CompareText_LayoutTest {
  private static final List<String> SIX =
      List.of(
          "RUST_2021",
          "CROW_1993",
          "COVERUP_1984",
          "TWILIGHTZONE_1982",
          "MIDNIGHTRIDER_2014",
          "WALKINGDEAD_2017");
  private static Dataset reference;
  private static ProtocolCatalog catalog;

  @BeforeAll
  static void load() {
    reference = Ingest.reference();
    catalog = ProtocolCatalog.bundled();
  }

  private static Comparison first(int n) {
    List<IncidentRecord> records =
        SIX.subList(0, n).stream().map(id -> reference.get(id).orElseThrow()).toList();
    return Comparison.of(records, catalog);
  }

  @ParameterizedTest(name = "{0} incidents at {1} columns")
  @CsvSource({"2,100", "3,100", "6,100", "2,80", "6,80", "3,60", "6,60"})
  void comparison_everyLine_fitsTheWidth(int n, int width) {
    String text = CompareText.render(first(n), width, Style.PLAIN);
    assertThat(text.lines())
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(width));
    for (String id : SIX.subList(0, n)) {
      assertThat(text).contains(id);
    }
  }

  @Test
  void comparison_ofSix_numbersTheMatrixColumns_andGroupsTheFacts() {
    String text = CompareText.render(first(6), 100, Style.PLAIN);
    assertThat(text).contains("#1 RUST_2021").contains("#6 WALKINGDEAD_2017");
    // the facts come in two groups of three, each with its own Date row
    assertThat(text.lines().filter(l -> l.startsWith("Date "))).hasSize(2);
  }

  @Test
  void comparison_ofTwo_marksChecksFailedInBoth() {
    String text = CompareText.render(first(2), 100, Style.PLAIN);
    String line =
        text.lines()
            .filter(l -> l.startsWith(catalog.title("NO_LIVE_AMMO")))
            .findFirst()
            .orElseThrow();
    assertThat(line).contains(CompareText.FAILED).endsWith("ALL");
  }

  @Test
  void plainStyle_hasNoEscapeCodes_ansiStyleHas() {
    assertThat(CompareText.render(first(3), 100, Style.PLAIN)).doesNotContain("\u001b[");
    assertThat(CompareText.render(first(3), 100, Style.ANSI))
        .contains("\u001b[31m" + CompareText.FAILED);
  }

  @ParameterizedTest(name = "precedents at {0} columns")
  @CsvSource({"100", "60"})
  void precedents_everyLine_fitsTheWidth(int width) {
    IncidentRecord rust = reference.get("RUST_2021").orElseThrow();
    PrecedentRanking r = new Precedents(catalog).rank(rust, reference.records(), 5);
    String text = PrecedentText.render(List.of(r), catalog, width, Style.PLAIN);
    assertThat(text.lines())
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(width));
    assertThat(text).contains(" 1. ").contains("Failed in both: ");
  }
}
