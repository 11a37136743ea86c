package org.setsafe.cli.text;

import org.setsafe.mapping.MappingDraft;

/** What {@code mapping draft} says about the mapping it drafted. */
public final class DraftText {
  private DraftText() {}

  /**
   * One line on what was drafted from what, then the guesses to review, one item each, wrapped to
   * {@code width}. {@code written} is the file the mapping went to, or null for standard output.
   */
  public static String summary(MappingDraft.Result r, String log, String written, int width) {
    StringBuilder head = new StringBuilder();
    head.append(written == null ? "drafted a mapping" : "wrote " + written)
        .append(" from ")
        .append(log)
        .append(String.format(" (%,d rows, %d columns): ", r.rows(), r.columns()))
        .append(r.fields())
        .append(r.fields() == 1 ? " field, " : " fields, ")
        .append(r.checks())
        .append(r.checks() == 1 ? " check, " : " checks, ")
        .append(r.actions())
        .append(r.actions() == 1 ? " follow-up column, " : " follow-up columns, ")
        .append(r.notes())
        .append(" kept in the note");
    // one line, like validate's: it names files, which a wrap would cut
    StringBuilder b = new StringBuilder(head).append('\n');
    if (r.review().isEmpty()) {
      return b.append("nothing to review\n").toString();
    }
    b.append("review these ")
        .append(r.review().size())
        .append(" guesses (also under \"review\" in the mapping):\n");
    for (MappingDraft.Review item : r.review()) {
      String text = item.toString();
      int n = 0;
      for (String line : Text.wrap(text, Math.max(40, width - 4))) {
        b.append(n++ == 0 ? "  - " : "    ").append(line).append('\n');
      }
    }
    return b.toString();
  }
}
