package org.setsafe.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A text grid with fixed column widths. Cells wrap at word boundaries; a cell may hold several
 * paragraphs (separated by newlines), and a paragraph starting with {@code "- "} wraps with a
 * hanging indent. Columns are separated by two spaces; trailing spaces are cut. Styles (colour) are
 * applied to each laid-out fragment, so they never change the layout.
 */
final class Grid {
  /** How a column aligns its text. */
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  private record Row(List<String> cells, List<UnaryOperator<String>> styles, boolean rule) {}

  private final int[] widths;
  private final Align[] align;
  private final List<Row> rows = new ArrayList<>();

  Grid(int... widths) {
    this.widths = widths.clone();
    for (int w : widths) {
      if (w < 1) {
        throw new IllegalArgumentException(
            "column width must be at least 1: " + Arrays.toString(widths));
      }
    }
    this.align = new Align[widths.length];
    Arrays.fill(align, Align.LEFT);
  }

  Grid align(int column, Align a) {
    align[column] = a;
    return this;
  }

  Grid row(List<String> cells) {
    return row(cells, null);
  }

  /** Adds a row; {@code styles} may be null or hold null for unstyled cells. */
  Grid row(List<String> cells, List<UnaryOperator<String>> styles) {
    if (cells.size() != widths.length) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + widths.length + " columns");
    }
    rows.add(
        new Row(new ArrayList<>(cells), styles == null ? null : new ArrayList<>(styles), false));
    return this;
  }

  /** A line of dashes under each column. */
  Grid rule() {
    rows.add(new Row(List.of(), null, true));
    return this;
  }

  /** The total width: the columns plus two spaces between each. */
  int width() {
    int w = 2 * (widths.length - 1);
    for (int x : widths) {
      w += x;
    }
    return w;
  }

  String render() {
    StringBuilder b = new StringBuilder();
    for (Row r : rows) {
      if (r.rule()) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
          if (c > 0) {
            line.append("  ");
          }
          line.append("-".repeat(widths[c]));
        }
        b.append(line).append('\n');
        continue;
      }
      List<List<String>> wrapped = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < widths.length; c++) {
        List<String> l = wrap(r.cells().get(c) == null ? "" : r.cells().get(c), widths[c]);
        wrapped.add(l);
        height = Math.max(height, l.size());
      }
      for (int h = 0; h < height; h++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
          String v = h < wrapped.get(c).size() ? wrapped.get(c).get(h) : "";
          if (c > 0) {
            line.append("  ");
          }
          int pad = widths[c] - v.length();
          int left =
              switch (align[c]) {
                case LEFT -> 0;
                case CENTER -> pad / 2;
                case RIGHT -> pad;
              };
          UnaryOperator<String> style = r.styles() == null ? null : r.styles().get(c);
          line.append(" ".repeat(left))
              .append(style == null ? v : style.apply(v))
              .append(" ".repeat(pad - left));
        }
        b.append(line.toString().stripTrailing()).append('\n');
      }
    }
    return b.toString();
  }

  /** Wraps a cell: each paragraph on its own, "- " paragraphs with a hanging indent of two. */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n", -1)) {
      if (p.startsWith("- ") && width > 6) {
        List<String> lines = Text.wrap(p.substring(2), width - 2);
        for (int i = 0; i < lines.size(); i++) {
          out.add((i == 0 ? "- " : "  ") + lines.get(i));
        }
      } else {
        out.addAll(Text.wrap(p, width));
      }
    }
    return out;
  }
}
