package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.SclBasis;
import org.setsafe.analysis.SclClassifier;
import org.setsafe.analysis.SclResult;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Answer;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;

/**
 * A log's own columns for the SCL answers, mapped onto the incident's fields, win over what the
 * words say; a recorded "unknown" counts as not recorded (fixture {@code scl/recorded/}).
 */
class SclClassification_RecordedColumnsTest {
  private static final SclClassifier CLASSIFIER = Scl.classifier(DescriptionWords.bundled());

  private static Map<String, SclResult> classified() {
    ImportOptions options =
        ImportOptions.DEFAULT.withMapping(
            ColumnMapping.load(SclFixtures.path("recorded/log.mapping.json")));
    Map<String, SclResult> out = new LinkedHashMap<>();
    for (IncidentRecord r : SclFixtures.records(SclFixtures.path("recorded/log.csv"), options)) {
      out.put(r.id(), CLASSIFIER.classify(r));
    }
    return out;
  }

  @Test
  void recordedAnswers_winOverTheWords() {
    Map<String, SclResult> all = classified();
    SclResult words = all.get("R2");
    assertThat(words.sclClass()).isEqualTo(SclClass.CAPACITY);
    assertThat(words.answer(SclQuestion.DIRECT_CONTROL).basis()).isEqualTo(SclBasis.WORDS);

    SclResult recorded = all.get("R1");
    assertThat(recorded.sclClass()).isEqualTo(SclClass.SUCCESS);
    assertThat(recorded.answer(SclQuestion.HIGH_ENERGY_INCIDENT).basis())
        .isEqualTo(SclBasis.RECORDED);
    assertThat(recorded.answer(SclQuestion.HIGH_ENERGY_INCIDENT).inferred()).isFalse();
    assertThat(recorded.answer(SclQuestion.HIGH_ENERGY_INCIDENT).reason())
        .isEqualTo("recorded in the log (high_energy_incident: no)");
    assertThat(recorded.answer(SclQuestion.HIGH_ENERGY).basis()).isEqualTo(SclBasis.WORDS);

    SclResult box = all.get("R3");
    assertThat(box.sclClass()).isEqualTo(SclClass.PSIF);
    assertThat(box.answer(SclQuestion.HIGH_ENERGY).answer()).isEqualTo(Answer.YES);
    assertThat(box.answer(SclQuestion.HIGH_ENERGY).basis()).isEqualTo(SclBasis.RECORDED);
  }

  @Test
  void recordedUnknown_countsAsNotRecorded() {
    SclResult r = classified().get("R4");
    assertThat(r.answer(SclQuestion.HIGH_ENERGY).basis()).isNotEqualTo(SclBasis.RECORDED);
    assertThat(r.answer(SclQuestion.HIGH_ENERGY).answer()).isEqualTo(Answer.UNKNOWN);
  }
}
