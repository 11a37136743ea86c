package org.setsafe.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.setsafe.model.EditDistance;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * "Did you mean": what a mistyped command, option or check id was probably meant to be, by edit
 * distance ({@link EditDistance#closest}), in setsafe's words. Incident ids have theirs in {@link
 * Inputs#one}, codes (roles, categories, ...) in {@link CodedOptions}.
 */
final class Suggestions {
  private Suggestions() {}

  /** " did you mean a or b?" for the close ones, or "" when none is close. */
  static String didYouMean(String typed, Collection<String> candidates) {
    List<String> close = EditDistance.closest(typed, candidates, 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
  }

  /** The line for an argument {@code cl} did not expect: an unknown command or option. */
  static String unmatched(CommandLine cl, String arg) {
    CommandSpec spec = cl.getCommandSpec();
    String name = spec.qualifiedName();
    if (arg.startsWith("-") && arg.length() > 1) {
      String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      return "unknown option '"
          + option
          + "' for '"
          + name
          + "'"
          + didYouMean(option, optionNames(spec))
          + " ('"
          + name
          + " --help' lists them)";
    }
    if (!spec.subcommands().isEmpty()) {
      return "unknown command '"
          + arg
          + "'"
          + didYouMean(arg, spec.subcommands().keySet())
          + " ('"
          + name
          + " --help' lists the commands)";
    }
    return "'"
        + arg
        + "' is one argument too many for '"
        + name
        + "' ('"
        + name
        + " --help' says what it takes)";
  }

  /** Every option name a user may type, negated forms included; hidden aliases left out. */
  static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      for (String n : o.names()) {
        names.add(n);
        if (o.negatable() && n.startsWith("--")) {
          names.add("--no-" + n.substring(2));
        }
      }
    }
    return names;
  }

  /** Every check id of the catalog, in its order. */
  static List<String> checkIds(ProtocolCatalog catalog) {
    List<String> ids = new ArrayList<>();
    for (Protocol p : catalog.protocols()) {
      for (ProtocolCheck c : p.checks()) {
        ids.add(c.id());
      }
    }
    return ids;
  }

  /** Every protocol id, then every check id. */
  static List<String> protocolAndCheckIds(ProtocolCatalog catalog) {
    List<String> ids = new ArrayList<>();
    catalog.protocols().forEach(p -> ids.add(p.id()));
    ids.addAll(checkIds(catalog));
    return ids;
  }
}
