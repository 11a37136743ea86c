package org.setsafe.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.model.Disposition;
import org.setsafe.model.Severity;
import org.setsafe.report.ChartSpec.Shape;

/**
 * The report's charts as data: which numbers each chart shows, with titles and axis labels. Drawing
 * is {@link ChartRenderer}'s job.
 */
public final class ReportCharts {
  /** Bars in the Pareto chart before the rest are gathered into one. */
  public static final int PARETO_BARS = 40;

  /** Checks shown in the consequences chart. */
  public static final int CONSEQUENCE_CHECKS = 10;

  /** Longest category label before it is shortened. */
  static final int LABEL_CHARS = 40;

  /** The widest span of years shown year by year (a longer one shows only years with incidents). */
  static final int MAX_YEAR_SPAN = 80;

  public static final String PARETO = "failed-checks-pareto";
  public static final String CONSEQUENCES = "consequences-by-check";
  public static final String ROLES = "outcomes-by-role";
  public static final String YEARS = "incidents-per-year";
  public static final String LAYERS = "failures-by-layer";

  /** How outcome dispositions are grouped in the outcomes-by-role chart. */
  static final Map<Disposition.Group, String> GROUPS =
      new EnumMap<>(
          Map.of(
              Disposition.Group.CONVICTION, "Convicted (incl. pleas)",
              Disposition.Group.CLEARED, "Acquitted, dismissed or dropped",
              Disposition.Group.NOT_PURSUED, "Not charged or not prosecuted",
              Disposition.Group.PENALTY, "Cited or fined",
              Disposition.Group.SETTLEMENT, "Settled or compensated",
              Disposition.Group.VERDICT, "Verdict for claimant",
              Disposition.Group.FINDING, "Inquest finding",
              Disposition.Group.OPEN, "Pending or not known"));

  private ReportCharts() {}

  /** Every chart of the report, in the order they appear. */
  public static List<ChartSpec> all(Analysis a) {
    return List.of(pareto(a), consequences(a), outcomesByRole(a), perYear(a), layers(a));
  }

  /**
   * The Pareto of failed checks: failures per check, most first (the rest gathered into one bar),
   * with the cumulative share of all failures on a second axis.
   */
  public static ChartSpec pareto(Analysis a) {
    List<CheckStats> failed = a.failedChecks();
    long total = failed.stream().mapToLong(CheckStats::failed).sum();
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset line = new DefaultCategoryDataset();
    Labels labels = new Labels();
    long running = 0;
    int shown = Math.min(PARETO_BARS, failed.size());
    for (int i = 0; i < shown; i++) {
      CheckStats c = failed.get(i);
      String label = labels.of(c.title(), c.checkId());
      running += c.failed();
      bars.addValue(c.failed(), "Failures", label);
      line.addValue((double) running / total, "Cumulative share", label);
    }
    if (failed.size() > shown) {
      long rest = total - running;
      String label = "Other " + (failed.size() - shown) + " checks";
      bars.addValue(rest, "Failures", label);
      line.addValue(1.0, "Cumulative share", label);
    }
    return new ChartSpec(
        PARETO,
        Shape.PARETO,
        "Which safety checks failed most",
        total == 0
            ? String.format("%,d incident(s), none with a failed check", a.incidents())
            : String.format(
                "Failures (failed or not performed) per check across %,d incident(s); line: cumulative"
                    + " share of all %,d failures",
                a.incidents(), total),
        "Check",
        "Failures",
        bars,
        line,
        "No failed checks recorded in the input");
  }

  /**
   * Deaths, injuries, criminal charges and convictions in the incidents where each most-failed
   * check failed.
   */
  public static ChartSpec consequences(Analysis a) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    Labels labels = new Labels();
    List<CheckStats> failed = a.failedChecks();
    for (CheckStats c : failed.subList(0, Math.min(CONSEQUENCE_CHECKS, failed.size()))) {
      Consequences q = c.consequences();
      String label = labels.of(c.title(), c.checkId());
      bars.addValue(q.fatalities(), "Deaths", label);
      bars.addValue(q.injuries(), "Injuries", label);
      bars.addValue(q.criminalCharges(), "Criminal charges", label);
      bars.addValue(q.convictions(), "Convictions (incl. pleas)", label);
    }
    return new ChartSpec(
        CONSEQUENCES,
        Shape.HORIZONTAL_BARS,
        "What followed when a check failed",
        failed.isEmpty()
            ? String.format("%,d incident(s), none with a failed check", a.incidents())
            : "Deaths, injuries, criminal charges and convictions in the incidents where each of the "
                + Math.min(CONSEQUENCE_CHECKS, failed.size())
                + " most failed checks failed",
        "Check",
        "Count",
        bars,
        null,
        "No failed checks recorded in the input");
  }

  /** Outcomes per role of the party, stacked by how they ended. */
  public static ChartSpec outcomesByRole(Analysis a) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    List<RolesSheet.RoleRow> rows =
        RolesSheet.rows(a).stream().filter(r -> r.outcomes() != null).toList();
    for (Map.Entry<Disposition.Group, String> g : GROUPS.entrySet()) {
      boolean any = rows.stream().anyMatch(r -> count(r, g.getKey()) > 0);
      if (!any) {
        continue;
      }
      for (RolesSheet.RoleRow r : rows) {
        bars.addValue(count(r, g.getKey()), g.getValue(), shorten(r.label()));
      }
    }
    return new ChartSpec(
        ROLES,
        Shape.HORIZONTAL_STACKED_BARS,
        "How proceedings ended, by role of the party",
        "Criminal, regulatory, civil and inquest outcomes per party role, stacked by disposition",
        "Role of the party",
        "Outcomes",
        bars,
        null,
        "No legal, regulatory or civil outcomes recorded in the input");
  }

  private static long count(RolesSheet.RoleRow r, Disposition.Group g) {
    long n = 0;
    for (Map.Entry<Disposition, Long> e : r.outcomes().dispositions().entrySet()) {
      if (e.getKey().group() == g) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * Incidents per year, stacked by severity; years without incidents show as gaps when the span
   * allows.
   */
  public static ChartSpec perYear(Analysis a) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    TreeMap<Integer, Map<Severity, Long>> years = new TreeMap<>(a.perYearBySeverity());
    List<Integer> shown = new ArrayList<>();
    if (!years.isEmpty()) {
      int first = years.firstKey();
      int last = years.lastKey();
      if (last - first <= MAX_YEAR_SPAN) {
        for (int y = first; y <= last; y++) {
          shown.add(y);
        }
      } else {
        shown.addAll(years.keySet());
      }
    }
    for (Severity s : Severity.values()) {
      if (a.count(s) == 0) {
        continue;
      }
      for (int y : shown) {
        bars.addValue(
            years.getOrDefault(y, Map.of()).getOrDefault(s, 0L), s.label(), Integer.toString(y));
      }
    }
    return new ChartSpec(
        YEARS,
        Shape.STACKED_BARS,
        "Incidents per year by severity",
        String.format(
            "%,d incident(s), %s",
            a.incidents(),
            a.firstDate() == null
                ? "no dates"
                : a.firstDate().year() + " to " + a.lastDate().year()),
        "Year",
        "Incidents",
        bars,
        null,
        "No incidents in the input");
  }

  /** Failed checks per HFACS layer of defence, and the incidents with a failure in each. */
  public static ChartSpec layers(Analysis a) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    boolean any = a.layers().stream().anyMatch(l -> l.failedChecks() > 0);
    if (any) {
      for (Analysis.LayerStats l : a.layers()) {
        bars.addValue(l.failedChecks(), "Check failures", l.layer().label());
        bars.addValue(l.incidents(), "Incidents with a failure in the layer", l.layer().label());
      }
    }
    return new ChartSpec(
        LAYERS,
        Shape.BARS,
        "Failures per HFACS layer of defence",
        "Human Factors Analysis and Classification System: from the organisation down to the act",
        "Layer",
        "Count",
        bars,
        null,
        "No failed checks recorded in the input");
  }

  /** A label no longer than {@link #LABEL_CHARS}, cut at a word with an ellipsis. */
  static String shorten(String s) {
    if (s.length() <= LABEL_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', LABEL_CHARS - 1);
    return s.substring(0, cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS - 1) + "\u2026";
  }

  /**
   * Unique category labels: a shortened title, with the check id added when two would read the
   * same.
   */
  private static final class Labels {
    private final Set<String> used = new HashSet<>();

    String of(String title, String id) {
      String l = shorten(title);
      if (!used.add(l)) {
        l = shorten(title) + " (" + id + ")";
        used.add(l);
      }
      return l;
    }
  }
}
