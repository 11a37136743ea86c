package org.setsafe.risk;

import java.util.List;
import java.util.Objects;

/**
 * One reason a scene is not ready, in words, with the rows it concerns and the checks it names.
 *
 * @param lines the rows of the assessment it concerns (lines of a CSV, rows of a sheet)
 * @param checks the protocol checks it is about (missing controls), by id, or none
 */
public record Gap(Kind kind, String says, List<Long> lines, List<String> checks) {

  /** The kinds of gap, in the order a scene's gaps are listed. */
  public enum Kind {
    /** A row of the scene could not be read, or holds a located error. */
    ROW_ERROR("row error"),
    /** A high-energy hazard with no direct control planned. */
    NO_DIRECT_CONTROL("no direct control"),
    /** A check the activity's protocol requires is not among the planned controls. */
    REQUIRED_CHECK_MISSING("required check missing"),
    /** An activity on the law's list without its specific assessment. */
    SPECIFIC_ASSESSMENT_MISSING("specific assessment missing"),
    /** The initial risk is not rated. */
    NOT_RATED("not rated"),
    /** The risk with the controls in place is not rated. */
    RESIDUAL_NOT_RERATED("residual not re-rated"),
    /** The residual risk is not lower than the initial risk. */
    RESIDUAL_NOT_LOWER("residual not lower"),
    /** The residual risk is in a band that is not acceptable. */
    RESIDUAL_ABOVE_BAND("residual above the acceptable band"),
    /** Nobody authorised the assessment, or the sign-off has no date. */
    UNSIGNED("not signed"),
    /** Signed by the person who assessed it, and nobody else. */
    SIGNED_BY_ASSESSOR_ONLY("signed by the assessor alone"),
    /** Signed before the assessment last changed. */
    SIGNED_BEFORE_CHANGE("signed before its last change"),
    /** The shoot date has passed and the assessment is unsigned. */
    SHOT_UNSIGNED("shoot date past, unsigned");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A short label for tables. */
    public String label() {
      return label;
    }

    /** A stable code for JSON and CSV. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Gap {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(says, "says");
    lines = List.copyOf(lines);
    checks = List.copyOf(checks);
  }
}
