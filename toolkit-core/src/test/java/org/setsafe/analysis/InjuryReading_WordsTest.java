package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.model.Injury;
import org.setsafe.model.Treatment;

/**
 * What descriptions' words say of an injury: a labelled set of sentences (written for this test,
 * each labelled by hand with the care OSHA's list gives it), and the marks that say which words a
 * value came from.
 */
class InjuryReading_WordsTest {
  static final InjuryReading READING = org.setsafe.report.Readings.injuries();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Grip cut a finger; first aid from the set medic.                    | FIRST_AID         | first aid
          Bruised a shin; the set medic gave an ice pack.                     | FIRST_AID         | ice pack
          Splinter removed with tweezers, plaster on.                         | FIRST_AID         | plaster
          Cut the palm; closed with 3 stitches at urgent care.                | MEDICAL_TREATMENT | stitches
          The doctor prescribed antibiotics for the bite.                     | MEDICAL_TREATMENT | prescribed
          Cut closed with skin glue, then a bandage.                          | MEDICAL_TREATMENT | skin glue
          Taken to hospital and sent back the same evening.                   | EMERGENCY_ROOM    | hospital
          Struck on the head and in hospital overnight.                       | IN_PATIENT        | 'hospital, hospital overnight'
          Kept overnight after the fall, then surgery on the knee.            | IN_PATIENT        | 'Kept overnight, surgery'
          Hit on the head; kept overnight for observation and sent home.      | EMERGENCY_ROOM    | 'kept overnight, for observation'
          """)
  void care_isReadAsOshasListReadsIt(String text, Treatment level, String words) {
    Injury f = READING.read(text);
    assertThat(f.treatment()).isEqualTo(level);
    assertThat(f.inferredFrom("treatment")).isEqualTo(words);
  }

  @Test
  void aFracture_isTheNature_withItsBodyPart_andNoTreatmentFromTheDiagnosis() {
    Injury f = READING.read("Fell from the ladder and fractured a finger.");
    assertThat(f.nature()).isEqualTo("fractured");
    assertThat(f.bodyPart()).isEqualTo("finger");
    assertThat(f.treatment()).isNull();
    assertThat(f.inferredFrom("nature")).isEqualTo("fractured");
  }

  @Test
  void daysAndConsciousness_areReadWithTheirWords() {
    Injury f =
        READING.read(
            "Knocked out briefly by the falling frame; off work for 4 days, then 6 days on light"
                + " duties.");
    assertThat(f.lostConsciousness()).isTrue();
    assertThat(f.inferredFrom("lost_consciousness")).isEqualTo("Knocked out");
    assertThat(f.daysAway()).isEqualTo(4);
    assertThat(f.inferredFrom("days_away")).isEqualTo("off work for 4 days");
    assertThat(f.daysRestricted()).isEqualTo(6);
  }

  @Test
  void aDenial_isNotALossOfConsciousness() {
    assertThat(READING.read("Hit on the helmet; did not lose consciousness.").lostConsciousness())
        .isNull();
    assertThat(READING.read("Hit on the helmet; never passed out.").lostConsciousness()).isNull();
  }

  @Test
  void noWords_nothingInferred() {
    assertThat(READING.read("Sandbag fell next to the video village.")).isEqualTo(Injury.NONE);
  }
}
