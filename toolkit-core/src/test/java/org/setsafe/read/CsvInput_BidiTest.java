package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bidirectional overrides and isolates (the "Trojan Source" characters) make printed text read in
 * another order than it is stored: reading removes them, with a warning at their cell, so that no
 * command prints them raw.
 */
class CsvInput_BidiTest {
  @Test
  void bidiOverride_isRemoved_withAWarningAtItsCell(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("log.csv");
    Files.writeString(
        p,
        "id,summary\nNM-1,\"Armorer \u202Edesserp ton\u202C checked\"\nNM-2,plain \u2066x\u2069\n",
        StandardCharsets.UTF_8);
    Diagnostics d = new Diagnostics();

    try (CsvInput in = CsvInput.open(p, "log.csv", StandardCharsets.UTF_8, d)) {
      RawRow first = in.next();
      RawRow second = in.next();
      assertThat(first.get(1)).isEqualTo("Armorer desserp ton checked");
      assertThat(first.notes())
          .singleElement()
          .asString()
          .isEqualTo(
              "log.csv:2:2: warning: summary: 2 control character(s) removed (<U+202E>, <U+202C>)");
      assertThat(second.get(1)).isEqualTo("plain x");
      assertThat(second.notes()).hasSize(1);
    }
  }
}
