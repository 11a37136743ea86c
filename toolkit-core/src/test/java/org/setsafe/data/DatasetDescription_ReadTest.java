package org.setsafe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a dataset.json says besides its tables: weak sources and later events. */
class DatasetDescription_ReadTest {
  @TempDir Path dir;

  private DatasetDescription read(String json) throws IOException {
    Path f = dir.resolve("dataset.json");
    Files.writeString(f, json);
    return DatasetDescription.read(f);
  }

  @Test
  void weakness_matchesTheSiteAndItsSubdomains_notOtherSites() throws IOException {
    DatasetDescription d =
        read(
            "{\"as_of\":\"2026-11-30\",\"weak_sources\":[{\"site\":\"dailydig.com\","
                + "\"why\":\"a content farm\"}]}");

    assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(d.weakness("https://dailydig.com/a-story")).contains("dailydig.com: a content farm");
    assertThat(d.weakness("https://www.DailyDig.com/a")).isPresent();
    assertThat(d.weakness("https://notdailydig.com/a")).isEmpty();
    assertThat(d.weakness("https://example.org/dailydig.com")).isEmpty();
    assertThat(d.weakness(null)).isEmpty();
  }

  @Test
  void laterEvent_concernsTheOutcomeWhosePartyAndActionHoldAllItsWords() throws IOException {
    DatasetDescription d =
        read(
            "{\"as_of\":\"2026-11-30\",\"later_events\":[{\"incident_id\":\"RUST_2021\","
                + "\"outcome\":\"Gutierrez-Reed manslaughter\",\"on\":\"2024-06-12\","
                + "\"event\":\"appealed\",\"appeal\":true,\"source_url\":\"https://x.org/a\"}]}");
    DatasetDescription.LaterEvent e = d.laterEvents().get(0);

    assertThat(e.appeal()).isTrue();
    assertThat(e.concerns("RUST_2021", "Hannah Gutierrez-Reed", "Involuntary manslaughter"))
        .isTrue();
    assertThat(e.concerns("RUST_2021", "Hannah Gutierrez-Reed", "Tampering with evidence"))
        .isFalse();
    assertThat(e.concerns("RUST_2021", "Alec Baldwin", "Involuntary manslaughter")).isFalse();
    assertThat(e.concerns("CROW_1993", "Hannah Gutierrez-Reed", "Involuntary manslaughter"))
        .isFalse();
  }

  @Test
  void laterEventWithoutADate_isRefusedNamingIt() throws IOException {
    Path f = dir.resolve("dataset.json");
    Files.writeString(
        f,
        "{\"as_of\":\"2026-11-30\",\"later_events\":[{\"incident_id\":\"A\",\"outcome\":\"x\","
            + "\"on\":\"October 2025\",\"event\":\"e\",\"source_url\":\"https://x.org\"}]}");

    assertThatThrownBy(() -> DatasetDescription.read(f))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("later_events[0]: \"on\" is not a date: October 2025");
  }

  @Test
  void weakSourceWithoutWhy_isRefusedNamingIt() throws IOException {
    Path f = dir.resolve("dataset.json");
    Files.writeString(
        f, "{\"as_of\":\"2026-11-30\",\"weak_sources\":[{\"site\":\"dailydig.com\"}]}");

    assertThatThrownBy(() -> DatasetDescription.read(f))
        .hasMessageContaining("weak_sources[0]: no \"why\"");
  }
}
