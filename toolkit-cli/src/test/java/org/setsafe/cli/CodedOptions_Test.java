package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Every coded option takes and lists codes; --debug is declared once and read by the handler. */
class CodedOptions_Test {

  private static List<ArgSpec> codedArgs() {
    List<ArgSpec> coded = new ArrayList<>();
    for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
      for (ArgSpec a : sub.getCommandSpec().args()) {
        Class<?> t = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (t.isEnum() && Coded.class.isAssignableFrom(t)) {
          coded.add(a);
        }
      }
    }
    return coded;
  }

  @Test
  void everyCodedOption_listsTheCodes_notTheConstantNames() {
    assertThat(codedArgs()).isNotEmpty();
    for (ArgSpec a : codedArgs()) {
      Class<?> t = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
      List<String> codes = new ArrayList<>();
      for (Object e : t.getEnumConstants()) {
        codes.add(((Coded) e).code());
      }
      assertThat(a.completionCandidates()).as(a.toString()).containsExactlyElementsOf(codes);
    }
  }

  @Test
  void codes_areTakenInAnyCase_andAWrongOneListsThem() {
    Run ok =
        Run.of("list", "--category", "Firearm", "--severity", "near-miss", "--role", "ARMORER");
    assertThat(ok.exit()).as(ok.err()).isZero();

    Run bad = Run.of("list", "--severity", "deadly");
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err())
        .contains("unknown severity 'deadly'; expected one of: near_miss, injury, serious_injury")
        .doesNotContain("NEAR_MISS");
    assertThat(Run.of("list", "--help").out())
        .contains(
            "Only this category: " + String.join(", ", codesOf(Category.class)).substring(0, 20));
  }

  @Test
  void theWhatOfAnError_isTheTypeInWords() {
    assertThat(CodedOptions.Converter.what(org.setsafe.model.ActionStatus.class))
        .isEqualTo("action status");
    assertThat(CodedOptions.Converter.what(Category.class)).isEqualTo("category");
  }

  @Test
  void debug_isDeclaredOnEveryCommand_andReadFromTheCommandThatRan() {
    for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
      assertThat(sub.getCommandSpec().findOption(DebugOption.NAME))
          .as(sub.getCommandName())
          .isNotNull();
    }
    CommandLine cl = Main.commandLine(new String[] {"show", "rust", "--debug"});
    cl.parseArgs("show", "rust", "--debug");
    assertThat(DebugOption.given(cl.getSubcommands().get("show"))).isTrue();
    CommandLine plain = Main.commandLine(new String[] {"show", "rust"});
    plain.parseArgs("show", "rust");
    assertThat(DebugOption.given(plain.getSubcommands().get("show"))).isFalse();
  }

  private static <E extends Enum<E> & Coded> List<String> codesOf(Class<E> type) {
    List<String> codes = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      codes.add(e.code());
    }
    return codes;
  }
}
