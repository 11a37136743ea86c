package org.setsafe.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * Long output pages on a terminal: through {@code $PAGER} (else {@code less}, with {@code LESS=FRX}
 * unless set: it quits when the text fits one screen and keeps colours), when standard output is a
 * terminal, the command prints data (it has {@code --no-pager}) and the text is longer than the
 * terminal ({@code $LINES}, else 24 lines). {@code --no-pager}, an empty {@code $PAGER} or {@code
 * PAGER=cat} print it as it is; so do pipes, files and tests.
 */
final class Pager {
  static final String OPTION = "--no-pager";

  private Pager() {}

  /** Whether the output of {@code args} should go through the pager (a terminal, no --no-pager). */
  static boolean wanted(CommandLine cl, String[] args, Map<String, String> env) {
    if (!Terminal.interactive() || args.length == 0) {
      return false;
    }
    for (String a : args) {
      if (a.equals(OPTION) || a.equals("-h") || a.equals("--help")) {
        return false;
      }
    }
    CommandLine sub = cl.getSubcommands().get(args[0]);
    String pager = env.get("PAGER");
    return sub != null
        && sub.getCommandSpec().findOption(OPTION) != null
        && !(pager != null && (pager.isBlank() || pager.strip().equals("cat")));
  }

  /**
   * Shows {@code text}: through the pager when it has more lines than {@code height}, else (or when
   * the pager cannot be started) on {@code out}. Returns whether the pager showed it.
   */
  static boolean show(String text, Map<String, String> env, int height, PrintStream out) {
    long lines = text.lines().count();
    String pager = env.getOrDefault("PAGER", "less");
    if (lines <= height || pager.isBlank()) {
      out.print(text);
      out.flush();
      return false;
    }
    try {
      ProcessBuilder b =
          new ProcessBuilder("sh", "-c", pager)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      b.environment().putIfAbsent("LESS", "FRX");
      Process p = b.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException quit) {
        // the reader quit the pager before the end: nothing more to show
      }
      p.waitFor();
      return true;
    } catch (IOException e) {
      out.print(text); // no pager to start: print it as it is
      out.flush();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** The terminal's height: {@code $LINES}, else 24. */
  static int height(Map<String, String> env) {
    try {
      int h = Integer.parseInt(env.getOrDefault("LINES", "24").strip());
      return h > 2 ? h - 1 : 23;
    } catch (NumberFormatException e) {
      return 23;
    }
  }
}
