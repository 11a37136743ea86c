package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Suggestions must be precise as well as found: narratives with no firearm in them (nail, staple,
 * torque and spray guns, a cartridge heater, an ammunition can, a worker discharged from hospital,
 * and the real OSHA film rows) get a firearm check suggested for at most 1 in 100; short firearm
 * near misses get the checks their words name.
 */
class CheckSuggester_PrecisionTest {
  private static final CheckSuggester SUGGESTER = CheckSuggester.bundled();
  private static final Set<String> FIREARM_CHECKS =
      ProtocolCatalog.bundled().protocol("firearms").orElseThrow().checks().stream()
          .map(ProtocolCheck::id)
          .collect(Collectors.toSet());

  private static List<String> firearmSuggestions(String text) {
    return SUGGESTER.suggest(text).stream()
        .filter(s -> FIREARM_CHECKS.contains(s.checkId()))
        .map(s -> s.checkId() + " " + s.words())
        .toList();
  }

  @Test
  void nonFirearmNarratives_getAFirearmCheckForAtMostOneInAHundred() {
    List<String> texts = new ArrayList<>();
    Fixtures.rows("non-firearm-narratives.csv").forEach(r -> texts.add(r.get("narrative")));
    int written = texts.size();
    Fixtures.rows("osha-severe-injury-film-2015-2017.csv")
        .forEach(r -> texts.add(r.get("Final Narrative")));
    List<String> wrong = new ArrayList<>();
    for (String t : texts) {
      List<String> s = firearmSuggestions(t);
      if (!s.isEmpty()) {
        wrong.add(t + " -> " + s);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "non-firearm narratives: %d (%d written, %d OSHA rows); firearm checks suggested for %d%n",
        texts.size(),
        written,
        texts.size() - written,
        wrong.size());
    assertThat(written).isGreaterThanOrEqualTo(50);
    assertThat(wrong.size() * 100).as("%s", wrong).isLessThanOrEqualTo(texts.size());
  }

  @Test
  void firearmNarratives_getTheChecksTheirWordsName() {
    List<Map<String, String>> rows = Fixtures.rows("firearm-narratives.csv");
    int found = 0;
    int expected = 0;
    List<String> missed = new ArrayList<>();
    for (Map<String, String> r : rows) {
      Set<String> got =
          SUGGESTER.suggest(r.get("narrative")).stream()
              .map(Suggestion::checkId)
              .collect(Collectors.toSet());
      for (String id : r.get("expected").split(";")) {
        expected++;
        if (got.contains(id)) {
          found++;
        } else {
          missed.add(r.get("id") + " " + id + " (got " + got + ")");
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "firearm narratives: %d of %d expected checks suggested%n", found, expected);
    assertThat(found * 10).as("missed %s", missed).isGreaterThanOrEqualTo(expected * 9);
  }
}
