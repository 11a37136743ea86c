package org.setsafe.cli.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.setsafe.compare.CheckLine;
import org.setsafe.compare.Comparison;
import org.setsafe.compare.OutcomeLine;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.compare.Side;
import org.setsafe.compare.Spread;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.Involvement;

/**
 * A comparison as text for a terminal of a given width: the incidents' facts side by side, the
 * check matrix, the outcomes by party role, and the summary. Incidents that do not fit side by side
 * are shown in groups; the check matrix always holds every incident (one narrow column each).
 */
public final class CompareText {
  /** Width of the row-label column of the facts and outcomes sections. */
  static final int LABEL = 16;

  /** The narrowest an incident's column may get before the incidents are split into groups. */
  static final int MIN_COLUMN = 24;

  /** The narrowest the check-title column may get before the matrix numbers its incidents. */
  static final int MIN_TITLE = 24;

  /** The status symbols of the check matrix, with their legend. */
  public static final String FAILED = "✗";

  public static final String NOT_PERFORMED = "○";
  public static final String PASSED = "✓";
  public static final String UNKNOWN = "?";
  public static final String NOT_APPLICABLE = "–";
  public static final String NOT_ASSESSED = "·";
  static final String LEGEND =
      FAILED
          + " failed, "
          + NOT_PERFORMED
          + " not performed (counts as failed), "
          + PASSED
          + " passed, "
          + UNKNOWN
          + " unknown, "
          + NOT_APPLICABLE
          + " not applicable, "
          + NOT_ASSESSED
          + " not assessed."
          + " ALL: failed in every incident.";

  private CompareText() {}

  public static String render(Comparison c, int width, Style style) {
    int w = Math.max(60, width);
    StringBuilder b = new StringBuilder();
    int n = c.sides().size();
    for (String line :
        Text.wrap("Comparing " + n + " incidents: " + String.join(", ", c.ids()), w)) {
      b.append(style.bold(line)).append('\n');
    }
    b.append('\n');
    facts(b, c, w, style);
    b.append('\n');
    checks(b, c, w, style);
    b.append('\n');
    outcomes(b, c, w, style);
    b.append('\n');
    b.append(style.bold("Summary")).append('\n');
    for (String s : c.summary()) {
      for (String line : Grid.wrap("- " + s, w)) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** Splits the incidents into balanced groups that fit side by side. */
  static List<List<Integer>> groups(int n, int width) {
    int perGroup = Math.max(1, (width - LABEL) / (MIN_COLUMN + 2));
    int groups = (n + perGroup - 1) / perGroup;
    int size = (n + groups - 1) / groups;
    List<List<Integer>> out = new ArrayList<>();
    for (int start = 0; start < n; start += size) {
      List<Integer> g = new ArrayList<>();
      for (int i = start; i < Math.min(n, start + size); i++) {
        g.add(i);
      }
      out.add(g);
    }
    return out;
  }

  private static Grid grid(int columns, int width) {
    int col = (width - LABEL - 2 * columns) / columns;
    int[] widths = new int[columns + 1];
    widths[0] = LABEL;
    for (int i = 1; i <= columns; i++) {
      widths[i] = col;
    }
    return new Grid(widths);
  }

  private static void facts(StringBuilder b, Comparison c, int w, Style style) {
    List<List<Integer>> groups = groups(c.sides().size(), w);
    for (int g = 0; g < groups.size(); g++) {
      List<Side> sides = groups.get(g).stream().map(i -> c.sides().get(i)).toList();
      if (g > 0) {
        b.append('\n');
      }
      Grid t = grid(sides.size(), w);
      List<UnaryOperator<String>> bold = new ArrayList<>();
      bold.add(null);
      sides.forEach(s -> bold.add(style::bold));
      t.row(row("", sides, s -> s.id()), bold);
      t.row(row("", sides, s -> s.record().incident().title()));
      t.rule();
      t.row(row("Date", sides, s -> s.record().incident().date().toString()));
      t.row(row("Production", sides, s -> s.record().incident().production()));
      t.row(row("Place", sides, s -> place(s.record().incident())));
      t.row(row("Category", sides, s -> s.record().incident().category().label()));
      t.row(row("Activity", sides, s -> s.record().incident().activity().label()));
      t.row(row("Severity", sides, s -> s.record().incident().severity().label()));
      t.row(row("Casualties", sides, CompareText::casualties));
      t.row(
          row(
              "Roles involved",
              sides,
              s ->
                  s.rolesInvolved().isEmpty()
                      ? "none recorded"
                      : s.rolesInvolved().stream()
                          .map(r -> r.label().toLowerCase(Locale.ROOT))
                          .collect(Collectors.joining(", "))));
      t.row(row("Checks", sides, CompareText::checkCounts));
      b.append(t.render());
    }
  }

  private static List<String> row(String label, List<Side> sides, Function<Side, String> value) {
    List<String> r = new ArrayList<>();
    r.add(label);
    sides.forEach(s -> r.add(value.apply(s)));
    return r;
  }

  private static String place(Incident i) {
    if (i.location() == null) {
      return i.jurisdiction() == null ? "not recorded" : i.jurisdiction();
    }
    return i.jurisdiction() == null ? i.location() : i.location() + " (" + i.jurisdiction() + ")";
  }

  private static String casualties(Side s) {
    StringBuilder b = new StringBuilder(s.record().incident().casualties());
    for (Involvement p : s.casualties()) {
      b.append("\n- ")
          .append(p.harm() == Harm.KILLED ? "killed: " : "injured: ")
          .append(p.name())
          .append(" (")
          .append(p.role().label().toLowerCase(Locale.ROOT))
          .append(')');
    }
    return b.toString();
  }

  private static String checkCounts(Side s) {
    long recorded = s.record().checks().size();
    if (recorded == 0) {
      return "none assessed";
    }
    long failed = s.record().failedChecks().size();
    return failed + " failed of " + recorded + " recorded";
  }

  private static void checks(StringBuilder b, Comparison c, int w, Style style) {
    b.append(style.bold("Protocol checks")).append('\n');
    if (c.checks().isEmpty()) {
      b.append("No protocol check is recorded for any of these incidents.\n");
      return;
    }
    for (String line : Text.wrap(LEGEND, w)) {
      b.append(line).append('\n');
    }
    int n = c.sides().size();
    String markerHead = "Failed in";
    int marker = Math.max(markerHead.length(), (n + " of " + n).length());
    List<String> heads = new ArrayList<>(c.ids());
    int statusWidth = heads.stream().mapToInt(h -> h.length() + 2).sum();
    boolean numbered = w - statusWidth - marker - 2 < MIN_TITLE;
    if (numbered) {
      heads.clear();
      for (int i = 1; i <= n; i++) {
        heads.add("#" + i);
      }
      statusWidth = heads.stream().mapToInt(h -> h.length() + 2).sum();
      List<String> key = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        key.add("#" + (i + 1) + " " + c.ids().get(i));
      }
      for (String line : pack(key, "   ", w)) {
        b.append(line).append('\n');
      }
    }
    int titleWidth =
        Math.min(
            w - statusWidth - marker - 2,
            Math.max(
                "Check".length(),
                c.checks().stream().mapToInt(l -> l.title().length()).max().orElse(0)));
    int[] widths = new int[n + 2];
    widths[0] = titleWidth;
    for (int i = 0; i < n; i++) {
      widths[i + 1] = heads.get(i).length();
    }
    widths[n + 1] = marker;
    Grid t = new Grid(widths);
    for (int i = 1; i <= n; i++) {
      t.align(i, Grid.Align.CENTER);
    }
    b.append('\n');
    List<String> head = new ArrayList<>();
    head.add("Check");
    head.addAll(heads);
    head.add(markerHead);
    t.row(head);
    t.rule();
    Spread previous = null;
    for (CheckLine l : c.checks()) {
      if (previous != null && previous != l.spread()) {
        t.row(Collections.nCopies(n + 2, ""));
      }
      previous = l.spread();
      List<String> cells = new ArrayList<>();
      List<UnaryOperator<String>> styles = new ArrayList<>();
      boolean all = l.spread() == Spread.FAILED_IN_ALL;
      cells.add(l.title());
      styles.add(all ? style::bold : null);
      for (String id : c.ids()) {
        CheckStatus s = l.status(id);
        cells.add(symbol(s));
        styles.add(
            s == null
                ? null
                : s.failure()
                    ? style::red
                    : s == CheckStatus.PASSED ? style::green : style::yellow);
      }
      cells.add(
          switch (l.spread()) {
            case FAILED_IN_ALL -> "ALL";
            case FAILED_IN_SOME -> l.failedBy().size() + " of " + n;
            case FAILED_IN_NONE -> "none";
          });
      styles.add(all ? style::boldRed : l.spread() == Spread.FAILED_IN_SOME ? style::yellow : null);
      t.row(cells, styles);
    }
    b.append(t.render());
  }

  /**
   * Packs items into lines of at most {@code width}, never breaking an item unless it alone is too
   * long.
   */
  static List<String> pack(List<String> items, String gap, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String item : items) {
      if (line.length() > 0 && line.length() + gap.length() + item.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(gap);
      }
      line.append(item);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.addAll(l.length() <= width ? List.of(l) : Text.wrap(l, width));
    }
    return out;
  }

  /** The matrix symbol of a status; {@link #NOT_ASSESSED} for null. */
  public static String symbol(CheckStatus s) {
    if (s == null) {
      return NOT_ASSESSED;
    }
    return switch (s) {
      case FAILED -> FAILED;
      case NOT_PERFORMED -> NOT_PERFORMED;
      case PASSED -> PASSED;
      case UNKNOWN -> UNKNOWN;
      case NOT_APPLICABLE -> NOT_APPLICABLE;
    };
  }

  private static void outcomes(StringBuilder b, Comparison c, int w, Style style) {
    b.append(style.bold("Outcomes by party role")).append('\n');
    if (c.outcomes().isEmpty()) {
      b.append("No legal, regulatory or civil outcome is recorded for these incidents.\n");
      return;
    }
    List<List<Integer>> groups = groups(c.sides().size(), w);
    for (List<Integer> g : groups) {
      b.append('\n');
      Grid t = grid(g.size(), w);
      List<String> head = new ArrayList<>();
      List<UnaryOperator<String>> bold = new ArrayList<>();
      head.add("Role");
      bold.add(null);
      for (int i : g) {
        head.add(c.sides().get(i).id());
        bold.add(style::bold);
      }
      t.row(head, bold);
      t.rule();
      for (OutcomeLine line : c.outcomes()) {
        if (g.stream().allMatch(i -> line.perIncident().get(i).isEmpty())) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        cells.add(line.role() == null ? "Role not given" : line.role().label());
        for (int i : g) {
          cells.add(
              line.perIncident().get(i).stream()
                  .map(o -> "- " + OutcomeSentence.of(o))
                  .collect(Collectors.joining("\n")));
        }
        t.row(cells);
      }
      b.append(t.render());
    }
  }
}
