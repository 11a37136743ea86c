package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The separator comes from the header line: a comma, unless the header has none but semicolons or
 * tabs (CSV as spreadsheets save it in many countries, and tab-separated files).
 */
class CsvInput_SeparatorTest {
  private static List<List<String>> rows(String text) {
    Diagnostics d = new Diagnostics();
    List<List<String>> out = new ArrayList<>();
    try (CsvInput in =
        CsvInput.open(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "log.csv",
            StandardCharsets.UTF_8,
            d)) {
      out.add(in.header());
      for (RawRow r = in.next(); r != null; r = in.next()) {
        out.add(Arrays.asList(r.values()));
      }
    }
    assertThat(d.list()).isEmpty();
    return out;
  }

  @Test
  void aSemicolonHeader_separatesBySemicolons_andKeepsCommasInValues() {
    assertThat(rows("id;title;injuries\nDT-1;Cable, stage 3;0\nDT-2;\"Gun; live\";1\n"))
        .containsExactly(
            List.of("id", "title", "injuries"),
            List.of("DT-1", "Cable, stage 3", "0"),
            List.of("DT-2", "Gun; live", "1"));
  }

  @Test
  void aTabHeader_separatesByTabs() {
    assertThat(rows("id\ttitle\r\nDT-1\tCable, stage 3\r\n"))
        .containsExactly(List.of("id", "title"), List.of("DT-1", "Cable, stage 3"));
  }

  @Test
  void aCommaHeader_staysComma_whateverTheValuesHold() {
    assertThat(rows("id,title\nDT-1;x,a\tb; c\n"))
        .containsExactly(List.of("id", "title"), List.of("DT-1;x", "a\tb; c"));
  }

  @Test
  void aQuotedSemicolonInACommaHeader_isNoSeparator() {
    assertThat(rows("\"id;ref\",title\nDT-1,x\n"))
        .containsExactly(List.of("id;ref", "title"), List.of("DT-1", "x"));
  }

  @Test
  void theHeaderRowDecides_notATitleAboveIt(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, "Dusty Trail, incident log\n\nid;title\nDT-1;Cable\n");
    Diagnostics d = new Diagnostics();
    List<List<String>> out = new ArrayList<>();
    try (CsvInput in = CsvInput.open(log, "log.csv", StandardCharsets.UTF_8, d, 3)) {
      out.add(in.header());
      for (RawRow r = in.next(); r != null; r = in.next()) {
        out.add(Arrays.asList(r.values()));
      }
    }

    assertThat(out).containsExactly(List.of("id", "title"), List.of("DT-1", "Cable"));
  }
}
