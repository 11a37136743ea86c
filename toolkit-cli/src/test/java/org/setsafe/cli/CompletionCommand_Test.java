package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setsafe completion} prints a script that completes commands, options and codes. */
class CompletionCommand_Test {

  @Test
  void script_namesEveryCommand_andItsOptions() {
    Run r = Run.of("completion");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("complete -F _complete_setsafe", "ZSH_VERSION");
    for (String command : SetsafeCommand.SUBCOMMANDS.keySet()) {
      assertThat(r.out()).contains("function _picocli_setsafe_" + command + "()");
    }
    assertThat(r.out()).contains("--category", "--no-reference", "--mapping");
  }

  /** What bash completes after {@code line}, with the script loaded (the last word is partial). */
  private static List<String> complete(Path script, String line)
      throws IOException, InterruptedException {
    String[] words = line.split(" ", -1);
    String current = words[words.length - 1];
    String previous = words.length > 1 ? words[words.length - 2] : "";
    String program =
        "source '"
            + script
            + "'\n"
            + "COMP_LINE='"
            + line
            + "'; COMP_WORDS=('"
            + String.join("' '", words)
            + "'); COMP_CWORD="
            + (words.length - 1)
            + "; COMP_POINT=${#COMP_LINE}\n"
            + "_complete_setsafe setsafe '"
            + current
            + "' '"
            + previous
            + "' 2>/dev/null\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void inBash_commandsAndCodesComplete(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the script");
    Path script = Files.writeString(dir.resolve("setsafe.bash"), CompletionCommand.script());

    assertThat(complete(script, "setsafe li")).containsExactly("list");
    assertThat(complete(script, "setsafe list --category fi")).containsExactly("firearm");
    assertThat(complete(script, "setsafe list --severity ")).contains("near_miss", "fatal");
    assertThat(complete(script, "setsafe report --no-r")).containsExactly("--no-reference");
    assertThat(complete(script, "setsafe list --failed NO_LIVE_A")).containsExactly("NO_LIVE_AMMO");
    assertThat(complete(script, "setsafe protocols firea")).containsExactly("firearms");
    assertThat(complete(script, "setsafe show RUST")).containsExactly("RUST_2021");
    assertThat(complete(script, "setsafe compare CROW_1993 RUS")).containsExactly("RUST_2021");
    assertThat(complete(script, "setsafe list --mapping osha"))
        .containsExactly("osha-severe-injury");
    Files.writeString(dir.resolve("my-log.mapping.json"), "{}");
    assertThat(complete(script, "setsafe list --mapping " + dir.resolve("my-log")))
        .containsExactly(dir.resolve("my-log.mapping.json").toString());
  }
}
