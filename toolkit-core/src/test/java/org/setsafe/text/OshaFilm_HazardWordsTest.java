package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The 14 real OSHA severe-injury rows of film employers ({@code realdata/}), read from their
 * narrative alone as a log that names no hazard: at least 10 must get the hazard their labels give
 * ({@code realdata/osha-film-hazards.csv}) and, where the narrative shows a failed control, a check
 * of that hazard's protocol; none may get a check of another hazard's protocol.
 */
class OshaFilm_HazardWordsTest {
  private static final ProtocolCatalog CATALOG = ProtocolsUnderTest.CATALOG;
  private static final CheckSuggester SUGGESTER = ProtocolsUnderTest.SUGGESTER;

  private static List<CSVRecord> rows(String name) throws IOException {
    try (InputStream in = OshaFilm_HazardWordsTest.class.getResourceAsStream("/realdata/" + name)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getRecords();
    }
  }

  @Test
  void atLeastTenOfFourteen_getTheirHazard_andACheckWhereAControlFailed() throws IOException {
    Map<String, String> narrative = new HashMap<>();
    for (CSVRecord r : rows("osha-severe-injury-film-2015-2017.csv")) {
      narrative.put(r.get("ID"), r.get("Final Narrative"));
    }
    List<CSVRecord> labels = rows("osha-film-hazards.csv");
    assertThat(labels).hasSize(14);
    int right = 0;
    List<String> lines = new ArrayList<>();
    List<String> otherHazards = new ArrayList<>();
    for (CSVRecord l : labels) {
      String text = narrative.get(l.get("ID"));
      Category label = Coded.parse(Category.class, "category", l.get("hazard"));
      Optional<InferredHazard> h = SUGGESTER.hazards().read(text);
      Category named = h.map(InferredHazard::category).orElse(Category.OTHER);
      List<Suggestion> got = SUGGESTER.suggest(text, named);
      boolean own =
          got.stream()
              .map(s -> CATALOG.check(s.checkId()).orElseThrow().protocolId())
              .map(p -> CATALOG.protocol(p).orElseThrow())
              .anyMatch(p -> p.categories().contains(label));
      for (Suggestion s : got) {
        var p =
            CATALOG.protocol(CATALOG.check(s.checkId()).orElseThrow().protocolId()).orElseThrow();
        if (!p.general() && !p.categories().contains(label)) {
          otherHazards.add(l.get("ID") + " " + s.checkId());
        }
      }
      boolean ok = named == label && (!"yes".equals(l.get("failed_control")) || own);
      right += ok ? 1 : 0;
      lines.add(
          String.format(
              Locale.ROOT,
              "%s %-4s label %-17s named %-17s %s checks %s",
              l.get("ID"),
              ok ? "ok" : "MISS",
              label.code(),
              named.code(),
              h.map(InferredHazard::words).orElse(List.of()),
              got.stream().map(s -> s.checkId() + " " + s.words()).toList()));
    }
    String report = String.join("\n", lines);
    System.out.printf(Locale.ROOT, "OSHA film rows: %d of 14 right%n%s%n", right, report);
    assertThat(right).as(report).isGreaterThanOrEqualTo(10);
    assertThat(otherHazards).as(report).isEmpty();
  }
}
