package org.setsafe.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.SpecificAssessments;
import org.setsafe.rules.RiskMatrixFile;

/**
 * Which rows speak of an activity on Labor Code §9152.5(c)'s list: by their category, or by words
 * of their activity and description (labelled cases, each with the item it should name or none).
 */
class RiskCheck_SpecificActivitiesTest {
  private static final SpecificAssessments LAW = RiskMatrixFile.bundledSpecific();

  private static String item(Category c, String words) {
    AssessedHazard h =
        new AssessedHazard(
            "Sc 1",
            null,
            null,
            words,
            c,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Answer.UNKNOWN,
            null,
            2);
    for (SpecificAssessments.Item i : LAW.items()) {
      if (RiskCheck.names(i, h) != null) {
        return i.id();
      }
    }
    return "none";
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "firearm | actor draws a prop revolver | firearms",
        "other | the sheriff cleans his rifle at the desk | firearms",
        "pyrotechnics | bullet hits on the saloon wall | pyrotechnics",
        "stunt | bar fight, fall through a breakaway table | stunts",
        "vehicle | stagecoach on a process trailer | process_shots",
        "vehicle | picture car drives past camera on the street | none",
        "vehicle | quad bikes chase across the dunes off-road | off_road",
        "aviation | helicopter shot over the canyon | aircraft_trains",
        "other | steam locomotive arrives at the station | aircraft_trains",
        "other | the grip team will train the extras on the dolly | none",
        "water_diving | river crossing on horseback | water",
        "other | night shoots: 72-hour weeks for the last block | long_weeks",
        "other | crew work 60 hours a week | none",
        "other | a 14-hour day on the ranch | none",
        "heat | long exterior day in the sun | none"
      })
  void rowsNameTheLawsActivities(String category, String words, String expected) {
    assertThat(item(Category.valueOf(category.strip().toUpperCase()), words.strip()))
        .isEqualTo(expected.strip());
  }
}
