package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Category;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * A check's {@code controls} on the bundled protocols: an absent control suggests the check where
 * the hazard is known, with the words that say so; a present one, a double negation, a negation in
 * another sentence or an unknown hazard suggest nothing; every control is named in its check's own
 * title or rule.
 */
class CheckSuggester_ControlsTest {
  private static final CheckSuggester SUGGESTER = CheckSuggester.bundled();

  private static List<String> suggested(String text, Category c) {
    return SUGGESTER.suggest(text, c).stream().map(s -> s.checkId() + " " + s.words()).toList();
  }

  @Test
  void anAbsentControl_suggestsItsCheck_withTheWords() {
    assertThat(suggested("The C-stand had no sandbags on it.", Category.RIGGING_EQUIPMENT))
        .contains("STANDS_SANDBAGGED [no sandbags]");
    assertThat(suggested("On the table saw the guard was tied back.", Category.RIGGING_EQUIPMENT))
        .contains("SAW_GUARDED [guard was tied back]");
    assertThat(suggested("He wasn't wearing a seat belt in the picture car.", Category.VEHICLE))
        .contains("VEHICLE_RESTRAINT_SEATBELT [wasn't wearing a seat belt]");
    assertThat(suggested("Extras stood for hours with a lack of shade.", Category.HEAT))
        .contains("HEAT_SHADE [lack of shade]");
  }

  @Test
  void aPresentControl_aDoubleNegation_orAnotherSentence_suggestNothing() {
    assertThat(suggested("The sandbags were on every stand.", Category.RIGGING_EQUIPMENT))
        .noneMatch(s -> s.startsWith("STANDS_SANDBAGGED"));
    assertThat(suggested("He is never without a harness in the boom.", Category.FALL_FROM_HEIGHT))
        .noneMatch(s -> s.startsWith("AERIAL_LIFT_TIE_OFF"));
    assertThat(suggested("No one was hurt. Sandbags held the stand.", Category.RIGGING_EQUIPMENT))
        .noneMatch(s -> s.startsWith("STANDS_SANDBAGGED"));
    assertThat(suggested("The security guard was missing.", Category.RIGGING_EQUIPMENT))
        .noneMatch(s -> s.startsWith("SAW_GUARDED"));
  }

  @Test
  void withoutAKnownHazard_controlsCountForNothing() {
    String text = "The director shot the scene without a single rehearsal.";
    assertThat(suggested(text, Category.OTHER)).isEmpty();
    assertThat(SUGGESTER.suggest(text)).isEmpty();
    assertThat(SUGGESTER.hazards().read(text)).isEmpty();
    assertThat(suggested(text, Category.STUNT))
        .contains("STUNT_REHEARSED_AND_PLANNED [without a single rehearsal]");
  }

  /** Letters only, lower case: "seat belt" is named in "seatbelt". */
  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  @Test
  void everyControl_isNamedInItsChecksOwnTitleOrRule() {
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (Protocol p : ProtocolCatalog.bundled().protocols()) {
      for (ProtocolCheck c : p.checks()) {
        String own = letters(c.title() + " " + c.rule());
        java.util.Set<String> ownTerms =
            new java.util.HashSet<>(Words.terms(c.title() + " " + c.rule()));
        List<String> initials = new ArrayList<>();
        for (String w : (c.title() + " " + c.rule()).split("[^A-Za-z]+")) {
          if (!w.isEmpty()) {
            initials.add(w.substring(0, 1).toLowerCase(Locale.ROOT));
          }
        }
        String firsts = String.join("", initials);
        for (String control : c.controls()) {
          n++;
          boolean acronym = control.matches("[A-Z]{2,}");
          boolean named =
              acronym
                  ? firsts.contains(letters(control))
                  : Words.terms(control).stream()
                      .allMatch(t -> ownTerms.contains(t) || own.contains(letters(t)));
          if (!named) {
            bad.add(c.id() + ": " + control);
          }
        }
      }
    }
    assertThat(n).isGreaterThan(50);
    assertThat(bad).as("controls not named in their check's title or rule").isEmpty();
  }
}
