package org.setsafe.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Each command's help lists its options in groups: Input (what is read and how), Period, Output
 * (format, files written, pager), then the command's own; each group sorted by name.
 */
final class HelpGroups {
  private HelpGroups() {}

  private static final Map<String, Set<String>> GROUPS = groups();

  private static Map<String, Set<String>> groups() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    g.put(
        "Input",
        Set.of(
            "--mapping",
            "--sheet",
            "--header-row",
            "--encoding",
            "--date-format",
            ReferenceOption.NAME));
    g.put("Period", Set.of("--from", "--to", "--month", "--as-of"));
    g.put(
        "Output",
        Set.of("--format", "--output", "--force", Pager.OPTION, "--width", "--into", "--quiet"));
    return g;
  }

  /** Sets the grouped option list on {@code cl} and its subcommands. */
  static void apply(CommandLine cl) {
    cl.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpGroups::render);
    cl.getSubcommands().values().forEach(HelpGroups::apply);
  }

  private static String render(Help help) {
    Map<String, List<OptionSpec>> byGroup = new LinkedHashMap<>();
    GROUPS.keySet().forEach(k -> byGroup.put(k, new ArrayList<>()));
    byGroup.put("Other", new ArrayList<>());
    for (OptionSpec o : help.commandSpec().options()) {
      if (o.hidden()) {
        continue;
      }
      String group = "Other";
      for (Map.Entry<String, Set<String>> e : GROUPS.entrySet()) {
        if (e.getValue().contains(o.longestName())) {
          group = e.getKey();
        }
      }
      byGroup.get(group).add(o);
    }
    long nonEmpty = byGroup.values().stream().filter(l -> !l.isEmpty()).count();
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<OptionSpec>> e : byGroup.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      if (nonEmpty > 1) {
        b.append(
            String.format("%n%s options:%n", e.getKey().equals("Other") ? "Other" : e.getKey()));
      }
      Help.Layout layout = help.createDefaultLayout();
      e.getValue().stream()
          .sorted(
              Comparator.comparing(
                  o -> o.shortestName().replaceFirst("^-+", ""), String.CASE_INSENSITIVE_ORDER))
          .forEach(o -> layout.addOption(o, help.parameterLabelRenderer()));
      b.append(layout);
    }
    return b.toString();
  }
}
