package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.DescriptionReader.Cue;
import org.setsafe.analysis.DescriptionReader.CueKind;
import org.setsafe.analysis.DescriptionReader.Measured;
import org.setsafe.analysis.DescriptionReader.Measures;
import org.setsafe.model.Treatment;

/**
 * What phrases and numbers of a description say, and the word list's traps: stems ("fired" and
 * "fire", "revolver" and "revolve"), stop words that shrink a phrase, negations, tools named after
 * guns.
 */
class DescriptionWords_CuesTest {
  private static List<String> cues(String text, CueKind kind) {
    return DescriptionWords.cues(text).stream()
        .filter(c -> c.kind() == kind)
        .map(Cue::words)
        .toList();
  }

  private static List<String> measures(String text, Measures what) {
    return DescriptionWords.measures(text).stream()
        .filter(m -> m.what() == what)
        .map(
            m ->
                number(m.low())
                    + (m.high() == m.low() ? "" : "-" + number(m.high()))
                    + " "
                    + m.what().unit())
        .toList();
  }

  private static String number(double d) {
    return Math.abs(d - Math.rint(d)) < 1e-6
        ? String.valueOf(Math.round(d))
        : String.format(java.util.Locale.ROOT, "%.1f", d);
  }

  @Test
  void fireWords_thatAreNoFire() {
    String gel = "Dried fire gel: the performer's fire-retardant gel had dried out.";
    assertThat(cues(gel, CueKind.RELEASED)).isEmpty();
    assertThat(cues(gel, CueKind.HIGH_ENERGY)).isEmpty();
    assertThat(cues("The smoke machine set off the fire alarm.", CueKind.HIGH_ENERGY)).isEmpty();
    assertThat(cues("The smoke machine set off the fire alarm.", CueKind.LOW_ENERGY))
        .containsExactly("smoke machine");
  }

  @Test
  void firearmWords_andTheirLookAlikes() {
    assertThat(cues("Second AD handed the revolver to the actor.", CueKind.HIGH_ENERGY)).isEmpty();
    assertThat(cues("The nail gun double-fired and grazed his thumb.", CueKind.LOW_ENERGY))
        .contains("nail gun");
    assertThat(cues("Live rounds found among the dummies.", CueKind.UNCONTAINED))
        .containsExactly("Live rounds");
    assertThat(cues("The armorer confirmed no live rounds on set.", CueKind.UNCONTAINED)).isEmpty();
    assertThat(cues("The armorer confirmed no live rounds on set.", CueKind.CONTROL_PRESENT))
        .containsExactly("no live rounds");
  }

  @Test
  void shortWords_doNotStandForLongPhrases() {
    assertThat(cues("The tracking vehicle clipped a grip's elbow.", CueKind.CONTROL_PRESENT))
        .isEmpty();
    assertThat(cues("A near miss: the rigger missed his footing.", CueKind.NEAR)).isEmpty();
    assertThat(cues("The stunt team rehearsed the fight.", CueKind.HIGH_ENERGY)).isEmpty();
    assertThat(cues("He took a bit of a knock.", CueKind.CONTACT)).isEmpty();
  }

  @Test
  void negations_turnAPhraseOff_unlessThePhraseIsOne() {
    assertThat(cues("Working on the roof without a harness.", CueKind.CONTROL_ABSENT))
        .containsExactly("without a harness");
    assertThat(cues("Working on the roof without a harness.", CueKind.CONTROL_PRESENT)).isEmpty();
    assertThat(cues("The van slid; nobody was near.", CueKind.NOBODY_NEAR))
        .containsExactly("nobody was near");
  }

  @Test
  void numbers_getWhatTheyMeasure() {
    String blank = "A blank was fired at 8 ft from the performer; the plan said a 20 ft stand-off.";
    assertThat(measures(blank, Measures.DISTANCE)).containsExactly("8 ft");
    assertThat(measures(blank, Measures.PLANNED_DISTANCE)).containsExactly("20 ft");
    assertThat(measures("He fell about 1.5 m through the opening.", Measures.FALL_HEIGHT))
        .containsExactly("4.9 ft");
    assertThat(measures("A stuntwoman made a 42 ft fall onto the bag.", Measures.FALL_HEIGHT))
        .containsExactly("42 ft");
    assertThat(measures("A rigger slipped on the grid 30 ft up.", Measures.HEIGHT))
        .containsExactly("30 ft");
    assertThat(measures("It stopped 3 ft from the camera crew.", Measures.DISTANCE))
        .containsExactly("3 ft");
    assertThat(measures("A 300 lb truss dropped 20 ft.", Measures.WEIGHT))
        .containsExactly("300 lb");
    assertThat(measures("A 300 lb truss dropped 20 ft.", Measures.FALL_HEIGHT))
        .containsExactly("20 ft");
    List<Measured> pistol = DescriptionWords.measures("a 9mm pistol");
    assertThat(pistol).extracting(Measured::what).containsExactly(Measures.OTHER);
  }

  @Test
  void treatment_isTheMostCareTheWordsSpeakOf_withTheWords() {
    var t =
        TreatmentWords.infer(
                "Knee sprain, taken to hospital and discharged the same evening; first aid first.")
            .orElseThrow();
    assertThat(t.level()).isEqualTo(Treatment.EMERGENCY_ROOM);
    assertThat(t.words()).containsExactly("hospital", "first aid");
    assertThat(TreatmentWords.infer("Bruised ribs, X-ray, kept overnight.").orElseThrow().level())
        .isEqualTo(Treatment.IN_PATIENT);
    assertThat(TreatmentWords.infer("Two stitches in the finger.").orElseThrow().level())
        .isEqualTo(Treatment.MEDICAL_TREATMENT);
    assertThat(TreatmentWords.infer("Nobody was hurt.")).isEmpty();
  }
}
