package org.setsafe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the manual pages ({@code setsafe(1)} and one {@code setsafe-COMMAND(1)} per command, in
 * man's roff format) and the shell completion script, from the same picocli model the commands and
 * their {@code --help} come from. Run by the build ({@code prepare-package}); the distribution zip
 * carries the results.
 *
 * <p>{@code ManPages MAN_DIR COMPLETION_FILE VERSION}
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ManPages MAN_DIR COMPLETION_FILE VERSION");
    }
    write(Path.of(args[0]), args[2]);
    Path completion = Path.of(args[1]);
    Files.createDirectories(completion.toAbsolutePath().getParent());
    Files.writeString(completion, CompletionCommand.script(), StandardCharsets.UTF_8);
  }

  /** Writes every page into {@code dir}; returns the files written. */
  static List<Path> write(Path dir, String version) {
    try {
      Files.createDirectories(dir);
      CommandLine top = Main.commandLine();
      List<Path> written = new ArrayList<>();
      Path main = dir.resolve("setsafe.1");
      Files.writeString(main, page(top, top, version), StandardCharsets.UTF_8);
      written.add(main);
      for (CommandLine sub : top.getSubcommands().values()) {
        Path p = dir.resolve("setsafe-" + sub.getCommandName() + ".1");
        Files.writeString(p, page(sub, top, version), StandardCharsets.UTF_8);
        written.add(p);
        // the commands under a command have pages of their own (setsafe-mapping-draft.1)
        for (CommandLine subsub : sub.getSubcommands().values()) {
          Path q =
              dir.resolve("setsafe-" + sub.getCommandName() + "-" + subsub.getCommandName() + ".1");
          Files.writeString(q, page(subsub, top, version), StandardCharsets.UTF_8);
          written.add(q);
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manual pages into " + dir, e);
    }
  }

  /** The page of {@code cl} (the top command or a subcommand of {@code top}). */
  static String page(CommandLine cl, CommandLine top, String version) {
    CommandSpec spec = cl.getCommandSpec();
    boolean isTop = cl == top;
    String name = isTop ? "setsafe" : spec.qualifiedName("-");
    String[] description = spec.usageMessage().description();
    StringBuilder b = new StringBuilder();
    b.append(".\\\" Generated from setsafe's command line by ManPages; do not edit.\n");
    b.append(".TH ")
        .append(name.toUpperCase(Locale.ROOT))
        .append(" 1 \"\" \"setsafe ")
        .append(version)
        .append("\" \"setsafe manual\"\n");
    b.append(".SH NAME\n")
        .append(escape(name))
        .append(" \\- ")
        .append(escape(summary(description)))
        .append('\n');

    b.append(".SH SYNOPSIS\n.nf\n");
    String synopsis = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0);
    for (String line : synopsis.strip().split("\n")) {
      b.append(escape(line.stripTrailing())).append('\n');
    }
    b.append(".fi\n");

    b.append(".SH DESCRIPTION\n");
    // the first sentence is the NAME line; repeat it only when nothing else describes the command
    for (int i = description.length > 1 ? 1 : 0; i < description.length; i++) {
      paragraph(b, description[i]);
    }

    List<PositionalParamSpec> positionals =
        spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!positionals.isEmpty()) {
      b.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        b.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR");
        b.append(p.isMultiValue() ? "...\n" : "\n");
        b.append(escape(String.join(" ", p.description()))).append('\n');
      }
    }

    List<OptionSpec> options =
        spec.options().stream()
            .filter(o -> !o.hidden())
            .sorted(Comparator.comparing(ManPages::sortKey))
            .toList();
    if (!options.isEmpty()) {
      b.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        b.append(".TP\n");
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
          names.add("\\fB" + escape(n) + "\\fR");
        }
        b.append(String.join(", ", names));
        if (o.arity().max() > 0) {
          b.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        b.append('\n');
        b.append(escape(String.join(" ", o.description()))).append('\n');
      }
    }

    if (isTop) {
      b.append(".SH COMMANDS\n");
      for (CommandLine sub : cl.getSubcommands().values()) {
        b.append(".TP\n\\fB")
            .append(escape(sub.getCommandName()))
            .append("\\fR\n")
            .append(escape(summary(sub.getCommandSpec().usageMessage().description())))
            .append(". See \\fBsetsafe\\-")
            .append(escape(sub.getCommandName()))
            .append("\\fR(1).\n");
      }
    }

    List<String> examples = Examples.of(cl);
    if (!examples.isEmpty()) {
      b.append(".SH EXAMPLES\n.nf\n");
      examples.forEach(e -> b.append(escape(e)).append('\n'));
      b.append(".fi\n");
    }

    b.append(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> e :
        top.getCommandSpec().usageMessage().exitCodeList().entrySet()) {
      b.append(".TP\n.B ")
          .append(escape(e.getKey().strip()))
          .append('\n')
          .append(escape(e.getValue()))
          .append('\n');
    }
    if (isTop) {
      b.append(".PP\nThe launcher adds two of its own:\n")
          .append(
              ".TP\n.B 4\nthe jar could not be built (in a checkout; the build's log is printed)\n")
          .append(".TP\n.B 5\nno Java 17 or newer was found (JAVA_HOME, else java on the PATH)\n");
      b.append(".SH ENVIRONMENT\n")
          .append(".TP\n.B JAVA_HOME\nthe Java to run (else java on the PATH); 17 or newer\n")
          .append(".TP\n.B JAVA_OPTS\nflags for the JVM, e.g. \\-Xmx1g\n")
          .append(".TP\n.B COLUMNS\nthe width text is laid out for (else the terminal's, else")
          .append(" 100)\n")
          .append(".TP\n.B NO_COLOR\nwhen set, no colour even on a terminal\n");
    }

    b.append(".SH SEE ALSO\n");
    List<String> see = new ArrayList<>();
    if (!isTop) {
      see.add("\\fBsetsafe\\fR(1)");
    }
    for (String other : top.getSubcommands().keySet()) {
      if (!other.equals(spec.name()) || isTop) {
        see.add("\\fBsetsafe\\-" + escape(other) + "\\fR(1)");
      }
    }
    b.append(String.join(", ", see)).append('\n');
    return b.toString();
  }

  /** The first sentence of a description, without its full stop. */
  private static String summary(String[] description) {
    String first = description.length == 0 ? "" : description[0].strip();
    return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }

  /** A description paragraph; lines indented by spaces (a formula) are kept as they are. */
  private static void paragraph(StringBuilder b, String text) {
    if (text.startsWith(" ")) {
      b.append(".nf\n").append(escape(text)).append("\n.fi\n");
    } else {
      b.append(".PP\n").append(escape(text)).append('\n');
    }
  }

  private static String sortKey(OptionSpec o) {
    return o.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  /** Text made safe for roff: backslashes, hyphens (as minus signs) and leading dots. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      String l = line.replace("\\", "\\e").replace("-", "\\-");
      if (l.startsWith(".") || l.startsWith("'")) {
        l = "\\&" + l;
      }
      b.append(l);
    }
    return b.toString();
  }
}
