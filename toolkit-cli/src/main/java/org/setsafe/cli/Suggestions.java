package org.setsafe.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * A file or folder that must exist: {@code -} (standard input), an existing path or a symbolic
   * link (where it leads is the reader's to tell); otherwise a usage error (exit 2) in one line,
   * {@code PATH 'nosuch.csv': no such file or folder}, with the nearest names beside it when one is
   * close ({@code did you mean dusty.csv?}).
   *
   * @param what what the path is for, e.g. {@code PATH}, {@code --mapping}
   */
  static void requireExisting(String what, Path path) {
    requireExisting(what, List.of(path));
  }

  /**
   * As {@link #requireExisting(String, Path)} for several: every one that does not exist is named
   * in the one line ({@code PATH 'a.csv', 'b.csv': no such file or folder}).
   */
  static void requireExisting(String what, List<Path> paths) {
    List<Path> missing = new ArrayList<>();
    for (Path p : paths) {
      if (!p.toString().equals("-") && !Files.exists(p) && !Files.isSymbolicLink(p)) {
        missing.add(p);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    if (missing.size() > 1) {
      throw new UsageException(
          what
              + " '"
              + String.join("', '", missing.stream().map(Path::toString).toList())
              + "': no such file or folder");
    }
    Path path = missing.get(0);
    String hint = "";
    Path name = path.getFileName();
    Path parent = path.toAbsolutePath().getParent();
    if (name != null && parent != null && Files.isDirectory(parent)) {
      List<String> siblings = new ArrayList<>();
      try (DirectoryStream<Path> in = Files.newDirectoryStream(parent)) {
        for (Path p : in) {
          siblings.add(p.getFileName().toString());
          if (siblings.size() > 2_000) {
            break; // a huge folder: no hint rather than a slow error
          }
        }
      } catch (IOException | SecurityException e) {
        siblings.clear();
      }
      siblings.sort(null);
      List<String> close =
          EditDistance.closest(name.toString(), siblings, 3).stream()
              .map(s -> path.resolveSibling(s).toString())
              .toList();
      hint = close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
    }
    throw new UsageException(what + " '" + path + "': no such file or folder" + hint);
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
