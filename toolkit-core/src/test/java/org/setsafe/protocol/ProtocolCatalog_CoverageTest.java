package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.setsafe.data.BundledData;
import org.setsafe.model.Category;
import org.setsafe.model.Energy;
import org.setsafe.model.EnergyRules;
import org.setsafe.rules.HighEnergyFile;

/**
 * The bundled catalog covers every hazard setsafe knows: a protocol of its own for each hazard
 * category but {@code other}, controlling the energy the classification presumes for that hazard,
 * with the words that speak of it, and the fields every check must carry in its file.
 */
class ProtocolCatalog_CoverageTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The protocol files as written (file name to its JSON), for fields the records do not hold. */
  private static final Map<String, JsonNode> FILES = new TreeMap<>();

  @BeforeAll
  static void readFiles() throws IOException {
    try (Stream<Path> s = Files.list(BundledData.path("protocols"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        FILES.put(f.getFileName().toString(), JSON.readTree(f.toFile()));
      }
    }
  }

  private static List<Protocol> protocolsOf(Category category) {
    return CATALOG.protocols().stream()
        .filter(p -> !p.general() && p.categories().contains(category))
        .toList();
  }

  @Test
  void everyHazardCategoryButOther_hasAProtocolOfItsOwn() {
    for (Category c : Category.values()) {
      if (c == Category.OTHER) {
        assertThat(protocolsOf(c)).as("no protocol is written for 'other'").isEmpty();
      } else {
        assertThat(protocolsOf(c)).as(c.code()).isNotEmpty();
      }
    }
    // working hours and fatigue: a protocol that applies to every hazard
    assertThat(CATALOG.protocol("working_hours").orElseThrow().general()).isTrue();
  }

  @Test
  void theProtocolsOfEachHazard_controlTheEnergyTheClassificationPresumesForIt() {
    EnergyRules rules = HighEnergyFile.bundled();
    for (Category c : Category.values()) {
      Energy presumed = rules.presumption(c).energy();
      if (c == Category.OTHER || presumed == null) {
        continue;
      }
      assertThat(protocolsOf(c).stream().flatMap(p -> p.checks().stream()))
          .as(c.code() + " presumes " + presumed.code())
          .anyMatch(k -> k.energy() == presumed);
    }
  }

  @Test
  void everyHazardWithAPhysicalControlInItsSources_hasADirectControl() {
    // the hazards whose sources name a guard, barrier, lock, restraint or fall protection
    for (Category c :
        List.of(
            Category.FIREARM,
            Category.STUNT,
            Category.FALL_FROM_HEIGHT,
            Category.VEHICLE,
            Category.RAILROAD,
            Category.WATER_DIVING,
            Category.RIGGING_EQUIPMENT,
            Category.ELECTRICAL,
            Category.ANIMAL)) {
      assertThat(protocolsOf(c).stream().flatMap(p -> p.checks().stream()))
          .as(c.code())
          .anyMatch(ProtocolCheck::directControl);
    }
  }

  @Test
  void everyCheckInTheFiles_saysWhetherItIsRequired_andEveryProtocolRequiresSome() {
    for (Map.Entry<String, JsonNode> f : FILES.entrySet()) {
      int required = 0;
      for (JsonNode c : f.getValue().path("checks")) {
        String where = f.getKey() + " " + c.path("id").asText();
        assertThat(c.path("required").isBoolean())
            .as(where + ": 'required' true or false")
            .isTrue();
        required += c.path("required").asBoolean() ? 1 : 0;
      }
      assertThat(required)
          .as(f.getKey() + ": checks a production is expected to make")
          .isPositive();
    }
  }

  @Test
  void everyProtocolOfAHazard_namesTheWordsThatSpeakOfIt() {
    for (Map.Entry<String, JsonNode> f : FILES.entrySet()) {
      JsonNode words = f.getValue().path("hazard_words");
      if (f.getValue().path("general").asBoolean()) {
        continue;
      }
      assertThat(words.isArray() && words.size() > 0).as(f.getKey() + ": hazard_words").isTrue();
      for (JsonNode w : words) {
        // a word, or a word with the phrases that cancel it: {"word": "car", "not_when": [...]}
        JsonNode word = w.isObject() ? w.path("word") : w;
        assertThat(word.isTextual() && !word.asText().isBlank()).as(f.getKey() + ": " + w).isTrue();
        if (w.isObject()) {
          assertThat(w.path("not_when").isArray() && w.path("not_when").size() > 0)
              .as(f.getKey() + ": " + w + ": not_when")
              .isTrue();
        }
      }
    }
  }

  /** A regulation basis names the law, standard or section it rests on. */
  private static final Pattern CITATION =
      Pattern.compile(
          "\\b(CFR|CCR|Title \\d+|Labor Code|NFPA|WAC|Order \\d|section|OSHA|Cal/OSHA"
              + "|Regulations \\d{4})\\b");

  @Test
  void regulationBases_nameTheLawOrStandardTheyRestOn() {
    List<String> bad = new ArrayList<>();
    int seen = 0;
    for (ProtocolCheck c : CATALOG.checks()) {
      for (Basis b : c.basis()) {
        if (b.kind() == BasisKind.REGULATION) {
          seen++;
          if (!CITATION.matcher(b.text()).find()) {
            bad.add(c.id() + ": " + b.text());
          }
        }
      }
    }
    assertThat(seen).isGreaterThan(20);
    assertThat(bad).isEmpty();
  }

  @Test
  void aBulletinKnownOnlyByItsTitle_isNeverCitedAsBulletinText() {
    Pattern titleOnly = Pattern.compile("only (its|their) titles? (is|are) confirmed");
    for (ProtocolCheck c : CATALOG.checks()) {
      for (Basis b : c.basis()) {
        if (titleOnly.matcher(b.text()).find()) {
          assertThat(b.kind()).as(c.id() + ": " + b.text()).isEqualTo(BasisKind.PRACTICE);
        }
      }
    }
  }

  private static final Set<String> QUANTITIES =
      Set.of("length", "voltage", "temperature", "duration", "speed");

  @Test
  void limitsInTheFiles_nameWordsAQuantityAndOneLimitWithAUnit() {
    int seen = 0;
    for (Map.Entry<String, JsonNode> f : FILES.entrySet()) {
      for (JsonNode c : f.getValue().path("checks")) {
        for (JsonNode l : c.path("limits")) {
          seen++;
          String where = f.getKey() + " " + c.path("id").asText();
          assertThat(l.path("near").isArray() && l.path("near").size() > 0).as(where).isTrue();
          assertThat(QUANTITIES).as(where).contains(l.path("quantity").asText());
          List<String> bounds =
              Stream.of("fails_below", "fails_at_or_above", "fails_above").filter(l::has).toList();
          assertThat(bounds).as(where + ": exactly one limit").hasSize(1);
          String value = l.path(bounds.get(0)).asText();
          assertThat(value).as(where).matches("\\d+(\\.\\d+)? ?\\S+");
        }
      }
    }
    assertThat(seen).as("the 20 ft stand-off, fall height, power lines, rest").isPositive();
  }
}
