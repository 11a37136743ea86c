package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.setsafe.model.Category;

/**
 * Four lines of a shoot log whose failed checks the bundled protocols once missed: a blank fired
 * inside the stand-off, a harness not clipped, a revolver passed between actors, a firearm left on
 * the props cart; and the numbers of falls: "fell 2 ft" fails no fall protection, "fell 12 feet
 * from a ladder" a check of work at height.
 */
class CheckSuggester_ShootLogMissesTest {
  private static final CheckSuggester SUGGESTER = ProtocolsUnderTest.SUGGESTER;

  private static java.util.List<String> ids(String text) {
    return SUGGESTER.suggest(text).stream().map(Suggestion::checkId).toList();
  }

  @Test
  void blankFiredInsideTheStandOff() {
    String text = "Actor fired a blank at 8 ft from the performer (the plan said 20 ft).";
    assertThat(ids(text)).contains("BLANK_STANDOFF_20FT");
    assertThat(SUGGESTER.suggest(text))
        .filteredOn(s -> s.checkId().equals("BLANK_STANDOFF_20FT"))
        .singleElement()
        .satisfies(s -> assertThat(s.words()).containsExactly("fired a blank at 8 ft"));
    assertThat(ids("Actor fired a blank at 25 ft from the performer, as the plan said."))
        .doesNotContain("BLANK_STANDOFF_20FT");
  }

  @Test
  void harnessNotClipped() {
    assertThat(ids("Stunt performer on the roof edge rehearsal: harness not clipped."))
        .contains("FALL_PROTECTION_ADEQUATE");
  }

  @Test
  void revolverHandedDirectlyFromOneActorToAnother() {
    assertThat(
            ids(
                "The revolver was handed directly from one actor to another between takes"
                    + " instead of back through the armorer."))
        .contains("ARMORER_HANDOFF_ONLY");
  }

  @Test
  void leftOnThePropsCartUnattended() {
    assertThat(ids("Revolver left on the props cart unattended during the lunch break."))
        .contains("AMMO_SEGREGATION_NEVER_UNATTENDED");
    assertThat(ids("Prop guns left on the props cart unattended while props went to lunch."))
        .contains("AMMO_SEGREGATION_NEVER_UNATTENDED");
    // no firearm in the words: a props cart is only a cart
    assertThat(ids("Coffee urn left on the props cart unattended; it tipped over."))
        .doesNotContain("AMMO_SEGREGATION_NEVER_UNATTENDED");
  }

  @Test
  void aFallOfTwoFeet_failsNoFallProtection_twelveFeetFromALadder_does() {
    assertThat(SUGGESTER.suggest("Grip fell 2 ft off an apple box.", Category.FALL_FROM_HEIGHT))
        .isEmpty();
    assertThat(SUGGESTER.suggest("A grip fell 2 ft from the platform.", Category.FALL_FROM_HEIGHT))
        .isEmpty();
    java.util.List<Suggestion> ladder =
        SUGGESTER.suggest("The rigger fell 12 feet from a ladder.", Category.FALL_FROM_HEIGHT);
    assertThat(ladder).extracting(Suggestion::checkId).contains("LADDER_EXTENDED_AND_SECURED");
    assertThat(
            SUGGESTER
                .hazards()
                .read("The rigger fell 12 feet from a ladder.")
                .orElseThrow()
                .category())
        .isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(
            SUGGESTER.suggest(
                "A set dresser fell 8 feet from the platform edge.", Category.FALL_FROM_HEIGHT))
        .extracting(Suggestion::checkId)
        .contains("FALL_PROTECTION_AT_EDGES");
  }
}
