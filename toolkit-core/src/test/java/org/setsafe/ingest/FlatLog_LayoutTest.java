package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;

class FlatLog_LayoutTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ingest/valid-flat-log.csv",
        "ingest/bom-utf8.csv",
        "ingest/crlf.csv",
        "ingest/blank-rows.csv"
      })
  void sameRows_whateverTheByteLayout(String fixture) {
    Reading r = Reading.of(fixture);

    assertThat(r.errors()).isEmpty();
    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("NM-001", "NM-002");
    IncidentRecord first = r.records.get(0);
    assertThat(first.incident().title()).isEqualTo("Live round found in dummy box");
    assertThat(first.incident().severity()).isEqualTo(Severity.NEAR_MISS);
    assertThat(first.incident().summary())
        .isEqualTo("Armorer found a live .45 round among dummies, during the morning check.");
    assertThat(first.checks())
        .extracting(c -> c.checkId() + "=" + c.status().code())
        .containsExactly("NO_LIVE_AMMO=failed", "INSPECT_EACH_ROUND=passed");
    assertThat(r.result.read()).isEqualTo(2);
    assertThat(r.result.imported()).isEqualTo(2);
  }

  @Test
  void blankSpreadsheetRows_areSkippedAndCounted() {
    Reading r = Reading.of("ingest/blank-rows.csv");

    assertThat(r.result.files().get(0).blank()).isEqualTo(4);
    assertThat(r.result.read()).isEqualTo(2);
  }

  @Test
  void quotedNewline_staysInTheValue_andLinesCountPhysically() {
    Reading r = Reading.of("ingest/quoted-newline.csv");

    assertThat(r.records.get(0).incident().summary())
        .isEqualTo("Found unattended\non the cart, \"loaded\" with dummies");
    assertThat(r.records.get(0).checks())
        .extracting(c -> c.status())
        .containsExactly(CheckStatus.FAILED);
    assertThat(r.records).hasSize(2);
  }

  @Test
  void surroundingWhitespace_isStripped() {
    Reading r = Reading.of("ingest/surrounding-whitespace.csv");

    assertThat(r.errors()).isEmpty();
    assertThat(r.records.get(0).id()).isEqualTo("NM-001");
    assertThat(r.records.get(0).incident().date()).hasToString("2023-05-02");
  }

  @Test
  void windows1252_readWithItsEncoding_keepsTheCharacters() {
    Reading r =
        Reading.of(
            "ingest/windows-1252.csv",
            new ImportOptions(Charset.forName("windows-1252"), null, null));

    assertThat(r.errors()).isEmpty();
    assertThat(r.records.get(0).incident().title()).isEqualTo("Armorer’s check – café set");
    assertThat(r.records.get(0).incident().summary()).isEqualTo("Résumé of the check");
  }
}
