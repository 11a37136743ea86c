package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolException;

/**
 * The rules that work within a sentence, on a small catalog of their own: {@code not_when} cancels
 * a check's signals and limits in its sentence, a {@code limits} number fails or passes, a passing
 * number cancels the check's signals in its sentence.
 */
class CheckSuggester_SentenceRulesTest {
  @TempDir static Path dir;
  private static CheckSuggester suggester;

  private static String check(String id, String energy, String fields) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"T\",\"rule\":\"r\",\"responsible\":[\"crew\"],"
        + "\"layer\":\"unsafe_acts\",\"basis\":[],\"energy\":\""
        + energy
        + "\",\"control\":\"administrative\",\"direct_control\":false"
        + fields
        + "}";
  }

  @BeforeAll
  static void catalog() throws IOException {
    Files.writeString(
        dir.resolve("firearms.json"),
        "{\"id\":\"firearms\",\"title\":\"F\",\"categories\":[\"firearm\"],"
            + "\"signal_context\":[\"gun\",\"blank\",\"revolver\"],\"checks\":["
            + check(
                "STANDOFF",
                "ballistic",
                ",\"signals\":[\"blank fired too close\"],\"limits\":[{\"near\":[\"fired\","
                    + "\"blank\"],\"quantity\":\"length\",\"fails_below\":\"20 ft\"}]")
            + ","
            + check(
                "MISFIRE",
                "ballistic",
                ",\"signals\":[\"discharged\"],\"not_when\":[\"discharged from hospital\","
                    + "\"discharged home\"]")
            + "]}");
    Files.writeString(
        dir.resolve("falls.json"),
        "{\"id\":\"falls\",\"title\":\"Falls\",\"categories\":[\"fall_from_height\"],\"checks\":["
            + check(
                "FALL_PROTECTION",
                "gravity",
                ",\"signals\":[\"fell from\",\"harness not clipped\"],\"not_when\":[\"nail gun\"],"
                    + "\"limits\":[{\"near\":[\"fell\",\"fall\"],\"quantity\":\"length\","
                    + "\"fails_at_or_above\":\"6 ft\"}]")
            + "]}");
    Files.writeString(
        dir.resolve("hours.json"),
        "{\"id\":\"hours\",\"title\":\"Hours\",\"general\":true,\"checks\":["
            + check(
                "REST",
                "any",
                ",\"limits\":[{\"near\":[\"turnaround\"],\"quantity\":\"duration\","
                    + "\"fails_below\":\"10 h\"}]")
            + ","
            + check(
                "WEEK",
                "any",
                ",\"limits\":[{\"near\":[\"week\"],\"quantity\":\"duration\","
                    + "\"fails_above\":\"60 h\"}]")
            + "]}");
    suggester = CheckSuggester.of(ProtocolCatalog.load(dir));
  }

  private static List<String> ids(String text) {
    return suggester.suggest(text).stream().map(Suggestion::checkId).toList();
  }

  @Test
  void aNumberBelowAStandOff_failsIt_evenBesideThePlannedNumber() {
    List<Suggestion> s =
        suggester.suggest("Actor fired a blank at 8 ft from the performer (the plan said 20 ft).");
    assertThat(s).extracting(Suggestion::checkId).containsExactly("STANDOFF");
    assertThat(s.get(0).words()).containsExactly("fired a blank at 8 ft");
    assertThat(ids("The actor fired a blank at 25 ft from the performer, as planned.")).isEmpty();
    assertThat(ids("Blank fired at eight feet from the stand-in.")).containsExactly("STANDOFF");
    assertThat(ids("The revolver was fired at 2 m from the performer."))
        .containsExactly("STANDOFF");
  }

  @Test
  void aNumberNeedsANearWordInItsSentence() {
    assertThat(ids("A blank was loaded. The camera stood at 8 ft from the performer.")).isEmpty();
    assertThat(ids("The revolver was fired. The performer stood 8 ft away.")).isEmpty();
  }

  @Test
  void aFallFromSixFeetOrMore_failsFallProtection_twoFeetDoesNot() {
    assertThat(ids("Rigger fell 12 feet from a ladder.")).containsExactly("FALL_PROTECTION");
    assertThat(ids("She fell from a 6-foot stepladder.")).containsExactly("FALL_PROTECTION");
    assertThat(ids("Grip fell 2 ft off the apple box.")).isEmpty();
    assertThat(suggester.suggest("Rigger fell 12 feet from a ladder.").get(0).words())
        .containsExactly("fell 12 feet from");
  }

  @Test
  void lessThanAndMoreThan_makeANumberABound() {
    assertThat(ids("The crew had less than 10 hours turnaround.")).containsExactly("REST");
    assertThat(suggester.suggest("The crew had less than 10 hours turnaround.").get(0).words())
        .containsExactly("less than 10 hours turnaround");
    assertThat(ids("The crew had 10 hours turnaround.")).isEmpty();
    assertThat(ids("The crew had more than 8 hours turnaround.")).isEmpty();
    assertThat(ids("They worked more than 60 hours this week.")).containsExactly("WEEK");
    assertThat(ids("They worked 60 hours this week.")).isEmpty();
    assertThat(ids("They worked 72 hours this week.")).containsExactly("WEEK");
    assertThat(ids("They worked under 70 hours this week.")).isEmpty();
    assertThat(ids("The stand-in was within 10 ft when the blank was fired."))
        .containsExactly("STANDOFF");
    assertThat(ids("He fell more than 8 ft from the platform.")).containsExactly("FALL_PROTECTION");
    assertThat(ids("He fell less than 3 ft from the platform.")).isEmpty();
  }

  @Test
  void signalsPassOverNumbersWithTheirUnits() {
    // "fell 2 ft from" reads as the signal "fell from", but 2 ft is within the limit
    assertThat(ids("She fell 2 ft from the platform.")).isEmpty();
    assertThat(ids("She fell three metres from the platform.")).containsExactly("FALL_PROTECTION");
    assertThat(suggester.suggest("She fell three metres from the platform.").get(0).words())
        .containsExactly("fell three metres from");
  }

  @Test
  void aNumberWithinTheLimit_cancelsTheSignalsOfItsSentenceOnly() {
    assertThat(ids("Dresser fell from the platform, about 2 ft.")).isEmpty();
    assertThat(ids("Dresser fell from the platform. It was 2 ft off the ground.")) // no near word
        .containsExactly("FALL_PROTECTION");
    assertThat(ids("A fall of 2 ft was logged. Later a rigger fell from the truss."))
        .containsExactly("FALL_PROTECTION");
  }

  @Test
  void notWhen_cancelsSignalsAndLimits_inItsSentenceOnly() {
    assertThat(ids("The revolver discharged during the take.")).containsExactly("MISFIRE");
    assertThat(ids("After the blank wound the actor was discharged from hospital.")).isEmpty();
    assertThat(ids("Blank gun discharged on set. The actor was discharged from hospital."))
        .containsExactly("MISFIRE");
    assertThat(ids("Carpenter fell 8 ft when the nail gun kicked back.")).isEmpty();
    assertThat(ids("Carpenter's nail gun jammed. He fell 8 ft from the ladder."))
        .containsExactly("FALL_PROTECTION");
  }

  @Test
  void sentencesEnd_beforeACapital_notAtAnAbbreviationOrADecimal() {
    assertThat(ids("The blank was fired at 6 ft. from the stunt double.")).contains("STANDOFF");
    assertThat(ids("Harness not clipped, he fell 1.5 m.")).isEmpty();
  }

  @Test
  void aNotWhenPhraseInsideTheChecksOwnSignal_isRefused(@TempDir Path other) throws IOException {
    Files.writeString(
        other.resolve("heat.json"),
        "{\"id\":\"heat\",\"title\":\"H\",\"categories\":[\"heat\"],\"checks\":["
            + check(
                "HEAT_HELP",
                "temperature",
                ",\"signals\":[\"heat stroke\"],\"not_when\":[\"heat gun\",\"in the heat of\"]")
            + "]}");
    ProtocolCatalog c = ProtocolCatalog.load(other);
    assertThatThrownBy(() -> CheckSuggester.of(c))
        .isInstanceOf(ProtocolException.class)
        .hasMessage(
            "heat: check HEAT_HELP: the not_when phrase 'in the heat of' reads as 'heat', which its"
                + " own signal 'heat stroke' holds: it would cancel that signal wherever it matches");
  }

  @Test
  void aPhraseWithNoWordLeft_isRefused_namingTheCheck(@TempDir Path other) throws IOException {
    Files.writeString(
        other.resolve("a.json"),
        "{\"id\":\"a\",\"title\":\"A\",\"categories\":[\"heat\"],\"checks\":["
            + check("HOT", "temperature", ",\"not_when\":[\"the 12\"]")
            + "]}");
    ProtocolCatalog c = ProtocolCatalog.load(other);
    assertThatThrownBy(() -> CheckSuggester.of(c))
        .isInstanceOf(ProtocolException.class)
        .hasMessage(
            "a: check HOT: the not_when phrase 'the 12' has no word left after analysis (only stop"
                + " words or numbers)");
  }
}
