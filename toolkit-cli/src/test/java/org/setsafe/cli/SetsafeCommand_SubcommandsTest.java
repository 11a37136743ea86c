package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Subcommands are listed in SetsafeCommand.SUBCOMMANDS (built lazily), not in the annotation. */
class SetsafeCommand_SubcommandsTest {

  @Test
  void everyCommandClass_isRegistered_underItsOwnName() throws IOException, ClassNotFoundException {
    List<Class<?>> commands = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/setsafe/cli"))) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().endsWith("Command.java")).toList()) {
        String simple = f.getFileName().toString().replace(".java", "");
        Class<?> type = Class.forName("org.setsafe.cli." + simple);
        if (type.getAnnotation(Command.class) != null && !simple.equals("SetsafeCommand")) {
          commands.add(type);
        }
      }
    }
    // a command nested under another (mapping draft) is registered there, not at the top
    List<Class<?>> nested =
        commands.stream()
            .flatMap(t -> Stream.of(t.getAnnotation(Command.class).subcommands()))
            .toList();
    List<String> names =
        commands.stream()
            .filter(t -> !nested.contains(t))
            .map(t -> t.getAnnotation(Command.class).name())
            .toList();
    assertThat(names).isNotEmpty();
    assertThat(SetsafeCommand.SUBCOMMANDS.keySet()).containsExactlyInAnyOrderElementsOf(names);
    for (Map.Entry<String, java.util.function.Supplier<Object>> e :
        SetsafeCommand.SUBCOMMANDS.entrySet()) {
      assertThat(e.getValue().get().getClass().getAnnotation(Command.class).name())
          .isEqualTo(e.getKey());
    }
    assertThat(SetsafeCommand.class.getAnnotation(Command.class).subcommands()).isEmpty();
  }

  @Test
  void aRunBuildsOnlyItsSubcommand_whileHelpListsAll() {
    assertThat(Main.commandLine(new String[] {"show", "rust"}).getSubcommands())
        .containsOnlyKeys("show");
    assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet())
        .containsExactlyElementsOf(SetsafeCommand.SUBCOMMANDS.keySet());
    assertThat(Main.commandLine(new String[] {"shwo"}).getSubcommands())
        .hasSameSizeAs(SetsafeCommand.SUBCOMMANDS);
  }

  @Test
  void everyCommandSummary_isOneWholeSentence() {
    // 'setsafe --help' lists each command by the first line of its description
    Main.commandLine()
        .getSubcommands()
        .forEach(
            (name, cl) -> {
              String[] description = cl.getCommandSpec().usageMessage().description();
              assertThat(description).as(name).isNotEmpty();
              assertThat(description[0]).as(name + "'s summary").matches("[A-Z][^.]*[.]");
            });
  }
}
