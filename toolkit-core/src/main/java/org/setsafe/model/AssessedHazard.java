package org.setsafe.model;

import java.util.List;
import java.util.Objects;

/**
 * One hazard of a scene as its risk assessment states it (one row of an assessment file): what is
 * done, where and when, the hazard, the controls planned against it, the risk before and after
 * those controls on the assessment's matrix ({@link RiskMatrix}), and who assessed, owns and
 * authorised it.
 *
 * @param scene the scene the row belongs to, as the assessment names it
 * @param shootDate the day the scene is shot, or null
 * @param activity what is done (free words, e.g. "revolver fired with blanks toward camera")
 * @param category the hazard's category
 * @param plannedControls the planned controls as written
 * @param controlIds the planned controls that name a protocol check, as check ids, in order
 * @param controlWords the planned controls that name no check, as written
 * @param notApplicable checks the assessor marked not applicable to this hazard ({@code
 *     STUNT_VEHICLE_CAGE_HARNESS n/a}), by id: said on the output, never counted as planned
 * @param likelihood the initial likelihood rating (1 to the matrix's size), or null when not rated
 * @param severity the initial severity rating, or null
 * @param residualLikelihood the likelihood with the controls in place, or null when not re-rated
 * @param residualSeverity the severity with the controls in place, or null
 * @param signedOn the day the assessment was signed off (authorised), or null
 * @param revisedOn the day the row was written or last changed, or null
 * @param specific whether the row is part of the specific assessment a high-risk activity needs
 * @param line where the row stands in its file (a CSV line or a sheet row), for messages
 */
public record AssessedHazard(
    String scene,
    PartialDate shootDate,
    String location,
    String activity,
    Category category,
    String description,
    String plannedControls,
    List<String> controlIds,
    List<String> controlWords,
    List<String> notApplicable,
    Integer likelihood,
    Integer severity,
    Integer residualLikelihood,
    Integer residualSeverity,
    String owner,
    String assessedBy,
    String authorisedBy,
    PartialDate signedOn,
    PartialDate revisedOn,
    Answer specific,
    String note,
    long line) {

  public AssessedHazard {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(category, "category");
    controlIds = List.copyOf(controlIds);
    controlWords = List.copyOf(controlWords);
    notApplicable = List.copyOf(notApplicable);
    specific = specific == null ? Answer.UNKNOWN : specific;
  }

  /** Whether both initial ratings are given. */
  public boolean rated() {
    return likelihood != null && severity != null;
  }

  /** Whether both residual ratings are given. */
  public boolean reRated() {
    return residualLikelihood != null && residualSeverity != null;
  }

  /** The initial score (likelihood times severity), or 0 when not rated. */
  public int score() {
    return rated() ? likelihood * severity : 0;
  }

  /** The residual score, or 0 when not re-rated. */
  public int residualScore() {
    return reRated() ? residualLikelihood * residualSeverity : 0;
  }
}
