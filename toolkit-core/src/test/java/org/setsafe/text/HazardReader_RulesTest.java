package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * How the hazard of a description is named, on a small catalog of its own: hazard words score a
 * point a word (words that read alike once), a suggested check two; the most points win, ties go to
 * the first category; general protocols name nothing; a record that names its hazard keeps it, and
 * suggestions keep to it.
 */
class HazardReader_RulesTest {
  @TempDir static Path dir;
  private static CheckSuggester suggester;

  private static String protocol(String id, String extra, String checkId, String signals) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"T\""
        + extra
        + ",\"checks\":[{\"id\":\""
        + checkId
        + "\",\"title\":\"T\",\"rule\":\"r\",\"responsible\":[\"crew\"],"
        + "\"layer\":\"unsafe_acts\",\"basis\":[],\"energy\":\"any\","
        + "\"control\":\"administrative\",\"direct_control\":false,\"signals\":["
        + signals
        + "]}]}";
  }

  @BeforeAll
  static void catalog() throws IOException {
    Files.writeString(
        dir.resolve("falls.json"),
        protocol(
            "falls",
            ",\"categories\":[\"fall_from_height\"],\"hazard_words\":[\"ladder\",\"fell from\"]",
            "GUARDRAIL",
            "\"no guardrail\""));
    Files.writeString(
        dir.resolve("stunts.json"),
        protocol(
            "stunts",
            ",\"categories\":[\"stunt\"],\"hazard_words\":[\"stunt\",\"stunt double\"]",
            "REHEARSED",
            "\"not rehearsed\""));
    Files.writeString(
        dir.resolve("heat.json"),
        protocol(
            "heat",
            ",\"categories\":[\"heat\"],\"hazard_words\":[\"heat\"],"
                + "\"hazard_not_when\":[\"paperwork\"]",
            "WATER",
            "\"no water\""));
    Files.writeString(
        dir.resolve("vehicles.json"),
        protocol(
            "vehicles",
            ",\"categories\":[\"vehicle\"],\"hazard_words\":[\"van\","
                + "{\"word\":\"car\",\"not_when\":[\"car park\",\"car bomb\"]}]",
            "SPOTTER",
            "\"no spotter\""));
    Files.writeString(
        dir.resolve("hours.json"),
        protocol("hours", ",\"general\":true,\"hazard_words\":[\"tired\"]", "REST", "\"no rest\""));
    suggester = CheckSuggester.of(ProtocolCatalog.load(dir));
  }

  private static Optional<InferredHazard> bundled(String text) {
    return CheckSuggester.bundled().hazards().read(text);
  }

  private static Optional<InferredHazard> read(String text) {
    return suggester.hazards().read(text);
  }

  @Test
  void hazardNotWhen_cancelsTheHazardWordsOfItsSentenceOnly() {
    assertThat(read("The heat department's paperwork was late.")).isEmpty();
    InferredHazard h =
        read("The paperwork was late. A rigger collapsed in the heat.").orElseThrow();
    assertThat(h.category()).isEqualTo(Category.HEAT);
    assertThat(h.words()).containsExactly("heat");
    // a check's signal still counts in that sentence: only the hazard words are cancelled
    assertThat(read("No water for the paperwork crew.").orElseThrow().category())
        .isEqualTo(Category.HEAT);
  }

  @Test
  void aHazardWordsOwnNotWhen_cancelsThatWordAloneInItsSentence() {
    assertThat(read("A dog bit a grip in the car park.")).isEmpty();
    assertThat(read("The writers argued about the car bomb scene.")).isEmpty();
    InferredHazard van = read("A van reversed into a grip in the car park.").orElseThrow();
    assertThat(van.category()).isEqualTo(Category.VEHICLE);
    assertThat(van.words()).containsExactly("van");
    // only in its sentence: the car of another sentence still speaks of a vehicle
    InferredHazard car = read("The car hit a grip. It was parked in the car park.").orElseThrow();
    assertThat(car.category()).isEqualTo(Category.VEHICLE);
    assertThat(car.words()).containsExactly("car");
  }

  @Test
  void sparks_theElectricians_areNoPyrotechnics() {
    // the bundled protocols: "sparks" (an electrician) and "sparks flew" name no pyrotechnics
    // or aircraft; a spark fall effect still does
    assertThat(bundled("Sparks ran the cable to the genny behind the trailers."))
        .map(InferredHazard::category)
        .isNotEqualTo(Optional.of(Category.PYROTECHNICS));
    assertThat(bundled("Sparks flew from the distro box and the electrician was shocked."))
        .map(InferredHazard::category)
        .contains(Category.ELECTRICAL);
    assertThat(bundled("The spark fall effect showered the stunt double with sparks."))
        .map(InferredHazard::category)
        .contains(Category.PYROTECHNICS);
  }

  @Test
  void aHazardWordsNotWhenInsideTheWord_isRefused() throws IOException {
    Path other = Files.createTempDirectory(dir, "refusedWord");
    Files.writeString(
        other.resolve("vehicles.json"),
        protocol(
            "vehicles",
            ",\"categories\":[\"vehicle\"],"
                + "\"hazard_words\":[{\"word\":\"car park\",\"not_when\":[\"the car\"]}]",
            "SPOTTER",
            "\"no spotter\""));
    assertThatThrownBy(() -> CheckSuggester.of(ProtocolCatalog.load(other)).hazards())
        .isInstanceOf(org.setsafe.protocol.ProtocolException.class)
        .hasMessageContaining(
            "the not_when phrase 'the car' of the hazard word 'car park' reads as 'car'");
    Files.writeString(
        other.resolve("vehicles.json"),
        protocol(
            "vehicles",
            ",\"categories\":[\"vehicle\"],"
                + "\"hazard_words\":[{\"word\":\"car\",\"not_when\":[\"was the\"]}]",
            "SPOTTER",
            "\"no spotter\""));
    assertThatThrownBy(() -> CheckSuggester.of(ProtocolCatalog.load(other)).hazards())
        .isInstanceOf(org.setsafe.protocol.ProtocolException.class)
        .hasMessageContaining("the not_when phrase 'was the' of the hazard word 'car' has no word");
  }

  @Test
  void aHazardNotWhenPhraseInsideAHazardWord_isRefused() throws IOException {
    Path other = Files.createTempDirectory(dir, "refused");
    Files.writeString(
        other.resolve("heat.json"),
        protocol(
            "heat",
            ",\"categories\":[\"heat\"],\"hazard_words\":[\"heat stroke\"],"
                + "\"hazard_not_when\":[\"the heat\"]",
            "WATER",
            "\"no water\""));
    assertThatThrownBy(() -> CheckSuggester.of(ProtocolCatalog.load(other)).hazards())
        .isInstanceOf(org.setsafe.protocol.ProtocolException.class)
        .hasMessageContaining("hazard_not_when phrase 'the heat' reads as 'heat'");
  }

  @Test
  void hazardWords_nameTheHazard_withTheWordsAsWritten() {
    InferredHazard h = read("A dresser fell from a Ladder in the hallway.").orElseThrow();
    assertThat(h.category()).isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(h.words()).containsExactly("fell from", "Ladder");
    assertThat(h.evidence()).isEqualTo("inferred from the description: \"fell from\"; \"Ladder\"");
  }

  @Test
  void noWord_namesNothing_norDoesAGeneralProtocol_butANegatedWordStillSpeaksOfItsHazard() {
    assertThat(read("The call sheet had the wrong address.")).isEmpty();
    assertThat(read("Everyone was tired; no rest after the night shoot.")).isEmpty();
    assertThat(read("There was no ladder, so he fell from a chair.").orElseThrow().category())
        .isEqualTo(Category.FALL_FROM_HEIGHT);
  }

  @Test
  void mostPointsWin_aSuggestedCheckCountsTwo_andTiesGoToTheFirstCategory() {
    // "stunt double" (2) + "stunt" inside it (1) beat "fell from" (2)
    assertThat(read("The stunt double fell from the balcony.").orElseThrow().category())
        .isEqualTo(Category.STUNT);
    // "ladder" (1) + a guardrail failure (2) beat "stunt" (1)
    assertThat(read("Stunt rigger on a ladder; no guardrail at the top.").orElseThrow().category())
        .isEqualTo(Category.FALL_FROM_HEIGHT);
    // three points each: stunt comes before fall from height
    assertThat(read("The stunt double fell from a ladder.").orElseThrow().category())
        .isEqualTo(Category.STUNT);
  }

  @Test
  void aRecordedHazard_standsAndBoundsTheSuggestions() {
    IncidentRecord other = Fixtures.textOnly("X-1", "Near miss", "Heat on the roof, no guardrail.");
    assertThat(other.incident().category()).isEqualTo(Category.OTHER);
    assertThat(suggester.hazards().read(other)).isPresent();
    IncidentRecord inferred = suggester.hazards().withHazard(other);
    Incident i = inferred.incident();
    assertThat(i.category()).isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(i.categoryInferred()).isTrue();
    assertThat(i.categoryEvidence()).isEqualTo("inferred from the description: \"no guardrail\"");
    assertThat(suggester.hazards().withHazard(inferred)).isSameAs(inferred);

    Incident o =
        Fixtures.textOnly("X-2", "Near miss", "Heat on the roof, no guardrail.").incident();
    IncidentRecord heat =
        IncidentRecord.of(
            new Incident(
                o.id(),
                o.title(),
                o.production(),
                o.date(),
                null,
                null,
                null,
                null,
                Category.HEAT,
                o.activity(),
                o.severity(),
                0,
                0,
                o.summary(),
                null,
                null));
    assertThat(suggester.hazards().read(heat)).isEmpty();
    assertThat(suggester.suggest(heat)).isEmpty();
    assertThat(suggester.suggest(other))
        .extracting(Suggestion::checkId)
        .containsExactly("GUARDRAIL");
    assertThat(suggester.suggest("Heat on the roof, no guardrail.", Category.HEAT)).isEmpty();
    assertThat(suggester.suggest("Heat on the roof, no guardrail.", Category.OTHER))
        .extracting(Suggestion::checkId)
        .containsExactly("GUARDRAIL");
    assertThat(List.of(suggester.suggestions(other).hazard().category()))
        .containsExactly(Category.FALL_FROM_HEIGHT);
  }
}
