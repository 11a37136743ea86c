package org.setsafe.report.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.DataQuality;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.History;
import org.setsafe.analysis.Reporting;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Period;
import org.setsafe.read.FileStats;
import org.setsafe.report.book.ReportOptions;

/**
 * Everything the sheets, the charts and the findings are written from, gathered in the one pass
 * over the records and never changed after. A production's report has its own figures here and the
 * history only as {@link #history} (never added in); the history report has the historical record
 * as its figures.
 *
 * @param production whether this is a production's report rather than the history report
 * @param analysis the figures of the report: the records in the period
 * @param previous the previous period of the same length, when one was asked for and the data
 *     covers it; else null
 * @param period the period reported on ({@link Period#ALL} when none was given)
 * @param previousPeriod the period before it, when it is bounded; else null
 * @param earliestRead the earliest incident date read, in the period or not (null: none)
 * @param outside incidents read but outside the period
 * @param straddling those of them dated too coarsely to place (a month or year across an end)
 * @param followUps the follow-up figures of the incidents reported on, as of {@link
 *     ReportOptions#asOf()}
 * @param actions their actions, in {@link ActionRow#URGENCY} order
 * @param highPotential every incident's SCL class counted, and the significant events (HSIF, PSIF,
 *     then exposures whose direct control failed), most serious first; each incident's class is on
 *     the Incidents sheet, written in the pass
 * @param history the historical record kept apart (a production's report with it; else null)
 * @param files the row accounting of every input read
 * @param quality every problem read, and every cell the workbook had to change (filled while the
 *     sheets are written)
 * @param matrix the incident x check matrix, gathered in the pass
 * @param incidentSheets the names of the Incidents sheet and its continuations, written in the pass
 * @param detailSheets the names of the Incident details sheet and its continuations
 * @param charts the charts drawn, in order (empty until they are)
 * @param chartsFolder the name of the folder beside the workbook that holds the chart files
 * @param contents each sheet of the workbook and what it shows, in order, for the Summary's guide
 *     (empty until the sheets are known)
 * @param reporting the reports owed with their deadlines, each person's OSHA recordability, the
 *     300A totals and the rates (a production's report; else null)
 */
public record ReportFigures(
    boolean production,
    ReportOptions options,
    Analysis analysis,
    Analysis previous,
    Period period,
    Period previousPeriod,
    LocalDate earliestRead,
    long outside,
    long straddling,
    FollowUps followUps,
    List<ActionRow> actions,
    HighPotential highPotential,
    History history,
    List<FileStats> files,
    DataQuality quality,
    CheckMatrix matrix,
    List<String> incidentSheets,
    List<String> detailSheets,
    List<DrawnChart> charts,
    String chartsFolder,
    List<Contents> contents,
    Reporting.Figures reporting) {

  public ReportFigures {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(followUps, "followUps");
    actions = List.copyOf(actions);
    files = List.copyOf(files);
    incidentSheets = List.copyOf(incidentSheets);
    detailSheets = List.copyOf(detailSheets);
    charts = List.copyOf(charts);
    contents = List.copyOf(contents);
  }

  /** A chart drawn: its title, its PNG image, and the names of its files in the charts folder. */
  public record DrawnChart(String title, byte[] png, String pngFile, String svgFile) {}

  /** A sheet of the workbook and what it shows. */
  public record Contents(String sheet, String shows) {}

  /** These figures with the charts drawn from them. */
  public ReportFigures withCharts(List<DrawnChart> drawn, String folder) {
    return with(drawn, folder, contents);
  }

  /** These figures with the workbook's guide. */
  public ReportFigures withContents(List<Contents> guide) {
    return with(charts, chartsFolder, guide);
  }

  private ReportFigures with(List<DrawnChart> drawn, String folder, List<Contents> guide) {
    return new ReportFigures(
        production,
        options,
        analysis,
        previous,
        period,
        previousPeriod,
        earliestRead,
        outside,
        straddling,
        followUps,
        actions,
        highPotential,
        history,
        files,
        quality,
        matrix,
        incidentSheets,
        detailSheets,
        drawn,
        folder,
        guide,
        reporting);
  }

  /** The first day reported on: {@code --from}, or the first incident's. */
  public LocalDate from() {
    if (period.from() != null) {
      return period.from();
    }
    return analysis.firstDate() == null ? null : analysis.firstDate().firstDay();
  }

  /** The last day reported on: {@code --to}, or the last incident's. */
  public LocalDate to() {
    if (period.to() != null) {
      return period.to();
    }
    return analysis.lastDate() == null ? null : analysis.lastDate().lastDay();
  }

  /**
   * The period in words: the one asked for, else the first and the last incident's dates as the
   * inputs know them ("2026-03-02 to 2026-04-17"; "2026" when dates were cut to the year); null
   * when there are no incidents.
   */
  public String span() {
    if (period.from() != null || period.to() != null) {
      return Period.span(from(), to());
    }
    PartialDate first = analysis.firstDate();
    return first == null ? null : Period.span(first, analysis.lastDate());
  }

  /** The production's name: as given, or the one the inputs name, or how many they name. */
  String productionName() {
    if (options.production() != null) {
      return options.production();
    }
    var groups = analysis.byProduction().groups();
    if (groups.size() == 1) {
      return groups.get(0).label();
    }
    return groups.isEmpty()
        ? "not named"
        : String.format("%,d productions", analysis.byProduction().size());
  }

  /** Who prepared the report: as given, or the publisher the inputs' sources name, or null. */
  String preparedBy() {
    if (options.preparedBy() != null) {
      return options.preparedBy();
    }
    List<String> p = analysis.publishers();
    return p.size() == 1 && !analysis.publishersCut() ? p.get(0) : null;
  }

  /** Whether the trend goes by week: a period under six months. */
  public boolean weekly() {
    LocalDate f = from();
    LocalDate t = to();
    return f != null && t != null && t.isBefore(f.plusMonths(6));
  }
}
