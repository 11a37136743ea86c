package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.Category;
import org.setsafe.model.Energy;
import org.setsafe.model.Role;

class ProtocolCatalog_Test {
  private final ProtocolCatalog catalog = ProtocolCatalog.bundled();

  @Test
  void firearms_comesFirst_withConfirmedBulletinRulesMarked() {
    assertThat(catalog.protocols().iterator().next().id()).isEqualTo("firearms");
    ProtocolCheck live = catalog.check("no_live_ammo").orElseThrow();
    assertThat(live.protocolId()).isEqualTo("firearms");
    // quoted by the regulator in a copy of its release; the bulletin itself was not read
    assertThat(live.confirmedBulletinText()).isFalse();
    assertThat(catalog.check("NO_POINTING_AT_PEOPLE").orElseThrow().confirmedBulletinText())
        .isTrue();
    assertThat(live.responsible()).contains(Role.ARMORER, Role.PRODUCER);
    assertThat(catalog.check("VERIFIED_DUMMIES").orElseThrow().confirmedBulletinText()).isFalse();
  }

  @Test
  void sharedCatalog_cannotBeChangedThroughItsViews() {
    int protocols = catalog.protocols().size();
    int checks = catalog.checks().size();

    assertThatThrownBy(() -> catalog.protocols().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalog.checks().removeIf(c -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalog.protocols().iterator().next().checks().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ProtocolCatalog.bundled().protocols()).hasSize(protocols);
    assertThat(ProtocolCatalog.bundled().checks()).hasSize(checks);
  }

  @Test
  void everyCheck_hasABasisWithASource() {
    assertThat(catalog.checks())
        .hasSizeGreaterThan(40)
        .allSatisfy(
            c -> {
              assertThat(c.basis()).isNotEmpty();
              assertThat(c.title().length()).isLessThanOrEqualTo(40);
            });
  }

  @Test
  void everyProtocol_isGeneral_orNamesTheHazardsItAppliesTo() {
    assertThat(catalog.protocols())
        .allSatisfy(p -> assertThat(p.general() || !p.categories().isEmpty()).as(p.id()).isTrue());
    Protocol firearms = catalog.protocol("firearms").orElseThrow();
    assertThat(firearms.appliesTo(Category.FIREARM)).isTrue();
    assertThat(firearms.appliesTo(Category.HEAT)).isFalse();
    assertThat(catalog.protocol("general").orElseThrow().appliesTo(Category.HEAT)).isTrue();
  }

  @Test
  void energyAndDirectControl_areReadFromTheCheck(@TempDir Path dir) throws IOException {
    String check =
        "{\"id\":\"X\",\"title\":\"X\",\"rule\":\"r\",\"responsible\":[\"crew\"],"
            + "\"layer\":\"unsafe_acts\",\"basis\":[],\"energy\":\"gravity\","
            + "\"control\":\"ppe\",\"direct_control\":true}";
    Files.writeString(
        dir.resolve("a.json"),
        "{\"id\":\"a\",\"title\":\"A\",\"categories\":[\"fall_from_height\"],\"checks\":["
            + check
            + "]}");
    ProtocolCatalog c = ProtocolCatalog.load(dir);
    ProtocolCheck x = c.check("X").orElseThrow();
    assertThat(x.energy()).isEqualTo(Energy.GRAVITY);
    assertThat(x.directControl()).isTrue();
    assertThat(c.protocol("a").orElseThrow().categories())
        .containsExactly(Category.FALL_FROM_HEIGHT);
    Files.writeString(
        dir.resolve("a.json"),
        Files.readString(dir.resolve("a.json")).replace("gravity", "gravitas"));
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("gravitas");
  }

  @Test
  void duplicateCheckIds_acrossFiles_areRefused(@TempDir Path dir) throws IOException {
    String check =
        "{\"id\":\"X\",\"title\":\"X\",\"rule\":\"r\",\"responsible\":[\"crew\"],"
            + "\"layer\":\"unsafe_acts\",\"basis\":[],\"energy\":\"any\","
            + "\"control\":\"administrative\",\"direct_control\":false}";
    Files.writeString(
        dir.resolve("a.json"), "{\"id\":\"a\",\"title\":\"A\",\"checks\":[" + check + "]}");
    Files.writeString(
        dir.resolve("b.json"), "{\"id\":\"b\",\"title\":\"B\",\"checks\":[" + check + "]}");

    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("check id 'X' is defined in both a and b");
  }

  @Test
  void unknownRole_namesFileAndCheck(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("a.json"),
        "{\"id\":\"a\",\"title\":\"A\",\"checks\":[{\"id\":\"X\",\"title\":\"X\","
            + "\"rule\":\"r\",\"responsible\":[\"gaffer\"],\"layer\":\"unsafe_acts\"}]}");

    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessageStartingWith("a.json: check X: unknown role 'gaffer'");
  }

  private static void writeCheck(Path dir, String fields) throws IOException {
    Files.writeString(
        dir.resolve("a.json"),
        "{\"id\":\"a\",\"title\":\"A\",\"categories\":[\"heat\"],\"checks\":[{\"id\":\"X\","
            + "\"title\":\"X\",\"rule\":\"r\",\"responsible\":[\"crew\"],"
            + "\"layer\":\"unsafe_acts\",\"basis\":[]"
            + fields
            + "}]}");
  }

  @Test
  void energyControlAndDirectControl_areRequiredOfEveryCheck(@TempDir Path dir) throws IOException {
    writeCheck(dir, ",\"control\":\"administrative\",\"direct_control\":false");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessage("a.json: check X: 'energy' is missing or not text");
    writeCheck(dir, ",\"energy\":\"temperature\",\"direct_control\":false");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessage("a.json: check X: 'control' is missing or not text");
    writeCheck(dir, ",\"energy\":\"temperature\",\"control\":\"engineering\"");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessage("a.json: check X: 'direct_control' is missing or not true/false");
    writeCheck(
        dir, ",\"energy\":\"temperature\",\"control\":\"engineering\",\"direct_control\":\"yes\"");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessage("a.json: check X: 'direct_control' is missing or not true/false");
  }

  @Test
  void directControl_thatTargetsNoEnergy_orIsAProcedure_isRefused(@TempDir Path dir)
      throws IOException {
    writeCheck(dir, ",\"energy\":\"any\",\"control\":\"engineering\",\"direct_control\":true");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessageStartingWith("a.json: check X: X is marked a direct control");
    writeCheck(
        dir, ",\"energy\":\"temperature\",\"control\":\"administrative\",\"direct_control\":true");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessageStartingWith("a.json: check X: X is marked a direct control");
    writeCheck(dir, ",\"energy\":\"any\",\"control\":\"administrative\",\"direct_control\":false");
    assertThat(ProtocolCatalog.load(dir).check("X").orElseThrow().energy()).isNull();
  }
}
