package org.setsafe.cli.text;

/**
 * How text output is decorated: plain, or with ANSI colours for an interactive terminal. Decoration
 * is applied to text that is already laid out, so it never changes widths.
 */
public enum Style {
  /** No escape codes: for pipes, files and tests. */
  PLAIN,
  /** ANSI colours and bold. */
  ANSI;

  public String bold(String s) {
    return wrap(s, "1");
  }

  public String red(String s) {
    return wrap(s, "31");
  }

  public String boldRed(String s) {
    return wrap(s, "1;31");
  }

  public String green(String s) {
    return wrap(s, "32");
  }

  public String yellow(String s) {
    return wrap(s, "33");
  }

  public String dim(String s) {
    return wrap(s, "2");
  }

  private String wrap(String s, String code) {
    return this == PLAIN || s.isEmpty() ? s : "\u001b[" + code + "m" + s + "\u001b[0m";
  }
}
