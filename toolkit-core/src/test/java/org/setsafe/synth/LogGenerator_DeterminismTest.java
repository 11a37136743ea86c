package org.setsafe.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.protocol.ProtocolCatalog;

class LogGenerator_DeterminismTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  private static byte[] generate(long rows, long seed, double dirty) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LogGenerator(CATALOG, rows, seed, dirty).writeTo(out);
    return out.toByteArray();
  }

  @Test
  void sameSeed_givesTheSameBytes() throws IOException {
    assertThat(generate(5_000, 7, 0.1)).isEqualTo(generate(5_000, 7, 0.1));
  }

  @Test
  void sameSeed_givesTheSameFile_throughThePathWriter(@TempDir Path dir) throws IOException {
    GeneratedLog a = new LogGenerator(CATALOG, 3_000, 42, 0.05).writeTo(dir.resolve("a.csv"));
    GeneratedLog b = new LogGenerator(CATALOG, 3_000, 42, 0.05).writeTo(dir.resolve("b.csv"));

    assertThat(Files.readAllBytes(dir.resolve("a.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
    assertThat(a).isEqualTo(b);
    assertThat(a.bytes()).isEqualTo(Files.size(dir.resolve("a.csv")));
    assertThat(dir.toFile().list())
        .containsExactlyInAnyOrder("a.csv", "b.csv"); // no temporary file left
  }

  @Test
  void otherSeed_givesAnotherLog() throws IOException {
    assertThat(generate(2_000, 1, 0)).isNotEqualTo(generate(2_000, 2, 0));
  }

  @Test
  void moreRows_startWithTheSameRows() throws IOException {
    String small = new String(generate(1_000, 5, 0.05), java.nio.charset.StandardCharsets.UTF_8);
    String big = new String(generate(2_000, 5, 0.05), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(big).startsWith(small);
  }

  @Test
  void dirtyShareOutOfRange_isRefused() {
    assertThatThrownBy(() -> new LogGenerator(CATALOG, 10, 1, 1.5))
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> new LogGenerator(CATALOG, -1, 1, 0)).hasMessageContaining("0 or more");
  }
}
