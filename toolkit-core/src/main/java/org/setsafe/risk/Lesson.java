package org.setsafe.risk;

import java.util.Objects;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;

/**
 * One incident where a control failed, and what followed: a lesson from the historical record, or
 * from the production's own log (never mixed: {@link ControlLessons} keeps them apart).
 *
 * @param followed what followed, in words (legal, regulatory, civil outcomes), or empty for a log
 */
public record Lesson(
    String incidentId,
    String title,
    PartialDate date,
    Severity severity,
    Integer fatalities,
    String confidence,
    String evidence,
    String followed) {

  public Lesson {
    Objects.requireNonNull(incidentId, "incidentId");
    title = title == null ? "" : title;
    confidence = confidence == null ? "" : confidence;
    evidence = evidence == null ? "" : evidence;
    followed = followed == null ? "" : followed;
  }
}
