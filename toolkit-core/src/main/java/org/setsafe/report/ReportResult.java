package org.setsafe.report;

import java.nio.file.Path;
import java.util.List;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.DataQuality;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.HighPotential;
import org.setsafe.ingest.IngestResult;

/**
 * What a report run wrote and found.
 *
 * @param workbook the XLSX file
 * @param chartFiles the chart files (PNG and SVG), in chart order
 * @param sheets the workbook's sheet names, in order
 * @param ingest the row accounting of every input read (reference first)
 * @param matrixShown incidents shown in the check matrix
 * @param matrixTotal incidents with a failed check (shown or not)
 * @param production whether it is a production's report (inputs given) or the history report
 * @param highPotential the SCL classes counted and the significant events
 * @param historyIncidents historical incidents in the Lessons from history part (0 without it)
 * @param followUps the follow-up figures of the incidents reported on (the Summary's and the
 *     Actions sheet's)
 * @param outsidePeriod incidents of the inputs read but left out, as outside the period
 */
public record ReportResult(
    Path workbook,
    List<Path> chartFiles,
    List<String> sheets,
    Analysis analysis,
    DataQuality quality,
    IngestResult ingest,
    long matrixShown,
    long matrixTotal,
    boolean production,
    HighPotential highPotential,
    int historyIncidents,
    FollowUps followUps,
    long outsidePeriod) {

  public ReportResult {
    chartFiles = List.copyOf(chartFiles);
    sheets = List.copyOf(sheets);
  }
}
