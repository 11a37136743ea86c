package org.setsafe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code $ ./setsafe ...} examples of a README and their output blocks.
 *
 * <p>An example is a line starting with {@code $ ./setsafe } inside a fenced code block (a line
 * ending with {@code \} continues on the next); its expected output is every line after it up to
 * the next {@code $ } line or the end of the block (see {@link ElidedOutput} for the lines that
 * leave output out). Arguments are split as a POSIX shell splits words, with single and double
 * quotes and backslashes; pipes, redirections, variables and other commands are refused, since the
 * test runs only setsafe. An example the test would miss (indented, or outside a code block) is
 * refused, so every example of the README is run.
 */
final class ReadmeExamples {
  static final String PROMPT = "$ ";
  static final String COMMAND = "./setsafe";

  /**
   * One example: the README line of its command (1-based), the command as written, its arguments,
   * and the lines {@code [outputFrom, outputTo)} (0-based) that hold its expected output.
   */
  record Example(int line, String command, List<String> args, int outputFrom, int outputTo) {
    List<String> expected(List<String> readme) {
      return readme.subList(outputFrom, outputTo);
    }

    String name() {
      return "README line " + line + ": " + command;
    }
  }

  private ReadmeExamples() {}

  static List<Example> parse(List<String> readme) {
    List<Example> examples = new ArrayList<>();
    boolean inBlock = false;
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!line.startsWith(PROMPT) && line.stripLeading().startsWith(PROMPT + COMMAND + " ")) {
        // an example the test would not see: say so rather than leave it unchecked
        throw new IllegalArgumentException(
            "README line "
                + (i + 1)
                + ": an indented "
                + COMMAND
                + " example is not run; start it at the line's beginning in a ``` block: "
                + line);
      }
      if (!inBlock || !line.startsWith(PROMPT)) {
        if (!inBlock && line.startsWith(PROMPT + COMMAND + " ")) {
          throw new IllegalArgumentException(
              "README line "
                  + (i + 1)
                  + ": a "
                  + COMMAND
                  + " example outside a ``` block is not run: "
                  + line);
        }
        continue;
      }
      int at = i;
      StringBuilder command = new StringBuilder(line.substring(PROMPT.length()));
      while (command.toString().endsWith("\\") && i + 1 < readme.size()) {
        command.setLength(command.length() - 1);
        command.append(readme.get(++i).strip().isEmpty() ? "" : " " + readme.get(i).strip());
      }
      List<String> words = words(command.toString(), at + 1);
      if (words.isEmpty() || !words.get(0).equals(COMMAND)) {
        throw new IllegalArgumentException(
            "README line " + (at + 1) + ": only " + COMMAND + " examples can be run: " + line);
      }
      int from = i + 1;
      int to = from;
      while (to < readme.size()
          && !readme.get(to).startsWith("```")
          && !readme.get(to).startsWith(PROMPT)) {
        to++;
      }
      examples.add(
          new Example(
              at + 1, command.toString().strip(), words.subList(1, words.size()), from, to));
      i = to - 1;
    }
    if (inBlock) {
      throw new IllegalArgumentException("the README ends inside a code block");
    }
    return examples;
  }

  /** The README with each example's output block replaced by {@code outputs.get(i)}. */
  static List<String> withOutputs(
      List<String> readme, List<Example> examples, List<List<String>> outputs) {
    List<String> result = new ArrayList<>();
    int next = 0;
    for (int k = 0; k < examples.size(); k++) {
      Example e = examples.get(k);
      result.addAll(readme.subList(next, e.outputFrom()));
      result.addAll(outputs.get(k));
      next = e.outputTo();
    }
    result.addAll(readme.subList(next, readme.size()));
    return result;
  }

  /** The words of a command line, as a POSIX shell splits them (quotes and backslashes). */
  static List<String> words(String commandLine, int line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < commandLine.length(); i++) {
      char c = commandLine.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else if (c == '\\'
            && i + 1 < commandLine.length()
            && "\"\\$`".indexOf(commandLine.charAt(i + 1)) >= 0) {
          word.append(commandLine.charAt(++i));
        } else if (c == '$' || c == '`') {
          throw refused(line, commandLine, c);
        } else {
          word.append(c);
        }
      } else if (c == ' ' || c == '\t') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '\\' && i + 1 < commandLine.length()) {
          word.append(commandLine.charAt(++i));
        } else if ("|&;<>()$`*?[#~".indexOf(c) >= 0 || c == '=' && words.isEmpty()) {
          throw refused(line, commandLine, c);
        } else {
          word.append(c);
        }
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException(
          "README line " + line + ": a quote is never closed: " + commandLine);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  private static IllegalArgumentException refused(int line, String commandLine, char c) {
    return new IllegalArgumentException(
        "README line "
            + line
            + ": '"
            + c
            + "' needs a shell; the README test runs setsafe alone (quote it): "
            + commandLine);
  }
}
