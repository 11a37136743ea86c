package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.DescriptionReader.CueKind;
import org.setsafe.analysis.DescriptionReader.Description;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;

/**
 * A description is read once for each text, and what depends on the record (whether a failed direct
 * control's protocol applies to the incident's hazard) is decided for each record: the same words
 * under two hazards read differently, and reading a text again gives what the first reading gave.
 */
class DescriptionWords_ReadingTest {
  private static final String TEXT =
      "Live rounds found among the dummy rounds in the props cart before the scene.";

  private static IncidentRecord record(String id, Category category) {
    return record(id, category, TEXT);
  }

  private static IncidentRecord record(String id, Category category, String text) {
    Incident i =
        new Incident(
            id,
            "Incident " + id,
            "Test production",
            PartialDate.parse("2026-03-02"),
            (LocalTime) null,
            null,
            null,
            null,
            category,
            Activity.UNKNOWN,
            Severity.NEAR_MISS,
            0,
            0,
            text,
            null,
            null);
    return new IncidentRecord(i, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void theSameWords_underTwoHazards_readTheirOwnControls() {
    DescriptionWords words = DescriptionWords.bundled();
    Description firearm = words.read(record("A", Category.FIREARM));
    Description water = words.read(record("B", Category.WATER_DIVING));
    Description firearmAgain = words.read(record("C", Category.FIREARM));

    assertThat(firearm.cues(CueKind.CONTROL_ABSENT)).isNotEmpty();
    assertThat(water.cues(CueKind.CONTROL_ABSENT)).isEmpty();
    assertThat(firearmAgain).isEqualTo(firearm);
    assertThat(water.cues(CueKind.UNCONTAINED)).isEqualTo(firearm.cues(CueKind.UNCONTAINED));
  }

  @Test
  void moreTextsThanAreKept_stillReadAlike() {
    DescriptionWords words = DescriptionWords.bundled();
    Description first = words.read(record("A", Category.FIREARM));
    for (int n = 0; n <= DescriptionWords.READ; n++) {
      words.read(record("X" + n, Category.OTHER, "Grip " + n + " tripped over a cable."));
    }
    assertThat(words.read(record("A", Category.FIREARM))).isEqualTo(first);
  }
}
