package org.setsafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.EnergyRules;
import org.setsafe.model.EnergyRules.Limit;
import org.setsafe.model.EnergyRules.Measure;
import org.setsafe.read.InputException;

class HighEnergyFile_Test {
  @TempDir Path dir;

  @Test
  void bundledRules_citeASourceWithAnAddressForEveryConfirmedLimit() {
    EnergyRules r = HighEnergyFile.bundled();
    assertThat(r.thresholdFtLbf()).isEqualTo(500);
    assertThat(r.proximityFt()).isEqualTo(6);
    assertThat(r.ladderStepInches()).isEqualTo(14);
    assertThat(r.limit(Measure.FALL_HEIGHT).orElseThrow().atLeast()).isEqualTo(4);
    assertThat(r.limit(Measure.FALL_HEIGHT).orElseThrow().describe()).isEqualTo("4 ft");
    assertThat(r.limit(Measure.VOLTAGE).orElseThrow().describe()).isEqualTo("50 V (unconfirmed)");
    assertThat(r.limit(Measure.SPEED)).as("the speed limit is listed but not used").isEmpty();
    for (Limit l : r.limits()) {
      assertThat(l.note()).as(l.id()).isNotBlank();
      if (l.confirmed()) {
        assertThat(l.sources()).as(l.id()).isNotEmpty();
      }
      l.sources().forEach(s -> assertThat(s.url()).as(l.id()).startsWith("https://"));
    }
    r.sources().values().forEach(s -> assertThat(s.says()).as(s.id()).isNotBlank());
    for (Category c : Category.values()) {
      assertThat(r.presumption(c).why()).as(c.code()).isNotEqualTo("not in the rules");
    }
    assertThat(r.presumption(Category.FIREARM).presumed()).isEqualTo(Answer.YES);
    assertThat(r.presumption(Category.STUNT).presumed()).isEqualTo(Answer.UNKNOWN);
  }

  @Test
  void badRules_areNamedWithLineAndPath_allAtOnce() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        """
        {"sources": [{"id": "a", "title": "A", "url": "https://a", "says": "x"}],
         "threshold": {"value": 500, "unit": "J"},
         "proximity": {"value": 6, "unit": "ft"},
         "ladder_step_spacing": {"at_most": 14, "unit": "in"},
         "limits": [{"id": "fall", "energy": "gravity", "measure": "fall_heigth",
                     "at_least": 4, "unit": "ft", "sources": ["b"]}],
         "categories": {"firearms": {"presumed": "yes", "why": "guns"}}}
        """);
    assertThatThrownBy(() -> HighEnergyFile.load(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has 4 problems")
        .hasMessageContaining("bad.json:2:")
        .hasMessageContaining("threshold.unit: expected \"ft-lbf\", found \"J\"")
        .hasMessageContaining("unknown measure \"fall_heigth\"")
        .hasMessageContaining("no source \"b\"")
        .hasMessageContaining("unknown category \"firearms\"");
  }
}
