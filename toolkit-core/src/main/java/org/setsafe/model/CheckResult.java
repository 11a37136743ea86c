package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.util.Objects;

/**
 * One protocol check assessed for one incident.
 *
 * @param responsibleRole the role that owned the check here, or null when not clear
 */
public record CheckResult(
    String incidentId,
    String checkId,
    CheckStatus status,
    Role responsibleRole,
    Confidence confidence,
    String evidence,
    String sourceUrl) {

  public CheckResult {
    incidentId = required(incidentId, "incident_id");
    checkId = required(checkId, "check_id");
    Objects.requireNonNull(status, "status");
    confidence = confidence == null ? Confidence.REPORTED : confidence;
    evidence = optional(evidence);
    sourceUrl = optional(sourceUrl);
  }

  public static CheckResult of(String incidentId, String checkId, CheckStatus status) {
    return new CheckResult(incidentId, checkId, status, null, null, null, null);
  }
}
