package org.setsafe.report.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.DataQuality;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.HighPotential;
import org.setsafe.analysis.History;
import org.setsafe.model.Period;
import org.setsafe.read.FileStats;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.ReportOptions;

/**
 * Everything the summary sheets and findings are written from, gathered after the pass over the
 * inputs. A production's report has its own figures here and the history only as {@link #history}
 * (never added in); the history report has the historical record as its figures.
 */
public final class ReportContext {
  /** Whether this is a production's report (inputs given) rather than the history report. */
  final boolean production;

  final ReportOptions options;
  final Book book;

  /** The figures of the report: the inputs (in the period), or the historical record. */
  public final Analysis analysis;

  /** The previous period of the same length, when one was asked for and the data covers it. */
  public Analysis previous;

  public Period period = Period.ALL;
  public Period previousPeriod;

  /** The earliest incident date in the inputs, whether in the period or not. */
  public LocalDate earliestRead;

  /** Incidents read but outside the period, and those among them dated too coarsely to place. */
  public long outside;

  public long straddling;

  /** The follow-up figures of the incidents reported on, as of {@link ReportOptions#asOf()}. */
  public final FollowUps followUps;

  /** Their actions, in {@link ActionRow#URGENCY} order once the inputs are read. */
  public final List<ActionRow> actions = new ArrayList<>();

  public HighPotential highPotential;
  public History history;
  public final List<FileStats> files = new ArrayList<>();
  final DataQuality quality;

  /** Each sheet written and what it shows, in workbook order, for the Summary's guide. */
  public final List<String[]> contents = new ArrayList<>();

  public ReportContext(
      boolean production, ReportOptions options, Book book, Analysis analysis, DataQuality q) {
    this.production = production;
    this.options = options;
    this.book = book;
    this.analysis = analysis;
    this.quality = q;
    this.followUps = new FollowUps(options.asOf());
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
