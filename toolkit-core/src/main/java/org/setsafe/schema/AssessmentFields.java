package org.setsafe.schema;

import java.util.List;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.PartialDate;

/**
 * The fields of a scene's risk assessment, one row per hazard ({@link AssessedHazard}), in column
 * order: see {@link Field}. The four ratings are read against the assessment's matrix, as a number
 * or a scale word ({@link AssessmentRows}); planned controls are check ids or words, separated by
 * semicolons, commas or line breaks.
 */
public final class AssessmentFields {
  private AssessmentFields() {}

  public static final Field<AssessedHazard, String> SCENE =
      Field.text("scene", AssessedHazard::scene).required();
  public static final Field<AssessedHazard, PartialDate> SHOOT_DATE =
      Field.date("shoot_date", AssessedHazard::shootDate);
  public static final Field<AssessedHazard, String> LOCATION =
      Field.text("location", AssessedHazard::location);
  public static final Field<AssessedHazard, String> ACTIVITY =
      Field.text("activity", AssessedHazard::activity);
  public static final Field<AssessedHazard, Category> HAZARD_CATEGORY =
      Field.code("hazard_category", Category.class, "category", AssessedHazard::category)
          .required();
  public static final Field<AssessedHazard, String> DESCRIPTION =
      Field.text("description", AssessedHazard::description);
  public static final Field<AssessedHazard, String> PLANNED_CONTROLS =
      Field.text("planned_controls", AssessedHazard::plannedControls);
  public static final Field<AssessedHazard, Integer> LIKELIHOOD =
      Field.count("likelihood", AssessedHazard::likelihood);
  public static final Field<AssessedHazard, Integer> SEVERITY =
      Field.count("severity", AssessedHazard::severity);
  public static final Field<AssessedHazard, Integer> RESIDUAL_LIKELIHOOD =
      Field.count("residual_likelihood", AssessedHazard::residualLikelihood);
  public static final Field<AssessedHazard, Integer> RESIDUAL_SEVERITY =
      Field.count("residual_severity", AssessedHazard::residualSeverity);
  public static final Field<AssessedHazard, String> OWNER =
      Field.text("owner", AssessedHazard::owner);
  public static final Field<AssessedHazard, String> ASSESSED_BY =
      Field.text("assessed_by", AssessedHazard::assessedBy);
  public static final Field<AssessedHazard, String> AUTHORISED_BY =
      Field.text("authorised_by", AssessedHazard::authorisedBy);
  public static final Field<AssessedHazard, PartialDate> SIGNED_ON =
      Field.date("signed_on", AssessedHazard::signedOn);
  public static final Field<AssessedHazard, PartialDate> REVISED_ON =
      Field.date("revised_on", AssessedHazard::revisedOn);
  public static final Field<AssessedHazard, Answer> SPECIFIC_ASSESSMENT =
      Field.code(
          "specific_assessment",
          Answer.class,
          "answer",
          h -> h.specific() == Answer.UNKNOWN ? null : h.specific());
  public static final Field<AssessedHazard, String> NOTE = Field.text("note", AssessedHazard::note);

  /** Every field, in column order. */
  public static final List<Field<AssessedHazard, ?>> ALL =
      List.of(
          SCENE,
          SHOOT_DATE,
          LOCATION,
          ACTIVITY,
          HAZARD_CATEGORY,
          DESCRIPTION,
          PLANNED_CONTROLS,
          LIKELIHOOD,
          SEVERITY,
          RESIDUAL_LIKELIHOOD,
          RESIDUAL_SEVERITY,
          OWNER,
          ASSESSED_BY,
          AUTHORISED_BY,
          SIGNED_ON,
          REVISED_ON,
          SPECIFIC_ASSESSMENT,
          NOTE);
}
