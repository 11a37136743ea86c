package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.Quantities;
import org.setsafe.model.Quantities.Dimension;

/**
 * The word fields of a protocol file: a check's {@code required}, {@code not_when} and {@code
 * limits}, a protocol's {@code hazard_words}; bad values are refused with the file and the check.
 */
class ProtocolCatalog_WordFieldsTest {
  private static void write(Path dir, String protocolFields, String checkFields)
      throws IOException {
    Files.writeString(
        dir.resolve("a.json"),
        "{\"id\":\"a\",\"title\":\"A\",\"categories\":[\"fall_from_height\"]"
            + protocolFields
            + ",\"checks\":[{\"id\":\"X\",\"title\":\"X\",\"rule\":\"r\","
            + "\"responsible\":[\"crew\"],\"layer\":\"unsafe_acts\",\"basis\":[],"
            + "\"energy\":\"gravity\",\"control\":\"ppe\",\"direct_control\":true"
            + checkFields
            + "}]}");
  }

  @Test
  void wordFields_areRead(@TempDir Path dir) throws IOException {
    write(
        dir,
        ",\"hazard_words\":[\"ladder\",\" fell from \"]",
        ",\"required\":true,\"not_when\":[\"nail gun\"],\"limits\":[{\"near\":[\"fell\"],"
            + "\"quantity\":\"length\",\"fails_at_or_above\":\"6 ft\"},{\"near\":[\"fired\"],"
            + "\"quantity\":\"Length\",\"fails_below\":\"20 feet\"},{\"near\":[\"week\"],"
            + "\"quantity\":\"duration\",\"fails_above\":\"60 hours\"}]");
    ProtocolCatalog c = ProtocolCatalog.load(dir);
    ProtocolCheck x = c.check("X").orElseThrow();
    assertThat(x.required()).isTrue();
    assertThat(x.notWhen()).containsExactly("nail gun");
    assertThat(x.limits()).hasSize(3);
    Limit fall = x.limits().get(0);
    assertThat(fall.near()).containsExactly("fell");
    assertThat(fall.dimension()).isEqualTo(Dimension.LENGTH);
    assertThat(fall.fails()).isEqualTo(Limit.Fails.AT_OR_ABOVE);
    assertThat(fall.describe()).isEqualTo("at or above 6 ft");
    assertThat(fall.failedBy(Quantities.find("fell 12 feet").get(0))).isTrue();
    assertThat(fall.failedBy(Quantities.find("fell 6 feet").get(0))).isTrue();
    assertThat(fall.failedBy(Quantities.find("fell 2 ft").get(0))).isFalse();
    assertThat(fall.failedBy(Quantities.find("fell 5-7 ft").get(0))).isFalse();
    assertThat(fall.failedBy(Quantities.find("a 2 m drop").get(0))).isTrue();
    assertThat(fall.failedBy(Quantities.find("14 hours").get(0))).isFalse();
    Limit standoff = x.limits().get(1);
    assertThat(standoff.fails()).isEqualTo(Limit.Fails.BELOW);
    assertThat(standoff.failedBy(Quantities.find("at 8 ft").get(0))).isTrue();
    assertThat(standoff.failedBy(Quantities.find("at 20 ft").get(0))).isFalse();
    assertThat(standoff.failedBy(Quantities.find("8 to 10 ft").get(0))).isTrue();
    assertThat(standoff.failedBy(Quantities.find("15 to 25 ft").get(0))).isFalse();
    Limit week = x.limits().get(2);
    assertThat(week.describe()).isEqualTo("above 60 hours");
    assertThat(week.failedBy(Quantities.find("a 72-hour week").get(0))).isTrue();
    assertThat(week.failedBy(Quantities.find("a 60 hour week").get(0))).isFalse();
    assertThat(fall.failedBy(Quantities.find("from 1.8288 m").get(0))).isTrue();
    Quantities.Quantity eight = Quantities.find("8 ft").get(0);
    assertThat(fall.verdict(eight, Limit.Qualifier.MORE_THAN)).isEqualTo(Limit.Verdict.FAILS);
    assertThat(fall.verdict(eight, Limit.Qualifier.LESS_THAN)).isEqualTo(Limit.Verdict.UNKNOWN);
    Quantities.Quantity five = Quantities.find("5 ft").get(0);
    assertThat(fall.verdict(five, Limit.Qualifier.LESS_THAN)).isEqualTo(Limit.Verdict.PASSES);
    assertThat(fall.verdict(five, Limit.Qualifier.MORE_THAN)).isEqualTo(Limit.Verdict.UNKNOWN);
    assertThat(fall.verdict(five, Limit.Qualifier.EXACTLY)).isEqualTo(Limit.Verdict.PASSES);
    Quantities.Quantity twenty = Quantities.find("20 ft").get(0);
    assertThat(standoff.verdict(twenty, Limit.Qualifier.LESS_THAN)).isEqualTo(Limit.Verdict.FAILS);
    assertThat(standoff.verdict(twenty, Limit.Qualifier.MORE_THAN)).isEqualTo(Limit.Verdict.PASSES);
    assertThat(standoff.verdict(eight, Limit.Qualifier.MORE_THAN)).isEqualTo(Limit.Verdict.UNKNOWN);
    Quantities.Quantity sixty = Quantities.find("60 hours").get(0);
    assertThat(week.verdict(sixty, Limit.Qualifier.MORE_THAN)).isEqualTo(Limit.Verdict.FAILS);
    assertThat(week.verdict(sixty, Limit.Qualifier.EXACTLY)).isEqualTo(Limit.Verdict.PASSES);
    assertThat(week.verdict(sixty, Limit.Qualifier.LESS_THAN)).isEqualTo(Limit.Verdict.PASSES);
    assertThat(c.protocol("a").orElseThrow().hazardWords()).containsExactly("ladder", "fell from");
  }

  @Test
  void aHazardWordWithItsOwnNotWhen_isReadAsAWordWithItsPhrases(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("a.json"),
        "{\"id\":\"a\",\"title\":\"T\",\"categories\":[\"vehicle\"],"
            + "\"hazard_words\":[\"van\",{\"word\":\"car\",\"not_when\":[\"car park\"]}],"
            + "\"checks\":[{\"id\":\"X\",\"title\":\"T\",\"rule\":\"r\","
            + "\"responsible\":[\"crew\"],\"layer\":\"unsafe_acts\",\"basis\":[],"
            + "\"energy\":\"any\",\"control\":\"administrative\",\"direct_control\":false}]}");
    Protocol p = ProtocolCatalog.load(dir).protocol("a").orElseThrow();
    assertThat(p.hazardWords()).containsExactly("van", "car");
    assertThat(p.hazardWordNotWhen()).containsExactly(Map.entry("car", List.of("car park")));
    for (String[] bad :
        new String[][] {
          {"{\"word\":\"car\"}", "hazard word 'car': 'not_when' must list phrases"},
          {"{\"not_when\":[\"car park\"]}", "a hazard word written as an object needs its 'word'"},
          {"{\"word\":\"car\",\"not_when\":[\"x\"],\"weight\":2}", "unknown field 'weight'"},
          {"3", "'hazard_words' must hold words (text)"}
        }) {
      Files.writeString(
          dir.resolve("a.json"),
          "{\"id\":\"a\",\"title\":\"T\",\"categories\":[\"vehicle\"],\"hazard_words\":["
              + bad[0]
              + "],\"checks\":[{\"id\":\"X\",\"title\":\"T\",\"rule\":\"r\","
              + "\"responsible\":[\"crew\"],\"layer\":\"unsafe_acts\",\"basis\":[],"
              + "\"energy\":\"any\",\"control\":\"administrative\",\"direct_control\":false}]}");
      assertThatThrownBy(() -> ProtocolCatalog.load(dir))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("a.json")
          .hasMessageContaining(bad[1]);
    }
  }

  @Test
  void absentWordFields_meanNone(@TempDir Path dir) throws IOException {
    write(dir, "", "");
    ProtocolCheck x = ProtocolCatalog.load(dir).check("X").orElseThrow();
    assertThat(x.required()).isFalse();
    assertThat(x.notWhen()).isEmpty();
    assertThat(x.limits()).isEmpty();
    assertThat(ProtocolCatalog.load(dir).protocol("a").orElseThrow().hazardWords()).isEmpty();
  }

  @Test
  void badValues_nameTheFileAndTheCheck(@TempDir Path dir) throws IOException {
    String[][] cases = {
      {",\"required\":\"yes\"", "a.json: check X: 'required' must be true or false, not yes"},
      {",\"not_when\":\"nail gun\"", "a.json: check X: 'not_when' must be a list of words (text)"},
      {",\"not_when\":[\" \"]", "a.json: check X: 'not_when' holds a blank phrase"},
      {",\"limits\":{}", "a.json: check X: 'limits' must be a list of limits"},
      {
        ",\"limits\":[{\"near\":[],\"quantity\":\"length\",\"fails_below\":\"20 ft\"}]",
        "a.json: check X: limits[0]: 'near' must name the words the number stands beside"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"distance\",\"fails_below\":\"20 ft\"}]",
        "a.json: check X: limits[0]: unknown quantity 'distance' (expected one of length, voltage,"
            + " current, speed, temperature, mass, pressure, duration)"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"length\"}]",
        "a.json: check X: limits[0]: a limit has exactly one of 'fails_below',"
            + " 'fails_at_or_above' and 'fails_above'"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"length\",\"fails_below\":\"20 ft\","
            + "\"fails_at_or_above\":\"30 ft\"}]",
        "a.json: check X: limits[0]: a limit has exactly one of 'fails_below',"
            + " 'fails_at_or_above' and 'fails_above'"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"length\",\"fails_below\":\"20\"}]",
        "a.json: check X: limits[0]: 'fails_below' must be one length with its unit (e.g. \"20"
            + " ft\"), not '20'"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"voltage\",\"fails_below\":\"20 ft\"}]",
        "a.json: check X: limits[0]: 'fails_below' must be one voltage with its unit (e.g. \"20"
            + " ft\"), not '20 ft'"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"length\",\"fails_below\":\"10-20"
            + " ft\"}]",
        "a.json: check X: limits[0]: 'fails_below' must be one length with its unit (e.g. \"20"
            + " ft\"), not '10-20 ft'"
      },
      {
        ",\"limits\":[{\"near\":[\"fired\"],\"quantity\":\"length\",\"fails_below\":\"20 ft\","
            + "\"unit\":\"ft\"}]",
        "a.json: check X: limits[0]: unknown key 'unit' in a limit"
      },
    };
    for (String[] c : cases) {
      write(dir, "", c[0]);
      assertThatThrownBy(() -> ProtocolCatalog.load(dir))
          .as(c[0])
          .isInstanceOf(ProtocolException.class)
          .hasMessage(c[1]);
    }
    write(dir, ",\"hazard_words\":[1]", "");
    assertThatThrownBy(() -> ProtocolCatalog.load(dir))
        .hasMessage(
            "a.json: 'hazard_words' must hold words (text) or {\"word\", \"not_when\"}, not 1");
  }
}
