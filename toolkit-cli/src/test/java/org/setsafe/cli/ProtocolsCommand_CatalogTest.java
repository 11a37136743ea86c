package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Category;

/** {@code setsafe protocols}: every hazard's protocol, with what the classification reads. */
class ProtocolsCommand_CatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The command's JSON, inside the envelope's {@code data} where the output has one. */
  private static JsonNode json(String... args) throws IOException {
    Run r = Run.of(args);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode n = JSON.readTree(r.out());
    return n.isObject() && n.has("data") ? n.get("data") : n;
  }

  @Test
  void json_listsEveryProtocol_withItsHazards_andEveryCheckWithEnergyDirectControlAndRequired()
      throws IOException {
    JsonNode protocols = json("protocols", "--format", "json").path("protocols");
    Set<String> hazards = new HashSet<>();
    int checks = 0;
    for (JsonNode p : protocols) {
      boolean general = p.get("general").asBoolean();
      assertThat(general || p.get("categories").size() > 0).as(p.get("id").asText()).isTrue();
      p.get("categories").forEach(c -> hazards.add(c.asText()));
      for (JsonNode c : p.get("checks")) {
        checks++;
        String id = c.get("id").asText();
        assertThat(c.get("energy").asText()).as(id).isNotBlank();
        assertThat(c.get("direct_control").isBoolean()).as(id).isTrue();
        assertThat(c.get("required").isBoolean()).as(id).isTrue();
        assertThat(c.get("categories")).as(id).isEqualTo(p.get("categories"));
        if (c.get("direct_control").asBoolean()) {
          assertThat(c.get("energy").asText()).as(id).isNotEqualTo("any");
          assertThat(c.get("control").asText()).as(id).isNotEqualTo("administrative");
        }
      }
    }
    for (Category c : Category.values()) {
      if (c != Category.OTHER) {
        assertThat(hazards).as("a protocol for " + c.code()).contains(c.code());
      }
    }
    assertThat(checks).isGreaterThan(100);
  }

  @Test
  void oneCheck_inJson_carriesItsProtocolsHazards() throws IOException {
    JsonNode c = json("protocols", "POWER_LINE_CLEARANCE", "--format", "json").path("check");
    assertThat(c.get("protocol").asText()).isEqualTo("electrical");
    assertThat(c.get("categories").get(0).asText()).isEqualTo("electrical");
    assertThat(c.get("energy").asText()).isEqualTo("electrical");
    assertThat(c.get("required").asBoolean()).isTrue();
  }

  @Test
  void text_showsHazardsEnergyDirectControlAndRequired() {
    String out = Run.of("protocols").out();
    assertThat(out)
        .contains("heat — Heat illness prevention (")
        .contains("hazards: heat)")
        .contains("working_hours — Working hours and fatigue (")
        .contains("hazards: every hazard)")
        .containsPattern("FALL_PROTECTION_AT_EDGES +.*\\[gravity · direct control · required\\]")
        .containsPattern("HEAT_WATER +.*\\[temperature · required\\]");
    assertThat(Run.of("protocols", "SAW_GUARDED").out())
        .contains("Energy: mechanical")
        .contains("; a direct control")
        .contains("Required: yes")
        .contains("Basis (Law, regulation or official standard");
  }
}
