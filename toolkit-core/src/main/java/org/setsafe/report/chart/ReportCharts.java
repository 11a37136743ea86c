package org.setsafe.report.chart;

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
import org.setsafe.model.Disposition;
import org.setsafe.model.Period;
import org.setsafe.model.Severity;
import org.setsafe.report.chart.ChartSpec.Shape;
import org.setsafe.report.sheet.ReportFigures;
import org.setsafe.report.sheet.RolesSheet;
import org.setsafe.report.sheet.TrendsSheet;

/**
 * The report's charts as data: which numbers each chart shows, with titles and axis labels. Drawing
 * is {@link ChartRenderer}'s job.
 */
public final class ReportCharts {
  /**
   * Bars in the Pareto chart before the rest are gathered into one "Other" bar, drawn last and
   * apart from the descending order.
   */
  public static final int PARETO_BARS = 20;

  /** Departments or locations shown before the rest are gathered into one bar. */
  public static final int GROUP_BARS = 15;

  /** Checks shown in the consequences chart. */
  public static final int CONSEQUENCE_CHECKS = 10;

  /** Longest category label before it is shortened (the full name is on the sheets). */
  static final int LABEL_CHARS = 34;

  /** The widest span of years shown year by year (a longer one shows only years with incidents). */
  static final int MAX_YEAR_SPAN = 80;

  public static final String PARETO = "failed-checks-pareto";

  /** The series of the Pareto chart's "Other" bar. */
  static final String OTHER_SERIES = "Other checks together";

  public static final String CONSEQUENCES = "consequences-by-check";
  public static final String ROLES = "outcomes-by-role";
  public static final String YEARS = "incidents-per-year";
  public static final String LAYERS = "failures-by-layer";
  public static final String TREND = "incidents-over-time";
  public static final String DEPARTMENTS = "incidents-by-department";
  public static final String LOCATIONS = "incidents-by-location";

  /** The label of the bar that gathers what the chart does not show one by one. */
  static final String OTHER = "Other";

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

  /** Every chart of the history report, in the order they appear. */
  public static List<ChartSpec> all(Analysis a) {
    return List.of(pareto(a), consequences(a), outcomesByRole(a), perYear(a), layers(a));
  }

  /**
   * The charts of a production's report, all about its inputs: the trend, the Pareto of failed
   * checks, departments, locations, what followed failed checks, the HFACS layers, and outcomes by
   * role when the inputs record any.
   */
  public static List<ChartSpec> production(ReportFigures ctx) {
    Analysis a = ctx.analysis();
    List<ChartSpec> out = new ArrayList<>();
    out.add(trend(ctx));
    out.add(pareto(a));
    out.add(groups(DEPARTMENTS, "department", a.byDepartment(), a));
    out.add(groups(LOCATIONS, "location", a.byLocation(), a));
    out.add(consequences(a));
    out.add(layers(a));
    if (!a.outcomes().isEmpty()) {
      out.add(outcomesByRole(a));
    }
    int k = ctx.options().smallCell();
    if (k > 0) {
      out.replaceAll(spec -> smallCellsLeftOut(spec, k, ctx.options().onSmallBar()));
    }
    return out;
  }

  /**
   * A redacted report's chart: a bar of 1 to {@code k - 1} is not drawn (a chart cannot show "< 5"
   * as a bar), and the subtitle says so; each bar left out is told to {@code onSmallBar}.
   */
  static ChartSpec smallCellsLeftOut(ChartSpec spec, int k, Runnable onSmallBar) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    boolean any = false;
    for (int r = 0; r < spec.bars().getRowCount(); r++) {
      for (int c = 0; c < spec.bars().getColumnCount(); c++) {
        Number v = spec.bars().getValue(r, c);
        boolean small = v != null && v.doubleValue() > 0 && v.doubleValue() < k;
        if (small) {
          onSmallBar.run();
          any = true;
        }
        bars.addValue(small ? null : v, spec.bars().getRowKey(r), spec.bars().getColumnKey(c));
      }
    }
    String note = "redacted: bars of fewer than " + k + " are not drawn";
    // a cumulative line would give the bars left out away: a Pareto chart loses it
    boolean dropLine = any && spec.line() != null;
    return new ChartSpec(
        spec.name(),
        dropLine ? ChartSpec.Shape.BARS : spec.shape(),
        spec.title(),
        spec.subtitle() == null || spec.subtitle().isEmpty() ? note : spec.subtitle() + "; " + note,
        spec.categoryAxis(),
        spec.valueAxis(),
        bars,
        dropLine ? null : spec.line(),
        spec.emptyMessage());
  }

  /** Incidents per month (per week for a period under six months), stacked by severity. */
  static ChartSpec trend(ReportFigures ctx) {
    Analysis a = ctx.analysis();
    boolean weekly = ctx.weekly();
    Map<String, org.setsafe.analysis.Tally> series = new java.util.LinkedHashMap<>();
    TrendsSheet.Step step = TrendsSheet.step(ctx);
    if (weekly) {
      TrendsSheet.weeks(a).forEach((w, t) -> series.put(w.toString(), t));
    } else {
      TrendsSheet.series(a, step).forEach(p -> series.put(p.label(), p.tally()));
    }
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    for (Severity s : Severity.values()) {
      if (a.count(s) == 0) {
        continue;
      }
      series.forEach((k, t) -> bars.addValue(t.count(s), s.label(), k));
    }
    return new ChartSpec(
        TREND,
        Shape.STACKED_BARS,
        weekly ? "Incidents per week" : "Incidents per " + step.word,
        String.format(
            "%,d incident(s)%s, stacked by severity%s",
            a.incidents(),
            ctx.from() == null && ctx.to() == null ? "" : ", " + Period.span(ctx.from(), ctx.to()),
            weekly ? "; weeks named by their Monday" : ""),
        weekly
            ? "Week (Monday)"
            : step.word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + step.word.substring(1),
        "Incidents",
        bars,
        null,
        "No incidents in the input");
  }

  /**
   * Incidents per department or location, stacked by severity: the {@link #GROUP_BARS} with the
   * most, then the rest together and those with none recorded.
   */
  static ChartSpec groups(String name, String what, org.setsafe.analysis.Breakdown b, Analysis a) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    List<org.setsafe.analysis.Breakdown.Group> groups = b.groups();
    List<String> labels = new ArrayList<>();
    List<org.setsafe.analysis.Tally> tallies = new ArrayList<>();
    Labels unique = new Labels();
    for (int i = 0; i < Math.min(GROUP_BARS, groups.size()); i++) {
      labels.add(unique.of(groups.get(i).label(), Integer.toString(i + 1)));
      tallies.add(groups.get(i).tally());
    }
    long rest = 0;
    org.setsafe.analysis.Tally other = b.other();
    List<org.setsafe.analysis.Breakdown.Group> restGroups =
        groups.subList(Math.min(GROUP_BARS, groups.size()), groups.size());
    for (var g : restGroups) {
      rest += g.tally().incidents();
    }
    for (Severity s : Severity.values()) {
      if (a.count(s) == 0) {
        continue;
      }
      for (int i = 0; i < labels.size(); i++) {
        bars.addValue(tallies.get(i).count(s), s.label(), labels.get(i));
      }
      if (rest + other.incidents() > 0) {
        long n = other.count(s);
        for (var g : restGroups) {
          n += g.tally().count(s);
        }
        bars.addValue(
            n,
            s.label(),
            OTHER
                + " "
                + (restGroups.size() + (other.incidents() > 0 ? "+" : ""))
                + " "
                + what
                + "s");
      }
      if (b.notRecorded().incidents() > 0) {
        bars.addValue(b.notRecorded().count(s), s.label(), "(not recorded)");
      }
    }
    return new ChartSpec(
        name,
        Shape.HORIZONTAL_STACKED_BARS,
        "Incidents by " + what,
        String.format(
            "%,d incident(s) in %,d %s(s), stacked by severity%s",
            a.incidents(),
            b.size(),
            what,
            groups.size() > GROUP_BARS
                ? String.format("; the %,d with the most shown, the rest together", GROUP_BARS)
                : ""),
        what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1),
        "Incidents",
        bars,
        null,
        "No " + what + " recorded in the input");
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
    int shown = Math.min(PARETO_BARS, failed.size());
    long shownTotal = 0;
    for (int i = 0; i < shown; i++) {
      shownTotal += failed.get(i).failed();
    }
    long running = 0;
    for (int i = 0; i < shown; i++) {
      CheckStats c = failed.get(i);
      String label = labels.of(c.title(), c.checkId());
      running += c.failed();
      bars.addValue(c.failed(), "Failures", label);
      // the share of the failures of the checks shown one by one: the line ends at 100% on the
      // last of them
      line.addValue((double) running / shownTotal, "Cumulative share", label);
    }
    if (failed.size() > shown) {
      // the rest together, last and apart from the descending order (drawn in grey), whatever its
      // height, and outside the line; the line has the column too (with no point), so that its
      // points sit on the centres of the same columns as the bars
      long rest = total - running;
      String label = OTHER + " " + (failed.size() - shown) + " checks";
      bars.addValue(rest, OTHER_SERIES, label);
      bars.addValue(null, "Failures", label);
      line.addValue(null, "Cumulative share", label);
      for (int i = 0; i < shown; i++) {
        bars.addValue(null, OTHER_SERIES, bars.getColumnKey(i));
      }
    }
    return new ChartSpec(
        PARETO,
        Shape.PARETO,
        "Which safety checks failed most",
        total == 0
            ? String.format("%,d incident(s), none with a failed check", a.incidents())
            : failed.size() > shown
                ? String.format(
                    "Failures (failed or not performed) per check across %,d incident(s); line:"
                        + " cumulative share of the %,d failures of the %,d checks shown one by"
                        + " one (the other %,d checks' %,d apart, in grey)",
                    a.incidents(), shownTotal, shown, failed.size() - shown, total - shownTotal)
                : String.format(
                    "Failures (failed or not performed) per check across %,d incident(s); line:"
                        + " cumulative share of all %,d failures",
                    a.incidents(), total),
        "Check",
        "Failures",
        bars,
        line,
        "No failed checks recorded in the input");
  }

  /**
   * For each of the most failed checks, the incidents where it failed, stacked by severity: what
   * followed in them. An incident counts under each of its failed checks, so the bars are not to be
   * added up.
   */
  public static ChartSpec consequences(Analysis a) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    Labels labels = new Labels();
    List<CheckStats> failed = a.failedChecks();
    List<CheckStats> top = failed.subList(0, Math.min(CONSEQUENCE_CHECKS, failed.size()));
    List<String> names = new ArrayList<>();
    for (CheckStats c : top) {
      names.add(labels.of(c.title(), c.checkId()));
    }
    for (Severity s : Severity.values()) {
      boolean any = top.stream().anyMatch(c -> c.consequences().incidents(s) > 0);
      if (!any) {
        continue;
      }
      for (int i = 0; i < top.size(); i++) {
        bars.addValue(top.get(i).consequences().incidents(s), s.label(), names.get(i));
      }
    }
    return new ChartSpec(
        CONSEQUENCES,
        Shape.HORIZONTAL_STACKED_BARS,
        "What followed when a check failed",
        failed.isEmpty()
            ? String.format("%,d incident(s), none with a failed check", a.incidents())
            : "Incidents where each of the "
                + top.size()
                + " most failed checks failed, by severity; an incident counts under each of its"
                + " failed checks, so bars do not add up",
        "Check",
        "Incidents",
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
