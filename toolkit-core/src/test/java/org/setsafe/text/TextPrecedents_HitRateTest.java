package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.setsafe.compare.Precedent;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.Precedents;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Near misses logged as text only (no check columns, category other) against the reference data:
 * the precedent a safety officer would name must come first for at least 70% of them and in the top
 * 3 for at least 90% ({@code text-only-near-misses.csv}).
 */
class TextPrecedents_HitRateTest {
  @Test
  void textOnlyNearMisses_findTheirPrecedentInHistory() {
    Dataset reference = Ingest.reference();
    Precedents precedents = TextPrecedents.create(ProtocolCatalog.bundled());
    List<Map<String, String>> rows = Fixtures.rows("text-only-near-misses.csv");
    int first = 0;
    int top3 = 0;
    List<String> misses = new ArrayList<>();
    for (Map<String, String> row : rows) {
      IncidentRecord target =
          Fixtures.textOnly(row.get("id"), row.get("title"), row.get("summary"));
      List<String> expected = Arrays.asList(row.get("expected").split(";"));
      assertThat(expected).allSatisfy(id -> assertThat(reference.get(id)).isPresent());
      PrecedentRanking r = precedents.rank(target, reference.records(), 3);
      List<String> ranked = r.history().stream().map(Precedent::id).toList();
      if (!ranked.isEmpty() && expected.contains(ranked.get(0))) {
        first++;
      }
      if (ranked.stream().anyMatch(expected::contains)) {
        top3++;
      } else {
        misses.add(row.get("id") + " " + ranked);
      }
      if (ranked.isEmpty() || !expected.contains(ranked.get(0))) {
        System.out.println(
            "not first: " + row.get("id") + " expected " + expected + " got " + ranked);
      }
    }
    double firstRate = (double) first / rows.size();
    double top3Rate = (double) top3 / rows.size();
    System.out.printf(
        Locale.ROOT,
        "text-only near misses: %d; expected precedent first %d (%.0f%%), in the top 3 %d (%.0f%%)%n",
        rows.size(),
        first,
        100 * firstRate,
        top3,
        100 * top3Rate);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    assertThat(top3Rate).as("in the top 3; missed: %s", misses).isGreaterThanOrEqualTo(0.9);
    assertThat(firstRate).as("first").isGreaterThanOrEqualTo(0.7);
  }
}
