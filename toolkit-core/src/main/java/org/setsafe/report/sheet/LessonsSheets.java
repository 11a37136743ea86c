package org.setsafe.report.sheet;

import java.util.ArrayList;
import java.util.List;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.Consequences;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.History;
import org.setsafe.analysis.IdSample;
import org.setsafe.compare.Aftermath;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The production report's second part, "Lessons from history": the inputs' potential serious
 * injuries and fatalities (HSIF, PSIF) at the top, most serious first, with where their failed
 * checks failed before; then for each check that failed in the inputs, the historical incidents
 * where the same check failed and what followed there, with sources. Its figures are the historical
 * record's and are never added to the production's.
 */
public final class LessonsSheets {
  public static final String LESSONS = "Lessons from history";
  public static final String CHECKS = "History - checks";
  public static final String INCIDENTS = "History - incidents";
  public static final String OUTCOMES = "History - outcomes";
  public static final String CHANGES = "History - what changed";

  public static final String LESSONS_TEXT =
      "Part two, about history, not your production: your potential serious injuries and"
          + " fatalities with the lessons history holds for them, and what this part holds.";
  public static final String CHECKS_TEXT =
      "For each check that failed in your inputs: the historical incidents where it failed too,"
          + " and what followed there.";
  public static final String INCIDENTS_TEXT =
      "Those historical incidents: what happened, what followed, and a source.";
  public static final String OUTCOMES_TEXT =
      "Every criminal, regulatory and civil outcome of those incidents, with its source.";
  public static final String CHANGES_TEXT =
      "What changed in the industry after those incidents (rules, bills, recommendations), where"
          + " the facts record it, with sources.";

  private static final int SHOWN = 3;

  private final ReportFigures ctx;
  private final History history;
  private final List<CheckStats> failedHere;

  /** The historical incidents where a check that failed in the inputs failed too, oldest first. */
  private final List<IncidentRecord> cited = new ArrayList<>();

  public LessonsSheets(ReportFigures ctx) {
    this.ctx = ctx;
    this.history = ctx.history();
    this.failedHere = ctx.analysis().failedChecks();
    for (IncidentRecord r : history.incidents()) {
      if (failedHere.stream().anyMatch(c -> history.failedIn(c.checkId()).contains(r))) {
        cited.add(r);
      }
    }
  }

  private void intro(Page page, String heading) {
    Book book = page.book;
    page.title(book.title, 14, "Lessons from history: " + heading);
    page.note(
        book.note,
        String.format(
            "This part is about the historical record (%,d real incidents, %s, with sources), not"
                + " about your production; none of its figures is added to yours.",
            history.incidents().size(),
            history.incidents().isEmpty()
                ? "none"
                : history.incidents().get(0).incident().date().year()
                    + " to "
                    + history
                        .incidents()
                        .get(history.incidents().size() - 1)
                        .incident()
                        .date()
                        .year()));
  }

  public void writeLessons(Page page) {
    Book book = page.book;
    intro(page, "your potential serious injuries and fatalities");
    HighPotential hp = ctx.highPotential();
    List<HighPotential.Entry> events = hp.potentialSifs();
    page.note(
        book.note,
        String.format(
            "High potential means the SCL model's potential serious injuries and fatalities: a"
                + " high-energy incident with a serious injury (HSIF) or with no direct control"
                + " (PSIF). %,d of your incidents %s%s. Beside each, its failed checks that failed"
                + " in history before a death or a conviction, and where; else the fatal or"
                + " convicted historical incidents of the same hazard.",
            hp.count(),
            hp.count() == 1 ? "is one" : "are",
            hp.count() > events.size()
                ? String.format("; the %,d most serious are listed", events.size())
                : hp.count() == 0 ? "" : ", most serious first"));
    page.note(
        book.note,
        String.format(
            "Then: %s (the %,d checks that failed in your inputs and where they failed before),"
                + " %s (the %,d historical incidents behind them) and %s (what followed there).",
            CHECKS, failedHere.size(), INCIDENTS, cited.size(), OUTCOMES));
    page.skip(1);
    Column id = Column.text("ID", 12);
    Column date = Column.date("Date");
    Column scl = Column.text("SCL class", 10);
    Column what = Column.text("What happened", 40);
    Column hazard = Column.text("Hazard", 12);
    Column checks = Column.text("Its failed checks that failed before a death or conviction", 34);
    Column where = Column.text("Where, in history", 34);
    SheetTable t =
        SheetTable.owning(page, List.of(id, date, scl, what, hazard, checks, where), 1, false);
    for (HighPotential.Entry e : events) {
      List<String> names = new ArrayList<>();
      List<IncidentRecord> there = new ArrayList<>();
      for (String c : e.graveChecks()) {
        names.add(title(c));
        for (IncidentRecord r : history.graveFailures(c)) {
          if (!there.contains(r)) {
            there.add(r);
          }
        }
      }
      if (there.isEmpty()) {
        for (IncidentRecord r : history.incidents()) {
          if (r.incident().category() == e.category() && History.grave(r)) {
            there.add(r);
          }
        }
      }
      List<String> places = there.stream().map(LessonsSheets::named).toList();
      t.row(e.id())
          .text(id, e.id())
          .date(date, e.date())
          .text(scl, e.classText())
          .text(what, e.what())
          .text(hazard, e.category().label())
          .text(
              checks,
              names.isEmpty()
                  ? "none recorded; the same hazard in history:"
                  : IdSample.capped(names, SHOWN, names.size()))
          .text(
              where,
              places.isEmpty()
                  ? "no fatal or convicted incident of this hazard in the record"
                  : IdSample.capped(places, SHOWN, places.size()));
    }
    t.finish("None of your incidents is a potential serious injury or fatality.");
  }

  /** A check's title from the protocols (its id when they do not hold it). */
  private String title(String checkId) {
    return ctx.analysis().checkFailures().stream()
        .filter(s -> s.checkId().equals(checkId))
        .map(CheckStats::title)
        .findFirst()
        .orElse(checkId);
  }

  /** A historical incident as people name it: its title and year ({@code Rust (2021)}). */
  static String named(IncidentRecord r) {
    return r.incident().title() + " (" + r.incident().date().year() + ")";
  }

  static final Column C_CHECK = Column.text("Check that failed in your inputs", 30);
  static final Column C_HERE = Column.integer("Your incidents where it failed");
  static final Column C_THERE = Column.integer("Historical incidents where it failed");
  static final Column C_FATAL = Column.integer("of them fatal");
  static final Column C_DEATHS = Column.integer("Deaths in them");
  static final Column C_INJURED = Column.integer("Injured in them");
  static final Column C_CHARGED = Column.integer("of them with charges");
  static final Column C_CONVICTED = Column.integer("of them with a conviction");
  static final Column C_FINED = Column.integer("of them with a fine");
  static final Column C_SETTLED = Column.integer("of them with a settlement");
  static final Column C_IDS = Column.text("Those incidents", 30);
  static final Column C_CHANGED = Column.text("What changed after them", 40);

  public void writeChecks(Page page) {
    Book book = page.book;
    intro(page, "where your failed checks failed before");
    page.note(
        book.note,
        "For each check that failed in your inputs, the historical incidents where the same check"
            + " failed, and what followed in them. An incident counts under each of its failed"
            + " checks: the columns are not to be added up across checks, and they show company,"
            + " not cause.");
    page.skip(1);
    SheetTable t =
        SheetTable.owning(
            page,
            List.of(
                C_CHECK,
                C_HERE,
                C_THERE,
                C_FATAL,
                C_DEATHS,
                C_INJURED,
                C_CHARGED,
                C_CONVICTED,
                C_FINED,
                C_SETTLED,
                C_IDS,
                C_CHANGED),
            1);
    for (CheckStats c : failedHere) {
      List<IncidentRecord> there = history.failedIn(c.checkId());
      Consequences q = Consequences.of(there);
      t.row(c.checkId())
          .text(C_CHECK, c.title())
          .integer(C_HERE, c.consequences().incidents())
          .integer(C_THERE, there.size())
          .integer(C_FATAL, q.incidents(Severity.FATAL))
          .integer(C_DEATHS, q.fatalities())
          .integer(C_INJURED, q.injuries())
          .integer(C_CHARGED, q.incidentsWithCharges())
          .integer(C_CONVICTED, q.incidentsWithConvictions())
          .integer(C_FINED, q.incidentsWithFines())
          .integer(C_SETTLED, q.incidentsWithSettlements())
          .text(
              C_IDS,
              there.isEmpty()
                  ? "none in the record"
                  : IdSample.capped(
                      there.stream().map(IncidentRecord::id).toList(), SHOWN, there.size()))
          .text(C_CHANGED, changedAfter(there));
    }
    t.finish("No check failed in your inputs, so history has nothing to set beside them.");
  }

  static final Column I_ID = Column.text("Historical incident", 20);
  static final Column I_DATE = Column.date("Date");
  static final Column I_PRECISION = Column.text("Date known to", 6);
  static final Column I_TITLE = Column.text("What happened", 30);
  static final Column I_SEVERITY = Column.text("Severity", 9);
  static final Column I_KILLED = Column.integer("Killed");
  static final Column I_INJURED = Column.integer("Injured");
  static final Column I_SHARED = Column.text("Checks that failed there and in your inputs", 30);
  static final Column I_FOLLOWED = Column.text("What followed", 56);
  static final Column I_SOURCE = Column.text("Source", 34);

  public void writeIncidents(Page page) {
    Book book = page.book;
    intro(page, "the incidents behind the lessons");
    page.note(
        book.note,
        "Each historical incident where a check that failed in your inputs failed too. What"
            + " followed is every outcome in one phrase; History - outcomes has each with its own"
            + " source. Source: the first of the incident's citations.");
    page.skip(1);
    SheetTable t =
        SheetTable.owning(
            page,
            List.of(
                I_ID,
                I_DATE,
                I_PRECISION,
                I_TITLE,
                I_SEVERITY,
                I_KILLED,
                I_INJURED,
                I_SHARED,
                I_FOLLOWED,
                I_SOURCE),
            1);
    for (IncidentRecord r : cited) {
      List<String> shared = new ArrayList<>();
      for (CheckStats c : failedHere) {
        if (history.failedIn(c.checkId()).contains(r)) {
          shared.add(c.checkId());
        }
      }
      t.row(r.id())
          .text(I_ID, r.id())
          .date(I_DATE, r.incident().date())
          .text(I_PRECISION, IncidentsSheet.precision(r.incident().date()))
          .text(I_TITLE, r.incident().title())
          .text(I_SEVERITY, r.incident().severity().label())
          .integer(I_KILLED, r.incident().fatalities())
          .integer(I_INJURED, r.incident().injuries())
          .text(I_SHARED, IdSample.capped(shared, SHOWN, shared.size()))
          .text(I_FOLLOWED, Aftermath.describe(r))
          .text(I_SOURCE, source(r));
    }
    t.finish("No historical incident failed a check that failed in your inputs.");
  }

  /** The first citation's address (or title), and how many more there are. */
  static String source(IncidentRecord r) {
    if (r.sources().isEmpty()) {
      return "no source recorded";
    }
    Source s = r.sources().get(0);
    String first = s.url() != null ? s.url() : s.title();
    int more = r.sources().size() - 1;
    return more == 0 ? first : first + " (and " + more + " more)";
  }

  public void writeOutcomes(Page page) {
    Book book = page.book;
    intro(page, "what followed, with sources");
    page.skip(1);
    List<Analysis.OutcomeRow> rows = new ArrayList<>();
    for (IncidentRecord r : cited) {
      r.outcomes().forEach(o -> rows.add(new Analysis.OutcomeRow(r.incident(), o)));
    }
    OutcomesSheet.write(page, rows, false);
  }

  /**
   * The industry's actions after these incidents in a few words each ({@code California SB 831
   * (cancelled), ... and 7 more}), or that none is recorded.
   */
  static String changedAfter(List<IncidentRecord> incidents) {
    List<String> briefs = new ArrayList<>();
    for (IncidentRecord r : incidents) {
      for (CorrectiveAction a : r.actions()) {
        briefs.add(ActionsSheet.brief(a));
      }
    }
    return briefs.isEmpty()
        ? "none recorded"
        : IdSample.capped(briefs, SHOWN, briefs.size()) + " (see " + CHANGES + ")";
  }

  /** The industry's actions after the historical incidents of this part, with their sources. */
  public void writeChanges(Page page) {
    intro(page, "what changed after them");
    List<ActionRow> rows = new ArrayList<>();
    for (IncidentRecord r : cited) {
      for (CorrectiveAction a : r.actions()) {
        rows.add(ActionRow.of(r.incident(), a, ctx.followUps().asOf()));
      }
    }
    rows.sort(ActionsSheet.CHRONOLOGICAL);
    ActionsSheet.writeIndustry(
        page,
        rows,
        "What followed these incidents in the industry, where the facts record it: new rules,"
            + " bills, recommendations and undertakings, each with its source. A bill that was not"
            + " enacted is cancelled; status not recorded means its outcome is not confirmed.",
        "The record holds no industry action after these incidents.");
  }

  /** Historical incidents in this part. */
  int cited() {
    return cited.size();
  }
}
