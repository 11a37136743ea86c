package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.Breakdown;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.IdSample;
import org.setsafe.model.Severity;

/** The Summary's findings: short sentences made from the figures, nothing else. */
final class Findings {
  private Findings() {}

  static List<String> of(ReportFigures ctx) {
    Analysis a = ctx.analysis();
    List<String> out = new ArrayList<>();
    if (a.incidents() == 0) {
      out.add("No incident in the inputs falls in the period reported on.");
      return out;
    }
    List<String> kinds = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = a.count(s);
      if (n > 0) {
        kinds.add(String.format("%,d %s", n, noun(s, n)));
      }
    }
    out.add(
        String.format(
            "%,d incident(s) from %s to %s: %s; %s.",
            a.incidents(),
            ctx.from(),
            ctx.to(),
            and(kinds),
            a.fatalities() == 0
                ? "nobody died"
                : String.format(
                    "%,d %s", a.fatalities(), a.fatalities() == 1 ? "death" : "deaths")));
    long harmful = a.incidents() - a.nearMisses();
    if (harmful > 0 && a.nearMisses() > 0) {
      out.add(
          String.format(
              "For each incident that hurt someone, %.2f near misses were recorded (%,d / %,d).",
              (double) a.nearMisses() / harmful, a.nearMisses(), harmful));
    } else if (harmful > 0) {
      out.add(
          "No near miss was recorded: a log of injuries alone shows nothing of the failures caught"
              + " in time.");
    }
    List<CheckStats> failed = a.failedChecks();
    if (!failed.isEmpty()) {
      // the checks by title: their ids belong in id columns, not in a sentence
      String most = CheckStats.mostFailed(failed).replaceAll(" \\([A-Z][A-Z0-9_]+\\)", "");
      out.add(Character.toUpperCase(most.charAt(0)) + most.substring(1) + ".");
    } else if (a.incidentsWithChecks() == 0) {
      out.add("No check was assessed: the log records what happened, not which checks held.");
    }
    if (!a.inferred().isEmpty()) {
      out.add(
          String.format(
              "%,d more check failure(s) in %,d incident(s) are only %s; they are listed apart on"
                  + " Check failures and counted in no figure.",
              a.inferred().failures(),
              a.incidentsWithInferred(),
              a.inferred().suggested() == a.inferred().failures()
                  ? "suggested by the words of the descriptions"
                  : "inferred (suggested by words, or our reading of the facts)"));
    }
    if (ctx.production()) {
      breakdown(out, "department", a.byDepartment());
      breakdown(out, "location", a.byLocation());
      trend(out, ctx);
      HighPotential hp = ctx.highPotential();
      if (hp != null && hp.count() > 0) {
        out.add(
            String.format(
                "%,d incident(s) were potential serious injuries or fatalities (HSIF, PSIF): %s"
                    + " (see Significant events on the Summary).",
                hp.count(),
                IdSample.capped(
                    hp.potentialSifs().stream().map(HighPotential.Entry::id).toList(),
                    3,
                    hp.count())));
      }
      followUps(out, ctx);
      if (ctx.previous() != null) {
        out.add(
            String.format(
                "Incidents %s on the previous %,d days (%,d then, %,d now).",
                direction(ctx.previous().incidents(), a.incidents()),
                ctx.previousPeriod().days(),
                ctx.previous().incidents(),
                a.incidents()));
      }
    } else if (a.consequences().criminalCharges() > 0) {
      out.add(
          String.format(
              "%,d criminal charge(s) followed, with %,d conviction(s) (pleas included).",
              a.consequences().criminalCharges(), a.consequences().convictions()));
    }
    long rejected = ctx.files().stream().mapToLong(f -> f.rejected()).sum();
    if (rejected > 0) {
      out.add(
          String.format(
              "%,d input row(s) were rejected and are not in these figures: see Data quality.",
              rejected));
    }
    return out;
  }

  /**
   * The overdue actions, the longest overdue named; the incidents with no follow-up action, named.
   */
  private static void followUps(List<String> out, ReportFigures ctx) {
    FollowUps f = ctx.followUps();
    if (f.overdue() > 0) {
      ActionRow worst = ctx.actions().get(0);
      out.add(
          String.format(
              "%,d follow-up action(s) are overdue as of %s%s.",
              f.overdue(),
              f.asOf(),
              worst.daysOverdue() == null
                  ? ""
                  : String.format(
                      ", the longest by %,d day(s): %s, '%s'%s",
                      worst.daysOverdue(),
                      worst.incident().id(),
                      worst.action().action(),
                      worst.action().owner() == null
                          ? ""
                          : " (owner: " + worst.action().owner() + ")")));
    }
    if (!f.overdueKnown()) {
      out.add("Overdue actions: " + f.overdueUnknownText() + ".");
    }
    if (f.unknown() > 0) {
      out.add(
          String.format(
              "%,d follow-up action(s) have no status recorded: they are not counted as done.",
              f.unknown()));
    }
    String none = f.noActionFinding();
    if (none != null) {
      out.add(none);
    }
  }

  private static void breakdown(List<String> out, String what, Breakdown b) {
    List<Breakdown.Group> groups = b.groups();
    if (groups.size() < 2) {
      return;
    }
    long top = groups.get(0).tally().incidents();
    List<String> leaders =
        groups.stream()
            .filter(g -> g.tally().incidents() == top)
            .map(g -> "'" + g.label() + "'")
            .toList();
    String s =
        leaders.size() == 1
            ? String.format(
                "The %s with the most incidents was %s (%,d)", what, leaders.get(0), top)
            : String.format(
                "The %ss with the most incidents were %s (%,d each)",
                what, and(leaders.subList(0, Math.min(3, leaders.size()))), top);
    Breakdown.Group hurt =
        groups.stream()
            .filter(g -> g.tally().harmful() > 0)
            .max(
                java.util.Comparator.comparingLong((Breakdown.Group g) -> g.tally().harmful())
                    .thenComparing(Breakdown.Group::label, java.util.Comparator.reverseOrder()))
            .orElse(null);
    if (hurt != null) {
      s +=
          String.format(
              "; the most that hurt someone: '%s' (%,d)", hurt.label(), hurt.tally().harmful());
    }
    out.add(s + ".");
  }

  private static void trend(List<String> out, ReportFigures ctx) {
    boolean weekly = ctx.weekly();
    TrendsSheet.Step step = TrendsSheet.step(ctx);
    List<TrendsSheet.Point> series = new ArrayList<>();
    if (weekly) {
      TrendsSheet.weeks(ctx.analysis())
          .forEach((w, t) -> series.add(new TrendsSheet.Point(w, "the week of " + w, t)));
    } else {
      series.addAll(TrendsSheet.series(ctx.analysis(), step));
    }
    if (series.size() < 2) {
      return;
    }
    TrendsSheet.Point busiest = series.get(0);
    for (TrendsSheet.Point p : series) {
      if (p.tally().incidents() > busiest.tally().incidents()) {
        busiest = p;
      }
    }
    out.add(
        String.format(
            "The busiest %s was %s, with %,d incident(s).",
            weekly ? "week" : step.word, busiest.label(), busiest.tally().incidents()));
  }

  /** {@code up 40% (from 30 to 42)}-style: rose, fell or held. */
  static String direction(long before, long now) {
    if (now == before) {
      return "held level";
    }
    String verb = now > before ? "rose" : "fell";
    if (before == 0) {
      return verb;
    }
    return String.format("%s by %.0f%%", verb, 100.0 * Math.abs(now - before) / before);
  }

  /** The change from {@code before} to {@code now}, as a note. */
  static String change(long before, long now) {
    return String.format("This period: %,d (%s).", now, direction(before, now));
  }

  private static String noun(Severity s, long n) {
    String l = s.label().toLowerCase(Locale.ROOT);
    if (n == 1) {
      return l;
    }
    return switch (s) {
      case NEAR_MISS -> "near misses";
      case INJURY -> "injuries";
      case SERIOUS_INJURY -> "serious injuries";
      case FATAL -> "fatal incidents";
    };
  }

  static String and(List<String> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
