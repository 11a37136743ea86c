package org.setsafe.report;

import java.util.Objects;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.RecordSource;
import org.setsafe.io.InputSize;

/**
 * What a report is written from: records to read and what the reading accounts for, never paths.
 * Either a production's report (the production's records, and the historical record apart as
 * lessons, or none) or the history report (the historical record as its figures).
 *
 * @param records the records the figures are about
 * @param history the historical record, read first and kept apart (a production's report only; null
 *     without it)
 * @param production whether {@code records} are a production's (else the historical record)
 * @param size how large the production's inputs are ({@link InputSize#NONE} when not known)
 */
public record ReportInputs(
    RecordSource records, RecordSource history, boolean production, InputSize size) {
  public ReportInputs {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(size, "size");
    if (!production && history != null) {
      throw new IllegalArgumentException("the history report has no second history beside it");
    }
  }

  /** A production's report on {@code records}, with {@code history} as lessons (or null). */
  public static ReportInputs production(
      RecordSource records, RecordSource history, InputSize size) {
    return new ReportInputs(records, history, true, size);
  }

  /** The history report on the historical record {@code reference}. */
  public static ReportInputs history(RecordSource reference) {
    return new ReportInputs(reference, null, false, InputSize.NONE);
  }

  /** The history report on the bundled reference dataset. */
  public static ReportInputs referenceOnly() {
    return history(new Ingest().referenceSource());
  }
}
