package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long output goes through $PAGER; short output, --no-pager and pipes print as they are. */
class Pager_Test {
  private static final String LONG = "line\n".repeat(100);

  @Test
  void longText_goesThroughThePager_shortTextIsPrinted(@TempDir Path dir) throws IOException {
    Path paged = dir.resolve("paged.txt");
    Map<String, String> env = Map.of("PAGER", "cat > '" + paged + "'");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    assertThat(Pager.show(LONG, env, 23, out)).isTrue();
    assertThat(Files.readString(paged)).isEqualTo(LONG);
    assertThat(bytes.size()).isZero();

    assertThat(Pager.show("short\n", env, 23, out)).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("short\n");
  }

  @Test
  void notATerminal_orNoPager_orHelp_isNeverPaged() {
    var cl = Main.commandLine(new String[] {"show"});
    // the tests' standard output is no terminal
    assertThat(Pager.wanted(cl, new String[] {"show", "rust"}, Map.of())).isFalse();
    assertThat(Pager.wanted(cl, new String[] {"show", "rust", "--no-pager"}, Map.of())).isFalse();
  }

  @Test
  void everyDataCommand_takesNoPager() {
    Run r = Run.of("show", "rust", "--no-pager");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("RUST_2021: ");
  }

  @Test
  void height_isLinesLessOne_else23() {
    assertThat(Pager.height(Map.of("LINES", "50"))).isEqualTo(49);
    assertThat(Pager.height(Map.of())).isEqualTo(23);
    assertThat(Pager.height(Map.of("LINES", "tall"))).isEqualTo(23);
  }
}
