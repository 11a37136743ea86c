package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * How the evidence of a check suggested from the words of a description begins; the matched words
   * follow, quoted and separated by semicolons: {@code suggested from the description: "live rounds
   * found"; "live ammunition"}.
   */
  public static final String SUGGESTED_EVIDENCE = "suggested from the description: ";

  public static CheckResult of(String incidentId, String checkId, CheckStatus status) {
    return new CheckResult(incidentId, checkId, status, null, null, null, null);
  }

  /**
   * Whether the result is only inferred (our reading, or suggested from a description's words), not
   * recorded: inferred failures are never counted with recorded ones.
   */
  public boolean inferred() {
    return confidence == Confidence.INFERRED;
  }

  /**
   * Whether the result was suggested from the words of a description (inferred, by its evidence).
   */
  public boolean suggested() {
    return inferred() && evidence != null && evidence.startsWith(SUGGESTED_EVIDENCE);
  }

  /**
   * The words of the description that suggested this result, as its evidence quotes them ({@code
   * live rounds found}); empty when it was not {@link #suggested}.
   */
  public List<String> suggestedWords() {
    if (!suggested()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String part : evidence.substring(SUGGESTED_EVIDENCE.length()).split(";")) {
      String w = part.strip();
      if (w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"")) {
        w = w.substring(1, w.length() - 1).strip();
      }
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return List.copyOf(words);
  }
}
